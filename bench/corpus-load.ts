/**
 * `npm run bench:corpus`: the whole corpus into a fresh local Neo4j, as a first `npm start`
 * loads it (same loader, same batch size, the local Neo4j's default heap and page cache),
 * with a progress bar; prints the time, the rate and what the graph holds after.
 *
 * Options: --limit N (the first N lines only), --batch N (orders a transaction).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../src/config';
import { loadCorpus, DEFAULT_BATCH_SIZE } from '../src/corpus/load';
import { CorpusProgress } from '../src/corpus/progress';
import { corpusToLoad } from '../src/corpus/startup';
import { createDriver } from '../src/graph/driver';
import { Graph } from '../src/graph/run';
import { applySchema } from '../src/graph/schema';
import { seedIfEmpty } from '../src/ingest/seed';
import { startLocalNeo4j } from '../src/neo4j-local/process';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const limit = option('limit', 0);
  const batchSize = option('batch', DEFAULT_BATCH_SIZE);
  const config = loadConfig({ ...process.env, NEO4J_URI: '' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const local = await startLocalNeo4j({ ...config.local, dataDir, boltPort: 0 }, log);
  const driver = createDriver({ uri: local.uri, username: config.neo4jUsername, password: config.neo4jPassword });
  const graph = new Graph(driver);
  try {
    await applySchema(graph);
    await seedIfEmpty(graph, () => undefined);
    const readStarted = Date.now();
    const corpus = await corpusToLoad({ limit });
    const readSeconds = (Date.now() - readStarted) / 1000;
    const progress = new CorpusProgress(true);
    const bar = new SingleBar({
      format: 'Corpus [{bar}] {value}/{total} orders | {rate}/s | ETA {eta_formatted}',
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    });
    bar.start(corpus.lines.length, 0, { rate: 0 });
    const timer = setInterval(() => {
      const s = progress.status();
      bar.update(s.done, { rate: s.rate });
    }, 1000);
    const started = Date.now();
    const result = await loadCorpus(graph, { corpus, batchSize, progress });
    const seconds = (Date.now() - started) / 1000;
    clearInterval(timer);
    bar.update(progress.status().done, { rate: progress.status().rate });
    bar.stop();
    const [counts] = await graph.read<{ nodes: number; relationships: number; documents: number; refused: number }>(
      `MATCH (d:PresidentialDocument) WHERE d.corpusLoaded
       WITH count(d) AS documents, count(d.parseError) AS refused
       CALL { MATCH (n) RETURN count(n) AS nodes }
       CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
       RETURN documents, refused, nodes, relationships`,
    );
    console.log(
      JSON.stringify(
        {
          orders: result.loaded,
          batchSize,
          readSeconds,
          seconds,
          ordersPerSecond: Math.round((10 * result.loaded) / seconds) / 10,
          cores: os.cpus().length,
          heapMb: config.local.heapMb,
          pageCacheMb: config.local.pageCacheMb,
          ...counts,
        },
        null,
        2,
      ),
    );
  } finally {
    await driver.close();
    await local.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
