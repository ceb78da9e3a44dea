import 'reflect-metadata'; // before anything that reaches type-graphql decorators
import { Driver } from 'neo4j-driver';
import { Graph } from '../../src/graph/run';
import { Api } from '../../src/server';
import { gql, startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';
import { seedGraph } from '../support/seed';

const GRAPH = `query ($focus: [ID!], $depth: Int, $kinds: [NodeKind!], $relationships: [RelationshipType!], $limit: Int) {
  graph(focus: $focus, depth: $depth, kinds: $kinds, relationships: $relationships, limit: $limit) {
    nodes { id kind label properties } edges { id source target type properties } truncated
  }
}`;

interface Answer {
  nodes: Array<{ id: string; kind: string; label: string; properties: Record<string, unknown> }>;
  edges: Array<{ id: string; source: string; target: string; type: string; properties: Record<string, unknown> }>;
  truncated: boolean;
}

describe('the graph query on the seeded graph', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;
  const ask = async (variables: Record<string, unknown>): Promise<Answer> => {
    const response = await gql<{ graph: Answer }>(url, GRAPH, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.graph;
  };
  const ids = (answer: Answer) => answer.nodes.map((n) => n.id);

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    ({ api, url } = await startApi(graph));
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  it('depth 1 from EO 14010: its sections, what it revokes, and EO 14159 which revokes it', async () => {
    const answer = await ask({ focus: ['eo-14010'], depth: 1 });
    expect(ids(answer).sort()).toEqual(
      [
        'eo-14010',
        'eo-14010:preamble',
        'eo-14010:1',
        'eo-14010:2',
        'eo-14010:3',
        'eo-14010:4',
        'eo-14010:5',
        'eo-13767',
        'proc-9880',
        'pm-2018-04-04',
        'pm-2018-04-06',
        'pm-2019-04-29',
        'eo-14159',
      ].sort(),
    );
    expect(answer.nodes[0]).toMatchObject({ id: 'eo-14010', kind: 'EXECUTIVE_ORDER', label: 'EO 14010' });
    expect(answer.nodes[0].properties).toMatchObject({
      number: '14010',
      signedOn: '2021-02-02',
      frCitation: '86 FR 8267',
    });
    expect(answer.edges.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'eo-14010-HAS_PROVISION-eo-14010:4',
        'eo-14010-REVOKES-eo-13767',
        'eo-14010-REVOKES-proc-9880',
        'eo-14159-REVOKES-eo-14010',
      ]),
    );
    expect(answer.edges.find((e) => e.id === 'eo-14159-REVOKES-eo-14010')).toMatchObject({
      source: 'eo-14159',
      target: 'eo-14010',
      type: 'REVOKES',
    });
    expect(answer.edges.find((e) => e.id === 'eo-14010-REVOKES-eo-13767')!.properties).toMatchObject({
      provision: 'eo-14010:4(a)(ii)(F)(1)',
    });
    expect(answer.truncated).toBe(false);
    // Every edge joins two returned nodes.
    const returned = new Set(ids(answer));
    for (const edge of answer.edges) expect(returned.has(edge.source) && returned.has(edge.target)).toBe(true);
  });

  it('depth 2 reaches subsections and the documents EO 14159 revokes beside EO 14010, not depth 3', async () => {
    const answer = await ask({ focus: ['eo-14010'], depth: 2 });
    expect(ids(answer)).toEqual(
      expect.arrayContaining(['eo-14010:4(a)', 'eo-14010:2(a)', 'eo-13993', 'eo-14011', 'eo-14012']),
    );
    expect(ids(answer)).not.toContain('eo-14010:4(a)(ii)');
    expect(answer.edges.map((e) => e.id)).toEqual(
      expect.arrayContaining(['eo-14010:4-HAS_PROVISION-eo-14010:4(a)', 'eo-14159-REVOKES-eo-13993']),
    );
    // Nearest first: the focus, then its depth-1 ring, then the rest.
    expect(ids(answer).indexOf('eo-14159')).toBeLessThan(ids(answer).indexOf('eo-13993'));
  });

  it('cuts at the limit, says so, and keeps only edges among the kept nodes; ids are the same on every call', async () => {
    const cut = await ask({ focus: ['eo-14010'], depth: 1, limit: 12 });
    expect(cut.nodes).toHaveLength(12);
    expect(cut.truncated).toBe(true);
    expect(cut.nodes[0].id).toBe('eo-14010');
    const kept = new Set(ids(cut));
    for (const edge of cut.edges) expect(kept.has(edge.source) && kept.has(edge.target)).toBe(true);
    expect((await ask({ focus: ['eo-14010'], depth: 1, limit: 13 })).truncated).toBe(false);
    expect(await ask({ focus: ['eo-14010'], depth: 1, limit: 12 })).toEqual(cut);
    const whole = await ask({ limit: 5 });
    expect(whole).toMatchObject({ truncated: true });
    expect(whole.nodes).toHaveLength(5);
  });

  it('several focus nodes give the union of their neighbourhoods, each node once, an unknown id nothing', async () => {
    const one = await ask({ focus: ['eo-14010'], depth: 1 });
    const other = await ask({ focus: ['eo-13767'], depth: 1 });
    const both = await ask({ focus: ['eo-14010', 'eo-13767', 'no-such-node'], depth: 1 });
    expect(ids(both).sort()).toEqual([...new Set([...ids(one), ...ids(other)])].sort());
    // Both focus nodes are at distance 0, so they come first, by id.
    expect(ids(both).slice(0, 2)).toEqual(['eo-13767', 'eo-14010']);
    const edgeIds = (answer: typeof both) => answer.edges.map((e) => e.id);
    expect(edgeIds(both)).toEqual(expect.arrayContaining([...edgeIds(one), ...edgeIds(other)]));
    expect(await ask({ focus: ['no-such-node'], depth: 1 })).toEqual({ nodes: [], edges: [], truncated: false });
  });

  it('filters by kind (the path passes through those kinds only) and by relationship type', async () => {
    const documents = await ask({ focus: ['eo-14010'], depth: 2, kinds: ['EXECUTIVE_ORDER'] });
    expect(ids(documents)).toEqual(expect.arrayContaining(['eo-13767', 'eo-14159', 'eo-13993']));
    expect(documents.nodes.every((n) => n.kind === 'EXECUTIVE_ORDER')).toBe(true);
    // Memoranda and the proclamation it revokes are other kinds, so they are left out.
    expect(ids(documents)).not.toContain('proc-9880');

    const revocations = await ask({ focus: ['eo-14010'], depth: 1, relationships: ['REVOKES'] });
    expect(ids(revocations).sort()).toEqual([
      'eo-13767',
      'eo-14010',
      'eo-14159',
      'pm-2018-04-04',
      'pm-2018-04-06',
      'pm-2019-04-29',
      'proc-9880',
    ]);
    expect(revocations.edges.every((e) => e.type === 'REVOKES')).toBe(true);
    expect(revocations.edges).toHaveLength(6);
  });

  it('a drawing that asks no properties gets the same nodes, kinds, labels and edges as one that does, and none of the properties', async () => {
    const full = await ask({ focus: ['eo-14010'], depth: 2 });
    const LEAN = `fragment Ends on GraphEdge { source target type }
      query ($focus: [ID!], $depth: Int) { graph(focus: $focus, depth: $depth) { nodes { id kind label } edges { ...Ends } truncated } }`;
    const lean = await gql<{ graph: { nodes: unknown[]; edges: unknown[]; truncated: boolean } }>(url, LEAN, {
      focus: ['eo-14010'],
      depth: 2,
    });
    expect(lean.errors).toBeUndefined();
    expect(lean.data!.graph.nodes).toEqual(full.nodes.map(({ id, kind, label }) => ({ id, kind, label })));
    expect(lean.data!.graph.edges).toEqual(full.edges.map(({ source, target, type }) => ({ source, target, type })));
    expect(lean.data!.graph.truncated).toBe(full.truncated);
    // Ids and kinds only (what a drawing colours by): the same nodes, read without their label's properties.
    const kinds = await gql<{ graph: { nodes: unknown[] } }>(
      url,
      '{ graph(focus: ["eo-14010"], depth: 2) { nodes { id kind } } }',
    );
    expect(kinds.data!.graph.nodes).toEqual(full.nodes.map(({ id, kind }) => ({ id, kind })));
    // Asking edge ids (which order parallel edges by their properties) still gives the full answer's ids.
    const withIds = await gql<{ graph: { edges: Array<{ id: string }> } }>(
      url,
      '{ graph(focus: ["eo-14010"], depth: 2) { nodes { id } edges { id } } }',
    );
    expect(withIds.data!.graph.edges.map((e) => e.id)).toEqual(full.edges.map((e) => e.id));
  });

  it('refuses a depth beyond 4 and a limit below 1 as BAD_USER_INPUT', async () => {
    const deep = await gql(url, GRAPH, { focus: ['eo-14010'], depth: 5 });
    expect(deep.errors![0]).toMatchObject({
      message: expect.stringMatching(/depth: must be a whole number from 0 to 4/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const none = await gql(url, GRAPH, { limit: 0 });
    expect(none.errors![0]).toMatchObject({
      message: expect.stringMatching(/limit: must be a whole number from 1 to 5000/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
