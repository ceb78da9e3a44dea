/**
 * The first of a list of names that starts with a prefix: the first in the list's order, whatever their sorted order.
 */
import { FirstWithPrefix } from '../../src/ingest/parse/first-with-prefix';

describe('the first name that starts with a prefix', () => {
  const names = [
    'council on wages',
    'economic stabilization board',
    'board of review',
    'economic stabilization agency',
  ];
  const first = new FirstWithPrefix(names);

  it('is the first in the list of those that start with it, not the first sorted', () => {
    expect(first.firstStarting('economic stabilization ')).toBe(1);
    expect(first.firstStarting('economic stabilization a')).toBe(3);
    expect(first.firstStarting('board')).toBe(2);
  });

  it('takes a whole name as its own prefix, and the empty prefix as the first name', () => {
    expect(first.firstStarting('council on wages')).toBe(0);
    expect(first.firstStarting('')).toBe(0);
  });

  it('is none where no name starts with it, or the list is empty', () => {
    expect(first.firstStarting('economic stabilization boards')).toBe(-1);
    expect(first.firstStarting('zoning ')).toBe(-1);
    expect(new FirstWithPrefix([]).firstStarting('a')).toBe(-1);
  });

  it('finds the first of many in the list that share a prefix, each later one as well', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `council on item${(i * 7919) % 1000}`);
    const of = new FirstWithPrefix(many);
    expect(of.firstStarting('council on ')).toBe(0);
    for (const k of [1, 17, 500, 999])
      expect(of.firstStarting(many[k])).toBe(many.findIndex((n) => n.startsWith(many[k])));
    expect(of.firstStarting('council on item99')).toBe(many.findIndex((n) => n.startsWith('council on item99')));
  });
});
