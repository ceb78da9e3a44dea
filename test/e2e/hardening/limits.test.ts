import { Driver } from 'neo4j-driver';
import { Graph } from '../../../src/graph/run';
import { Api } from '../../../src/server';
import { gql, startApi } from '../../support/api';
import { freshGraph } from '../../support/neo4j';
import { seedGraph } from '../../support/seed';
import { defaultLimits } from './fixtures';

/** Abusive queries against the default limits (MAX_DEPTH 12, MAX_ALIASES 30, MAX_COST 100000, MAX_TOKENS 5000, MAX_QUERY_BYTES 100000). */
describe('query limits', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;
  const NORMAL = '{ agency(id: "dhs") { id name } stats { nodes } }';
  let normalAnswer: unknown;

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    ({ api, url } = await startApi(graph, { security: { limits: defaultLimits() } }));
    normalAnswer = (await gql(url, NORMAL)).data;
    expect(normalAnswer).toMatchObject({ agency: { id: 'dhs' } });
  });
  afterAll(async () => {
    await api?.stop();
    await driver?.close();
  });

  /** Sends the abusive query and a normal one at the same time: the normal one must still answer. */
  async function refuse(query: string, variables: Record<string, unknown> = {}) {
    const [abusive, normal] = await Promise.all([gql(url, query, variables), gql(url, NORMAL)]);
    expect(normal.data).toEqual(normalAnswer);
    expect(abusive.data).toBeUndefined();
    expect(abusive.status).toBeGreaterThanOrEqual(400);
    expect(abusive.status).toBeLessThan(500);
    expect(abusive.errors).toHaveLength(1);
    return {
      status: abusive.status,
      error: abusive.errors![0],
      roundTrips: (abusive as { extensions?: { roundTrips?: number } }).extensions?.roundTrips,
    };
  }

  it('refuses a depth-50 query as QUERY_TOO_DEEP, saying the limit and the depth, with no round trip', async () => {
    const query = `{ agency(id: "dhs") { ${'parent { '.repeat(49)}id${' }'.repeat(49)} } }`;
    const { status, error, roundTrips } = await refuse(query);
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 12, actual: 51 });
    expect(error.message).toMatch(/51, limit 12/);
    expect(roundTrips).toBe(0);
  });

  it('accepts a query at the depth limit', async () => {
    const query = `{ agency(id: "dhs") { ${'parent { '.repeat(10)}id${' }'.repeat(10)} } }`;
    const result = await gql(url, query);
    expect(result.errors).toBeUndefined();
    expect(result.data!.agency.parent).toBeDefined();
  });

  it('refuses 1,000 aliases as TOO_MANY_ALIASES with no round trip', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: nodes`).join(' ');
    const { status, error, roundTrips } = await refuse(`{ stats { ${aliases} } }`);
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 30, actual: 1000 });
    expect(roundTrips).toBe(0);
  });

  it('refuses a cost bomb as QUERY_TOO_COSTLY, counting list sizes given in variables', async () => {
    const query = `query Bomb($n: Int) { agencies(first: $n) { edges { node { children(first: $n) { edges { node {
      children(first: $n) { edges { node { id } } } } } } } } } }`;
    const { status, error, roundTrips } = await refuse(query, { n: 100 });
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 100000, actual: 1000000 });
    expect(roundTrips).toBe(0);
  });

  it('counts a nested first: 100 inside first: 100 as 10,000 and lets it run', async () => {
    const query = '{ agencies(first: 100) { edges { node { children(first: 100) { edges { node { id } } } } } } }';
    const result = await gql(url, query);
    expect(result.errors).toBeUndefined();
    const limited = await startApi(graph, { security: { limits: { ...defaultLimits(), maxCost: 9999 } } });
    try {
      const over = await gql(limited.url, query);
      expect(over.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 9999, actual: 10000 });
    } finally {
      await limited.api.stop();
    }
  });

  it('refuses more than MAX_TOKENS tokens as TOO_MANY_TOKENS, with the count', async () => {
    const fields = Array.from({ length: 6000 }, () => 'nodes').join(' ');
    const { status, error, roundTrips } = await refuse(`{ stats { ${fields} } }`);
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_TOKENS', limit: 5000, actual: 6005 }); // { stats { + 6000 + } }
    expect(roundTrips).toBe(0);
  });

  it('refuses a 5 MB query as QUERY_TOO_LARGE before reading it, and a 150 kB one before parsing it', async () => {
    const huge = await refuse(`{ stats { nodes } } # ${'x'.repeat(5 * 1024 * 1024)}`);
    expect(huge.status).toBe(413);
    expect(huge.error.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', limit: 2000000 });
    expect(huge.error.extensions!.actual).toBeGreaterThan(5 * 1024 * 1024);

    const large = await refuse(`{ stats { nodes } } # ${'x'.repeat(150000)}`);
    expect(large.status).toBe(413);
    expect(large.error.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', limit: 100000, actual: 150022 });
  });
});
