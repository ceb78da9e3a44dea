/**
 * The front end's cleaning of lines and flattening of a stream, each in fewer passes than the
 * whole-text replaces they stand for: what those gave, including where their matches may not overlap.
 */
import { flatten, flattenLines } from '../../src/ingest/parse/flatten';
import { normalizeLines } from '../../src/ingest/parse/normalize';

describe('flatten', () => {
  it('makes every run of white space one space and trims the ends', () => {
    expect(flatten(' \u3000The\n\tSecretary  shall\u2028 ')).toBe('The Secretary shall');
  });

  it('drops the space after "(" and before ")", "," and ";"', () => {
    expect(flatten('( a ) , b ; c')).toBe('(a), b; c');
  });

  it('closes up "COVID- 19" only after a word of capitals', () => {
    expect(flatten('COVID- 19 and (COVID-\n19)')).toBe('COVID-19 and (COVID-19)');
    expect(flatten('aCOVID- 19, X- 1')).toBe('aCOVID- 19, X- 1');
    // "1CD" is no word of capitals once "AB- 1" is closed up: the digit before "CD" is part of the word
    expect(flatten('AB- 1CD- 2')).toBe('AB-1CD- 2');
  });

  it('puts back a space lost between two words ("FairExpedited"), one match after the other', () => {
    expect(flatten('the FairExpedited Review')).toBe('the Fair Expedited Review');
    // the first match takes "Jklmno" whole, so "mno" cannot start a second one before "Pqr"
    expect(flatten('abcdefghiJklmnoPqr')).toBe('abcdefghi JklmnoPqr');
    expect(flatten('abcDefghiJkl')).toBe('abc DefghiJkl');
    expect(flatten('abcDef(xyzGhi)')).toBe('abc Def(xyz Ghi)');
  });

  it('reads lines as if joined by spaces', () => {
    const lines = ['Sec. 2. (', 'a) The COVID-', '', '19 response ,', 'FairExpedited', ''];
    expect(flattenLines(lines)).toBe(flatten(lines.join(' ')));
    expect(flattenLines(lines)).toBe('Sec. 2. (a) The COVID-19 response, Fair Expedited');
  });
});

describe('normalizeLines', () => {
  it('breaks lines at "\\r\\n", "\\r" and form feeds, and drops a byte order mark at the start', () => {
    expect(normalizeLines('\uFEFFOne\r\nTwo\rThree\fFour')).toEqual(['One', 'Two', 'Three', 'Four']);
  });

  it('unifies quotes, dashes and spaces; a pair of single quotes is a double quote', () => {
    expect(normalizeLines('\u2018\u2018Quoted\u2019\u2019 and \u2018\u2018\u2018 it\u2019s')).toEqual([
      '"Quoted" and "\' it\'s',
    ]);
    expect(normalizeLines('co\u00ADoperate \u2013 now\u00A0\u00A0here\tthere')).toEqual(['cooperate - now here there']);
  });

  it('reads markup away, and a line break spelled as an entity breaks the line', () => {
    expect(normalizeLines('**Sec. 2.** *Policy* see https://x.gov/a  now')).toEqual(['Sec. 2. Policy see now']);
    expect(normalizeLines('<p>Section 1.</p>  \\(a\\) [[Page 12]] x')).toEqual(['Section 1. (a) x']);
    expect(normalizeLines('a&#10;b &amp; c')).toEqual(['a', 'b & c']);
  });
});
