/**
 * A body one order establishes and a later order tasks by its full name, on a real Neo4j: EO 9781
 * (1946) establishes the Air Coordinating Committee, EO 9990 (1948) enlarges it. Loaded in either
 * order, the graph has one committee, established by EO 9781 only, and EO 9990's directive
 * assigned to it.
 */
import { Driver } from 'neo4j-driver';
import { readCorpus } from '../../../src/corpus/lines';
import { Graph } from '../../../src/graph/run';
import { loadDocuments } from '../../../src/ingest/load';
import { parseDocument } from '../../../src/ingest/parse';
import { freshGraph } from '../../support/neo4j';

describe('bodies named by a later order', () => {
  let graph: Graph;
  let driver: Driver;
  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    const models = readCorpus()
      .filter((l) => l.number === '9781' || l.number === '9990')
      .map((l) => parseDocument(l.text, { kind: 'EXECUTIVE_ORDER', number: l.number, signedOn: l.signedOn }));
    // the later order first: the body's node is made by it, then completed by the order that established it
    for (const model of [...models].reverse()) await loadDocuments(graph, [model]);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("keeps one Air Coordinating Committee, established by EO 9781, and assigns it EO 9990's directive", async () => {
    const session = driver.session();
    try {
      const result = await session.run(
        `MATCH (b:Body {id: 'body-eo-9781-air-coordinating-committee'})
         OPTIONAL MATCH (b)-[:ESTABLISHED_BY]->(d:PresidentialDocument)
         OPTIONAL MATCH (dir:Directive)-[:ASSIGNED_TO]->(b) WHERE dir.id STARTS WITH 'eo-9990:'
         RETURN b.name AS name, b.provisionId AS provision, collect(DISTINCT d.id) AS establishedBy, count(DISTINCT dir) AS tasked`,
      );
      expect(result.records.map((r) => r.toObject())).toEqual([
        {
          name: 'Air Coordinating Committee',
          provision: 'eo-9781:(a)',
          establishedBy: ['eo-9781'],
          tasked: expect.anything(),
        },
      ]);
      expect(result.records[0].get('tasked').toNumber()).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});
