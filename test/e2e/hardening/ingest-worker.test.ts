import { Driver } from 'neo4j-driver';
import { Graph } from '../../../src/graph/run';
import { PARSE_THREADS, ParsePool, ParseTimeoutError } from '../../../src/ingest/parse-pool';
import { seedEntries } from '../../../src/ingest/seed-texts';
import { Api } from '../../../src/server';
import { gql, startApi } from '../../support/api';
import { freshGraph } from '../../support/neo4j';
import { graphSnapshot } from '../../support/snapshot';
import { EO_14010, INGEST, KEY, bearer } from './fixtures';

/**
 * Issue 17, item 1: a 1.9 MB ingest with no whitespace froze the whole API for over 7 minutes,
 * /healthz included. Texts are parsed in worker threads, bounded in number and time.
 * (The worker runs the compiled parser from dist/: `npx tsc -p tsconfig.build.json` first.)
 */
describe('parsing an ingested text off the event loop', () => {
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

  it('keeps answering /healthz while a 1.9 MB whitespace-free ingest is in flight, which then ends with an error and writes nothing', async () => {
    let pending = true;
    const ingest = gql(
      url,
      INGEST,
      { text: 'a'.repeat(1_900_000), kind: 'EXECUTIVE_ORDER', number: '14999' },
      bearer(),
    ).finally(() => (pending = false));
    let answeredWhilePending = 0;
    while (pending) {
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      if (pending) answeredWhilePending += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const result = await ingest;
    expect(answeredWhilePending).toBeGreaterThan(0);
    expect(['BAD_USER_INPUT', 'REQUEST_TIMEOUT']).toContain(result.errors![0].extensions!.code);
    expect((await graphSnapshot(graph)).nodes).toEqual([]);
  });

  it('still ingests a real document through the pool', async () => {
    const result = await gql(url, INGEST, { text: EO_14010, kind: 'EXECUTIVE_ORDER', number: '14010' }, bearer());
    expect(result.errors).toBeUndefined();
    expect(result.data!.ingestDocument.documentId).toBe('eo-14010');
  });

  it('stops a parse at its time limit and parses the next text on a fresh thread', async () => {
    const pool = new ParsePool();
    const hints = { kind: 'EXECUTIVE_ORDER', number: '14010' } as const;
    try {
      await expect(pool.parse(`${EO_14010}\n`.repeat(40), hints, { timeoutMs: 1 })).rejects.toBeInstanceOf(
        ParseTimeoutError,
      );
      expect((await pool.parse(EO_14010, hints)).document.id).toBe('eo-14010');
    } finally {
      await pool.close();
    }
  });

  it("starts the served API's pool warm: its threads are up before any text, have parsed the seed texts, and parse as a cold pool does", async () => {
    const warm = new ParsePool({ warm: true });
    const cold = new ParsePool();
    const hints = { kind: 'EXECUTIVE_ORDER', number: '14010' } as const;
    try {
      expect(warm.threadCount).toBe(PARSE_THREADS);
      expect(cold.threadCount).toBe(0);
      expect(await warm.ready()).toEqual(Array(PARSE_THREADS).fill(seedEntries().length));
      expect(await warm.parse(EO_14010, hints)).toEqual(await cold.parse(EO_14010, hints));
    } finally {
      await Promise.all([warm.close(), cold.close()]);
    }
  });
});
