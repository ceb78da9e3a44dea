/**
 * `npm run sync:federal-register -- [--since YYYY-MM-DD] [--proclamations] [--memoranda]`:
 * executive orders (and, asked, proclamations and memoranda) signed since the newest document
 * in the graph, from the Federal Register API, text and disposition notes. Progress on stderr,
 * the report on stdout. Exit 0 when every document came in, 1 when some failed (the report says
 * which and why; run it again to retry them), 2 for a usage error.
 */
import { SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../../config';
import { MissingToolError } from '../../neo4j-local/toolchain';
import { openGraph } from '../../open-graph';
import { DEFAULT_HTTP } from './http';
import { SyncKind } from './listing';
import { NoStartError, SyncReport, syncFederalRegister } from './sync';

const DEFAULT_API = 'https://www.federalregister.gov/api/v1/';
const USAGE = `Usage: npm run sync:federal-register -- [--since YYYY-MM-DD] [--proclamations] [--memoranda] [--api URL]

Fetches executive orders signed since the newest one in the graph (or --since) from the Federal
Register API (FEDERAL_REGISTER_API_URL or --api; default ${DEFAULT_API}), with their full text
and disposition notes. Connects to NEO4J_URI, or to the local Neo4j npm start runs.`;

class UsageError extends Error {}

interface Args {
  since?: string;
  kinds: SyncKind[];
  apiUrl: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    kinds: ['executive_order'],
    apiUrl: process.env.FEDERAL_REGISTER_API_URL?.trim() || DEFAULT_API,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = () =>
      argv[++i] ??
      (() => {
        throw new UsageError(`${flag} needs a value`);
      })();
    if (flag === '--since') {
      args.since = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(args.since) || Number.isNaN(Date.parse(args.since)))
        throw new UsageError(`--since ${args.since} is not a YYYY-MM-DD date`);
    } else if (flag === '--proclamations') args.kinds.push('proclamation');
    else if (flag === '--memoranda') args.kinds.push('memorandum');
    else if (flag === '--api') args.apiUrl = value();
    else if (flag === '--help' || flag === '-h') throw new UsageError('');
    else throw new UsageError(`unknown option ${flag}`);
  }
  return args;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const opened = await openGraph(loadConfig(), log, { attach: true });
  const bar = new SingleBar({
    format: 'Syncing [{bar}] {value}/{total} documents | {current}',
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 2000,
    gracefulExit: false,
  });
  let started = false;
  try {
    const report = await syncFederalRegister(opened.graph, {
      ...args,
      http: DEFAULT_HTTP,
      onProgress: ({ total, done, current }) => {
        if (!started) bar.start(total, done, { current: '' });
        else if (total) bar.setTotal(total);
        started = true;
        bar.update(done, { current: current ?? '' });
      },
    });
    bar.stop();
    printReport(report);
    return report.failures.length ? 1 : 0;
  } finally {
    bar.stop();
    await opened.close();
  }
}

function printReport(report: SyncReport): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(
    `Synced since ${report.since}: ${report.listed} listed, ${report.ingested} ingested, ${report.alreadyIn} already in, ${report.failures.length} failed; ${report.noteProblems} disposition-note items unreadable`,
  );
  for (const failure of report.failures) out(`failed: ${failure.what}: ${failure.reason}`);
  if (report.failures.length)
    out('Run the sync again to retry the failed documents: it starts no later than the oldest of them.');
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    if (error instanceof UsageError) console.error(`${error.message ? `${error.message}\n\n` : ''}${USAGE}`);
    else if (error instanceof ConfigError || error instanceof MissingToolError || error instanceof NoStartError)
      console.error(`Cannot sync: ${error.message}`);
    else console.error('Cannot sync:', error);
    process.exit(error instanceof UsageError ? 2 : 1);
  });
