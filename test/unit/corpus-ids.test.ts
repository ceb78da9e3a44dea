import { identifyLines } from '../../src/corpus/ids';
import { readCorpus } from '../../src/corpus/lines';
import { corpusHints } from '../../src/corpus/model';
import { settleModel } from '../../src/corpus/refs';
import { parseDocument } from '../../src/ingest/parse';

const corpus = identifyLines(readCorpus());
const line = (id: string) => corpus.lines.find((l) => l.id === id)!;

describe('ids of the corpus orders', () => {
  it('gives every line its own id, and the 332 lines of the 127 shared numbers none of the bare eo-N', () => {
    expect(new Set(corpus.lines.map((l) => l.id)).size).toBe(corpus.lines.length);
    expect(corpus.shared.size).toBe(127);
    const sharedLines = [...corpus.shared.values()].flat();
    expect(sharedLines).toHaveLength(332);
    expect(corpus.lines.filter((l) => corpus.shared.has(l.number)).every((l) => /^eo-\d+-\d+$/.test(l.id))).toBe(true);
  });

  it('numbers the orders of a shared number by signing date, then by source path', () => {
    const orders = corpus.shared.get('9744')!;
    expect(orders.map((o) => [o.id, o.signedOn])).toEqual([
      ['eo-9744-1', '1946-06-27'],
      ['eo-9744-2', '1946-06-29'],
      ['eo-9744-3', '1946-06-29'],
      ['eo-9744-4', '1946-06-29'],
    ]);
    expect(orders[1].path < orders[2].path && orders[2].path < orders[3].path).toBe(true);
  });

  it('keeps a number one line has as eo-N', () => {
    expect(line('eo-14010').title).toMatch(/Comprehensive Regional Framework/);
  });
});

describe('references to a shared number', () => {
  it('moves the order to its own id, provisions included', () => {
    const order = line('eo-6575-2');
    const { model } = settleModel(parseDocument(order.text, corpusHints(order)), order, corpus.shared);
    expect(model.document).toMatchObject({ id: 'eo-6575-2', number: '6575' });
    expect(model.provisions.length).toBeGreaterThan(0);
    expect(model.provisions.every((p) => p.id.startsWith('eo-6575-2:'))).toBe(true);
  });

  it('leaves "Executive Order 6750, dated June 27, 1934" ambiguous: four orders of that number were signed that day', () => {
    const order = line('eo-9832');
    const { model, ambiguous } = settleModel(parseDocument(order.text, corpusHints(order)), order, corpus.shared);
    expect(ambiguous).toEqual([
      { id: 'eo-6750', number: '6750', candidates: ['eo-6750-1', 'eo-6750-2', 'eo-6750-3', 'eo-6750-4'] },
    ]);
    expect(model.referencedDocuments.map((d) => d.id)).toContain('eo-6750');
  });

  it('settles a lettered order on the line of its bare number signed that day: "Executive Order No. 11359A of June 29, 1967" (EO 11472)', () => {
    const order = line('eo-11472');
    expect(order.text).toContain('Executive Order No. 11359A of June 29, 1967');
    const { model, ambiguous } = settleModel(parseDocument(order.text, corpusHints(order)), order, corpus.shared);
    expect(corpus.shared.get('11359')!.map((o) => [o.id, o.signedOn])).toEqual([
      ['eo-11359-1', '1967-06-20'],
      ['eo-11359-2', '1967-06-29'],
    ]);
    expect(ambiguous).toEqual([]);
    expect(model.revocations.map((r) => r.target.id)).toContain('eo-11359-2');
  });

  it('leaves "Executive Order No. 6657-A of March 27, 1934" (EO 6780) ambiguous between the two lines of 6657 signed that day', () => {
    const order = line('eo-6780');
    const { ambiguous } = settleModel(parseDocument(order.text, corpusHints(order)), order, corpus.shared);
    expect(ambiguous).toEqual([{ id: 'eo-6657-a', number: '6657-A', candidates: ['eo-6657-1', 'eo-6657-2'] }]);
  });

  it('settles "Executive Order No. 6131, dated May 12, 1933" (EO 6147) on the one order of that number signed that day', () => {
    const order = line('eo-6147');
    expect(order.text).toContain('Executive Order No. 6131, dated May 12, 1933');
    const parsed = parseDocument(order.text, corpusHints(order));
    // The reference as that sentence states it (the parser's reading of "No." forms is another issue's).
    const stated = { id: 'eo-6131', kind: 'EXECUTIVE_ORDER' as const, number: '6131', signedOn: '1933-05-12' };
    const { model, ambiguous } = settleModel({ ...parsed, referencedDocuments: [stated] }, order, corpus.shared);
    expect(corpus.shared.get('6131')!.map((o) => o.signedOn)).toEqual(['1933-05-12', '1933-05-13']);
    expect(ambiguous).toEqual([]);
    expect(model.referencedDocuments).toEqual([{ ...stated, id: 'eo-6131-1' }]);
  });

  it('gives an order named by its date the id the corpus loads that order under: "the Executive Order of February 1, 2025" in EO 14198 is EO 14194\'s node', () => {
    const order = line('eo-14198');
    const { model, ambiguous } = settleModel(parseDocument(order.text, corpusHints(order)), order, corpus.shared);
    expect(ambiguous).toEqual([]);
    expect((model.relations ?? []).map((r) => [r.type, r.target.id])).toEqual([['AMENDS', line('eo-14194').id]]);
    expect(line('eo-14194').signedOn).toBe('2025-02-01');
  });
});
