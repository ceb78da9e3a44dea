import 'reflect-metadata';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { ConfigError, loadConfig } from '../config';
import { MissingToolError } from '../neo4j-local/toolchain';
import { openGraph } from '../open-graph';
import { IngestError, ingestFile } from './ingest';
import { ParseError } from './parse';
import { DocumentHints } from './model';
import { collectSources } from './sources';

const USAGE = `Usage: npm run ingest -- [--kind EXECUTIVE_ORDER|PROCLAMATION|MEMORANDUM] [--number N] [--signed-on YYYY-MM-DD] <files or folders>

Ingests Presidential documents (plain text, as copied from a web page, a PDF or the Federal
Register) into the graph. Connects to NEO4J_URI, or to the local Neo4j (the one npm start runs,
or a new one). The flags give what a text does not say itself, for every file named; a file
named eo-14010.txt (proc-9880.txt, pm-2019-04-29.txt) gives its kind and number (or date), the
flags override the name, and the text wins over both where it states them.`;

interface Args {
  paths: string[];
  hints: DocumentHints;
}

/** `npm run ingest`: each file in its own transaction; a bad file is reported and the rest go on. */
async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const sources = collectSources(args.paths);
  if (sources.length === 0) throw new UsageError('no files to ingest');
  const opened = await openGraph(loadConfig(), (line) => process.stderr.write(`${line}\n`), { attach: true });
  const bar = new cliProgress.SingleBar(
    {
      format: 'Ingesting [{bar}] {value}/{total} {file}',
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 500,
    },
    cliProgress.Presets.shades_classic,
  );
  const totals = { documents: 0, nodesCreated: 0, relationshipsCreated: 0 };
  const failures: string[] = [];
  bar.start(sources.length, 0, { file: '' });
  try {
    for (const source of sources) {
      bar.update({ file: path.basename(source.file) });
      try {
        const summary = await ingestFile(opened.graph, source.file, { ...source.hints, ...args.hints });
        totals.documents += 1;
        totals.nodesCreated += summary.nodesCreated;
        totals.relationshipsCreated += summary.relationshipsCreated;
      } catch (error) {
        failures.push(describeFailure(error));
      }
      bar.increment();
    }
  } finally {
    bar.stop();
    await opened.close();
  }
  console.log(
    `Ingested ${totals.documents} of ${sources.length} documents: ${totals.nodesCreated} nodes and ` +
      `${totals.relationshipsCreated} relationships created.`,
  );
  for (const failure of failures) console.error(`Failed: ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

class UsageError extends Error {}

const FLAGS = { kind: '--kind EXECUTIVE_ORDER', number: '--number N', signedOn: '--signed-on YYYY-MM-DD' };

/** A fact the text does not state is given here with a flag: the message names the flag. */
function describeFailure(error: unknown): string {
  const cause = (error as Error).cause;
  if (error instanceof IngestError && cause instanceof ParseError && cause.missing) {
    return `${error.file}: ${cause.missing.problem}: the text does not say; pass ${cause.missing.hints.map((hint) => FLAGS[hint]).join(' or ')}.`;
  }
  return (error as Error).message;
}

const KINDS = [
  'EXECUTIVE_ORDER',
  'PROCLAMATION',
  'MEMORANDUM',
  'PRESIDENTIAL_DETERMINATION',
  'NATIONAL_SECURITY_MEMORANDUM',
];

function documentKind(value: string): DocumentHints['kind'] {
  const kind = value.toUpperCase();
  if (!KINDS.includes(kind)) throw new UsageError(`--kind ${value} is not one of ${KINDS.join(', ')}`);
  return kind as DocumentHints['kind'];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { paths: [], hints: {} };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--help' || flag === '-h') throw new UsageError('');
    else if (flag === '--kind') args.hints.kind = documentKind(value());
    else if (flag === '--number') args.hints.number = value();
    else if (flag === '--signed-on') args.hints.signedOn = value();
    else if (flag.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
    else args.paths.push(flag);
  }
  if (args.paths.length === 0) throw new UsageError('name at least one file or folder');
  return args;
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    if (error instanceof UsageError) console.error(`${error.message ? `${error.message}\n\n` : ''}${USAGE}`);
    else if (error instanceof ConfigError || error instanceof MissingToolError)
      console.error(`Cannot ingest: ${error.message}`);
    else console.error('Cannot ingest:', error);
    process.exit(2);
  });
