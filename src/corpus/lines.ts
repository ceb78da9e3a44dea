/**
 * The executive-order corpus (seed/corpus/executive-orders.jsonl.gz): one order a line, with
 * the metadata the text may not state. See seed/corpus/README.md for its source and traps.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export interface CorpusLine {
  /** The order's number as text; 127 numbers occur on several lines (lettered orders of the 1930s-40s). */
  number: string;
  signedOn: string;
  title: string | null;
  documentNumber: string | null;
  citation: string | null;
  /** Where the text sat in the source tree (president/year/month). */
  path: string;
  text: string;
}

export const DEFAULT_CORPUS_FILE = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'seed',
  'corpus',
  'executive-orders.jsonl.gz',
);

function corpusFile(file?: string): string {
  if (file) return file;
  // From src/ (ts-jest) the project root is two levels up; from dist/src/ it is three.
  const fromSource = path.resolve(__dirname, '..', '..', 'seed', 'corpus', 'executive-orders.jsonl.gz');
  return fs.existsSync(fromSource) ? fromSource : DEFAULT_CORPUS_FILE;
}

/** Every line of the corpus, in file order. The whole file is ~40 MB of text once unzipped. */
export function readCorpus(file?: string): CorpusLine[] {
  return parseLines(zlib.gunzipSync(fs.readFileSync(corpusFile(file))).toString('utf8'));
}

/** The same, unzipped off the event loop: a server reading it keeps answering meanwhile. */
export async function readCorpusAsync(file?: string): Promise<CorpusLine[]> {
  const zipped = await fs.promises.readFile(corpusFile(file));
  return parseLines((await promisify(zlib.gunzip)(zipped)).toString('utf8'));
}

function parseLines(raw: string): CorpusLine[] {
  const lines: CorpusLine[] = [];
  raw.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      lines.push(JSON.parse(line) as CorpusLine);
    } catch (e) {
      throw new Error(
        `Corpus line ${i + 1} is not JSON (${(e as Error).message}): the file is damaged; copy it again from shared/data/corpus.`,
        { cause: e },
      );
    }
  });
  return lines;
}
