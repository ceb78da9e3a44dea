import { Driver } from 'neo4j-driver';
import { Graph } from '../../../src/graph/run';
import { Api } from '../../../src/server';
import { gql, startApi } from '../../support/api';
import { freshGraph } from '../../support/neo4j';
import { graphSnapshot } from '../../support/snapshot';
import { EO_14010, INGEST, bearer } from './fixtures';

/** API keys: mutations always need one; rotation works by editing API_KEYS. */
describe('API keys', () => {
  const CURRENT = 'current-key-0123456789abcdef';
  const NEXT = 'next-key-fedcba9876543210';
  const OLD = 'old-key-rotated-out-000000';
  let graph: Graph;
  let driver: Driver;
  let api: Api | undefined;

  beforeAll(async () => ({ graph, driver } = await freshGraph()));
  afterEach(async () => api?.stop());
  afterAll(async () => driver?.close());

  async function serve(apiKeys: string[], readRequiresKey = false): Promise<string> {
    const started = await startApi(graph, { security: { apiKeys, readRequiresKey } });
    api = started.api;
    return started.url;
  }

  it('refuses a mutation with no key, a wrong key or a rotated-out key (401 UNAUTHENTICATED, nothing written), and runs it with a current key', async () => {
    const url = await serve([CURRENT, NEXT]); // OLD was in API_KEYS before the rotation
    const before = await graphSnapshot(graph);
    for (const headers of [
      {},
      bearer('wrong-key-wrong-key-wrong'),
      bearer(OLD),
      { authorization: CURRENT },
      bearer(`${CURRENT}x`),
    ]) {
      const refused = await gql(url, INGEST, { text: EO_14010, kind: 'EXECUTIVE_ORDER', number: '14010' }, headers);
      expect(refused.status).toBe(401);
      expect(refused.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      expect(refused.data).toBeUndefined();
      expect((refused as { extensions?: { roundTrips?: number } }).extensions?.roundTrips).toBe(0);
    }
    expect(await graphSnapshot(graph)).toEqual(before);

    const accepted = await gql(url, INGEST, { text: EO_14010, kind: 'EXECUTIVE_ORDER', number: '14010' }, bearer(NEXT));
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.ingestDocument.documentId).toBe('eo-14010');
    expect(accepted.data!.ingestDocument.nodesCreated).toBeGreaterThan(50);
    const again = await gql(url, INGEST, { text: EO_14010, kind: 'EXECUTIVE_ORDER', number: '14010' }, bearer(CURRENT));
    expect(again.data!.ingestDocument).toMatchObject({
      documentId: 'eo-14010',
      nodesCreated: 0,
      relationshipsCreated: 0,
    });
  });

  it('refuses every mutation when no key is configured', async () => {
    const url = await serve([]);
    const refused = await gql(
      url,
      INGEST,
      { text: EO_14010, kind: 'EXECUTIVE_ORDER', number: '14010' },
      bearer(CURRENT),
    );
    expect(refused.status).toBe(401);
    expect(refused.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('keeps reads open by default and closes them with READ_REQUIRES_KEY', async () => {
    const open = await serve([CURRENT]);
    const anonymous = await gql(open, '{ stats { nodes } }');
    expect(anonymous.errors).toBeUndefined();
    await api!.stop();
    const closed = await serve([CURRENT], true);
    const refused = await gql(closed, '{ stats { nodes } }');
    expect(refused.status).toBe(401);
    expect(refused.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await gql(closed, '{ stats { nodes } }', {}, bearer(CURRENT))).data).toEqual(anonymous.data);
  });

  it('answers an operation name the document lacks with that error, not with a request for a key, and runs nothing', async () => {
    const url = await serve([CURRENT], true);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation Ingest { __typename }', operationName: 'Counts' }),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toMatch(/Unknown operation named "Counts"/);
    expect(body.errors[0].extensions.code).not.toBe('UNAUTHENTICATED');
  });

  it('turns a parse failure into BAD_USER_INPUT with the parser message, and a malformed number into BAD_USER_INPUT', async () => {
    const url = await serve([CURRENT]);
    const before = await graphSnapshot(graph);
    const notADocument = await gql(url, INGEST, { text: 'Hello, this is not an executive order.' }, bearer(CURRENT));
    expect(notADocument.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'text' });
    expect(notADocument.errors![0].message).toMatch(/kind|document/i);
    const badNumber = await gql(
      url,
      INGEST,
      { text: EO_14010, kind: 'EXECUTIVE_ORDER', number: '1}) DETACH DELETE n //' },
      bearer(CURRENT),
    );
    expect(badNumber.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'number' });
    expect(await graphSnapshot(graph)).toEqual(before);
  });
});
