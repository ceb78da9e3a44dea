import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { parseOptions } from './options';
import { RunResult, markdown } from './report';
import { runSize } from './size';

/**
 * `npm run bench`: for each size, a throwaway Neo4j is loaded and the six questions are
 * checked ((a) = (b) = (c)), profiled and timed three ways. Results go to bench/results/.
 * Exits non-zero only when a check fails for an implemented question or something crashes.
 */
async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  // The API logs every request to stdout by default; a benchmark measures, it does not log.
  process.env.LOG_LEVEL ??= 'silent';
  process.env.MAX_COST ??= '100000000';
  process.env.REQUEST_TIMEOUT_MS ??= '120000';
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const run: RunResult = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: os.totalmem() / 2 ** 30,
      node: process.version,
      neo4j: 'unknown',
      platform: `${os.platform()} ${os.release()}`,
    },
    options,
    sizes: [],
    failures: [],
  };
  for (const size of options.sizes) {
    log(`== size ${size}`);
    try {
      const result = await runSize(size, options, log);
      run.machine.neo4j = result.neo4jVersion;
      run.sizes.push(result);
      for (const q of result.questions) {
        if (q.status === 'mismatch' || q.status === 'error')
          run.failures.push(`${size} ${q.id}: ${q.status}: ${q.detail}`);
      }
    } catch (error) {
      run.failures.push(`${size}: crashed: ${(error as Error).stack ?? error}`);
      log(`size ${size} crashed: ${(error as Error).stack ?? error}`);
    }
  }
  if (!options.loadOnly) write(run);
  for (const failure of run.failures) log(`FAILED ${failure}`);
  return run.failures.length ? 1 : 0;
}

function write(run: RunResult): void {
  const dir = path.join(PROJECT_ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  // A --quick run (CI) keeps latest.md, which holds the last full run's numbers.
  const { quick, hitsOnly } = run.options as { quick: boolean; hitsOnly: boolean };
  const kind = quick ? '-quick' : hitsOnly ? '-hits' : '';
  const name = `${run.date.replace(/[:.]/g, '-')}${kind}.json`;
  // A --hits-only run times nothing: it keeps latest.md too, and writes hits.md.
  const summary = quick ? 'quick.md' : hitsOnly ? 'hits.md' : 'latest.md';
  fs.writeFileSync(path.join(dir, name), `${JSON.stringify(run, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, summary), markdown(run));
  process.stderr.write(`Wrote bench/results/${name} and bench/results/${summary}\n`);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
