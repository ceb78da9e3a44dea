import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { Graph } from '../../src/graph/run';
import { applySchema } from '../../src/graph/schema';
import { LocalNeo4j, startLocalNeo4j } from '../../src/neo4j-local/process';
import { gql, startApi } from '../support/api';

describe('readiness while Neo4j goes away and comes back', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-ready-'));
  const config = { ...loadConfig({}).local, dataDir, boltPort: 0, pageCacheMb: 64, heapMb: 512 };
  let neo4j: LocalNeo4j;
  afterAll(async () => {
    await neo4j?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is 503 with a reason while Neo4j is stopped and 200 again once it is back, with no restart of the API', async () => {
    neo4j = await startLocalNeo4j(config);
    const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: '' });
    const graph = new Graph(driver);
    await applySchema(graph);
    await graph.write("CREATE (:Agency {id: 'survivor'})");
    const { api, url } = await startApi(graph);
    try {
      expect((await fetch(`${url}/readyz`)).status).toBe(200);

      await neo4j.stop();
      const down = await fetch(`${url}/readyz`);
      expect(down.status).toBe(503);
      expect((await down.json()).reason).toMatch(/Neo4j is not reachable/);
      const failed = await gql(url, '{ stats { nodes } }');
      expect(failed.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');

      neo4j = await startLocalNeo4j({ ...config, boltPort: neo4j.port });
      const back = await pollUntil(async () => (await fetch(`${url}/readyz`)).status === 200, 20000);
      expect(back).toBe(true);
      const stats = await gql(url, '{ stats { nodes } }');
      expect(stats.data!.stats.nodes).toBe(1);
    } finally {
      await api.stop();
      await driver.close();
    }
  });
});

async function pollUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}
