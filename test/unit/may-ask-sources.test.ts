import { mayAskSources } from '../../src/context';

/** Nodes' `sources` lists are sent only to requests that can select them (src/context.ts). */
describe('mayAskSources', () => {
  it('is false for a query text that never names the field', () => {
    expect(mayAskSources({ query: '{ agency(id: "dhs") { id name } }' })).toBe(false);
  });

  it('is true when the word appears, in a selection, a fragment or even an alias', () => {
    expect(mayAskSources({ query: '{ agency(id: "dhs") { sources } }' })).toBe(true);
    expect(mayAskSources({ query: 'fragment F on Node { sources } { node(id: "x") { ...F } }' })).toBe(true);
  });

  it('is true when there is no query text to read (a persisted-query hash, a batch)', () => {
    expect(mayAskSources({ extensions: { persistedQuery: { sha256Hash: 'abc' } } })).toBe(true);
    expect(mayAskSources([{ query: '{ stats { documents } }' }])).toBe(true);
    expect(mayAskSources(undefined)).toBe(true);
  });
});
