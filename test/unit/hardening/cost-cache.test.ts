import { parse } from 'graphql';
import { COST_CACHE_BYTES, CostCache } from '../../../src/hardening/cost-cache';

/** Issue 17, item 2: the cost check's cache held every request's variables (RSS 218 to 1,340 MB). */
describe('the cost cache', () => {
  const document = parse('query Amp($note: String, $first: Int) { stats { nodes } }');

  it('costs once for requests that differ only in a large variable the cost cannot depend on, and holds none of it', () => {
    const cache = new CostCache();
    let computed = 0;
    for (let i = 0; i < 1000; i += 1) {
      const note = `${i}:`.padEnd(1_900_000, 'a'); // a distinct 1.9 MB string each time
      expect(cache.costOf(document, 'Amp', { note, first: 10 }, () => (computed += 1))).toBe(1);
    }
    expect(computed).toBe(1);
    expect(cache.bytes).toBeLessThan(1000);
  });

  it('tells apart what the cost does depend on, and stays within its byte bound however many there are', () => {
    const cache = new CostCache();
    expect(cache.costOf(document, 'Amp', { first: 10 }, () => 10)).toBe(10);
    expect(cache.costOf(document, 'Amp', { first: 20 }, () => 20)).toBe(20);
    expect(cache.costOf(document, 'Amp', { first: 10, ids: ['a', 'b'] }, () => 2)).toBe(2);
    expect(cache.costOf(document, 'Amp', { first: 10, ids: ['c', 'd'] }, () => 99)).toBe(2); // only the length counts
    for (let i = 0; i < 200_000; i += 1) cache.costOf(document, 'Amp', { first: i }, () => i);
    expect(cache.bytes).toBeLessThanOrEqual(COST_CACHE_BYTES);
    expect(cache.costOf(document, 'Amp', { first: 199_999 }, () => -1)).toBe(199_999); // the most recent are kept
  });
});
