/**
 * Numbering forms read as units, each from a real order of the corpus: the Carter-era "1-1." /
 * "1-101." numbering (169 orders of the corpus, 1977-81 and later orders that kept it).
 */
import { parseDocument } from '../../src/ingest/parse';
import { corpusOrder, hintsOf } from './corpus-lines';

const parsed = (number: string) => {
  const line = corpusOrder(number);
  return parseDocument(line.text, hintsOf(line));
};

describe('Carter-era numbering "1-1." and "1-101." (EO 12065, 1978)', () => {
  // "SECTION 1. ORIGINAL CLASSIFICATION.\n1-1. Classification Designation.\n1-101. Except as provided in
  //  the Atomic Energy Act of 1954, as amended, this Order provides the only basis for classifying information."
  const m = parsed('12065');
  const byPath = new Map(m.provisions.map((p) => [p.path, p]));

  it('reads "1-1." as a group of section 1 and "1-101." as a paragraph of that group', () => {
    expect(byPath.get('1-1')).toMatchObject({ parentPath: '1', heading: 'Classification Designation' });
    expect(byPath.get('1-101')?.parentPath).toBe('1-1');
    expect(byPath.get('1-101')?.text).toMatch(/^Except as provided in the Atomic Energy Act of 1954/);
    expect(byPath.get('2-101')?.parentPath).toBe('2-1');
  });

  it('starts "1-202. Secret." after a list of officials that ends with no full stop', () => {
    // "... The Administrator of General Services (delegable only to ... Information Security Oversight Office)\n1-202. Secret."
    expect(byPath.get('1-201')?.text).toMatch(/Information Security Oversight Office\)$/);
    expect(byPath.get('1-202')).toMatchObject({ parentPath: '1-2', heading: 'Secret' });
  });

  it('hangs lettered clauses on the paragraph that opens them: "1-301. Information may not be ... unless it concerns: (a) military plans"', () => {
    expect(byPath.get('1-301(a)')).toMatchObject({
      parentPath: '1-301',
      text: 'military plans, weapons, or operations;',
    });
  });

  it('gives a directive the paragraph that states it: "5-102. The Administrator of General Services shall be responsible for implementing"', () => {
    const directive = m.directives.find((d) =>
      /^The Administrator of General Services shall be responsible/.test(d.text),
    );
    expect(directive?.provisionId).toBe('eo-12065:5-102');
    expect(directive?.assignments).toContainEqual(expect.objectContaining({ role: 'LEAD', actorId: 'gsa' }));
  });
});

describe("a Carter-era group after its section's heading in capitals with no stop (EO 12148, 12036, 12107)", () => {
  const items = (n: string) => new Map(parsed(n).provisions.map((p) => [p.path, p]));

  it('EO 12148: "SECTION 4. DELEGATIONS 4-1. Delegation of Functions Transferred to the President."', () => {
    const byPath = items('12148');
    expect(byPath.get('4')?.heading).toBe('DELEGATIONS');
    expect(byPath.get('4-1')).toMatchObject({
      parentPath: '4',
      heading: 'Delegation of Functions Transferred to the President',
    });
    expect(byPath.get('1-1')).toMatchObject({
      parentPath: '1',
      heading: 'Transfer or Reassignment of Existing Functions',
    });
    expect(byPath.get('1-101')?.parentPath).toBe('1-1');
  });

  it('EO 12036: "SECTION 2 RESTRICTIONS ON INTELLIGENCE ACTIVITIES 2-1. Adherence to Law." closes 1-1503', () => {
    const byPath = items('12036');
    expect(byPath.get('2-1')?.heading).toBe('Adherence to Law');
    expect(byPath.get('1-1503')?.text).toMatch(
      /consistent with other foreign intelligence programs\. SECTION 2 RESTRICTIONS ON INTELLIGENCE ACTIVITIES$/,
    );
    expect(byPath.get('1-101')?.parentPath).toBe('1-1');
  });

  it('EO 12107: "IMPLEMENTATION OF REORGANIZATION PLAN NO. 2 OF 1978 1-1. Office of Personnel Management."', () => {
    const byPath = items('12107');
    expect(byPath.get('1-1')?.heading).toBe('Office of Personnel Management');
    expect(byPath.get('1-101')?.parentPath).toBe('1-1');
  });

  it('EO 12065: leaves "as specified in Section 3-1." in its sentence (near miss: a group named, no heading before it)', () => {
    expect(items('12065').get('3-101')?.text).toMatch(/shall be exercised only as specified in Section 3-1\.$/);
  });
});

