import { Writable } from 'node:stream';
import { Driver } from 'neo4j-driver';
import { Graph } from '../../../src/graph/run';
import { createLogger } from '../../../src/hardening/logging';
import { gql, startApi } from '../../support/api';
import { freshGraph } from '../../support/neo4j';
import { EO_14010, INGEST, KEY, bearer } from './fixtures';

/** NODE_ENV=production behaviour (development: false), the request log, and draining on stop. */
describe('production mode, logs and shutdown', () => {
  let graph: Graph;
  let driver: Driver;
  beforeAll(async () => ({ graph, driver } = await freshGraph()));
  afterAll(async () => driver?.close());

  it('sends no stack traces, no "Did you mean" suggestions, and refuses introspection', async () => {
    const { api, url } = await startApi(graph, { development: false, security: { introspection: false } });
    try {
      const typo = await gql(url, '{ stat { nodes } }');
      expect(typo.status).toBe(400);
      expect(typo.errors![0].message).toMatch(/Cannot query field "stat"/);
      expect(JSON.stringify(typo)).not.toMatch(/Did you mean|stats/);
      const badInput = await gql(url, '{ agencies(first: 1000) { totalCount } }');
      expect(badInput.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      for (const result of [typo, badInput]) expect(JSON.stringify(result)).not.toMatch(/stacktrace|\.ts:\d+/);
      const introspection = await gql(url, '{ __schema { types { name } } }');
      expect(introspection.status).toBe(400);
      expect(introspection.errors![0].message).toMatch(/Introspection is off .* with INTROSPECTION=true/);
      const graphiql = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await graphiql.text()).not.toMatch(/graphiql/i);
    } finally {
      await api.stop();
    }
    // The contrast, so the assertions above can fail: development mode shows all three.
    const dev = await startApi(graph, { development: true, security: { introspection: true } });
    try {
      expect((await gql(dev.url, '{ stat { nodes } }')).errors![0].message).toMatch(/Did you mean "stats"/);
      expect((await gql(dev.url, '{ __schema { types { name } } }')).data!.__schema.types.length).toBeGreaterThan(10);
    } finally {
      await dev.api.stop();
    }
  });

  it('logs one JSON line per request with operation, duration, round trips and outcome, never the text, variables or key', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _encoding, done) => (lines.push(...String(chunk).trim().split('\n')), done()),
    });
    const { api, url } = await startApi(graph, { logger: createLogger('info', sink), security: { apiKeys: [KEY] } });
    try {
      await gql(url, 'query Counts { stats { nodes } }');
      await gql(url, INGEST, { text: EO_14010, kind: 'EXECUTIVE_ORDER', number: '14010' }, bearer());
      await gql(url, INGEST, { text: 'not a document at all' }, bearer());
    } finally {
      await api.stop();
    }
    const entries = lines.map((line) => JSON.parse(line));
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      operationName: 'Counts',
      operationType: 'query',
      roundTrips: 1,
      outcome: 'ok',
      status: 200,
    });
    expect(entries[1]).toMatchObject({ operationName: 'Ingest', operationType: 'mutation', outcome: 'ok' });
    expect(entries[1].roundTrips).toBeGreaterThan(5);
    expect(entries[2]).toMatchObject({
      operationName: 'Ingest',
      outcome: 'error',
      errorCodes: ['BAD_USER_INPUT'],
      roundTrips: 0,
    });
    for (const entry of entries) expect(typeof entry.durationMs).toBe('number');
    const all = lines.join('\n');
    for (const secret of [KEY, 'not a document', 'Comprehensive Regional Framework', 'stats {'])
      expect(all).not.toContain(secret);
  });

  it('answers a request in flight before stop() resolves (the drain comes before the driver closes)', async () => {
    const { api, url } = await startApi(graph, { security: { apiKeys: [KEY] } });
    await graph.write('MATCH (n) DETACH DELETE n');
    let stopped = false;
    api.httpServer.once('request', () => {
      void api.stop().then(() => (stopped = true));
    });
    const result = await gql(url, INGEST, { text: EO_14010, kind: 'EXECUTIVE_ORDER', number: '14010' }, bearer());
    const stoppedBeforeAnswer = stopped;
    expect(stoppedBeforeAnswer).toBe(false);
    expect(result.errors).toBeUndefined();
    expect(result.data!.ingestDocument.nodesCreated).toBeGreaterThan(50);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(true);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
