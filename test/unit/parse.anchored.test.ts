/** Patterns tried only where a match can start find what the whole-text search finds (parse results must not move). */
import {
  Anchored,
  anchored,
  Keywords,
  matchAllAnchored,
  matchAllOf,
  nameStartBefore,
  placesWhere,
  WordPlaces,
} from '../../src/ingest/parse/anchored';
import { ESTABLISH_WORDS, MORE_ESTABLISH_FORMS, nameSpelling } from '../../src/ingest/parse/establish-forms';
import { startsWithOneOf, trieAlternation } from '../../src/ingest/parse/patterns';

/** What matchAll gives: index and groups of each match. */
function plain(re: RegExp, text: string): unknown[] {
  return [...text.matchAll(new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g'))].map((m) => [m.index, ...m]);
}

function tried(form: Anchored, text: string, keywords?: Keywords): unknown[] {
  return matchAllAnchored(form, new WordPlaces(text, keywords)).map((m) => [m.index, ...m]);
}

describe('the places of words in a text', () => {
  const text = 'the Council established a Council, reestablished and created a new Councilor';

  it('finds every place of a word, one search for all keywords or one search each', () => {
    const keywords = new Keywords(['establish', 'create', 'Council']);
    for (const words of [new WordPlaces(text), new WordPlaces(text, keywords)]) {
      expect(words.of('Council')).toEqual([4, 26, 67]);
      expect(words.of('establish')).toEqual([12, 37]);
      // a word holding a keyword is found where the keyword stands
      expect(words.of('established')).toEqual([12, 37]);
      expect(words.of('reestablished')).toEqual([35]);
      expect(words.of('created')).toEqual([53]);
      expect(words.of('Councilor')).toEqual([67]);
      expect(words.of('Board')).toEqual([]);
      expect(words.next('Council', 5)).toBe(26);
      expect(words.next('Council', 68)).toBe(-1);
    }
  });

  it('finds overlapping places', () => {
    expect(new WordPlaces('aaaa').of('aa')).toEqual([0, 1, 2]);
    expect(new WordPlaces('CFRR', new Keywords(['CFR', 'FRR'])).of('FRR')).toEqual([1]);
  });
});

describe('a name read backwards', () => {
  it('stops after as many partings as the name may have, or at what no name holds', () => {
    const text = 'shall; the Office of Science and Technology Policy (OSTP)';
    const end = text.indexOf(' (');
    expect(text.slice(nameStartBefore(text, end, nameSpelling(Infinity)), end)).toBe(
      ' the Office of Science and Technology Policy',
    );
    expect(text.slice(nameStartBefore(text, end, nameSpelling(2)), end)).toBe('and Technology Policy');
    // a dot ends a name unless a word goes on after it
    const dotted = 'in D.C. The Board';
    expect(dotted.slice(nameStartBefore(dotted, dotted.length, nameSpelling(Infinity)))).toBe(' The Board');
  });
});

describe('a pattern tried only where it can start', () => {
  const text =
    'The Panel (Panel) is established. the Task Force on Fishing (Task Force) is established; The Board is hereby established';
  const re = /\b[Tt]he ([A-Z]\w*(?: [A-Z]\w*| on)*)(?: \([^()]*\))? is (?:hereby )?established/g;

  it('finds the matches the whole-text search finds when every place a match starts is tried', () => {
    const everywhere = anchored(re, (words) => [...words.text].map((_, at) => at));
    expect(tried(everywhere, text)).toEqual(plain(re, text));
    // read back from each "established": the article stands within 60 characters before it
    const near = anchored(re, (words) =>
      words.of('established').flatMap((at) => [...Array(60).keys()].map((k) => at - 60 + k).filter((p) => p >= 0)),
    );
    expect(tried(near, text)).toEqual(plain(re, text));
    expect(tried(near, text)).toHaveLength(3);
  });

  it('goes on after a match where the whole-text search goes on, not inside it', () => {
    const words = /\w+ \w+/g;
    const everyPlace = anchored(words, (w) => [...w.text].map((_, at) => at));
    expect(tried(everyPlace, 'one two three four five')).toEqual(plain(words, 'one two three four five'));
  });
});

describe('where a union of names may start', () => {
  /** Every place the lookahead matches, tried one by one: what the regex engine's own scan finds. */
  function everyPlace(union: string, text: string): number[] {
    const at = new RegExp(union, 'y');
    const places: number[] = [];
    for (let k = 0; k < text.length; k++) {
      at.lastIndex = k;
      if (at.test(text)) places.push(k);
    }
    return places;
  }

  it('finds, for a union that opens on its first letters, each place where a name starts, and only those', () => {
    const names = ['Haiti', 'Honduras', 'Central America', 'CAFTA-DR', 'U.S.-Mexico Border', '-Dash'];
    const union = `(?=${startsWithOneOf(names)}(?<![\\w-])(?:${trieAlternation(names)}))`;
    const text =
      'Haiti and Honduras, not Haitian; Central America and Central Americans; CAFTA-DR; the U.S.-Mexico Border; ' +
      'xHaiti, Honduras-Haiti, -Dash and a-Dash; H C U at the end: Honduras';
    const places = placesWhere(new RegExp(union, 'g'), text);
    expect(places).toEqual(everyPlace(union, text));
    expect(places.map((at) => text.slice(at, at + 5))).toEqual([
      'Haiti',
      'Hondu',
      'Centr',
      'CAFTA',
      'U.S.-',
      'Hondu',
      '-Dash',
      'Hondu',
    ]);
  });
});

describe('the forms of establishing a body', () => {
  const sentences = [
    'The Forced Labor Enforcement Task Force (Task Force) is hereby established.',
    'A Task Force on Travel and Competitiveness (Task Force) is hereby established within the Department of Commerce.',
    'The Secretary shall establish and co-chair an Interagency Task Force on Reproductive Healthcare Access (Task Force).',
    'The Director shall establish, within the Office of Management and Budget, a Performance Improvement Council (Council).',
    'a Federal Leadership Committee (Committee) for the Chesapeake Bay is established',
    "The President's Commission on Personnel Interchange is continued and renamed the President's Commission on Executive Exchange.",
    "The President's Committee on Mental Retardation, with expanded membership, and renamed the President's Committee for People with Intellectual Disabilities (Committee), is hereby continued.",
    'The Attorney General shall provide for the establishment within the Department of Justice of an "Office of National Narcotics Intelligence."',
    'There is hereby established in the Executive Office of the President a board of 9 members, which shall be known as the Presidential Clemency Board.',
    'There shall be in the Agency a Wage Stabilization Board composed of nine members.',
    'a Property Review Board, which is hereby established, and the "Federal Board" (the "Board") is created by section 2.',
    'The Council on Youth, hereinafter referred to as the Council, is hereby established. The U.S. Board (Board) is established.',
  ];

  it('finds in each sentence, and in all of them together, what the whole-text search finds', () => {
    const texts = [...sentences, sentences.join(' '), sentences.join('\n\n')];
    let found = 0;
    for (const form of MORE_ESTABLISH_FORMS)
      for (const text of texts) {
        const want = plain(form.sticky, text);
        found += want.length;
        expect(tried(form, text, ESTABLISH_WORDS)).toEqual(want);
        expect(tried(form, text)).toEqual(want);
      }
    expect(found).toBeGreaterThan(20);
  });

  it('finds the same in a short text searched whole after a test for what every match holds, and in a long one', () => {
    // a long text (past 2,000 characters) is read back from the words; a one-line section is searched whole
    const long = Array.from({ length: 10 }, () => sentences.join(' ')).join(' ');
    expect(long.length).toBeGreaterThan(2000);
    let short = 0;
    for (const form of MORE_ESTABLISH_FORMS) {
      expect(form.needs).toBeDefined();
      for (const text of [...sentences, long]) {
        const want = plain(form.sticky, text);
        if (text !== long) short += want.length;
        expect(matchAllOf(form, new WordPlaces(text, ESTABLISH_WORDS)).map((m) => [m.index, ...m])).toEqual(want);
      }
    }
    expect(short).toBeGreaterThan(10);
  });
});