describe('a section heading run into its first sentence with no stop (EO 12480, 7083, 12387)', () => {
  const section = (n: string, path: string) => parsed(n).provisions.find((p) => p.path === path);

  it('EO 12480: "Section 1. Establishment of Board There is established, effective June 20, 1984"', () => {
    expect(section('12480', '1')).toMatchObject({ heading: 'Establishment of Board' });
    expect(section('12480', '1')?.text).toMatch(/^There is established, effective June 20, 1984/);
  });

  it('EO 7083: "Section 2. Method of Prosecution All projects or portions of projects"', () => {
    expect(section('7083', '2')).toMatchObject({ heading: 'Method of Prosecution' });
    expect(section('7083', '2')?.text).toMatch(/^All projects or portions of projects/);
  });

  it('EO 12387: "Section 1. Statutory Pay Systems Pursuant to the provisions of subchapter I"', () => {
    expect(section('12387', '1')?.heading).toBe('Statutory Pay Systems');
  });

  it('EO 12570: "Section 1. Pursuant to section 205, the account" has no heading (near miss: the sentence opens at once)', () => {
    expect(section('12570', '1')?.heading).toBeUndefined();
    expect(section('12570', '1')?.text).toMatch(/^Pursuant to section 205, the account/);
  });
});

describe('a number that does not continue the sequence is not a unit', () => {
  // EO 10648: "... recorded in the Bureau of Conveyances at Honolulu in Liber 352, Pages 7-10.\n\nBeginning at concrete ..."
  it('leaves "Pages 7-10." in its sentence (EO 10648)', () => {
    expect(parsed('10648').provisions.map((p) => p.path)).not.toContain('7-10');
  });
});

describe('an item that is one short phrase is its text, not a heading over nothing (EO 12171, 1979)', () => {
  // "1-2. Exclusions.\n1-201. The Information Security Oversight Office, General Services Administration.\n1-202. ..."
  const m = parsed('12171');
  const byPath = new Map(m.provisions.map((p) => [p.path, p]));

  it('keeps "1-201. The Information Security Oversight Office, General Services Administration." as the text of 1-201, and "1-2. Exclusions." as the heading of its group', () => {
    expect(byPath.get('1-201')).toMatchObject({
      text: 'The Information Security Oversight Office, General Services Administration.',
      heading: undefined,
    });
    expect(byPath.get('1-2')?.heading).toBe('Exclusions');
  });

  it('names the agencies such items list', () => {
    expect(m.agencies.map((a) => a.id)).toContain('isoo');
  });
});

describe('paragraphs counted in words: "First, That ...", "Second, That ..." (EO 6085, 1933)', () => {
  // "Now, Therefore, pursuant to the authority so vested in me, I hereby announce:\nFirst, That such index figures are—\n
  //  (a) 171.0 for the six months period ending June 30, 1928, the base period, and\n(b) 133.9 ...;\nSecond, That the cost of living index ..."
  const byPath = new Map(parsed('6085').provisions.map((p) => [p.path, p]));

  it('makes each counted paragraph a provision, with its lettered items under it', () => {
    expect(byPath.get('1')?.text).toBe('That such index figures are—');
    expect(byPath.get('1(b)')?.parentPath).toBe('1');
    expect(byPath.get('2')?.text).toMatch(
      /^That the cost of living index for the six months period ending December 31, 1932, is 21\.7 per centum lower/,
    );
    expect(byPath.get('3')?.text).toMatch(/^That this per centum being in excess of the maximum per centum/);
  });
});

describe('a section heading, then a phrase with no stop, then "(a)": the phrase opens the list (EO 12631, 12291, 12612)', () => {
  const paths = (number: string) => parsed(number).provisions.map((p) => p.path);

  it('keeps "(c) The Working Group shall report ... within 60 days" of EO 12631 as its own subsection, with its deadline', () => {
    // "### Section 2. s and Functions\n\n**Purpose**\n\n(a) Recognizing the goals ... (c) The Working Group shall report
    //  to the President initially within 60 days": the rendering set a piece of the heading on a line of its own
    const report = parsed('12631').directives.find((d) => /^The Working Group shall report/.test(d.text));
    expect(report).toMatchObject({ provisionId: 'eo-12631:2(c)', deadlineDays: 60 });
  });

  it('reads "Sec. 1. Definitions. For the purposes of this Order (a) ... (b) "Major rule" means" (EO 12291) as subsections', () => {
    expect(paths('12291')).toEqual(
      expect.arrayContaining(['1(a)', '1(a)(1)', '1(b)', '1(b)(1)', '1(e)', '3(a)', '7(a)']),
    );
  });

  it('reads "Sec. 1. Definitions. For purposes of this Order (a)" (EO 12612) the same way', () => {
    expect(paths('12612')).toEqual(expect.arrayContaining(['1(a)', '1(b)']));
  });

  it('leaves a label that a number before it owns in its sentence: "Subject to the provisions of sections 1 (a) and 4" (EO 10716)', () => {
    const section2 = parsed('10716').provisions.find((p) => p.path === '2');
    expect(section2?.text).toMatch(/^Subject to the provisions of sections 1 \(a\) and 4 of this order/);
  });

  it('leaves "Consistent with applicable law, (a) (i)" (EO 13276), a phrase with a comma, as it was', () => {
    expect(paths('13276')).toEqual(expect.arrayContaining(['1(b)', '1(c)(i)', '1(c)(ii)']));
  });
});

