import crypto from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { Graph } from '../../../src/graph/run';
import { Api } from '../../../src/server';
import { gql, startApi } from '../../support/api';
import { freshGraph } from '../../support/neo4j';
import { graphSnapshot } from '../../support/snapshot';
import { EO_14010, INGEST, KEY, bearer } from './fixtures';

const HINTS = { kind: 'EXECUTIVE_ORDER', number: '14010' };

/**
 * Garbage in the ingest mutation: a clear error and nothing written. A truncated document is
 * the one case that may succeed: the parser accepts any prefix that is still a document (the
 * header and at least one section). The rule is all or nothing: it is refused, or what it
 * wrote is exactly what ingesting that prefix alone writes, never a half-written transaction.
 */
describe('ingesting garbage and racing ingests', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    ({ api, url } = await startApi(graph, { security: { apiKeys: [KEY] } }));
  });
  afterAll(async () => {
    await api?.stop();
    await driver?.close();
  });
  beforeEach(async () => graph.write('MATCH (n) DETACH DELETE n'));

  async function refused(
    variables: Record<string, unknown>,
  ): Promise<{ status: number; code: unknown; message: string }> {
    const result = await gql(url, INGEST, variables, bearer());
    expect(result.data?.ingestDocument ?? null).toBeNull();
    return { status: result.status, code: result.errors![0].extensions!.code, message: result.errors![0].message };
  }

  it('refuses empty, blank and binary text with BAD_USER_INPUT and the parser message', async () => {
    expect(await refused({ text: '' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/empty/),
    });
    expect(await refused({ text: ' \n\t ', ...HINTS })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/empty/),
    });
    const binary = crypto.randomBytes(100000).toString('latin1');
    expect(await refused({ text: binary, ...HINTS })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/binary/),
    });
    expect((await graphSnapshot(graph)).nodes).toEqual([]);
  });

  it('refuses 20 MB of random text before reading it (413 QUERY_TOO_LARGE) and 1 MB of random words as not a document', async () => {
    const huge = crypto.randomBytes(15 * 1024 * 1024).toString('base64'); // 20 MB of text
    expect(await refused({ text: huge, ...HINTS })).toMatchObject({ status: 413, code: 'QUERY_TOO_LARGE' });
    const words = Array.from({ length: 150000 }, () => crypto.randomBytes(4).toString('hex')).join(' ');
    expect(await refused({ text: words })).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect((await graphSnapshot(graph)).nodes).toEqual([]);
  });

  it('treats a document cut in the middle as all or nothing: refused, or exactly what that prefix alone writes', async () => {
    for (const fraction of [0.02, 0.1, 0.5, 0.9]) {
      await graph.write('MATCH (n) DETACH DELETE n');
      const prefix = EO_14010.slice(0, Math.floor(EO_14010.length * fraction));
      const result = await gql(url, INGEST, { text: prefix, ...HINTS }, bearer());
      const after = await graphSnapshot(graph);
      if (result.errors) {
        expect(result.errors[0].extensions!.code).toBe('BAD_USER_INPUT');
        expect(after.nodes).toEqual([]);
      } else {
        // Ingest the same prefix again into an empty graph: the same nodes, so nothing partial was left behind.
        await graph.write('MATCH (n) DETACH DELETE n');
        await gql(url, INGEST, { text: prefix, ...HINTS }, bearer());
        expect(await graphSnapshot(graph)).toEqual(after);
        expect(after.nodes.length).toBe(result.data!.ingestDocument.nodesCreated);
      }
    }
  });

  it('leaves exactly one ingest worth of nodes after 10 concurrent ingests of the same document', async () => {
    const single = await gql(url, INGEST, { text: EO_14010, ...HINTS }, bearer());
    expect(single.errors).toBeUndefined();
    const once = await graphSnapshot(graph);
    await graph.write('MATCH (n) DETACH DELETE n');

    const results = await Promise.all(
      Array.from({ length: 10 }, () => gql(url, INGEST, { text: EO_14010, ...HINTS }, bearer())),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(await graphSnapshot(graph)).toEqual(once);
    // Between them they created each node once.
    expect(results.reduce((sum, r) => sum + r.data!.ingestDocument.nodesCreated, 0)).toBe(once.nodes.length);
  });
});
