/**
 * The parser's front end: markup and print artefacts read away, dates in words, near-junk
 * refused, and every shape of long text parsed or refused (it terminates; speed is measured by
 * bench/parse-scaling.ts, not here).
 */
import { parseDocument, ParseError } from '../../src/ingest/parse';
import { dateInWords, yearInWords } from '../../src/ingest/parse/words-dates';
import { corpusOrder, hintsOf } from './corpus-lines';
import { SHAPES } from '../../bench/parse-shapes';

describe('markup and print artefacts (EO 13909, 2020)', () => {
  // "... the World Health Organization announced that the outbreak of COVID-19 (the disease caused by SARS-CoV-2) can ..."
  const line = corpusOrder('13909');
  const baseline = parseDocument(line.text, hintsOf(line));

  it('reads "COVID- 19" (a web page keeping a line-break hyphen) and "COVID-\\n19" (PDF) as COVID-19', () => {
    expect(line.text).toContain('outbreak of COVID-19 (the disease');
    for (const broken of ['COVID- 19', 'COVID-\n19']) {
      const text = line.text.replace('outbreak of COVID-19 (the disease', `outbreak of ${broken} (the disease`);
      expect(parseDocument(text, hintsOf(line))).toEqual(baseline);
    }
  });

  it('reads the White House page markup: an underlined "Section", escaped "\\(a\\)", "&amp;", <p> tags', () => {
    const web = line.text
      // the page puts the heading on the section's line: "Section 1.  Policy.  On March 13, 2020, ..."
      .replace(
        /### Section (\d+)\.\s*\*\*([^*\n]+)\*\*/g,
        '<span style="text-decoration: underline">Section</span> $1.  $2.  ',
      )
      .replace(/^\((\w+)\)/gm, '\\($1\\)')
      .replace(/&/g, '&amp;')
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('\n');
    expect(web).toContain('<span style="text-decoration: underline">Section</span> 1.');
    expect(parseDocument(web, hintsOf(line))).toEqual(baseline);
  });

  it('drops govinfo page marks "[[Page 16227]]" in the middle of a sentence', () => {
    const marked = line.text.replace('the outbreak of COVID-19', 'the outbreak\n\n[[Page 16227]]\n\nof COVID-19');
    expect(parseDocument(marked, hintsOf(line))).toEqual(baseline);
  });
});

describe('dates in words, as proclamations are signed', () => {
  // Proclamation 10141: "IN WITNESS WHEREOF, I have hereunto set my hand this twentieth day of January, in the year
  // of our Lord two thousand twenty-one, and of the Independence of the United States of America the two hundred and forty-fifth."
  const witness =
    'IN WITNESS WHEREOF, I have hereunto set my hand this twentieth day of January, in the year of our Lord two thousand twenty-one, and of the Independence of the United States of America the two hundred and forty-fifth.';

  it('reads the day, month and year', () => {
    expect(dateInWords(witness)).toBe('2021-01-20');
    expect(
      dateInWords('this thirty-first day of December, in the year of our Lord nineteen hundred and forty-one, and'),
    ).toBe('1941-12-31');
    expect(yearInWords('one thousand nine hundred sixty-two')).toBe(1962);
  });

  it('refuses a day the month does not have', () => {
    expect(
      dateInWords('this thirtieth day of February, in the year of our Lord two thousand twenty-one.'),
    ).toBeUndefined();
  });

  it('dates a proclamation by its words and never takes "By the President of the United States of America" as its title', () => {
    const text = [
      'Ending Discriminatory Bans on Entry to the United States',
      'By the President of the United States of America',
      'A Proclamation',
      'The United States was built on a foundation of religious freedom and tolerance, a principle enshrined in the United States Constitution.',
      witness,
      'JOSEPH R. BIDEN JR.',
    ].join('\n');
    const m = parseDocument(text, { kind: 'PROCLAMATION', number: '10141' });
    expect(m.document).toMatchObject({
      id: 'proc-10141',
      signedOn: '2021-01-20',
      title: 'Ending Discriminatory Bans on Entry to the United States',
    });
    const untitled = parseDocument(text.split('\n').slice(1).join('\n'), { kind: 'PROCLAMATION', number: '10141' });
    expect(untitled.document.title).toBeUndefined();
  });
});

describe('near-junk behind a real header is refused (issue 17, item 10)', () => {
  const header =
    'Executive Order 14999 of January 20, 2025\n\nA Test\n\nBy the authority vested in me as President, it is hereby ordered:\n\nSection 1. ';
  const hints = { kind: 'EXECUTIVE_ORDER' as const, number: '14999', signedOn: '2025-01-20' };

  it.each([
    ['100 KB of "a"', header + 'a'.repeat(100_000)],
    ['labels and nothing else', header + '(a) (b) (c) '.repeat(5000)],
    ['one word repeated', header + 'aaa '.repeat(20_000)],
  ])('%s', (_, text) => {
    expect(() => parseDocument(text, hints)).toThrow(ParseError);
    expect(() => parseDocument(text, hints)).toThrow(
      /No operative text in eo-14999: .*Pass the full text of the order/,
    );
  });

  it('sections that are each one label are refused: the body says one word, "Purpose"', () => {
    const text = header + 'Purpose. ' + Array.from({ length: 3000 }, (_, i) => `Sec. ${i + 2}. (a)\n`).join('');
    expect(() => parseDocument(text, hints)).toThrow(
      'No operative text in eo-14999: the body has 1 distinct word(s) after the header. Pass the full text of the order, not only its header.',
    );
  });

  it('while a one-sentence order is kept: "Executive Order No. 9 is hereby revoked."', () => {
    expect(
      parseDocument('Executive Order No. 9 of January 1, 1934, is hereby revoked.', hints).provisions,
    ).toHaveLength(1);
  });
});