describe("a section an amendment sets out is not one of the order's own (EO 10281, 11921)", () => {
  it('keeps sections 402-405 of EO 10281 after "inserting the following after section 801 thereof: SEC. 802."', () => {
    const m = parsed('10281');
    const paths = m.provisions.map((p) => p.path);
    expect(paths).not.toContain('802');
    expect(paths).toEqual(expect.arrayContaining(['401', '402', '403', '404', '405(c)', 'Part-V', '501(a)', '503']));
    expect(m.revocations).toContainEqual(
      expect.objectContaining({ target: expect.objectContaining({ id: 'eo-10200' }), provisionId: 'eo-10281:405(c)' }),
    );
  });

  it('keeps EO 11921\'s own SEC. 10-20 after "(g) Add a new Section 906 as follows: Section 906."', () => {
    const paths = parsed('11921').provisions.map((p) => p.path);
    expect(paths).not.toContain('906');
    expect(paths).toEqual(expect.arrayContaining(['9(g)', '10(a)', '11(a)', '20']));
  });

  it('still opens the section after "are adjusted as follows:" and a table (EO 11413: SEC. 4, SEC. 5), no amendment', () => {
    expect(parsed('11413').provisions.map((p) => p.path)).toEqual(expect.arrayContaining(['4', '5']));
  });

  it('still opens "Section 1." after a preamble of numbered findings and "it is hereby ordered as follows:" (EO 12807)', () => {
    expect(parsed('12807').provisions.map((p) => p.path)).toEqual(expect.arrayContaining(['(4)', '1', '2(a)']));
  });
});

describe('a text that opens with the order it amends, by a lettered number (EO 6928: "Executive Order No. 6657-A of ...")', () => {
  it('keeps "Executive Order No. 6657-A" as the subject of its first sentence, and the amendment it states', () => {
    const m = parsed('6928');
    expect(m.provisions[0].text).toMatch(/^Executive Order No\. 6657-A of March 27, 1934, as amended/);
    expect(m.relations).toContainEqual(
      expect.objectContaining({ type: 'AMENDS', target: expect.objectContaining({ id: 'eo-6657-a' }) }),
    );
  });

  it('reads a plain number opening a text the same as before (EO 6608: "Executive Order No. 3761 of December 6, 1922, relating to ...")', () => {
    expect(parsed('6608').provisions[0].text).toMatch(/^Executive Order No\. 3761 of December 6, 1922, relating/);
  });
});

describe('the labels of a text an amendment sets out stay in the amending item (EO 10205, 10623, 13843)', () => {
  const byPath = (number: string) => new Map(parsed(number).provisions.map((p) => [p.path, p]));

  it('keeps "(d) In the case of appointments" in item 2 of EO 10205, after "is amended to read as follows:"', () => {
    const items = byPath('10205');
    expect(items.has('2(d)')).toBe(false);
    expect(items.has('1(a)')).toBe(false);
    expect(items.get('2')?.text).toMatch(/is amended to read as follows: \(d\) In the case of appointments/);
  });

  it('opens EO 10623\'s own items 3-5 after a quoted section cut short: "... Differential Posts", 3. Section 402 ..."', () => {
    const items = byPath('10623');
    expect(items.has('2(a)')).toBe(false);
    expect(items.get('3')?.text).toMatch(/^Section 402 of the said Executive Order No\. 10000/);
    expect(items.get('5')?.text).toMatch(/^Paragraph 1 \(a\) of Executive Order No\. 10011/);
    expect(items.has('5(a)')).toBe(false);
  });

  it("goes on with the item's own list after a quoted text, but not the quoted text's own (EO 13843, 3(a)(ii)-(iv))", () => {
    const items = byPath('13843');
    expect(items.get('3(a)(ii)')?.text).toMatch(/^5 CFR 6\.3\(b\) is amended to read: \(b\) To the extent permitted/);
    expect(items.has('3(b)')).toBe(true);
    expect(items.get('3(b)')?.text).toMatch(/^The Director of the Office of Personnel Management/);
    expect(items.get('3(a)(iv)')?.text).toMatch(/^5 CFR 6\.8 is amended to add after subsection \(c\)/);
  });

  it('still opens the own list of "Paragraph 35a is amended as follows: (a) By striking out" (EO 11081)', () => {
    const items = byPath('11081');
    expect(items.get('5(a)')?.text).toMatch(/^By striking out the words/);
    expect(items.get('12')?.text).toMatch(/^Appendix 6c is amended/);
  });
});

describe('a label that goes on with the name of a part of a text is no clause (EO 10284, 6565)', () => {
  it('reads "6. The time stipulated in section 606 (a) (1) of the Act" as one item', () => {
    const items = parsed('10284').provisions;
    expect(items.find((p) => p.path === '6')?.text).toMatch(
      /^The time stipulated in section 606 \(a\) \(1\) of the Act/,
    );
    expect(items.map((p) => p.path)).not.toContain('6(1)');
  });

  it('reads "3. Paragraph I, subparagraph (a) of part III" as one item', () => {
    expect(parsed('6565').provisions.find((p) => p.path === '3')?.text).toMatch(
      /^Paragraph I, subparagraph \(a\) of part III/,
    );
  });
});

