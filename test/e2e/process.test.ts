import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gql } from '../support/api';
import { exitOf, runMain, Started, waitForOutput, waitUntilGone } from '../support/processes';

const READY = /API ready at (http:\/\/\S+)\/graphql/;
const NEO4J_PID = /Local Neo4j ready at \S+ \(pid (\d+)/;

/** `npm start`'s process, run as a user would, against a data folder of the test's own. */
describe('the API process (npm start)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-start-'));
  const env = {
    NEO4J_LOCAL_DATA: dataDir,
    NEO4J_LOCAL_PORT: '0',
    PORT: '0',
    HOST: '127.0.0.1',
    NEO4J_LOCAL_HEAP_MB: '512',
    NEO4J_LOCAL_PAGECACHE_MB: '64',
  };
  let running: Started | undefined;
  afterEach(() => running?.child.kill('SIGKILL'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function start(): Promise<{ url: string; neo4jPid: number }> {
    running = runMain(env);
    const [, url] = await waitForOutput(running, READY);
    const [, pid] = NEO4J_PID.exec(running.output())!;
    return { url, neo4jPid: Number(pid) };
  }

  const countsQuery = '{ stats { nodes relationships } }';

  it('seeds an empty database, keeps it across a restart without duplicating, and stops Neo4j on SIGTERM', async () => {
    const first = await start();
    const seeded = await gql(first.url, countsQuery);
    expect(seeded.data!.stats.nodes).toBeGreaterThan(0);
    expect(running!.output()).toMatch(/Seeded eo-14010/);

    running!.child.kill('SIGTERM');
    expect(await exitOf(running!.child)).toBe(0);
    expect(await waitUntilGone(first.neo4jPid, 10000)).toBe(true);

    const second = await start();
    const again = await gql(second.url, countsQuery);
    expect(again.data!.stats).toEqual(seeded.data!.stats);
    expect(running!.output()).not.toMatch(/Seeded/);

    running!.child.kill('SIGINT');
    expect(await exitOf(running!.child)).toBe(0);
    expect(await waitUntilGone(second.neo4jPid, 10000)).toBe(true);
  });

  it('leaves no JVM behind when the Node process is killed outright', async () => {
    const { neo4jPid } = await start();
    running!.child.kill('SIGKILL');
    await exitOf(running!.child);
    expect(await waitUntilGone(neo4jPid, 30000)).toBe(true);
  });
});

describe('bad configuration', () => {
  it('exits non-zero naming PORT when it is not a number', async () => {
    const run = runMain({ PORT: 'eighty' });
    expect(await exitOf(run.child)).not.toBe(0);
    expect(run.output()).toMatch(/PORT: "eighty" is not a whole number/);
  });

  it('exits non-zero naming NEO4J_URI when it cannot be reached', async () => {
    const run = runMain({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_STARTUP_TIMEOUT_MS: '1500', PORT: '0' });
    expect(await exitOf(run.child)).not.toBe(0);
    expect(run.output()).toMatch(/NEO4J_URI: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  });

  it('exits non-zero naming NEO4J_URI when it is not a Neo4j URI', async () => {
    const run = runMain({ NEO4J_URI: 'http://localhost:7474', PORT: '0' });
    expect(await exitOf(run.child)).not.toBe(0);
    expect(run.output()).toMatch(/NEO4J_URI: "http:\/\/localhost:7474" is not a Neo4j URI/);
  });

  it('without Java and without NEO4J_URI, says what to install or what to use instead', async () => {
    const run = runMain({ PATH: '/nonexistent', PORT: '0' });
    expect(await exitOf(run.child)).not.toBe(0);
    expect(run.output()).toMatch(/java was not found on PATH/);
    expect(run.output()).toMatch(/Maven/);
    expect(run.output()).toMatch(/NEO4J_URI/);
    expect(run.output()).toMatch(/docker compose up/);
  });
});
