import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { Graph } from '../../src/graph/run';
import { startLocalNeo4j } from '../../src/neo4j-local/process';
import { isAlive, waitUntilGone } from '../support/processes';

describe('the local Neo4j', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-local-'));
  const config = { ...loadConfig({}).local, dataDir, boltPort: 0, pageCacheMb: 64, heapMb: 512 };
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts on loopback, keeps what was written across a stop and a start, and stops its JVM', async () => {
    const first = await startLocalNeo4j(config);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    let driver = createDriver({ uri: first.uri, username: 'neo4j', password: '' });
    await new Graph(driver).write("CREATE (:Probe {id: 'kept'})");
    await driver.close();
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);

    const second = await startLocalNeo4j(config);
    driver = createDriver({ uri: second.uri, username: 'neo4j', password: '' });
    const rows = await new Graph(driver).read<{ id: string }>('MATCH (p:Probe) RETURN p.id AS id');
    await driver.close();
    await second.stop();
    expect(rows).toEqual([{ id: 'kept' }]);
    expect(await waitUntilGone(second.pid, 5000)).toBe(true);
  });

  it('fails with the reason and Neo4j output when its port is taken', async () => {
    const holder = await startLocalNeo4j(config);
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-local-'));
    try {
      await expect(startLocalNeo4j({ ...config, dataDir: otherDir, boltPort: holder.port })).rejects.toThrow(
        /The local Neo4j did not start: the JVM exited[\s\S]*(in use|bind|Address)/i,
      );
    } finally {
      await holder.stop();
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  });
});
