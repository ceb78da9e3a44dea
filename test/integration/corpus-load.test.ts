import { Driver } from 'neo4j-driver';
import { CorpusIds, identifyLines } from '../../src/corpus/ids';
import { readCorpus } from '../../src/corpus/lines';
import { loadCorpus } from '../../src/corpus/load';
import { CorpusProgress } from '../../src/corpus/progress';
import { Graph } from '../../src/graph/run';
import { freshGraph } from '../support/neo4j';

/** A slice of the real corpus: both EO 6106s, the four EO 6750s and EO 9832 naming "6750", a refused text (EO 9558: "this executive order was not published"), a modern order. */
const whole = identifyLines(readCorpus());
const SLICE = [
  'eo-6106-1',
  'eo-6106-2',
  'eo-6750-1',
  'eo-6750-2',
  'eo-6750-3',
  'eo-6750-4',
  'eo-9832',
  'eo-9558',
  'eo-14010',
];
const slice: CorpusIds = { ...whole, lines: SLICE.map((id) => whole.lines.find((l) => l.id === id)!) };

/** Stops the load once `after` orders are in: what Ctrl-C does between two batches. */
class StopAfter extends CorpusProgress {
  readonly controller = new AbortController();
  constructor(private readonly after: number) {
    super(true);
  }
  advance(orders: number, refused: number): void {
    super.advance(orders, refused);
    if (this.status().done >= this.after) this.controller.abort();
  }
}

describe('loading the corpus', () => {
  let graph: Graph;
  let driver: Driver;
  beforeAll(async () => ({ graph, driver } = await freshGraph()));
  afterAll(() => driver.close());
  beforeEach(() => graph.write('MATCH (n) DETACH DELETE n'));

  const loadedIds = async () =>
    (
      await graph.read<{ id: string }>(
        'MATCH (d:PresidentialDocument) WHERE d.corpusLoaded RETURN d.id AS id ORDER BY id',
      )
    ).map((r) => r.id);

  it('stopped after a batch, goes on from there: each order once, whole, and a third run loads nothing', async () => {
    const progress = new StopAfter(4);
    const first = await loadCorpus(graph, {
      corpus: slice,
      batchSize: 2,
      signal: progress.controller.signal,
      progress,
    });
    expect(first).toMatchObject({ loaded: 4, skipped: 0, stopped: true });
    expect(await loadedIds()).toEqual([...SLICE.slice(0, 4)].sort());
    expect(progress.status()).toMatchObject({ state: 'stopped', done: 4, total: SLICE.length });

    const second = await loadCorpus(graph, { corpus: slice, batchSize: 2 });
    expect(second).toMatchObject({ loaded: SLICE.length - 4, skipped: 4, stopped: false });
    expect(await loadedIds()).toEqual([...SLICE].sort());
    const [{ provisions }] = await graph.read<{ provisions: number }>(
      "MATCH (:PresidentialDocument {id: 'eo-14010'})-[:HAS_PROVISION*]->(p:Provision) RETURN count(DISTINCT p) AS provisions",
    );
    expect(provisions).toBeGreaterThan(20);

    const before = await graph.read('MATCH (n) RETURN count(n) AS nodes');
    const third = await loadCorpus(graph, { corpus: slice, batchSize: 2 });
    expect(third).toMatchObject({ loaded: 0, skipped: SLICE.length });
    expect(await graph.read('MATCH (n) RETURN count(n) AS nodes')).toEqual(before);
  });

  it("writes a refused text as its metadata with the parser's reason, and keeps orders of one number apart", async () => {
    await loadCorpus(graph, { corpus: slice, batchSize: 4 });
    const [refused] = await graph.read<Record<string, unknown>>(
      "MATCH (d:ExecutiveOrder {id: 'eo-9558'}) RETURN d.number AS number, d.title AS title, toString(d.signedOn) AS signedOn, d.parseError AS parseError, d.stub AS stub",
    );
    const line = slice.lines.find((l) => l.id === 'eo-9558')!;
    expect(refused).toMatchObject({ number: '9558', title: line.title, signedOn: line.signedOn, stub: false });
    expect(refused.parseError).toMatch(/not published/);

    const sixes = await graph.read<{ id: string; title: string }>(
      "MATCH (d:ExecutiveOrder) WHERE d.number = '6106' AND d.corpusLoaded RETURN d.id AS id, d.title AS title ORDER BY id",
    );
    expect(sixes.map((d) => d.id)).toEqual(['eo-6106-1', 'eo-6106-2']);
    expect(sixes[0].title).not.toEqual(sixes[1].title);

    const [parsed] = await graph.read<{ parseError: unknown }>(
      "MATCH (d {id: 'eo-14010'}) RETURN d.parseError AS parseError",
    );
    expect(parsed.parseError).toBeNull();
  });

  it('marks a bare number several orders share, named by a text without saying which, as ambiguous', async () => {
    await loadCorpus(graph, { corpus: slice, batchSize: 3 });
    const [bare] = await graph.read<{ candidates: string[]; ambiguous: boolean; mentionedBy: string[] }>(
      "MATCH (d:PresidentialDocument {id: 'eo-6750'}) RETURN d.candidates AS candidates, d.ambiguous AS ambiguous, d.sources AS mentionedBy",
    );
    expect(bare).toEqual({
      candidates: ['eo-6750-1', 'eo-6750-2', 'eo-6750-3', 'eo-6750-4'],
      ambiguous: true,
      mentionedBy: ['eo-9832'],
    });
  });
});
