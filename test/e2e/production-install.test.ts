import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { gql } from '../support/api';
import { freshGraph } from '../support/neo4j';
import { exitOf, ROOT, Started, waitForOutput } from '../support/processes';

/**
 * The Docker image keeps production dependencies only (`npm prune --omit=dev`), so a module the
 * server imports from a devDependency crashes it at start (fast-xml-parser did). This installs
 * the built project the way the image holds it (dist, cypher, seed, package files) with
 * `npm ci --omit=dev`, from npm's cache, and starts it against the test Neo4j.
 */
describe('a production install (what the Docker image runs)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-production-'));
  let driver: Driver;
  let server: Started | undefined;

  beforeAll(async () => {
    ({ driver } = await freshGraph());
    for (const file of ['package.json', 'package-lock.json'])
      fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
    for (const folder of ['cypher', 'seed', 'dist/src', 'dist/web'])
      fs.cpSync(path.join(ROOT, folder), path.join(dir, folder), { recursive: true });
    const install = run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], {});
    expect(await exitOf(install.child, 240000)).toBe(0);
  });

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await driver?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function run(command: string, args: string[], env: Record<string, string>): Started {
    const child = spawn(command, args, {
      cwd: dir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    return { child, output: () => output };
  }

  it('has no dev dependency installed, starts, seeds, answers /readyz 200, queries and exports', async () => {
    expect(fs.existsSync(path.join(dir, 'node_modules', 'typescript'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'node_modules', '@apollo', 'server'))).toBe(true);

    server = run(process.execPath, ['dist/src/main.js'], {
      NODE_ENV: 'production',
      NEO4J_URI: process.env.NEO4J_TEST_URI!,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_ON_START: 'true',
      CORPUS_LIMIT: '20', // the corpus load runs on production dependencies too
    });
    const [, url] = await waitForOutput(server, /API ready at (http:\/\/\S+)\/graphql/, 120000);

    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    const answer = await gql(url, '{ document(id: "eo-14010") { id } }');
    expect(answer.data).toEqual({ document: { id: 'eo-14010' } });
    const graphml = await fetch(`${url}/export/graph?focus=eo-14010&depth=1&format=graphml`);
    expect(graphml.status).toBe(200);
    expect(await graphml.text()).toContain('<graphml');

    server.child.kill('SIGTERM');
    const code = await exitOf(server.child);
    if (code !== 0) console.log(server.output());
    expect(code).toBe(0);
  });
});
