import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../src/config';
import { Graph } from '../src/graph/run';
import { applySchema } from '../src/graph/schema';
import { loadDocuments } from '../src/ingest/load';
import { DocumentModel } from '../src/ingest/model';
import { ingestFile } from '../src/ingest/ingest';
import { seedEntries } from '../src/ingest/seed';
import { DEFAULT_BATCH_SIZE, loadCorpus } from '../src/corpus/load';
import { corpusToLoad } from '../src/corpus/startup';
import { LocalNeo4j, startLocalNeo4j } from '../src/neo4j-local/process';

/**
 * A Neo4j for one size: its own store, a free port, a bigger page cache, and a 4 GiB heap:
 * Neo4j caps all open transactions together at 70% of the heap, and at 20,000 documents 16
 * concurrent searches that collect every hit passed the 1 GiB a 1.5 GiB heap allows.
 */
export interface BenchDatabase {
  driver: Driver;
  graph: Graph;
  version: string;
  /** The store's folder: a tmp folder, or the one `--store` keeps between runs. */
  dataDir: string;
  stop(): Promise<void>;
}

/** `dataDir`: a store to open (and keep); without it, a tmp store removed at the end. */
export async function startDatabase(log: (line: string) => void, dataDir?: string): Promise<BenchDatabase> {
  const config = loadConfig({ ...process.env, NEO4J_URI: '' });
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-neo4j-'));
  const local: LocalNeo4j = await startLocalNeo4j(
    { ...config.local, dataDir: dir, boltPort: 0, pageCacheMb: 1024, heapMb: 4096 },
    log,
  );
  // Longer retries than the API's: parallel loads MERGE the same agencies and may deadlock.
  const driver = neo4j.driver(local.uri, neo4j.auth.basic(config.neo4jUsername, config.neo4jPassword), {
    maxTransactionRetryTime: 60000,
    maxConnectionPoolSize: 64,
    userAgent: 'presidential-graph-bench',
  });
  const graph = new Graph(driver);
  await driver.verifyConnectivity();
  await applySchema(graph);
  const [row] = await graph.read<{ version: string }>(
    'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
  );
  return {
    driver,
    graph,
    version: row.version,
    dataDir: dir,
    stop: async () => {
      await driver.close();
      await local.stop();
      if (!dataDir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface LoadStats {
  documents: number;
  relationships: number;
  nodes: number;
  seconds: number;
  parallel: number;
  /** Documents written per transaction. */
  batch: number;
  documentsPerSecond: number;
  relationshipsPerSecond: number;
}

/** The seed texts, through the project's own parser and loader. */
export async function loadSeed(graph: Graph): Promise<LoadStats> {
  const started = performance.now();
  const totals = { documents: 0, relationships: 0, nodes: 0 };
  for (const entry of seedEntries()) {
    const summary = await ingestFile(graph, entry.file, entry.hints);
    totals.documents += 1;
    totals.relationships += summary.relationshipsCreated;
    totals.nodes += summary.nodesCreated;
  }
  return { ...rates(totals, (performance.now() - started) / 1000, 1), batch: 1 };
}

/**
 * The real corpus (seed/corpus, 5,682 executive orders) after the seed, as a first `npm start`
 * loads it: the same loader (src/corpus/load.ts) and batch size.
 */
export async function loadRealCorpus(graph: Graph): Promise<LoadStats> {
  const started = performance.now();
  const seed = await loadSeed(graph);
  const result = await loadCorpus(graph, { corpus: await corpusToLoad({}), batchSize: DEFAULT_BATCH_SIZE });
  const [counts] = await graph.read<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  const totals = { documents: seed.documents + result.loaded, ...counts };
  return { ...rates(totals, (performance.now() - started) / 1000, 1), batch: DEFAULT_BATCH_SIZE };
}

/**
 * Loads models with the project's loader, `batch` documents a transaction and `parallel`
 * transactions at a time, with a progress bar.
 */
export async function loadModels(
  graph: Graph,
  models: DocumentModel[],
  parallel: number,
  batch: number,
  label: string,
): Promise<LoadStats> {
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} docs  {rate} docs/s  eta {eta}s`,
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 5000,
  });
  bar.start(models.length, 0, { rate: '0' });
  const started = performance.now();
  const totals = { documents: 0, relationships: 0, nodes: 0 };
  let next = 0;
  const worker = async () => {
    while (next < models.length) {
      const slice = models.slice(next, (next += batch));
      const summary = await loadDocuments(graph, slice);
      totals.documents += slice.length;
      totals.relationships += summary.relationshipsCreated;
      totals.nodes += summary.nodesCreated;
      bar.increment(slice.length, { rate: (totals.documents / ((performance.now() - started) / 1000)).toFixed(1) });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  bar.stop();
  return { ...rates(totals, (performance.now() - started) / 1000, parallel), batch };
}

function rates(
  totals: { documents: number; relationships: number; nodes: number },
  seconds: number,
  parallel: number,
): Omit<LoadStats, 'batch'> {
  return {
    ...totals,
    seconds,
    parallel,
    documentsPerSecond: totals.documents / seconds,
    relationshipsPerSecond: totals.relationships / seconds,
  };
}
