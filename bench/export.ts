/**
 * `npm run bench:export`: the whole-graph exports (GET /export/graph without focus) of the
 * corpus graph, read over HTTP from the API running as its own process, whose resident memory
 * is sampled from /proc while the files stream: bytes, seconds and peak RSS a file.
 *
 * Options: --store DIR (a Neo4j store to keep between runs; the corpus is loaded into it if it
 * is not there yet: about 3 minutes on an idle machine, 12 on a busy one), --limit N (load the
 * first N orders only), --slow (also read the GraphML at about 1 MB/s, a slow client),
 * --heap MB (the API's V8 heap capped at MB: a file larger than that can only have streamed).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { loadCorpus } from '../src/corpus/load';
import { CorpusProgress } from '../src/corpus/progress';
import { corpusToLoad } from '../src/corpus/startup';
import { createDriver } from '../src/graph/driver';
import { Graph } from '../src/graph/run';
import { applySchema } from '../src/graph/schema';
import { seedIfEmpty } from '../src/ingest/seed';
import { startLocalNeo4j } from '../src/neo4j-local/process';

const MB = 1024 * 1024;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Resident set size of a process, in bytes (VmRSS), or its peak so far (VmHWM). */
function memory(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

interface Measure {
  file: string;
  bytes: number;
  seconds: number;
  rssBeforeMb: number;
  peakRssMb: number;
}

/** Downloads one export, counting its bytes (kept nowhere), while sampling the server's RSS every 20 ms. */
async function measure(url: string, pid: number, file: string, bytesPerSecond?: number): Promise<Measure> {
  const rssBefore = memory(pid, 'VmRSS');
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, memory(pid, 'VmRSS'))), 20);
  const started = Date.now();
  let bytes = 0;
  try {
    const response = await fetch(`${url}/export/graph?${file}`);
    if (response.status !== 200 || !response.body)
      throw new Error(`${file}: HTTP ${response.status} ${await response.text()}`);
    // Node's fetch body is async-iterable; the DOM typings do not say so.
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      // A slow client: wait until the bytes so far would have taken this long at its rate.
      if (bytesPerSecond)
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(0, started + (1000 * bytes) / bytesPerSecond - Date.now())),
        );
    }
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, memory(pid, 'VmRSS'));
  return { file, bytes, seconds: (Date.now() - started) / 1000, rssBeforeMb: rssBefore / MB, peakRssMb: peak / MB };
}

/** The API as its own process (dist/src/main.js) on the given Neo4j; resolves with its URL once it listens. */
async function startServer(neo4jUri: string, heapMb?: number): Promise<{ url: string; pid: number; stop: () => void }> {
  const heap = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const child = spawn(process.execPath, [...heap, path.join(PROJECT_ROOT, 'dist', 'src', 'main.js')], {
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      SEED_ON_START: 'false',
      SEED_CORPUS: 'false',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before it listened`)));
    lines.on('line', (line) => {
      const ready = /API ready at (\S+)\/graphql/.exec(line);
      if (ready) resolve(ready[1]);
    });
  });
  return { url, pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  const limit = Number(option('limit') ?? 0);
  const keep = option('store');
  const config = loadConfig({ ...process.env, NEO4J_URI: '' });
  const dataDir = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'bench-export-'));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const local = await startLocalNeo4j({ ...config.local, dataDir, boltPort: 0 }, log);
  const driver = createDriver({ uri: local.uri, username: config.neo4jUsername, password: config.neo4jPassword });
  const graph = new Graph(driver);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await applySchema(graph);
    await seedIfEmpty(graph, () => undefined);
    const loaded = await loadCorpus(graph, {
      corpus: await corpusToLoad({ limit }),
      progress: new CorpusProgress(false),
    });
    log(`corpus: ${loaded.loaded} orders loaded now, ${loaded.skipped} already in the store`);
    const [counts] = await graph.read<{ nodes: number; relationships: number }>(
      'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    );
    const heapMb = option('heap') ? Number(option('heap')) : undefined;
    server = await startServer(local.uri, heapMb);
    // One small request first, so the API's start-up allocations are not counted as the export's.
    await measure(server.url, server.pid, 'format=csv&part=nodes&kinds=AGENCY');
    const files = ['format=graphml', 'format=csv&part=nodes', 'format=csv&part=edges'];
    const results: Measure[] = [];
    for (const file of files) results.push(await measure(server.url, server.pid, file));
    if (process.argv.includes('--slow'))
      results.push({
        ...(await measure(server.url, server.pid, 'format=graphml', MB)),
        file: 'format=graphml (client reading 1 MB/s)',
      });
    const round = (n: number) => Math.round(n * 10) / 10;
    console.log(
      JSON.stringify(
        {
          ...counts,
          serverHeapCapMb: heapMb ?? null,
          cores: os.cpus().length,
          node: process.version,
          serverPeakRssEverMb: round(memory(server.pid, 'VmHWM') / MB),
          exports: results.map((r) => ({
            file: r.file,
            mb: round(r.bytes / MB),
            seconds: round(r.seconds),
            mbPerSecond: round(r.bytes / MB / r.seconds),
            rssBeforeMb: round(r.rssBeforeMb),
            peakRssMb: round(r.peakRssMb),
          })),
        },
        null,
        2,
      ),
    );
  } finally {
    server?.stop();
    await driver.close();
    await local.stop();
    if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
