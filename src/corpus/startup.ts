/**
 * The corpus load that `npm start` runs in the background after seeding: logs its progress
 * every few seconds and on each change of state, and never takes the API down with it.
 */
import { Graph } from '../graph/run';
import { CorpusIds, identifyLines } from './ids';
import { readCorpusAsync } from './lines';
import { loadCorpus } from './load';
import { CorpusProgress, duration } from './progress';

export interface CorpusSource {
  /** A jsonl.gz of the corpus's shape; default seed/corpus/executive-orders.jsonl.gz. */
  file?: string;
  /** Load only the first N lines of the file (0: all), e.g. for a quick start or a test. */
  limit?: number;
}

const LOG_EVERY_MS = 5000;

/** Ids are given over the whole file, so a slice loads each order under its usual id. */
export async function corpusToLoad(source: CorpusSource): Promise<CorpusIds> {
  const corpus = identifyLines(await readCorpusAsync(source.file));
  return source.limit ? { ...corpus, lines: corpus.lines.slice(0, source.limit) } : corpus;
}

export async function runCorpusLoad(
  graph: Graph,
  options: { source: CorpusSource; progress: CorpusProgress; signal: AbortSignal; log: (line: string) => void },
): Promise<void> {
  const { progress, log } = options;
  const started = Date.now();
  const timer = setInterval(() => log(progress.line()), LOG_EVERY_MS);
  timer.unref();
  try {
    const corpus = await corpusToLoad(options.source);
    const result = await loadCorpus(graph, { corpus, signal: options.signal, progress });
    const took = duration((Date.now() - started) / 1000);
    if (result.stopped) log(`Corpus load stopped: ${progress.line()}; the next start goes on from there`);
    else if (result.loaded === 0) log(`Corpus: all ${result.skipped} orders already loaded`);
    else {
      log(`${progress.line()}`);
      log(
        `Corpus loaded: ${result.loaded} orders in ${took} (${result.refused} from metadata only, their text refused by the parser; ${result.skipped} were already in)`,
      );
    }
  } catch (error) {
    progress.fail(error);
    log(
      `Corpus load failed: ${(error as Error).message}; the API goes on with what is loaded, and the next start resumes`,
    );
  } finally {
    clearInterval(timer);
  }
}
