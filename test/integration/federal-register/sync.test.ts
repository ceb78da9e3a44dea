import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Driver } from 'neo4j-driver';
import { readCorpus } from '../../../src/corpus/lines';
import { SyncReport, syncFederalRegister } from '../../../src/federal-register/sync/sync';
import { Graph } from '../../../src/graph/run';
import { freshGraph } from '../../support/neo4j';
import sample from '../../fixtures/federal-register/executive-orders.sample.json';

/**
 * A local stand-in for the Federal Register API, in its shapes: documents.json pages linked by
 * next_page_url (records from the real catalogue sample), and raw text files (the orders' texts
 * from the corpus). It misbehaves as the real one can: a 500, a cut-off page, a 429, a text that
 * never comes, a record without its document number.
 */
class FakeFederalRegister {
  readonly requests: string[] = [];
  /** While true, EO 14012's text never answers. */
  textHangs = true;
  private pageTwoAsked = 0;
  private textAsked = new Map<string, number>();
  private server = http.createServer((req, res) => this.answer(req, res));
  /** The texts it serves, read from the corpus once: reading the corpus for each request blocked the client's clock too. */
  private texts = new Map<string, string>();
  url = '';

  async start(): Promise<void> {
    const numbers = new Set(sample.results.map((r) => String(r.executive_order_number)));
    this.texts = new Map(readCorpus().flatMap((l) => (numbers.has(l.number) ? [[l.number, l.text] as const] : [])));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v1/`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private record(number: number): Record<string, unknown> {
    const record = sample.results.find((r) => r.executive_order_number === number)!;
    return { ...record, raw_text_url: `${this.url.replace('/api/v1/', '')}/text/${record.document_number}.txt` };
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url!, 'http://local');
    this.requests.push(url.pathname + (url.searchParams.get('page') ? `?page=${url.searchParams.get('page')}` : ''));
    if (url.pathname === '/api/v1/documents.json') {
      this.page(url, res);
      return;
    }
    const text = /^\/text\/(.+)\.txt$/.exec(url.pathname);
    const record = text && sample.results.find((r) => r.document_number === text[1]);
    if (!record) {
      res.writeHead(404).end('not found');
      return;
    }
    const asked = (this.textAsked.get(record.document_number) ?? 0) + 1;
    this.textAsked.set(record.document_number, asked);
    if (record.executive_order_number === 14012 && this.textHangs) return; // never answers
    if (record.executive_order_number === 14011 && asked === 1) {
      res.writeHead(429, { 'retry-after': '0' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end(this.texts.get(String(record.executive_order_number))!);
  }

  private page(url: URL, res: http.ServerResponse): void {
    const since = url.searchParams.get('conditions[signing_date][gte]') ?? '';
    const json = (body: unknown): void => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const keep = (records: Record<string, unknown>[]) =>
      records.filter((r) => String(r.signing_date ?? '9999') >= since);
    if (url.searchParams.get('page') !== '2') {
      const next = new URL(`${url.pathname}${url.search}`, this.url);
      next.searchParams.set('page', '2');
      const results = [
        ...keep([this.record(14010), this.record(14011)]),
        { title: 'A record without its document number', signing_date: '2021-02-03' },
      ];
      return json({ count: 5, total_pages: 2, next_page_url: next.toString(), results });
    }
    this.pageTwoAsked += 1;
    if (this.pageTwoAsked === 1) {
      res.writeHead(500).end('Internal Server Error');
      return;
    }
    if (this.pageTwoAsked === 2) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"count": 5, "results": [{"document_n');
      return;
    }
    return json({ count: 5, total_pages: 2, results: keep([this.record(14012), this.record(14022)]) });
  }
}

describe('npm run sync:federal-register, against a local Federal Register', () => {
  let graph: Graph;
  let driver: Driver;
  const api = new FakeFederalRegister();
  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await api.start();
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  const sync = (since?: string): Promise<SyncReport> =>
    syncFederalRegister(graph, {
      apiUrl: api.url,
      kinds: ['executive_order'],
      ...(since ? { since } : {}),
      http: { timeoutMs: 1500, retries: 2, minBackoffMs: 10 },
    });
  const doc = async (id: string) =>
    (
      await graph.read<Record<string, unknown>>(
        'MATCH (d:PresidentialDocument {id: $id}) RETURN d.textIngested AS textIngested, d.fromCatalogue AS fromCatalogue, d.syncError AS syncError',
        { id },
      )
    )[0];

  it("ingests each order's text and notes through a 500, a cut-off page and a 429; a text that never comes fails alone and is retried by the next run", async () => {
    const first = await sync('2021-02-01');
    expect(first).toMatchObject({ since: '2021-02-01', listed: 4, ingested: 3, alreadyIn: 0 });
    expect(first.failures).toEqual([
      { what: expect.stringMatching(/documents\.json.* results\[2\]$/), reason: 'document_number is missing' },
      {
        what: 'eo-14012',
        reason: expect.stringMatching(/no answer within 1500 ms \(GET .*\/text\/2021-02563\.txt, 3 attempts\)/),
      },
    ]);
    for (const id of ['eo-14010', 'eo-14011', 'eo-14022'])
      expect(await doc(id)).toEqual({ textIngested: true, fromCatalogue: true, syncError: null });
    expect(await doc('eo-14012')).toMatchObject({ fromCatalogue: true, syncError: expect.stringMatching(/no answer/) });

    // Text and catalogue meet on one node: EO 14010's text revokes EO 13767, and its notes say so too.
    const revokes = await graph.read(
      "MATCH (:ExecutiveOrder {id: 'eo-14010'})-[r:REVOKES]->(t) RETURN t.id AS target, r.fromText AS fromText ORDER BY target",
    );
    expect(revokes).toContainEqual({ target: 'eo-13767', fromText: true });
    const revokedBy = await graph.read(
      "MATCH (s)-[:REVOKES]->(:ExecutiveOrder {id: 'eo-14010'}) RETURN s.id AS source ORDER BY source",
    );
    expect(revokedBy).toEqual([{ source: 'eo-14148' }, { source: 'eo-14159' }]);

    api.textHangs = false;
    api.requests.length = 0;
    const second = await sync();
    expect(second.since).toBe('2021-02-02'); // the failed order's date, before the newest ingested (2021-04-01)
    expect(second).toMatchObject({ ingested: 1, alreadyIn: 3 });
    expect(second.failures.map((f) => f.reason)).toEqual(['document_number is missing']);
    expect(api.requests.filter((r) => r.startsWith('/text/'))).toEqual(['/text/2021-02563.txt']);
    expect(await doc('eo-14012')).toEqual({ textIngested: true, fromCatalogue: true, syncError: null });
  });
});
