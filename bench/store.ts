import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { DocumentModel } from '../src/ingest/model';
import { LoadStats } from './database';

/**
 * `--store DIR` keeps each size's loaded Neo4j store in DIR/<size>, so a rerun measures the
 * same graph without loading 20,000 documents again. A store is reused only when it was
 * loaded from the same corpus by the same ingest Cypher (the fingerprint); its load figures
 * are the ones measured when it was loaded.
 */
interface StoreRecord {
  fingerprint: string;
  load: LoadStats;
  chainDocumentId: string;
  loadedAt: string;
}

const RECORD = 'bench-load.json';

export function storeDir(root: string, size: string): string {
  return path.resolve(root, size);
}

/** What the store's graph depends on: every model of the corpus, the loader and its queries. */
const LOADER_FILES = ['cypher/ingest.cypher', 'src/ingest/load.ts', 'src/ingest/relationships.ts'];

/** What the real corpus's store depends on: the corpus file, its loader and the document loader. */
const CORPUS_FILES = [
  'seed/corpus/executive-orders.jsonl.gz',
  'cypher/corpus.cypher',
  'src/corpus/load.ts',
  'src/corpus/model.ts',
  ...LOADER_FILES,
];

export function realCorpusFingerprint(): string {
  const hash = crypto.createHash('sha256');
  for (const file of CORPUS_FILES) hash.update(fs.readFileSync(path.join(PROJECT_ROOT, file)));
  return hash.digest('hex');
}

export function corpusFingerprint(models: DocumentModel[]): string {
  const hash = crypto.createHash('sha256');
  for (const file of LOADER_FILES) hash.update(fs.readFileSync(path.join(PROJECT_ROOT, file)));
  for (const model of models) hash.update(JSON.stringify(model));
  return hash.digest('hex');
}

/** The record of a complete load with this fingerprint, or undefined (then the store is loaded anew). */
export function loadedStore(dir: string, fingerprint: string): StoreRecord | undefined {
  const file = path.join(dir, RECORD);
  if (!fs.existsSync(file)) return undefined;
  const record = JSON.parse(fs.readFileSync(file, 'utf8')) as StoreRecord;
  return record.fingerprint === fingerprint ? record : undefined;
}

/** Written after the load completed: a load cut short leaves no record, so it is redone. */
export function recordStore(dir: string, record: StoreRecord): void {
  fs.writeFileSync(path.join(dir, RECORD), `${JSON.stringify(record, null, 2)}\n`);
}

/** A store that cannot be reused is emptied first: loading into a partial graph would mix corpora. */
export function clearStore(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}