describe("an order's first section after a heading in capitals (EO 11712, 11807)", () => {
  it('opens "SECTION 1." after "it is hereby ordered as follows: SPECIAL COMMITTEE ON ENERGY" (EO 11712)', () => {
    const items = parsed('11712').provisions;
    expect(items.find((p) => p.path === '1')?.text).toMatch(/^Three Assistants to the President/);
    expect(items.map((p) => p.path)).toEqual(expect.arrayContaining(['2', '3', '3(b)', '3(c)']));
  });

  it('files "Executive Order No. 11612 ... is hereby superseded" under SEC. 6 of EO 11807 ("SCOPE OF THIS ORDER SECTION 1.")', () => {
    const m = parsed('11807');
    expect(m.relations).toContainEqual(
      expect.objectContaining({
        type: 'SUPERSEDES',
        provisionId: 'eo-11807:6',
        target: expect.objectContaining({ id: 'eo-11612' }),
      }),
    );
  });

  it('leaves the sections of an agreement an order quotes after "ARTICLE VI. STATUS, IMMUNITIES, AND PRIVILEGES" (EO 11283) as they were', () => {
    expect(parsed('11283').provisions.map((p) => p.path)).toEqual(['body']);
  });
});

describe("an order's own change after a quoted text it sets out is its own item (EO 10984, 12550, 11775, 10659)", () => {
  const byPath = (number: string) => new Map(parsed(number).provisions.map((p) => [p.path, p]));

  it("opens '(a) Section 1622.2 ... is amended' after '... local board.\" 2.' and (b) after it (EO 10984)", () => {
    const items = byPath('10984');
    expect(items.get('2(a)')?.text).toMatch(
      /^Section 1622\.2 of Part 1622, Classification Rules and Principles, is amended/,
    );
    expect(items.get('2(b)')?.text).toMatch(/^Paragraph \(b\) of section 1622\.12 of Part 1622 is amended to read/);
  });

  it('opens "(1) in subsection (b)(1) by striking out" after "R.C.M. 1001 is amended—" (EO 12550)', () => {
    const items = byPath('12550');
    expect(items.get('1(1)')?.text).toMatch(/^in subsection \(b\)\(1\) by striking out "age, pay,"/);
    expect(items.get('1(6)')?.text).toMatch(/^in subsection \(c\)\(7\)\(F\) by/);
  });

  it('opens "(d) Executive Order No. 11743 ... is hereby superseded" after a quoted text (EO 11775)', () => {
    // "SEC. 2(a). Section 8 of Proclamation No. 3279 ... is hereby amended to read as follows:": the items are section 2's
    expect(byPath('11775').get('2(d)')?.text).toMatch(
      /^Executive Order No\. 11743 of October 23, 1973, is hereby superseded/,
    );
  });

  it('opens "(1) Subparagraph (5) of paragraph (b) of § 1611.2 ... is amended by striking out" (EO 10659)', () => {
    const items = byPath('10659');
    expect(items.get('2(a)(1)')?.text).toMatch(/^Subparagraph \(5\) of paragraph \(b\) of § 1611\.2 of Part 1611/);
    expect(items.get('3(g)')?.text).toMatch(/^Paragraph \(c\) of § 1622\.42 of Part 1622 is revoked/);
  });

  it('keeps a quoted label that only names a part, "(d) In the case of appointments" (EO 10205), in its item', () => {
    // near miss: "In the case of" is no "in subsection ... by": the quoted text's own label stays quoted
    const items = byPath('10205');
    expect(items.has('2(d)')).toBe(false);
    expect(items.get('2')?.text).toMatch(/is amended to read as follows: \(d\) In the case of appointments/);
  });
});

