/**
 * The spans a reading keeps (mentions, citations, group phrases) never overlap: of two, the first taken wins. A long
 * paragraph takes hundreds of thousands, so past a few hundred the set marks characters instead of keeping a list;
 * both must answer as the plain rule does.
 */
import { Span, SpanSet } from '../../../src/ingest/parse/patterns';

/** The rule itself: a span overlaps another if they share a character, or one is empty and stands inside the other. */
function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start <= b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

describe('a set of spans that do not overlap', () => {
  it('takes what the plain rule takes, for thousands of spans in any order, empty ones among them', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const set = new SpanSet();
    const kept: Span[] = [];
    let taken = 0;
    for (let k = 0; k < 5000; k++) {
      const start = random(20000);
      const span = { start, end: start + (random(4) === 0 ? 0 : 1 + random(12)) };
      const expected = !kept.some((other) => overlaps(span, other));
      expect(set.take(span)).toBe(expected);
      if (expected) kept.push(span);
      if (expected) taken++;
    }
    // most are taken, and past the list's size: the marks answer too
    expect(taken).toBeGreaterThan(1000);
  });

  it('keeps, past the list, an empty span and a span that starts at its place, both taken while a list', () => {
    const set = new SpanSet();
    expect(set.take({ start: 10, end: 20 })).toBe(true);
    expect(set.take({ start: 10, end: 10 })).toBe(true);
    // far from them, enough spans to give up the list
    for (let k = 0; k < 300; k++) expect(set.take({ start: 1000 + 10 * k, end: 1005 + 10 * k })).toBe(true);
    expect(set.take({ start: 12, end: 15 })).toBe(false);
    expect(set.take({ start: 20, end: 22 })).toBe(true);
  });

  it('refuses a span that runs into one taken, and takes one that only touches it', () => {
    const set = new SpanSet();
    expect(set.take({ start: 10, end: 20 })).toBe(true);
    expect(set.take({ start: 19, end: 25 })).toBe(false);
    expect(set.take({ start: 20, end: 25 })).toBe(true);
    expect(set.take({ start: 15, end: 15 })).toBe(false);
    expect(set.take({ start: 10, end: 10 })).toBe(true);
  });
});
