/**
 * Every order of the corpus, read with its metadata as hints, is accepted, or refused for a
 * reason that is true of its text. The one reason allowed: the corpus has no text for the
 * order, only the note "(this executive order was not published)".
 */
import { parseDocument, ParseError } from '../../src/ingest/parse';
import { corpus, hintsOf } from './corpus-lines';

interface Outcome {
  number: string;
  decade: string;
  refusal?: string;
  provisions: number;
  duplicateIds: number; // provision and directive ids given twice: two nodes merged into one
}

function outcomes(): Outcome[] {
  return corpus().map((line) => {
    const decade = `${line.signedOn.slice(0, 3)}0s`;
    try {
      const m = parseDocument(line.text, hintsOf(line));
      const ids = [...m.provisions.map((p) => p.id), ...m.directives.map((d) => d.id)];
      return {
        number: line.number,
        decade,
        provisions: m.provisions.length,
        duplicateIds: ids.length - new Set(ids).size,
      };
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      return { number: line.number, decade, refusal: e.message, provisions: 0, duplicateIds: 0 };
    }
  });
}

describe('the whole corpus with its metadata as hints', () => {
  const all = outcomes();
  const texts = new Map(corpus().map((l) => [l.number + l.signedOn, l.text]));

  it('reads all 5,682 lines', () => {
    expect(all).toHaveLength(5682);
  });

  it('refuses only the orders whose text says they were not published, and says so', () => {
    const refused = all.filter((o) => o.refusal);
    const notPublished = corpus().filter((l) => /^\s*\(this executive order was not published\)\s*$/i.test(l.text));
    expect(refused.map((o) => o.number).sort()).toEqual(notPublished.map((l) => l.number).sort());
    for (const o of refused) expect(o.refusal).toMatch(/the text says only that the order was not published/);
    expect(texts.size).toBeGreaterThan(0);
  });

  it('gives every accepted order at least one provision with text, in every decade', () => {
    const decades = new Set(all.map((o) => o.decade));
    expect([...decades].sort()).toEqual([
      '1930s',
      '1940s',
      '1950s',
      '1960s',
      '1970s',
      '1980s',
      '1990s',
      '2000s',
      '2010s',
      '2020s',
    ]);
    for (const o of all.filter((x) => !x.refusal)) expect(o.provisions).toBeGreaterThan(0);
  });

  it('never gives two provisions or two directives of one order the same id', () => {
    expect(all.filter((o) => o.duplicateIds > 0).map((o) => o.number)).toEqual([]);
  });
});
