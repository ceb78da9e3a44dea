import { Writable } from 'node:stream';
import { Driver } from 'neo4j-driver';
import pino from 'pino';
import { Graph } from '../../../src/graph/run';
import { Api } from '../../../src/server';
import { gql, startApi } from '../../support/api';
import { freshGraph } from '../../support/neo4j';
import { seedGraph } from '../../support/seed';
import { KEY } from './fixtures';

/**
 * Issue 17, items 5 to 8 and 11: what the API answers to empty results, long search texts,
 * malformed and deeply nested bodies, and which statuses and headers it sends.
 */
describe('responses to odd and hostile requests', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;
  const logged: string[] = [];

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    const sink = new Writable({
      write: (chunk, _encoding, done) => {
        logged.push(String(chunk));
        done();
      },
    });
    // Express decides at creation whether its error handler prints errors: never in NODE_ENV=test.
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      ({ api, url } = await startApi(graph, {
        security: { apiKeys: [KEY], introspection: true },
        logger: pino({ level: 'info' }, sink),
      }));
    } finally {
      process.env.NODE_ENV = env;
    }
  });
  afterAll(async () => {
    await api?.stop();
    await driver?.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it.each([
    ['agencies', '{ agencies(filter: { name: "zzzz" }) { totalCount } }', { totalCount: 0 }],
    ['agencies', '{ agencies(filter: { name: "zzzz" }) { edges { node { id } } } }', { edges: [] }],
    ['directives', '{ directives(filter: { agencyId: "zzzz" }) { totalCount } }', { totalCount: 0 }],
    ['directives', '{ directives(filter: { agencyId: "zzzz" }) { edges { node { id } } } }', { edges: [] }],
    ['documents', '{ documents(filter: { president: "zzzz" }) { totalCount } }', { totalCount: 0 }],
    ['documents', '{ documents(filter: { president: "zzzz" }) { edges { node { id } } } }', { edges: [] }],
    ['search', '{ search(text: "zzzzqqq") { totalCount } }', { totalCount: 0 }],
    ['search', '{ search(text: "zzzzqqq") { edges { node { id } } } }', { edges: [] }],
  ])('answers an empty %s list with its empty parts: %s', async (field, query, expected) => {
    const result = await gql(url, query);
    expect(result.errors).toBeUndefined();
    expect(result.data![field]).toEqual(expected);
  });

  it('refuses an over-long search text at once with 400 BAD_USER_INPUT naming the documented limit, and no Java class', async () => {
    const words = Array.from({ length: 40000 }, (_, i) => `w${i}`).join(' ');
    const result = await gql(url, 'query($t: String!) { search(text: $t) { totalCount } }', { t: words });
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/1,?000 characters/);
    expect(JSON.stringify(result)).not.toMatch(/org\.apache|java\.|lucene\./i);
    const schema = await gql(url, '{ __type(name: "Query") { fields { name args { name description } } } }');
    const search = schema.data!.__type.fields.find((f: { name: string }) => f.name === 'search');
    expect(search.args.find((a: { name: string }) => a.name === 'text').description).toMatch(/1,?000 characters/);
  });

  it('answers a broken JSON body with a GraphQL-shaped 400 and never logs the body', async () => {
    const secret = 'SECRET-BODY-TEXT-4711';
    const response = await post(`{"query": "{ stats { nodes } }", "variables": {"x": "${secret}"`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/JSON/);
    expect(JSON.stringify(body)).not.toContain(secret);
    expect(logged.join('')).not.toContain(secret);
  });

  it('answers variables nested 100,000 levels deep with a 400, not a 500', async () => {
    const depth = 100000;
    const body = `{"query": "query($f: DocumentFilter) { documents(filter: $f) { totalCount } }", "variables": {"f": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`;
    const response = await post(body);
    expect(response.status).toBe(400);
    const json = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(json.errors[0].message).toMatch(/nested/);
  });

  it('sends BAD_USER_INPUT with 400 (both JSON media types) and keeps 200 for partial data', async () => {
    const query = '{ search(text: "x", first: -1) { totalCount } }';
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const response = await post(JSON.stringify({ query }), { accept });
      expect(response.status).toBe(400);
      expect(
        ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code,
      ).toBe('BAD_USER_INPUT');
    }
    // One good field and one bad: data is there, so the status stays 200 (GraphQL over HTTP).
    const partial = await gql(url, '{ stats { nodes } agency(id: "dhs") { directives(first: -1) { totalCount } } }');
    expect(partial.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(partial.data!.stats.nodes).toBeGreaterThan(0);
    expect(partial.status).toBe(200);
  });

  it('counts __typename aliases toward MAX_ALIASES', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `t${i}: __typename`).join(' ');
    const result = await gql(url, `{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 30 });
  });

  it.each(['/graphql', '/healthz', '/explore/', '/export/graph?focus=eo-14010'])(
    'sends security headers and no x-powered-by on %s',
    async (path) => {
      const response = await fetch(`${url}${path}`, { headers: { accept: 'application/json' } });
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    },
  );
});