describe('a numbered paragraph whose first item follows on its line, "2. (a) ..." (EO 10659, 10984, 9691, 10116, 10185)', () => {
  const byPath = (number: string) => new Map(parsed(number).provisions.map((p) => [p.path, p]));

  it('opens paragraph 2 of EO 10659 at "... and the Coast Guard. 2. (a) (1) Subparagraph (5)", not items under 1', () => {
    const items = byPath('10659');
    expect(items.get('2(a)(1)')?.parentPath).toBe('2(a)');
    expect(items.get('2(a)')?.parentPath).toBe('2');
    expect(items.get('3(a)')?.text).toMatch(/^Paragraph \(a\) of § 1622\.1 of Part 1622/);
    expect(items.has('1(a)')).toBe(false);
  });

  it('files the revocations of "9. Executive Orders Nos. 9063 ... are hereby revoked" under paragraph 9 of EO 9691', () => {
    const revoked = parsed('9691').revocations.filter((r) => r.target.id === 'eo-9063');
    expect(revoked.map((r) => r.provisionId)).toEqual(['eo-9691:9']);
  });

  it('reads "1. (a) Paragraph 2 of Executive Order No. 9988" as item 1(a) amending paragraph 2, not as a paragraph 2 (EO 10116)', () => {
    const m = parsed('10116');
    const items = new Map(m.provisions.map((p) => [p.path, p]));
    expect(items.get('1(a)')?.text).toMatch(/^Paragraph 2 of Executive Order No\. 9988/);
    expect(items.get('2')?.text).toMatch(/^I hereby prescribe the following amendments/);
    expect(m.relations).toContainEqual(
      expect.objectContaining({ type: 'AMENDS', provisionId: 'eo-10116:1(a)', inPart: true }),
    );
  });

  it('EO 10695: reads "1. Paragraph 2 (b) of Executive Order No. 10096 ... revoked." as paragraph 1 revoking that part, not as a paragraph 2 (b)', () => {
    const text =
      'By virtue of the authority vested in me by the Constitution and statutes, and as President of the United States, it is hereby ordered as follows:\n' +
      '1. Paragraph 2 (b) of Executive Order No. 10096 of January 23, 1950, relating to the indexing of inventions owned or controlled by the United States, be, and it is hereby, revoked.\n' +
      '2. The Chairman of the Government Patents Board is hereby authorized to transfer to the Department of Commerce any or all of the records heretofore prepared by the Board pursuant to paragraph 2 (b) of Executive Order No. 10096.\n';
    const m = parseDocument(text, { kind: 'EXECUTIVE_ORDER', number: '10695' });
    expect(m.provisions.map((p) => p.path)).toEqual(['preamble', '1', '2']);
    expect(m.revocations.map((r) => [r.target.id, r.provisionId, r.targetProvision])).toEqual([
      ['eo-10096', 'eo-10695:1', 'Paragraph 2 (b)'],
    ]);
    // near miss: a paragraph of the order's own with its first item's label still opens there
    const own = parseDocument(
      'It is hereby ordered as follows:\nParagraph 1. The Board shall meet monthly.\nParagraph 2 (a) The Board shall report yearly.\n(b) The Secretary shall publish the report.\n',
      { kind: 'EXECUTIVE_ORDER', number: '14999' },
    );
    expect(own.provisions.map((p) => p.path)).toEqual(['preamble', '1', '2', '2(a)', '2(b)']);
  });

  it('keeps the quoted "4." of "3. Paragraph 4 of the order is hereby amended to read as follows: "4. Within ..." in item 3 (EO 10185)', () => {
    const items = byPath('10185');
    expect(items.get('3')?.text).toMatch(/^Paragraph 4 of the order is hereby amended to read as follows: "4\. Within/);
    expect(items.get('4')?.text).toBe('This order shall be effective as of October 4, 1950.');
  });

  it('reads an order that is one amendment, "... is amended to read as follows: 1. (a) The loss", as one body (EO 6850)', () => {
    // near miss: the "1." right after the words that open the new text numbers that text, not the order
    expect(parsed('6850').provisions.map((p) => p.path)).toEqual(['body']);
  });

  it('still opens the next own item after words that open a text never printed: "... new item: 10. Chapter XXVI" (EO 11081)', () => {
    expect(byPath('11081').get('10')?.text).toMatch(/^Chapter XXVI is amended to read as follows/);
  });
});

describe('a part\'s roman numeral alone on its line opens the part: "PART III", "Part I" (EO 9830, 12674)', () => {
  it('files the revocations after "PART III The following Executive orders are hereby revoked:" under Part III (EO 9830)', () => {
    const m = parsed('9830');
    expect(m.provisions.find((p) => p.path === 'Part-III')?.text).toMatch(
      /^The following Executive orders are hereby revoked:/,
    );
    const revoked = m.revocations.find((r) => r.target.id === 'eo-9733');
    expect(revoked?.provisionId).toBe('eo-9830:Part-III');
  });

  it('opens "Part I Principles of Ethical Conduct" and its "Section 101." (EO 12674)', () => {
    const items = new Map(parsed('12674').provisions.map((p) => [p.path, p]));
    expect(items.get('Part-I')?.heading).toBe('Principles of Ethical Conduct');
    expect(items.get('101')?.parentPath).toBe('Part-I');
    expect(items.get('301')?.parentPath).toBe('Part-III');
  });

  it('leaves "Part I. However," of a citation inside its provision (EO 6230)', () => {
    // near miss: "Part" not in capitals, in a sentence: no part opens after "Veterans Regulation No. 1(a),"
    const parts = parsed('6230').provisions.filter((p) => /^Part-[IVX]+$/.test(p.path));
    expect(parts.map((p) => p.path)).toEqual(['Part-I', 'Part-II', 'Part-III']);
  });
});

describe('a part numeral before its first numbered paragraph: "PART II 1.", "PART II 5.", "PART II 201." (EO 10419, 9832, 9841, 9786)', () => {
  const items = (n: string) => new Map(parsed(n).provisions.map((p) => [p.path, p]));

  it('opens "Area: 1.18 acres. PART II 1. The Territory of Hawaii, by Executive order of its governor" (EO 10419)', () => {
    const byPath = items('10419');
    expect(byPath.get('Part-I')?.text).toMatch(/Area: 1\.18 acres\.$/);
    expect(byPath.get('Part-II.1')).toMatchObject({ parentPath: 'Part-II' });
    expect(byPath.get('Part-II.1')?.text).toMatch(/^The Territory of Hawaii, by Executive order of its governor/);
    expect(byPath.get('Part-II.10')?.text).toMatch(/^In order that the fulfillment of the conditions/);
  });

  it('goes on with the numbers of the part before: "PART I 1. There shall be included ... PART II 5. An Interdepartmental Committee" (EO 9832)', () => {
    const byPath = items('9832');
    expect(byPath.get('Part-I.1')?.text).toMatch(/^There shall be included in every trade agreement/);
    expect(byPath.get('Part-II.5')).toMatchObject({ parentPath: 'Part-II' });
    expect(byPath.get('Part-II.5')?.text).toMatch(/^An Interdepartmental Committee on Trade Agreements/);
    expect(byPath.get('Part-III.9')?.parentPath).toBe('Part-III');
  });

  it('reads a part\'s paragraphs numbered by the part: "PART II 201. The provisions of this Part shall become effective" (EO 9841)', () => {
    const byPath = items('9841');
    expect(byPath.get('Part-II.201')?.text).toBe('The provisions of this Part shall become effective on May 4, 1947.');
    expect(byPath.get('Part-II.202(a)')?.text).toMatch(/^Functions with respect to rent control/);
    expect(byPath.get('Part-III.303')?.text).toMatch(/^The Office of Temporary Controls is terminated/);
  });

  it('opens the paragraph after the part\'s heading with no stop: "PART II - FILING OF CLAIM 201. No claim shall be received" (EO 9786)', () => {
    const byPath = items('9786');
    expect(byPath.get('Part-II')?.heading).toBe('FILING OF CLAIM');
    expect(byPath.get('Part-I')?.heading).toBe('Definitions');
    expect(byPath.get('Part-II.201')?.text).toMatch(/^No claim shall be received or considered by any war agency/);
  });

  it('leaves "paragraph 1 of Part II hereof" and "specified in Part II of this order" in their sentences (EO 10419)', () => {
    // near miss: "Part II" named in a sentence, with no number and stop after it, opens nothing
    const byPath = items('10419');
    expect(byPath.get('Part-III')?.text).toMatch(
      /issued pursuant to paragraph 1 of Part II hereof shall not be amended/,
    );
    expect(byPath.get('Part-I')?.text).toMatch(
      /^Upon the fulfillment of the conditions precedent specified in Part II of this order/,
    );
    expect([...byPath.keys()].filter((k) => /^Part-[IVX]+$/.test(k))).toEqual(['Part-I', 'Part-II', 'Part-III']);
  });
});

describe('"(1)" where a letter list stands at "(k)" is the letter l printed as a digit (EO 12146, 11091, 11360)', () => {
  const items = (n: string) => new Map(parsed(n).provisions.map((p) => [p.path, p]));

  it('EO 12146: "(k) The Securities and Exchange Commission. (1) The Department of State. (m) The Department of the Treasury."', () => {
    const byPath = items('12146');
    expect(byPath.get('1-102(l)')).toMatchObject({ parentPath: '1-102', text: 'The Department of State.' });
    expect(byPath.get('1-102(m)')?.text).toBe('The Department of the Treasury.');
    expect(byPath.has('1-102(k)(1)')).toBe(false);
  });

  it('EO 11091: "(k) Investigations. ... under emergency conditions. (1) Salaries, wages, and benefits. Develop plans"', () => {
    const byPath = items('11091');
    expect(byPath.get('2(l)')?.text).toMatch(/^Salaries, wages, and benefits\. Develop plans/);
    expect(byPath.get('2(m)')?.parentPath).toBe('2');
  });

  it('EO 11360: "(l)" before an amendment of its own, then "(m) ... is amended by: (1) Amending subparagraph (3)"', () => {
    const byPath = items('11360');
    expect(byPath.get('5(l)')?.text).toMatch(/^Paragraph \(a\) of section 1622\.30/);
    // the own list of (m) opens at its "(1)", as "(2)" follows it before any "(n)"
    expect(byPath.get('5(m)(1)')?.text).toMatch(/^Amending subparagraph \(3\) of paragraph \(a\)/);
    expect(byPath.get('5(m)(2)')?.parentPath).toBe('5(m)');
  });

  it('EO 13549: keeps "(k) ... means any of the following persons: (1) Governors, ... (2) State, local" a list of (k)', () => {
    // near miss: "(1)" after "(k)" whose "(2)" comes before any "(m)" opens the own list of (k)
    const byPath = items('13549');
    expect(byPath.get('5(k)(1)')?.text).toMatch(/^Governors, mayors, tribal leaders/);
    expect(byPath.get('5(k)(2)')?.parentPath).toBe('5(k)');
    expect(byPath.get('5(k)(4)')?.parentPath).toBe('5(k)');
  });
});

describe('a section word without its period, "SEC 3." (EO 11089, 10450, 13380)', () => {
  it('opens "SEC 3. Resources Evaluation." and "SEC 4. Functional Guidance." of EO 11089', () => {
    const items = new Map(parsed('11089').provisions.map((p) => [p.path, p]));
    expect(items.get('3')).toMatchObject({ heading: 'Resources Evaluation' });
    expect(items.get('3')?.text).toMatch(/^The Commission shall provide for appropriate participation/);
    expect(items.get('4(a)')?.parentPath).toBe('4');
    expect(items.get('2(i)')?.text).not.toMatch(/Resources Evaluation/);
  });

  it('keeps the section a quotation opens, "... the following: \u201c Sec 2. (a) The Secretary of State", in its item (EO 13380)', () => {
    // near miss: the order's next number, but right after the mark that opens the new text
    const items = new Map(parsed('13380').provisions.map((p) => [p.path, p]));
    expect(items.get('1(b)')?.text).toMatch(/inserting in lieu thereof the following: " Sec 2\. \(a\) The Secretary/);
    expect(items.get('2')?.text).toMatch(/^This order is intended only to improve the internal management/);
  });

  it('leaves the land description "Sec 30. T.13 S., R. 33 E., Sec 32" of EO 10234 as it was', () => {
    expect(parsed('10234').provisions.map((p) => p.path)).toEqual(['preamble', '1', '36']);
  });
});

describe('a section number and its first item under one label, "SEC. 3 (a)", "SECTION 1(a)." (EO 11724, 11588, 11790)', () => {
  it('opens section 3 and its item (a) at "... as may be appropriate. SEC. 3 (a) The Administrator of General Services shall:" (EO 11724)', () => {
    const items = new Map(parsed('11724').provisions.map((p) => [p.path, p]));
    expect(items.get('3(a)')).toMatchObject({ parentPath: '3', text: 'The Administrator of General Services shall:' });
    expect(items.get('3(a)(1)')?.text).toMatch(/^conduct surveys of real property holdings/);
    expect(items.get('2(2)')?.text).not.toMatch(/SEC\. 3/);
  });

  it('opens "SECTION 1(a). A Construction Industry Stabilization Committee" as 1(a), and (b) after it under 1 (EO 11588)', () => {
    const items = new Map(parsed('11588').provisions.map((p) => [p.path, p]));
    expect(items.get('1(a)')?.text).toMatch(/^A Construction Industry Stabilization Committee/);
    expect(items.get('1(b)')?.parentPath).toBe('1');
  });

  it('files "Executive Order No. 11748 ... is hereby revoked" under "SEC. 5 (a)." of EO 11790, not under section 4', () => {
    const revocation = parsed('11790').revocations.find((r) => r.target.id === 'eo-11748');
    expect(revocation?.provisionId).toBe('eo-11790:5(a)');
  });

  it('leaves "... in the preamble and in Section 2(a). SEC. 2." of EO 12012 in section 1', () => {
    // near miss: the very next section number and a list's first label, but after "in": a part of the amended order
    const items = new Map(parsed('12012').provisions.map((p) => [p.path, p]));
    expect(items.get('1')?.text).toMatch(/in the preamble and in Section 2\(a\)\.$/);
    expect(items.has('2(a)')).toBe(false);
  });

  it('leaves a spelled-out "Section 2(a)" after a capitalized name, with no stop before it, as a citation (review near miss)', () => {
    // every heading-led form in the corpus writes "SEC.", "Sec." or "SECTION" (EO 11599, 11721, 11726); "Section"
    // after a statute's name cites that statute's part, and the order's own "Sec. 2." opens section 2
    const text = [
      'By the authority vested in me as President, it is hereby ordered as follows:',
      'Section 1. The Administrator shall act as provided in the Defense Production Act Section 2(a) The Secretary may also act.',
      'Sec. 2. Policy. (a) The Board shall advise the President.',
      '(b) The Board shall meet.',
    ].join('\n\n');
    const items = new Map(parseDocument(text, hintsOf(corpusOrder('11724'))).provisions.map((p) => [p.path, p]));
    expect(items.get('1')?.text).toMatch(/Defense Production Act Section 2\(a\) The Secretary may also act\.$/);
    expect(items.get('2')?.heading).toBe('Policy');
    expect(items.get('2(a)')?.text).toBe('The Board shall advise the President.');
  });
});

describe('sections numbered by their part, "Sec. 1.1.", broken at the point by the scraper ("### Section 1. 1")', () => {
  it('reads "PART 1—ORIGINAL CLASSIFICATION ### Section 1. 1 Classification Standards." of EO 13526 as section 1.1 of part 1', () => {
    const items = new Map(parsed('13526').provisions.map((p) => [p.path, p]));
    expect(items.get('1.1')).toMatchObject({ parentPath: 'Part-1', heading: 'Classification Standards' });
    expect(items.get('1.2')?.heading).toBe('Classification Levels');
    expect(items.get('1.2(a)(1)')?.text).toMatch(/^"Top Secret" shall be applied to information/);
    expect(items.get('2.1')).toMatchObject({ parentPath: 'Part-2', heading: 'Use of Derivative Classification' });
  });

  it('gives the 60-day plan of "Sec. 5.2 The Secretary of Homeland Security shall: ... (h) within 60 days" (EO 13618) to Homeland Security', () => {
    // read as clauses of "### Section 5." before, the Secretary of Defense's list of section 5.1 ran on over it
    const plan = parsed('13618').directives.find((d) => d.deadlineDays === 60);
    expect(plan?.provisionId).toBe('eo-13618:5.2(h)');
    expect(plan?.assignments.map((a) => a.actorId)).toEqual(['dhs']);
  });

  it('opens "Section 1.1 Classification Levels" after the heading "Part 1 Original Classification" with no stop (EO 12356)', () => {
    const items = new Map(parsed('12356').provisions.map((p) => [p.path, p]));
    expect(items.get('1.1')?.heading).toBe('Classification Levels');
    expect(items.get('1.1(a)')?.text).toMatch(
      /^National security information \(hereinafter "classified information"\)/,
    );
  });

  it('keeps a lone "### Section 36. 8 LANDS EXCLUDED" (EO 10932) and "### Section 2. 1 Section 1-102" (EO 12738) as sections 36 and 2', () => {
    // near misses: no series of decimals starts at ".8", and a sentence that cites a section follows no heading's number
    const lands = new Map(parsed('10932').provisions.map((p) => [p.path, p]));
    expect(lands.get('36')?.heading).toMatch(/^8 LANDS EXCLUDED FROM THE OTTAWA NATIONAL FOREST/);
    const amended = new Map(parsed('12738').provisions.map((p) => [p.path, p]));
    expect(amended.get('2')?.text).toMatch(
      /^1 Section 1-102 of Executive Order No 12163, as amended, is further amended/,
    );
  });

  it('leaves "SEC. 8.1" of the rule EO 10641 adds ("... adding Rule VIII reading as follows:") inside the order\'s text', () => {
    // near miss: a series that starts at 8.1, under no part 8, is the added rule's, not the order's own
    const paths = parsed('10641').provisions.map((p) => p.path);
    expect(paths).toEqual(['body']);
  });
});

describe('a series of labels the text names ("paragraph (b)(1), (2), or (3) of this section"): none opens an item', () => {
  it('keeps "... a violation under paragraph (b)(1), (2), or (3) of this section occurs." whole in EO 13526 sec. 5.5(e)(2)', () => {
    const items = new Map(parsed('13526').provisions.map((p) => [p.path, p]));
    expect(items.get('5.5(e)(2)')?.text).toMatch(
      /under paragraph \(b\)\(1\), \(2\), or \(3\) of this section occurs\.$/,
    );
    expect(items.has('5.5(e)(3)')).toBe(false);
    // near miss: "(2)" after "...occurs; and", an item's end and no label, still opens the list's next item
    expect(items.get('5.5(e)(1)')?.text).toMatch(/^take appropriate and prompt corrective action/);
  });

  it('opens "(ii) within 240 days ..." after "subsections 2(a), (b), and (c) of this order;" (EO 13514 sec. 7(b))', () => {
    // the cited "(c)" was the next letter of the open list (a), (b): taken as item 7(c), it swallowed items (ii)-(v)
    const items = new Map(parsed('13514').provisions.map((p) => [p.path, p]));
    expect(items.get('7(b)(i)')?.text).toMatch(/required under subsections 2\(a\), \(b\), and \(c\) of this order;$/);
    expect(items.get('7(b)(ii)')?.text).toMatch(/^within 240 days of the date of this order, and annually thereafter/);
    expect(items.get('7(b)(v)')?.text).toMatch(/^reporting annually to the head of the agency/);
    expect(items.has('7(c)')).toBe(false);
  });
});

describe('"Part 2 Conduct of Intelligence Activities" and its "2.1 Need." (EO 12333): parts and sections numbered by part', () => {
  const m = parsed('12333');
  const items = new Map(m.provisions.map((p) => [p.path, p]));

  it('opens the part before a heading in mixed case and its sections "1.1 Goals.", "2.1 Need."', () => {
    expect(items.get('Part-2')?.heading).toBe('Conduct of Intelligence Activities');
    expect(items.get('2.1')).toMatchObject({ parentPath: 'Part-2', heading: 'Need' });
    expect(items.get('1.1')?.parentPath).toBe('Part-1');
  });

  it('files the revocation of EO 12036 under "3.6 Revocation." and the CIA\'s duties under its own section', () => {
    expect(m.revocations.find((r) => r.target.id === 'eo-12036')?.provisionId).toBe('eo-12333:3.6');
    const collect = m.directives.find((d) => /^Collect, produce and disseminate foreign intelligence/.test(d.text));
    expect(collect?.assignments.map((a) => a.actorId)).toEqual(['cia']);
  });

  it('leaves the new "Part 1 Goals, Directions, ..." that EO 13470 sets out in its section 2 inside that section', () => {
    // near miss: "... inserting in lieu thereof the following new part: Part 1 Goals" opens the amended order's part
    const amending = parsed('13470').provisions;
    expect(amending.some((p) => p.path.startsWith('Part-'))).toBe(false);
    // an order that is one text set out whole keeps its parts ("... is henceforth modified to read as follows:", EO 12731)
    expect(parsed('12731').provisions.some((p) => p.path === 'Part-1')).toBe(true);
  });
});
