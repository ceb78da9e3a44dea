/**
 * `npm run import:federal-register -- page1.json page2.json ...`: imports Federal Register
 * documents.json pages into the graph, one transaction a page, with a progress bar on stderr
 * and a summary on stdout.
 *
 * Exit codes: 0 when every file imported, even with warnings (an unreadable record or note
 * item: the rest of its page is in the graph and the summary lists it); 1 when a file could
 * not be read or written (the other files are still imported); 2 for a usage error.
 */
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { Config, ConfigError, loadConfig } from '../config';
import { Graph } from '../graph/run';
import { MissingToolError } from '../neo4j-local/toolchain';
import { openGraph } from '../open-graph';
import { CataloguePage, PageSummary, importPage, readPage } from './import';
import { ImportProblem } from './plan';

const log = (line: string) => process.stderr.write(`${line}\n`);

interface FileFailure {
  file: string;
  reason: string;
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    log('Usage: npm run import:federal-register -- <documents.json> [more.json ...]');
    return 2;
  }
  const started = Date.now();
  const config = loadConfig();
  const failures: FileFailure[] = [];
  // Every file is read before connecting: the bar needs the total, and a bad file is named
  // at once rather than after minutes of import.
  const pages: CataloguePage[] = [];
  for (const file of files) {
    try {
      pages.push(readPage(file));
    } catch (error) {
      failures.push(fail(file, error));
    }
  }
  const summaries = pages.length > 0 ? await withGraph(config, (graph) => importPages(graph, pages, failures)) : [];
  printSummary(summaries, failures, files.length, Date.now() - started);
  return failures.length > 0 ? 1 : 0;
}

function fail(file: string, error: unknown): FileFailure {
  const message = (error as Error).message.split('\n')[0];
  // CatalogueFormatError already starts with the file's name.
  const failure = { file, reason: message.startsWith(file) ? message.slice(file.length + 2) : message };
  log(`error: ${failure.file}: ${failure.reason}`);
  return failure;
}

async function importPages(graph: Graph, pages: CataloguePage[], failures: FileFailure[]): Promise<PageSummary[]> {
  const total = pages.reduce((n, p) => n + p.orders.length + p.problems.length, 0);
  const bar = new SingleBar({
    format: 'Importing [{bar}] {value}/{total} records | {file}',
    stream: process.stderr,
    noTTYOutput: true, // piped or logged runs still show progress, one line a second
    notTTYSchedule: 1000,
    gracefulExit: false,
  });
  bar.start(total, 0, { file: '' });
  const summaries: PageSummary[] = [];
  for (const page of pages) {
    bar.update({ file: path.basename(page.source) });
    try {
      summaries.push(await importPage(graph, page));
    } catch (error) {
      failures.push(fail(page.source, error));
    }
    bar.increment(page.orders.length + page.problems.length);
  }
  bar.stop();
  return summaries;
}

/**
 * Connects to NEO4J_URI, or to the local Neo4j `npm start` runs, or else starts (and
 * afterwards stops) one of its own, as `npm run ingest` does.
 */
async function withGraph<T>(config: Config, work: (graph: Graph) => Promise<T>): Promise<T> {
  const opened = await openGraph(config, log, { attach: true });
  process.once('SIGINT', () => void opened.close().finally(() => process.exit(130)));
  try {
    return await work(opened.graph);
  } finally {
    await opened.close();
  }
}

function printSummary(summaries: PageSummary[], failures: FileFailure[], fileCount: number, ms: number): void {
  const sum = (key: keyof Omit<PageSummary, 'source' | 'problems'>) => summaries.reduce((n, s) => n + s[key], 0);
  const problems = summaries.flatMap((s) => s.problems);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(
    `Imported ${sum('orders')} orders from ${summaries.length} of ${fileCount} files in ${(ms / 1000).toFixed(1)} s: ` +
      `documents ${sum('documentsCreated')} created, ${sum('documentsUpdated')} updated; ` +
      `relationships ${sum('relationshipsCreated')} created, ${sum('relationshipsMerged')} already present; ` +
      `${problems.length} problems, ${failures.length} files failed`,
  );
  for (const problem of problems) out(`warning: ${describeProblem(problem)}`);
  for (const failure of failures) out(`failed: ${failure.file}: ${failure.reason}`);
}

function describeProblem(p: ImportProblem): string {
  if (p.kind === 'RECORD') {
    const doc = p.documentNumber ? ` (document ${p.documentNumber})` : '';
    return `${p.source} results[${p.position}]${doc}: record not imported: ${p.reason}`;
  }
  const line = p.line.length > 100 ? `${p.line.slice(0, 100)}...` : p.line;
  const kept = p.kept ? ' (relation kept: its target is certain)' : ' (item not imported)';
  return `${p.source} ${p.orderId} line ${JSON.stringify(line)}: item ${JSON.stringify(p.item)}: ${p.reason}${kept}`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const known = error instanceof ConfigError || error instanceof MissingToolError;
    log(`Import failed: ${known ? error.message : ((error as Error).stack ?? error)}`);
    process.exitCode = 1;
  },
);
