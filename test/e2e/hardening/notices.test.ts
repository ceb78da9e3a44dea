import { Driver } from 'neo4j-driver';
import { importCatalogueFile } from '../../../src/federal-register/import';
import { Graph } from '../../../src/graph/run';
import { applySchema } from '../../../src/graph/schema';
import { Api } from '../../../src/server';
import { gql, startApi } from '../../support/api';
import { freshGraph } from '../../support/neo4j';
import { seedGraph } from '../../support/seed';
import { SAMPLE } from '../../integration/federal-register/support';

/**
 * Issue 17, item 9: after importing the catalogue sample, whose EO 14148 notes name "Notice of
 * March 24, 2026", graph(), /export/graph and seeAlso failed on the notice node ("has no known
 * kind", a 500, "has no GraphQL type"). Every node the import can create is readable everywhere,
 * also one an earlier import stored with the PresidentialDocument label alone, once the API has
 * started on that store.
 */
describe('notices and bare FR documents from the catalogue', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    await importCatalogueFile(graph, SAMPLE);
    // As the import wrote them before: no label of their own, the kind as a property.
    await graph.write(
      "MERGE (d:PresidentialDocument {id: 'notice-1999-01-01'}) SET d.kind = 'NOTICE' WITH d MATCH (eo:ExecutiveOrder {id: 'eo-14148'}) MERGE (eo)-[:SEE_ALSO]->(d)",
    );
    await graph.write(
      "MERGE (d:PresidentialDocument {id: 'fr-59-99999'}) SET d.kind = 'FR_DOCUMENT' WITH d MATCH (eo:ExecutiveOrder {id: 'eo-14148'}) MERGE (eo)-[:SEE_ALSO]->(d)",
    );
    // The API started on that store: every start brings it up to the schema (src/open-graph.ts),
    // which gives such a document its kind's label, from which kinds are read.
    await applySchema(graph);
    ({ api, url } = await startApi(graph));
  });
  afterAll(async () => {
    await api?.stop();
    await driver?.close();
  });

  it('reads them through graph(), with their kinds', async () => {
    const result = await gql(url, '{ graph(focus: ["eo-14148"], depth: 1, limit: 500) { nodes { id kind label } } }');
    expect(result.errors).toBeUndefined();
    const kinds = Object.fromEntries(result.data!.graph.nodes.map((n: { id: string; kind: string }) => [n.id, n.kind]));
    expect(kinds).toMatchObject({
      'notice-2026-03-24': 'NOTICE',
      'notice-1999-01-01': 'NOTICE',
      'fr-59-99999': 'FR_DOCUMENT',
    });
  });

  it.each(['cytoscape', 'graphml', 'd3', 'csv&part=nodes'])('exports them with /export/graph as %s', async (format) => {
    const response = await fetch(`${url}/export/graph?focus=eo-14148&depth=1&format=${format}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('notice-2026-03-24');
  });

  it('reads them as seeAlso documents, with their GraphQL type', async () => {
    const result = await gql(
      url,
      '{ document(id: "eo-14148") { seeAlso(first: 100) { edges { node { __typename id documentKind } } } } }',
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.document.seeAlso.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toEqual(
      expect.arrayContaining([
        { __typename: 'Notice', id: 'notice-2026-03-24', documentKind: 'NOTICE' },
        { __typename: 'Notice', id: 'notice-1999-01-01', documentKind: 'NOTICE' },
        { __typename: 'FederalRegisterDocument', id: 'fr-59-99999', documentKind: 'FR_DOCUMENT' },
      ]),
    );
    const node = await gql(
      url,
      '{ node(id: "notice-2026-03-24") { __typename id } search(text: "notice") { totalCount } }',
    );
    expect(node.errors).toBeUndefined();
    expect(node.data!.node).toEqual({ __typename: 'Notice', id: 'notice-2026-03-24' });
  });
});