describe('2 MB of any shape is parsed or refused, never hangs', () => {
  const header = 'By the authority vested in me as President, it is hereby ordered:\n\nSection 1. Purpose. ';
  const hints = { kind: 'EXECUTIVE_ORDER' as const, number: '14999', signedOn: '2025-01-20' };
  const MB2 = 2_000_000;

  it.each([
    ['"a" x 1,900,000, no header', () => 'a'.repeat(1_900_000)],
    ['one huge line of "(a)"', () => header + '(a)'.repeat(MB2 / 3)],
    [
      'deep nesting',
      () =>
        header +
        Array.from(
          { length: MB2 / 40 },
          (_, i) => `${['(a)', '(i)', '(A)', '(1)'][i % 4]} The Secretary shall act:\n`,
        ).join(''),
    ],
    ['letters run into capitals', () => header + 'AbcDef'.repeat(MB2 / 6)],
    ['hyphens at line ends', () => header + 'Home-\nland '.repeat(MB2 / 11)],
    [
      'a body "established" under a name of 400,000 words',
      () =>
        header + 'There is hereby established the ' + 'Word '.repeat(MB2 / 5) + 'Council. The Council shall report.',
    ],
    // the shapes that once took seconds to minutes at 2 MB, as the benchmark times them (bench/parse-shapes.ts)
    ...(
      [
        'recital-acts',
        'following-revoked-clause',
        'that-order-clause',
        'chairs-clause',
        'colon-sections',
        'amended-committee-clause',
        'those-orders-varying',
        'those-orders-after-list',
        'distinct-boards',
        'saving-chain',
        'quoted-chairs',
        'those-orders-clause',
        'council-advises',
        'published-orders',
        'strategy-lines',
        'strategy-words',
        'directed-clauses',
        'unspaced-names',
        'memoranda-of-a-day',
        'repeated-subsection',
        'excepted-parts-clause',
        'terminated-clause',
        'appointed-chairs',
        'appointed-long-name',
        'directed-and-list',
        'directed-to-list',
        'long-actor-name',
        'reestablished-terms',
        'headed-offices',
        'said-orders-sentences',
        'definitions-after-bodies',
        'open-parentheses',
        'untitled-memoranda',
        'secretary-means-unstopped',
        'page-headers-one-line',
        'secretaries-unpaired',
      ] as const
    ).map((name): [string, () => string] => [`bench shape ${name}`, () => SHAPES[name](MB2)]),
  ])('%s', (_, make) => {
    const text = make();
    let outcome: string;
    try {
      outcome = `${parseDocument(text, hints).provisions.length} provisions`;
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      outcome = 'refused';
    }
    expect(outcome).toMatch(/provisions|refused/);
  });
});

describe('the signer named in mixed case before "The White House, <date>" is the signature, not the last provision (EO 12755, 12670)', () => {
  const lastText = (text: string, number: string) => {
    const m = parseDocument(text, hintsOf(corpusOrder(number)));
    return m.provisions[m.provisions.length - 1].text;
  };

  it('EO 12755: "Section 3. This order shall take effect immediately George Bush The White House, March 12, 1991."', () => {
    const line = corpusOrder('12755');
    expect(lastText(line.text, '12755')).toBe('This order shall take effect immediately.');
  });

  it('EO 12670: "... that period to March 10, 1990. George Bush The White House, March 9, 1989."', () => {
    const line = corpusOrder('12670');
    expect(lastText(line.text, '12670')).toMatch(/that period to March 10, 1990\.$/);
  });

  it('keeps a name that does not stand right before the place and date (near miss, EO 12755 with its signature moved)', () => {
    const line = corpusOrder('12755');
    const moved = line.text.replace('immediately', 'immediately, as George Bush directs in the letter attached');
    expect(lastText(moved, '12755')).toMatch(/as George Bush directs in the letter attached\.$/);
  });
});

describe('one capital letter alone after the last sentence is what a rendering keeps of the signature image (EO 13405, 2006)', () => {
  const lastText = (text: string) => {
    const m = parseDocument(text, hintsOf(corpusOrder('13405')));
    return m.provisions[m.provisions.length - 1].text;
  };

  it('EO 13405: "... eastern daylight time on June 19, 2006. B THE WHITE HOUSE, June 16 2006."', () => {
    expect(lastText(corpusOrder('13405').text)).toMatch(/eastern daylight time on June 19, 2006\.$/);
  });

  it('keeps a one-letter word after a stop that does not stand right before the place and date (near miss, EO 13405 altered)', () => {
    const text = corpusOrder('13405').text.replace('June 19, 2006.\n', 'June 19, 2006. B applies.\n');
    expect(lastText(text)).toMatch(/June 19, 2006\. B applies\.$/);
  });
});
