import { Driver } from 'neo4j-driver';
import { Graph } from '../../src/graph/run';
import { Api } from '../../src/server';
import { gql, startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';

describe('the HTTP API', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    ({ api, url } = await startApi(graph));
    await graph.write(`
      CREATE (eo:PresidentialDocument:ExecutiveOrder {id: 'eo-1'}),
             (a:Agency {id: 'a1'}), (b:Agency {id: 'b1'}), (c:Agency {id: 'c1'}),
             (a)-[:PART_OF]->(c), (b)-[:PART_OF]->(c), (eo)-[:REVOKES]->(:PresidentialDocument {id: 'eo-0'})`);
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  it('answers stats over HTTP with the counts in Neo4j', async () => {
    const response = await gql(
      url,
      '{ stats { nodes relationships labels { name count } relationshipTypes { name count } } }',
    );
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data!.stats).toEqual({
      nodes: 5,
      relationships: 3,
      labels: [
        { name: 'Agency', count: 3 },
        { name: 'ExecutiveOrder', count: 1 },
        { name: 'PresidentialDocument', count: 2 },
      ],
      relationshipTypes: [
        { name: 'PART_OF', count: 2 },
        { name: 'REVOKES', count: 1 },
      ],
    });
  });

  it('follows writes: stats changes when the graph does', async () => {
    await graph.write("CREATE (:Agency {id: 'd1'})");
    const response = await gql(url, '{ stats { nodes labels { name count } } }');
    expect(response.data!.stats.nodes).toBe(6);
    expect(response.data!.stats.labels).toContainEqual({ name: 'Agency', count: 4 });
  });

  it('says it is alive and ready', async () => {
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('reports readiness as 503 with the missing schema when an index is dropped', async () => {
    await graph.write('DROP INDEX directive_due_on');
    try {
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(503);
      expect((await ready.json()).reason).toMatch(/schema not applied: missing directive_due_on/);
    } finally {
      await graph.write('CREATE INDEX directive_due_on IF NOT EXISTS FOR (n:Directive) ON (n.dueOn)');
    }
  });
});
