import 'reflect-metadata';
import { Driver } from 'neo4j-driver';
import { getNamedType, GraphQLSchema, isInterfaceType, isLeafType, isObjectType } from 'graphql';
import { Graph } from '../../src/graph/run';
import { createSchema } from '../../src/schema';
import { Api } from '../../src/server';
import { gql, startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';
import { seedGraph } from '../support/seed';

/**
 * Nodes are read in part when a query asks for part of them (src/schema/common/projection.ts).
 * Every leaf field of every node type, asked through every kind of query that projects (lists,
 * nested pages, nodes by id, relation pages, search), must answer what the whole node answers.
 * Asking `sources` reads nodes whole, so the same query with `sources` added is the reference.
 */
describe('nodes read in part answer as nodes read whole', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    // Every leaf of every type at three levels costs more than the default limit allows.
    ({ api, url } = await startApi(graph, { security: { limits: { maxCost: 10_000_000 } as any } }));
    schema = await createSchema();
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  /** `... on T { every leaf field without arguments }` for every node type; with `sources` too when `whole`. */
  const leaves = (whole: boolean) => {
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('no Node interface');
    const fragments = schema.getPossibleTypes(node).map((type) => {
      const names = Object.values(type.getFields())
        .filter((field) => isLeafType(getNamedType(field.type)) && field.args.length === 0 && field.name !== 'sources')
        .map((field) => field.name);
      return `... on ${type.name} { ${names.join(' ')} }`;
    });
    // Inside `... on Node` every node type may be spread, whatever the field's own type.
    return `__typename ... on Node { ${fragments.join(' ')}${whole ? ' sources' : ''} }`;
  };
  const withoutSources = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutSources);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== 'sources')
          .map(([key, v]) => [key, withoutSources(v)]),
      );
    return value;
  };
  const both = async (query: (leaves: string) => string) => {
    const [part, whole] = await Promise.all([gql(url, query(leaves(false))), gql(url, query(leaves(true)))]);
    expect(part.errors).toBeUndefined();
    expect(whole.errors).toBeUndefined();
    return { part: part.data, whole: withoutSources(whole.data) };
  };

  it('asks every node type its every leaf field', () => {
    const text = leaves(false);
    for (const type of ['Directive', 'ExecutiveOrder', 'Agency', 'Rule', 'Agreement', 'Program', 'Provision'])
      expect(text).toContain(`... on ${type} {`);
    expect(isObjectType(schema.getType('Directive'))).toBe(true);
    expect(text).toMatch(/on Directive \{[^}]*\btext\b[^}]*\bdueOn\b/);
  });

  it('in a list of directives and what its page answers in the same query', async () => {
    const { part, whole } = await both(
      (L) => `{ directives(first: 100) { edges { node { ${L}
      document { ${L} } provision { ${L} }
      targets(first: 100) { edges { action node { ${L} } } }
      assignments(first: 100) { edges { role node { ${L} } } }
      produces(first: 100) { edges { node { ${L} } } } } } } }`,
    );
    expect((part as any).directives.edges.length).toBeGreaterThan(50);
    const edges = (part as any).directives.edges;
    expect(edges.some((e: any) => e.node.targets.edges.length > 0)).toBe(true);
    expect(edges.some((e: any) => e.node.assignments.edges.length > 0 && e.node.text && e.node.document.title)).toBe(
      true,
    );
    expect(part).toEqual(whole);
  });

  it("in an agency's directives and children, asked in the agency's own lookup", async () => {
    const { part, whole } = await both(
      (L) => `{ agency(id: "dhs") { ${L}
      directives(first: 100) { edges { role node { ${L} document { ${L} } targets { edges { node { ${L} } } } } } }
      children { edges { node { ${L} } } } } }`,
    );
    expect((part as any).agency.directives.edges.length).toBeGreaterThan(20);
    expect(part).toEqual(whole);
  });

  it("in a document's relations and provisions, and in nodes a field names by id", async () => {
    const { part, whole } = await both(
      (L) => `{ document(id: "eo-14010") { ${L}
      revokes { edges { node { ${L} } } } revokedBy { edges { node { ${L} } } }
      provisions(first: 100) { edges { node { ${L} document { ${L} } directives { edges { node { ${L} document { ${L} } provision { ${L} } } } } } } } } }`,
    );
    expect((part as any).document.revokes.edges.length).toBe(5);
    expect(part).toEqual(whole);
  });

  it("reads what a field needs that the query does not ask (a directive's documentId for its document)", async () => {
    const { part, whole } = await both(
      (L) => `{ directives(first: 100) { edges { node { id document { id title } provision { id path } } } }
      agency(id: "dhs") { directives(first: 100) { edges { node { document { ${L} } provision { ${L} } } } } } }`,
    );
    expect((part as any).directives.edges.every((e: any) => e.node.document?.title && e.node.provision?.path)).toBe(
      true,
    );
    expect(part).toEqual(whole);
  });

  it('never hands a node read in part to a field that asks more of it in the same request', async () => {
    const response = await gql(
      url,
      `{
      directives(filter: { documentId: "eo-14010" }, first: 3) { edges { node { id document { id } } } }
      again: directives(filter: { documentId: "eo-14010" }, first: 3) { edges { node { id text document { id title signedOn } } } }
    }`,
    );
    expect(response.errors).toBeUndefined();
    const again = (response.data as any).again.edges;
    expect(again.length).toBe(3);
    for (const edge of again) {
      expect(edge.node.text).toEqual(expect.any(String));
      expect(edge.node.document).toEqual({
        id: 'eo-14010',
        title: expect.stringMatching(/Migration/),
        signedOn: '2021-02-02',
      });
    }
  });

  it('in search hits of every kind', async () => {
    const { part, whole } = await both(
      (L) => `{ search(text: "asylum", first: 100) { totalCount edges { kind score node { ${L} } } } }`,
    );
    const kinds = new Set((part as any).search.edges.map((e: any) => e.kind));
    expect(kinds.size).toBeGreaterThan(2);
    expect(part).toEqual(whole);
  });
});
