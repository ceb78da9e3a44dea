/** `npm run import:federal-register`'s process, run as a user would, against the test Neo4j. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { Graph } from '../../../src/graph/run';
import { freshGraph } from '../../support/neo4j';
import { ROOT, waitUntilGone } from '../../support/processes';
import { SAMPLE, record, tempDir, writePage } from './support';

const CLI = path.join(ROOT, 'dist', 'src', 'federal-register', 'cli.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: process.env.NEO4J_TEST_URI, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The test runs the built CLI: fail loudly rather than test yesterday's build. */
function assertBuilt(): void {
  const stale = ['cli', 'import', 'plan', 'catalogue', 'notes', 'note-items'].filter((name) => {
    const built = path.join(ROOT, 'dist', 'src', 'federal-register', `${name}.js`);
    const source = path.join(ROOT, 'src', 'federal-register', `${name}.ts`);
    return !fs.existsSync(built) || fs.statSync(built).mtimeMs < fs.statSync(source).mtimeMs;
  });
  if (stale.length > 0)
    throw new Error(`dist is older than src/federal-register/{${stale.join(',')}}.ts: run \`npx tsc -p .\` first`);
}

describe('the import:federal-register command', () => {
  let graph: Graph;
  let driver: Driver;
  const dir = tempDir();
  beforeAll(assertBuilt);
  beforeEach(async () => ({ graph, driver } = await freshGraph()));
  afterEach(() => driver.close());
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const orderCount = async () =>
    (await graph.read<{ n: number }>('MATCH (d:ExecutiveOrder) WHERE d.fromCatalogue RETURN count(d) AS n'))[0].n;

  it('imports the sample with progress on stderr, a summary and its warnings on stdout, exit 0', async () => {
    const run = await runCli([SAMPLE]);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Imported 93 orders from 1 of 1 files in \d+\.\d s: documents \d+ created, 0 updated; relationships 252 created, 0 already present; 2 problems, 0 files failed$/m,
    );
    expect(run.stdout).toMatch(
      /^warning: \S+executive-orders\.sample\.json eo-14148 line "Revokes: .*": item "EO 13997, J": .*\(relation kept/m,
    );
    expect(run.stdout).toMatch(/^warning: .* eo-13815 .*refers to itself/m);
    expect(run.stderr).toMatch(/Importing \[=+\] 93\/93 records \| executive-orders\.sample\.json/);
    expect(await orderCount()).toBe(93);

    const again = await runCli([SAMPLE]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/documents 0 created, 0 updated; relationships 0 created, 252 already present/);
  });

  it('names a file that is not JSON, exits 1, and still imports the other files', async () => {
    const notJson = path.join(dir, 'page-2.json');
    fs.writeFileSync(notJson, '<html>502 Bad Gateway</html>');
    const good = writePage(dir, 'page-3.json', [record(90001, 'Revokes: EO 90002, January 1, 2000')]);

    const run = await runCli([SAMPLE, notJson, good]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^error: ${notJson}: .*the file is not JSON`, 'm'));
    expect(run.stdout).toMatch(/^Imported 94 orders from 2 of 3 files in .*; 2 problems, 1 files failed$/m);
    expect(run.stdout).toMatch(new RegExp(`^failed: ${notJson}: .*the file is not JSON`, 'm'));
    expect(await orderCount()).toBe(94);
  });

  it('exits 0 with a warning for a broken record, which the summary names with its position', async () => {
    const page = writePage(dir, 'broken.json', [record(90001, null), { ...record(90002, null), title: 42 }]);
    const run = await runCli([page]);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 problems, 0 files failed$/m);
    expect(run.stdout).toContain(
      `warning: ${page} results[1] (document 2099-90002): record not imported: title is number, not text`,
    );
    expect(await orderCount()).toBe(1);
  });

  it('starts the local Neo4j when NEO4J_URI is unset, imports into it and stops it at the end', async () => {
    const dataDir = tempDir();
    try {
      const run = await runCli([writePage(dir, 'one.json', [record(90001, null)])], {
        NEO4J_URI: '',
        NEO4J_LOCAL_DATA: dataDir,
        NEO4J_LOCAL_PORT: '0',
        NEO4J_LOCAL_HEAP_MB: '512',
        NEO4J_LOCAL_PAGECACHE_MB: '64',
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Imported 1 orders from 1 of 1 files .* 1 created, 0 updated;/m);
      const pid = Number(/Local Neo4j ready at \S+ \(pid (\d+)/.exec(run.stderr)?.[1]);
      expect(pid).toBeGreaterThan(0);
      expect(await waitUntilGone(pid, 10000)).toBe(true);
      expect(await orderCount()).toBe(0); // the shared test database was not the one written
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300000);

  it('explains its usage and exits 2 without files', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run import:federal-register -- <documents\.json>/);
  });
});
