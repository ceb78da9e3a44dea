import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { Graph } from '../../src/graph/run';
import { freshGraph } from '../support/neo4j';
import { ROOT } from '../support/processes';

/** `npm run ingest` as a user runs it: the built CLI against the test database. */
function ingest(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/src/ingest/cli.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: process.env.NEO4J_TEST_URI },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run ingest', () => {
  let graph: Graph;
  let driver: Driver;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-ingest-'));
  beforeAll(async () => ({ graph, driver } = await freshGraph()));
  afterAll(async () => {
    await driver.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('ingests a folder of documents with progress and a summary, taking hints from the manifest', async () => {
    const result = ingest(path.join(ROOT, 'seed', 'documents'));
    expect(result.stderr).toMatch(/Ingesting \[.*\] 4\/4/);
    expect(result.stdout).toMatch(/Ingested 4 of 4 documents: \d+ nodes and \d+ relationships created\./);
    expect(result.code).toBe(0);
    const ids = await graph.read<{ id: string }>(
      'MATCH (d:PresidentialDocument) WHERE d.textIngested RETURN d.id AS id ORDER BY id',
    );
    expect(ids.map((row) => row.id)).toEqual(['eo-13767', 'eo-14010', 'eo-14159']);
  });

  it('reports each bad file by name and reason, writes nothing for it, and goes on with the others', async () => {
    const before = await graph.read<{ nodes: number }>('MATCH (n) RETURN count(n) AS nodes');
    const notADocument = path.join(folder, 'shopping-list.txt');
    fs.writeFileSync(notADocument, 'eggs\nmilk\nbread\n');
    const missing = path.join(folder, 'missing.txt');
    const good = path.join(ROOT, 'seed', 'documents', 'eo-13767.fr-markdown.txt');

    const result = ingest(notADocument, missing, good);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Ingested 1 of 3 documents: 0 nodes and 0 relationships created\./);
    expect(result.stderr).toContain(`Failed: ${notADocument}: This text is not a Presidential document`);
    expect(result.stderr).toContain(`Failed: ${missing}: cannot be read`);
    const after = await graph.read<{ nodes: number }>('MATCH (n) RETURN count(n) AS nodes');
    expect(after).toEqual(before);
  });

  it('says how to give a number when a text does not state it', async () => {
    const page = path.join(folder, 'order.txt');
    fs.copyFileSync(path.join(ROOT, 'seed', 'documents', 'eo-14010.web.txt'), page);
    const without = ingest(page);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain(
      `Failed: ${page}: A EXECUTIVE_ORDER needs a number to get an id: the text does not say; pass --number N.`,
    );
    const withNumber = ingest('--kind', 'EXECUTIVE_ORDER', '--number', '14010', '--signed-on', '2021-02-02', page);
    expect(withNumber.code).toBe(0);
  });

  it('takes the number from the file name, and the text wins where it states its own', async () => {
    const named = path.join(folder, 'eo-14010.txt');
    fs.copyFileSync(path.join(ROOT, 'seed', 'documents', 'eo-14010.web.txt'), named);
    expect(ingest(named).code).toBe(0);
    const misnamed = path.join(folder, 'eo-1.txt');
    fs.copyFileSync(path.join(ROOT, 'seed', 'documents', 'eo-14159.fr-pdf-layout.txt'), misnamed);
    expect(ingest(misnamed).code).toBe(0);
    const ids = await graph.read<{ id: string }>(
      "MATCH (d:PresidentialDocument) WHERE d.id IN ['eo-1', 'eo-14010', 'eo-14159'] AND d.textIngested RETURN d.id AS id ORDER BY id",
    );
    expect(ids.map((row) => row.id)).toEqual(['eo-14010', 'eo-14159']);
  });

  it('explains its usage when called wrongly', () => {
    const result = ingest('--kind', 'DECREE', 'x.txt');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--kind DECREE is not one of EXECUTIVE_ORDER/);
    expect(result.stderr).toMatch(/Usage: npm run ingest/);
  });
});
