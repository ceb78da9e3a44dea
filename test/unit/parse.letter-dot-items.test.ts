/**
 * Items lettered "a.", "b." rather than "(a)", "(b)": orders of the 1930s-50s and regulations an order prescribes write
 * their lists so. Each is an item of the numbered unit it stands in; a letter that is an initial, a time or a label of a
 * text an order inserts is not.
 */
import { parseDocument } from '../../src/ingest/parse';
import { parsedOrder } from './corpus-lines';

const pathsOf = (m: { provisions: { path: string }[] }) => m.provisions.map((p) => p.path);
const textOf = (m: { provisions: { path: string; text: string }[] }, path: string) =>
  m.provisions.find((p) => p.path === path)?.text;

describe('items lettered "a." ... "i."', () => {
  it('opens each as an item of its paragraph (EO 6885, charges to pay patients)', () => {
    const m = parsedOrder('6885');
    expect(pathsOf(m)).toEqual(expect.arrayContaining(['8(a)', '8(b)', '9(a)', '9(b)', '9(c)']));
    expect(textOf(m, '8(b)')).toBe('For those subsisted on the status of an officer, at $1.50 per day.');
    expect(textOf(m, '3(i)')).toBeUndefined();
  });

  it('goes on with a list whose items follow "; and" or start in lower case (EO 12310, the Commission on Housing)', () => {
    const m = parsedOrder('12310');
    expect(pathsOf(m)).toEqual(expect.arrayContaining(['2(a)', '2(b)', '2(c)', '2(d)', '2(e)']));
    expect(textOf(m, '2(b)')).toMatch(/^review all existing federal housing policies/);
  });

  it('keeps an order\'s own "a." list apart from the "(a)" "(b)" of the text it sets out (EO 10008)', () => {
    const m = parsedOrder('10008');
    expect(textOf(m, '3(a)')).toMatch(/^Paragraphs \(a\) and \(b\) of § 628\.2 are amended/);
    expect(textOf(m, '3(b)')).toMatch(/^Paragraphs \(b\) and \(d\) of § 628\.4 are amended/);
  });

  it('leaves the lettered items of a text inserted by an order with no numbers as that text (EO 12559)', () => {
    const m = parsedOrder('12559');
    expect(pathsOf(m)).not.toContain('(a)');
    expect(pathsOf(m)).toContain('body');
  });

  it('reads no initial, time or case name as an item', () => {
    const m = parseDocument(
      'Section 1. The order of John F. Kennedy is amended. The office opens at 9 a. m. Daily. See Smith v. Jones. ' +
        'Sec. 2. The rule stands. b. Nothing here goes on with a list.',
      { kind: 'EXECUTIVE_ORDER', number: '99999' },
    );
    expect(pathsOf(m).filter((p) => p.includes('('))).toEqual([]);
  });
});
