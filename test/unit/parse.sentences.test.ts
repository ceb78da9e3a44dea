/** Sentences with their offsets, as the directive reader takes them (issue 15: each provision cut once). */
import { ownSentence, sentenceSpans, splitSentences } from '../../src/ingest/parse/sentences';

describe('sentences with where they start', () => {
  // EO 14010, sec. 4(b)(ii) ("Fed. Reg." and "U.S.C." inside the first sentence), with white space before it and
  // between its sentences as unflattened text may have
  const text =
    ' The Secretary of Homeland Security shall promptly review and consider whether to modify, revoke, or rescind the designation titled "Designating Aliens for Expedited Removal," 84 Fed. Reg. 35,409 (July 23, 2019), regarding the geographic scope of expedited removal pursuant to INA section 235(b)(1), 8 U.S.C. 1225(b)(1), consistent with applicable law.  The review shall consider our legal and humanitarian obligations, constitutional principles of due process and other applicable law, enforcement resources, the public interest, and any other factors consistent with this order that the Secretary deems appropriate.';

  it('gives the sentences splitSentences gives, each found at its offset in the text', () => {
    const spans = sentenceSpans(text);
    expect(spans.map((s) => s.text)).toEqual(splitSentences(text));
    expect(spans).toHaveLength(2);
    for (const s of spans) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('starts a sentence after the white space before it, not at the end of the last one', () => {
    const [first, second] = sentenceSpans(text);
    expect(first.start).toBe(1);
    expect(second.start).toBe(text.indexOf('The review'));
  });
});

describe('the sentence that holds a place in a sentence that runs on', () => {
  it('ends one before a subsection\'s letter, a section sign or a section number: "... a written summary of such facts. (b) The local board shall forward" (EO 9988), "accomplished. § 631.5 Calls" (EO 10001), "therewith. 1-106. (a) All agency reports" (EO 12113)', () => {
    const text =
      'If any facts considered by the local board do not appear in the written information in the file, the local board shall prepare and place in the file a written summary of such facts. (b) The local board shall forward to the appeal board the file of a registrant who appeals. § 626.14 Time when record to be forwarded on appeal.';
    expect(ownSentence(text, text.indexOf('shall prepare'))).toBe(
      'If any facts considered by the local board do not appear in the written information in the file, the local board shall prepare and place in the file a written summary of such facts.',
    );
    expect(ownSentence(text, text.indexOf('shall forward'))).toBe(
      '(b) The local board shall forward to the appeal board the file of a registrant who appeals.',
    );
    expect(ownSentence(text, text.indexOf('Time when'))).toBe('§ 626.14 Time when record to be forwarded on appeal.');
    const numbered =
      'the steps necessary to bring the plan into conformance therewith. 1-106. (a) All agency reports, proposals and plans submitted to the Council for review shall include sufficient information';
    expect(ownSentence(numbered, numbered.indexOf('shall include'))).toBe(
      '(a) All agency reports, proposals and plans submitted to the Council for review shall include sufficient information',
    );
  });

  it('is the whole text where no such end is in it, and an abbreviation before a letter ends nothing: "42 U.S.C. (b)"', () => {
    const text =
      'The Secretary shall, within 90 days of the date of this order, submit a report under 42 U.S.C. (b) The';
    expect(ownSentence(text, 10)).toBe(text);
    expect(ownSentence('One sentence only.', 0)).toBe('One sentence only.');
  });
});

describe("a schedule's or part's letter ends a sentence; an initial does not", () => {
  it('ends the sentence after "included under Schedule A." (EO 9691)', () => {
    const text =
      'Provided, that no person shall continue in employment under the authority of this section after December 31, 1946, unless the position occupied by such person shall have been included under Schedule A. This section shall not apply to positions filed by persons having a competitive status.';
    expect(splitSentences(text)).toHaveLength(2);
    expect(splitSentences(text)[1]).toMatch(/^This section shall not apply/);
  });

  it('ends the sentence after "Veterans Regulation No. 1(a), Part I." (EO 6230)', () => {
    const text = 'as provided in Veterans Regulation No. 1(a), Part I. However, in any case where in view of the facts';
    expect(splitSentences(text)[1]).toMatch(/^However, in any case/);
  });

  it('keeps "I, Franklin D. Roosevelt, President of the United States" in one sentence (EO 6102)', () => {
    const text =
      'Congress declared that a serious emergency exists, I, Franklin D. Roosevelt, President of the United States of America, do declare that said national emergency still continues.';
    expect(splitSentences(text)).toHaveLength(1);
  });
});

describe("a clause's label and a capital after a period start a sentence (EO 13751, 10363)", () => {
  it('cuts "... to the Co-Chairs. (d) The Secretary of the Interior shall maintain" in two (EO 13751 sec. 5)', () => {
    const text =
      'The Executive Director shall report to the Co-Chairs. (d) The Secretary of the Interior shall maintain the current Invasive Species Advisory Committee.';
    expect(splitSentences(text)).toEqual([
      'The Executive Director shall report to the Co-Chairs.',
      '(d) The Secretary of the Interior shall maintain the current Invasive Species Advisory Committee.',
    ]);
  });

  it('cuts before labels in a row, "(9) (a) The", and after a closing quotation mark', () => {
    expect(
      splitSentences('to the appeal board. (c) (1) Upon receipt of the report, the board shall act.'),
    ).toHaveLength(2);
    expect(splitSentences('read "The Board." (b) The Board shall meet.')).toHaveLength(2);
  });

  it("cuts before the quotation mark that opens a quoted item: '... (22 U.S.C. 3930). \"(b) The Board shall be composed' (EO 12363)", () => {
    expect(
      splitSentences(
        'there is established in the Department of State the Board of the Foreign Service (22 U.S.C. 3930). "(b) The Board shall be composed of the designated number of representatives',
      ),
    ).toEqual([
      'there is established in the Department of State the Board of the Foreign Service (22 U.S.C. 3930).',
      '"(b) The Board shall be composed of the designated number of representatives',
    ]);
    // near miss: a quoted item that a small letter opens goes on with the sentence (EO 12094)
    expect(
      splitSentences(
        'are temporarily out of service in order to permit alterations or repairs. "(2) while temporarily assigned for duty to a vessel',
      ),
    ).toHaveLength(1);
  });

  it('does not cut before a label a small letter follows, nor after an abbreviation (near misses)', () => {
    expect(splitSentences('as defined in section 3. (a) of the Act, the term applies.')).toHaveLength(1);
    expect(splitSentences('under 5 U.S.C. (a) The Director shall act.')).toHaveLength(1);
  });
});

describe('a paragraph\'s roman numeral opens the sentence after it; "et seq." before a word ends one', () => {
  // near miss: "... Regulation No. 1(a), Part I. However," (EO 6230, above) still ends a sentence: not a numeral alone
  it('reads "II." before "That for the purposes of Part I" (EO 6089) as a label, not a sentence of its own', () => {
    const text =
      'Where such benefits would otherwise exceed this rate, the disability is due to the natural progress of the disease. II. That for the purposes of Part I, paragraph I (a) hereof, the rate shall apply.';
    expect(splitSentences(text)).toEqual([
      'Where such benefits would otherwise exceed this rate, the disability is due to the natural progress of the disease.',
      'That for the purposes of Part I, paragraph I (a) hereof, the rate shall apply.',
    ]);
  });

  it('ends the sentence at "5 U.S.C. 551 et seq. If in any case such rescission" (EO 13992)', () => {
    const text =
      'The heads of agencies shall promptly take steps to rescind any orders, rules, regulations, guidelines, or policies implementing or enforcing the Executive Orders revoked by this order, as appropriate and consistent with applicable law, including the Administrative Procedure Act, 5 U.S.C. 551 et seq. If in any case such rescission cannot be finalized immediately, agencies shall take action.';
    expect(splitSentences(text)).toHaveLength(2);
    expect(splitSentences(text)[1]).toMatch(/^If in any case such rescission/);
  });

  it('reads on past "et seq." where the name of the Act follows in parentheses (EO 13753)', () => {
    const text =
      'Subject to the provisions of the Federal Vacancies Reform Act of 1998, 5 U.S.C. 3345 et seq. (Vacancies Act), during any period in which the Secretary has died, the following officers shall act.';
    expect(splitSentences(text)).toHaveLength(1);
  });
});
