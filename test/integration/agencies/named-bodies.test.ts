/**
 * A body one order establishes and a later order tasks by its full name, on a real Neo4j: EO 6858
 * (September 1934) establishes the Textile Labor Relations Board, and EO 6878 (October 1934) writes
 * "The Textile Labor Relations Board shall appoint a single individual as common chairman of the
 * Cotton Textile Work Assignment Board, ...". Loaded in either order, the graph has one board,
 * established by EO 6858 only, and EO 6878's directives assigned to it.
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
      .filter((l) => l.number === '6858' || l.number === '6878')
      .map((l) => parseDocument(l.text, { kind: 'EXECUTIVE_ORDER', number: l.number, signedOn: l.signedOn }));
    // the later order first: the body's node is made by it, then completed by the order that established it
    for (const model of [...models].reverse()) await loadDocuments(graph, [model]);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("keeps one Textile Labor Relations Board, established by EO 6858, and assigns it EO 6878's directives", async () => {
    const session = driver.session();
    try {
      const result = await session.run(
        `MATCH (b:Body {id: 'body-eo-6858-textile-labor-relations-board'})
         OPTIONAL MATCH (b)-[:ESTABLISHED_BY]->(d:PresidentialDocument)
         OPTIONAL MATCH (dir:Directive)-[:ASSIGNED_TO]->(b) WHERE dir.id STARTS WITH 'eo-6878:'
         RETURN b.name AS name, b.provisionId AS provision, collect(DISTINCT d.id) AS establishedBy, count(DISTINCT dir) AS tasked`,
      );
      expect(result.records.map((r) => r.toObject())).toEqual([
        {
          name: 'Textile Labor Relations Board',
          provision: 'eo-6858:1',
          establishedBy: ['eo-6858'],
          tasked: expect.anything(),
        },
      ]);
      expect(result.records[0].get('tasked').toNumber()).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});
