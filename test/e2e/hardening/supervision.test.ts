import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../../src/graph/driver';
import { Graph } from '../../../src/graph/run';
import { gql } from '../../support/api';
import { exitOf, runMain, Started, waitForOutput, waitUntilGone } from '../../support/processes';

const READY = /API ready at (http:\/\/\S+)\/graphql/;
const NEO4J_PID = /Local Neo4j ready at \S+ \(pid (\d+)/;
const NEO4J_URI = /Local Neo4j ready at (bolt:\S+)/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Issue 17, item 4: after `kill -9` of the local Neo4j, the API answered SERVICE_UNAVAILABLE
 * for as long as it ran, logged nothing, and /healthz stayed ok. The API that started it now
 * notices, logs, says so on /healthz, restarts it and serves again, within 60 s.
 * (Runs the built API: `npx tsc -p tsconfig.build.json` first.)
 */
describe('the local Neo4j killed under a running API (npm start)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-supervise-'));
  // Not seeded (slow on a busy machine): the test writes one node of its own.
  const env = {
    SEED_ON_START: 'false',
    NEO4J_LOCAL_DATA: dataDir,
    NEO4J_LOCAL_PORT: '0',
    PORT: '0',
    HOST: '127.0.0.1',
    NEO4J_LOCAL_HEAP_MB: '512',
    NEO4J_LOCAL_PAGECACHE_MB: '64',
  };
  let running: Started | undefined;
  afterAll(async () => {
    running?.child.kill('SIGTERM');
    if (running) await exitOf(running.child).catch(() => running!.child.kill('SIGKILL'));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is noticed, logged, reported on /healthz, restarted, and the API serves again by itself', async () => {
    running = runMain(env);
    const [, url] = await waitForOutput(running, READY);
    const firstPid = Number(NEO4J_PID.exec(running.output())![1]);
    const driver = createDriver({ uri: NEO4J_URI.exec(running.output())![1], username: 'neo4j', password: '' });
    await new Graph(driver).write("CREATE (:Agency {id: 'survivor', name: 'Survivor'})").finally(() => driver.close());
    const before = (await gql(url, '{ stats { nodes } }')).data!.stats.nodes;
    expect(before).toBe(1);

    process.kill(firstPid, 'SIGKILL');
    expect(await waitUntilGone(firstPid, 10000)).toBe(true);
    await waitForOutput(running, /Local Neo4j \(pid \d+\) exited unexpectedly \(SIGKILL\); restarting it/, 10000);
    const health = (await (await fetch(`${url}/healthz`)).json()) as { status: string; neo4j: { state: string } };
    expect(health).toMatchObject({ status: 'ok', neo4j: { state: expect.stringMatching(/restarting|running/) } });

    const killed = Date.now();
    let nodes: number | undefined;
    while (nodes === undefined && Date.now() - killed < 60000) {
      nodes = (await gql(url, '{ stats { nodes } }')).data?.stats?.nodes;
      if (nodes === undefined) await sleep(500);
    }
    process.stderr.write(`supervision: served again ${Date.now() - killed} ms after the kill\n`);
    expect(nodes).toBe(before);
    expect(running.output()).toMatch(/Local Neo4j restarted \(pid \d+, restart 1/);
    expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({
      status: 'ok',
      neo4j: { state: 'running', restarts: 1 },
    });

    // The restarted JVM is still the API's own: SIGTERM stops both.
    const secondPid = Number([...running.output().matchAll(new RegExp(NEO4J_PID, 'g'))].at(-1)![1]);
    expect(secondPid).not.toBe(firstPid);
    running.child.kill('SIGTERM');
    expect(await exitOf(running.child)).toBe(0);
    expect(await waitUntilGone(secondPid, 30000)).toBe(true);
  });
});
