/**
 * The register's names are found by a walk of their word trie (NameMatcher) instead of one regex
 * of 31,000 characters: on the texts of orders it must find what that regex found, at the same
 * places, with the same name captured.
 */
import { nameMatcher, startsWithOneOf, trieAlternation } from '../../../src/ingest/parse/patterns';
import { AgencyRegister } from '../../../src/ingest/parse/register';
import { loadReference } from '../../../src/ingest/reference';
import { corpus } from '../corpus-lines';

const phrases = new AgencyRegister(loadReference().agencies).allPhrases();

/** The regex the walk replaced, as the parser built it: an optional "the", then the names' trie. */
function regexOf(prefix: string, names: string[]): RegExp {
  return new RegExp(String.raw`\b${prefix}${startsWithOneOf(names)}(${trieAlternation(names)})`, 'g');
}

function found(matches: Iterable<RegExpExecArray>): string[] {
  return [...matches].map((m) => `${m.index}:${m[0]}|${m[1]}`);
}

describe('finding the register’s names in a text', () => {
  const regex = regexOf(String.raw`(?:[Tt]he\s+)?`, phrases);
  const matcher = nameMatcher(['The', 'the'], phrases);

  it('finds what the regex found in every 25th order of the corpus, 1933 to 2025', () => {
    const texts = corpus()
      .filter((_, i) => i % 25 === 0)
      .map((line) => line.text);
    expect(texts.length).toBeGreaterThan(200);
    let names = 0;
    for (const text of texts) {
      const expected = found(text.matchAll(regex));
      expect(found(matcher.all(text))).toEqual(expected);
      names += expected.length;
    }
    // the texts name agencies: the comparison is not between two empty lists
    expect(names).toBeGreaterThan(1000);
  });

  it('takes a name across a line break and extra spaces, and the longest name that a word boundary ends', () => {
    // EO 14010, sec. 4 (seed text), re-wrapped as a PDF rendering breaks it
    const text =
      'the Secretary of Homeland Security,\n  in coordination with the Secretary of State and the Secretaries';
    const expected = found(text.matchAll(regex));
    expect(found(matcher.all(text))).toEqual(expected);
    expect(expected.map((m) => m.split('|')[1])).toEqual(['Secretary of Homeland Security', 'Secretary of State']);
  });

  it('takes no-break and other Unicode spaces between words as the regex’s \\s did, and a name that ends the text', () => {
    const text = 'as directed by the Secretary\u00a0of\u2009Defense; reports go to the Secretary of State';
    const expected = found(text.matchAll(regex));
    expect(found(matcher.all(text))).toEqual(expected);
    expect(expected.map((m) => m.split('|')[1])).toEqual(['Secretary\u00a0of\u2009Defense', 'Secretary of State']);
  });

  it('keeps "each" and "any" before a body’s short name, as the regex for an order’s own bodies did', () => {
    const names = ['Task Force', 'Council', 'Board'];
    const text = 'Each Task Force shall report to any Council; the Board and the Boards';
    expect(found(nameMatcher(['The', 'the', 'Each', 'each', 'Any', 'any'], names).all(text))).toEqual(
      found(text.matchAll(regexOf(String.raw`(?:[Tt]he\s+|[Ee]ach\s+|[Aa]ny\s+)?`, names))),
    );
  });

  it('finds what the regex found among hundreds of names that start alike, as an order establishing many bodies has', () => {
    // "There is hereby established the Council on Item 7 (\"Council7\")": short names that share their first letters,
    // longer and shorter ones of one stem ("Council7", "Council70", "Council"), names that go on ("Council on Item 7");
    // more than 2,000 of them, as a matcher that is built for the order and not remembered has
    const names = ['Council', 'Councils', 'Council on Item'];
    for (let i = 0; i < 1100; i++) names.push(`Council${i}`, `Council on Item ${i}`);
    const text = Array.from(
      { length: 400 },
      (_, i) =>
        `The Council${i} shall meet; the Council on Item ${i % 1150} and the Council${i}x and the Councils report.`,
    ).join(' ');
    const prefix = String.raw`(?:[Tt]he\s+|[Ee]ach\s+|[Aa]ny\s+)?`;
    const expected = found(text.matchAll(regexOf(prefix, names)));
    expect(found(nameMatcher(['The', 'the', 'Each', 'each', 'Any', 'any'], names).all(text))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(1000);
  });
});
