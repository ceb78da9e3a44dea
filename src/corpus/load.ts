/**
 * Loads the corpus into the graph, resumably: each batch of orders is one transaction that
 * also marks its orders loaded, so after Ctrl-C or kill -9 the graph holds whole orders only
 * and says which; the next run skips them. Parsing yields to the event loop between orders,
 * so the API keeps answering while a load runs beside it.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { query } from '../graph/queries';
import { Graph } from '../graph/run';
import { toNeo4jValue } from '../graph/values';
import { planWrite } from '../ingest/load';
import { DocumentModel } from '../ingest/model';
import { CorpusIds, IdentifiedLine } from './ids';
import { LineOutcome, MetadataDocument, metadataDocument, modelLine } from './model';
import { CorpusProgress } from './progress';
import { AmbiguousRef } from './refs';

export interface CorpusLoadOptions {
  corpus: CorpusIds;
  /** Orders a transaction: fewer round trips per order against a larger transaction to redo. */
  batchSize?: number;
  /** Checked between batches: the batch in flight commits, the rest waits for the next start. */
  signal?: AbortSignal;
  progress?: CorpusProgress;
}

export interface CorpusLoadResult {
  /** Orders this run wrote. */
  loaded: number;
  /** Of those, the ones written from metadata because the parser refused their text. */
  refused: number;
  /** Orders already in the graph when the run began. */
  skipped: number;
  stopped: boolean;
}

// Measured on the whole corpus (bench/corpus-load.ts): 50 loads it in about 3 minutes on 2 busy cores.
export const DEFAULT_BATCH_SIZE = 50;

export async function loadCorpus(graph: Graph, options: CorpusLoadOptions): Promise<CorpusLoadResult> {
  const { corpus, batchSize = DEFAULT_BATCH_SIZE, signal, progress = new CorpusProgress(true) } = options;
  const loaded = new Set((await graph.read<{ id: string }>(query('corpus', 'loadedCorpusIds'))).map((row) => row.id));
  const todo = corpus.lines.filter((line) => !loaded.has(line.id));
  progress.start(corpus.lines.length, corpus.lines.length - todo.length);
  const result: CorpusLoadResult = {
    loaded: 0,
    refused: 0,
    skipped: corpus.lines.length - todo.length,
    stopped: false,
  };
  for (let i = 0; i < todo.length; i += batchSize) {
    if (signal?.aborted) {
      progress.stop();
      return { ...result, stopped: true };
    }
    const outcomes: LineOutcome[] = [];
    for (const line of todo.slice(i, i + batchSize)) {
      outcomes.push(modelLine(line, corpus.shared));
      await nextTurn();
    }
    const refused = await writeBatch(graph, outcomes);
    result.loaded += outcomes.length;
    result.refused += refused;
    progress.advance(outcomes.length, refused);
  }
  return result;
}

/**
 * One transaction for the batch; if it fails (a model Neo4j will not take), each order is
 * tried alone so one bad order costs only itself, and one that fails alone is written from
 * its metadata with the reason. Returns how many went in from metadata.
 */
async function writeBatch(graph: Graph, outcomes: LineOutcome[]): Promise<number> {
  try {
    await writeOutcomes(graph, outcomes);
    return outcomes.filter((o) => 'metadata' in o).length;
  } catch (error) {
    if (outcomes.length === 1) {
      const line = outcomes[0].line;
      await writeOutcomes(graph, [
        {
          line,
          metadata: metadataDocument(
            line,
            `its parsed text could not be written: ${(error as Error).message.split('\n')[0]}`,
          ),
        },
      ]);
      return 1;
    }
    let refused = 0;
    for (const outcome of outcomes) refused += await writeBatch(graph, [outcome]);
    return refused;
  }
}

async function writeOutcomes(graph: Graph, outcomes: LineOutcome[]): Promise<void> {
  const models: DocumentModel[] = [];
  const metadata: MetadataDocument[] = [];
  const ambiguous: AmbiguousRef[] = [];
  for (const outcome of outcomes) {
    if ('metadata' in outcome) metadata.push(outcome.metadata);
    else {
      models.push(outcome.model);
      ambiguous.push(...outcome.ambiguous);
    }
  }
  const writeModels = planWrite(models);
  await graph.writeTransaction(async (tx) => {
    await writeModels(tx);
    if (metadata.length) {
      const documents = metadata.map((d) => ({ ...d, signedOn: toNeo4jValue(d.signedOn) }));
      await tx.run(query('corpus', 'mergeMetadataDocuments'), { documents });
    }
    if (ambiguous.length) await tx.run(query('corpus', 'markAmbiguous'), { refs: ambiguous });
    await tx.run(query('corpus', 'markCorpusLoaded'), { rows: outcomes.map(loadedRow) });
  });
}

function loadedRow(outcome: LineOutcome): { id: string; parseError: string | null; documentNumber: string | null } {
  const line: IdentifiedLine = outcome.line;
  return {
    id: line.id,
    parseError: 'metadata' in outcome ? outcome.metadata.parseError : null,
    documentNumber: line.documentNumber,
  };
}
