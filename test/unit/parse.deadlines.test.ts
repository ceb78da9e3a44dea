/** When a directive is due, as orders write it: a period counted from the order or from an event, or a date (issue 15). */
import { readCorpus } from '../../src/corpus/lines';
import { parseDocument } from '../../src/ingest/parse';
import { addMonths, deadlineIn } from '../../src/ingest/parse/deadlines';

describe('what a deadline is counted from', () => {
  it('reads "within 60 days after submitting its final report" as counted from that event (EO 13326)', () => {
    const text = 'The Commission shall terminate within 60 days after submitting its final report.';
    expect(deadlineIn(text, '2004-01-27')).toEqual({ days: 60, event: 'submitting its final report' });
  });

  it('keeps a numbered subsection in the event: "within 180 days of submitting the report required under subsection 4.5(a)" (EO 14110)', () => {
    const text =
      'Within 180 days of submitting the report required under subsection 4.5(a) of this section, and updated periodically thereafter, the Secretary of Commerce';
    expect(deadlineIn(text)?.event).toBe('submitting the report required under subsection 4.5(a) of this section');
  });

  it('reads "Within 180 days of the establishment of the framework pursuant to subsection 4.4(b)(i) of this section" (EO 14110)', () => {
    const text =
      'Within 180 days of the establishment of the framework pursuant to subsection 4.4(b)(i) of this section, all agencies that fund life-sciences research shall';
    expect(deadlineIn(text)?.event).toBe(
      'the establishment of the framework pursuant to subsection 4.4(b)(i) of this section',
    );
  });

  it('has no event when the days count from this order, and then a due date: "within 90 days of the date of this order" (EO 14010)', () => {
    expect(
      deadlineIn(
        'The Secretary of State shall, within 90 days of the date of this order, submit a report',
        '2021-02-02',
      ),
    ).toEqual({ days: 90, dueOn: '2021-05-03' });
    expect(deadlineIn('within ninety days after the date of this order', '2021-02-02')).toEqual({
      days: 90,
      dueOn: '2021-05-03',
    });
  });

  it('counts "no later than 15 days prior to the effective date" before an event, with no due date (EO 12291)', () => {
    const text =
      'Agencies shall report to the Director no later than 15 days prior to the effective date of any rule that the agency has promulgated in final form';
    expect(deadlineIn(text, '1981-02-17')).toEqual({
      days: 15,
      event: 'before the effective date of any rule that the agency has promulgated in final form',
    });
  });

  it('reads "within 30 days thereafter" as counted from what the sentence names before, not from the order (EO 10582)', () => {
    const text =
      'A written report of the facts of each case in which such a determination is made shall be submitted to the President through the Director of the Bureau of the Budget by the official making the determination within 30 days thereafter';
    expect(deadlineIn(text, '1954-12-17')).toEqual({ days: 30, event: 'thereafter' });
  });
});

describe('periods in every form orders write them', () => {
  it('reads "no later than 45 days from the date of this order" (EO 13342)', () => {
    expect(
      deadlineIn('Each Center shall begin operations no later than 45 days from the date of this order.', '2004-06-01'),
    ).toEqual({ days: 45, dueOn: '2004-07-16' });
  });

  it('reads months: "no later than 4 months from the date of this order" (EO 13546)', () => {
    const text =
      'the Panel shall, no later than 4 months from the date of this order, provide consensus recommendations concerning the SAP on:';
    expect(deadlineIn(text, '2010-07-02')).toEqual({ months: 4, dueOn: '2010-11-02' });
  });

  it('reads months in words counted from an event: "not later than six months from the date of the Commission\'s first meeting" (EO 12130)', () => {
    const text =
      "The final report required by Section 1-202 of this Order shall be transmitted not later than six months from the date of the Commission's first meeting.";
    expect(deadlineIn(text, '1979-04-11')).toEqual({ months: 6, event: "the date of the Commission's first meeting" });
  });

  it('reads years as twelve months: "not later than two years from the date of its formation" (EO 11007)', () => {
    const text =
      'An advisory committee whose duration is not otherwise fixed by law shall terminate not later than two years from the date of its formation';
    expect(deadlineIn(text, '1962-02-26')).toEqual({ months: 24, event: 'the date of its formation' });
  });

  it('reads hundreds in words: "within one hundred and twenty days of the receipt of a request" (EO 10679)', () => {
    const text =
      'Such an agreement shall be entered into by the Secretary of Defense within one hundred and twenty days of the receipt of a request therefor by the Secretary';
    expect(deadlineIn(text, '1956-09-05')).toEqual({
      days: 120,
      event: 'the receipt of a request therefor by the Secretary',
    });
  });
});

describe('due dates the text names', () => {
  it('reads "shall implement these reforms by September 30, 2018" (EO 13714)', () => {
    const text =
      'Agency for International Development, as well as the Directors of OMB and the National Science Foundation, shall implement these reforms by September 30, 2018.';
    expect(deadlineIn(text, '2015-12-15')).toEqual({ dueOn: '2018-09-30' });
  });

  it('reads "shall report to the President ... on or before June 11, 1948" (EO 9964)', () => {
    const text =
      'The Board shall report to the President in accordance with the provisions of section 206 of the said Act on or before June 11, 1948.';
    expect(deadlineIn(text, '1948-06-03')).toEqual({ dueOn: '1948-06-11' });
  });

  it('takes no date before the signing as a deadline: "filed with such war agency on or before August 14, 1945" in an order of 1946 (EO 9786)', () => {
    const text =
      'No claim for loss under and contract or subcontract of a war agency shall be received or considered unless a written request for relief with respect thereto was filed with such war agency on or before August 14, 1945';
    expect(deadlineIn(text, '1946-10-05')).toBeUndefined();
  });

  it('reads a date at the head of the sentence: "By March 31, 2004, the Council shall submit" (EO 13287), "No later than May 31, 2001, promulgate" (EO 13179), "On or before June 30, 1991, the Secretary of Energy shall prepare" (EO 12659)', () => {
    expect(
      deadlineIn(
        'By March 31, 2004, the Council shall submit to the President and the heads of agencies recommendations to further stimulate initiative, creativity, and efficiency in the Federal stewardship of historic properties.',
        '2003-03-03',
      ),
    ).toEqual({ dueOn: '2004-03-31' });
    expect(
      deadlineIn(
        'No later than May 31, 2001, promulgate regulations for the administration of the Program, except for functions assigned to other agencies pursuant to the Act or this order;',
        '2000-12-07',
      ),
    ).toEqual({ dueOn: '2001-05-31' });
    expect(
      deadlineIn(
        'On or before June 30, 1991, the Secretary of Energy shall prepare and submit to the President a comprehensive report of the agreements and programs executed under the authority granted under this Order.',
        '1988-12-15',
      ),
    ).toEqual({ dueOn: '1991-06-30' });
  });

  it('reads a date with its day of the week: "on or before Thursday, October 4, 1962" (EO 11054)', () => {
    const text =
      'The Board shall report to the President in accordance with the provisions of Section 206 of such Act on or before Thursday, October 4, 1962.';
    expect(deadlineIn(text, '1962-10-01')).toEqual({ dueOn: '1962-10-04' });
  });

  it('reads the end of a year: calendar (EO 13676, EO 11763) and fiscal, which ended on June 30 until 1976 and ends on September 30 since (EO 14057, EO 13625)', () => {
    expect(
      deadlineIn(
        'By the end of calendar year 2016, HHS shall review existing regulations and propose new regulations',
        '2014-09-18',
      ),
    ).toEqual({ dueOn: '2016-12-31' });
    // the year's end is stated before the report's thirty days: it is the directive's deadline
    expect(
      deadlineIn(
        'The Commission shall conclude its work by the end of the year 1974 and shall make a report to the President on its work within thirty days thereafter',
        '1974-01-17',
      ),
    ).toEqual({ dueOn: '1974-12-31' });
    expect(
      deadlineIn(
        "Each agency's light-duty vehicle acquisitions shall be zero-emission vehicles by the end of fiscal year 2027.",
        '2021-12-08',
      ),
    ).toEqual({ dueOn: '2027-09-30' });
    expect(
      deadlineIn('By the end of Fiscal Year 2014, existing program resources shall be realigned', '2012-08-31'),
    ).toEqual({ dueOn: '2014-09-30' });
    // the fiscal calendar, not the language: the same sentence for a fiscal year before the change
    const fleet =
      "Each agency's light-duty vehicle acquisitions shall be zero-emission vehicles by the end of fiscal year 2027.";
    expect(deadlineIn(fleet.replace('2027', '1975'), '1973-05-01')).toEqual({ dueOn: '1975-06-30' });
    // a rate kept up through a year is no deadline: "3 percent annually through the end of fiscal year 2015" (EO 13423)
    expect(
      deadlineIn(
        'reduction of energy intensity by 3 percent annually through the end of fiscal year 2015',
        '2007-01-24',
      ),
    ).toBeUndefined();
  });

  it('gives every sentence-initial due date of an order to its directive (EO 14141: "By March 15, 2025, the Secretary of the Interior ... shall")', () => {
    const line = readCorpus().find((l) => l.number === '14141')!;
    const model = parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number: line.number, signedOn: line.signedOn });
    const dated = model.directives.filter((d) => /^By [A-Z][a-z]+ \d{1,2}, 2025, /.test(d.text));
    expect(dated.length).toBeGreaterThanOrEqual(5);
    for (const d of dated) expect(d.dueOn).toBe(deadlineIn(d.text.slice(0, d.text.indexOf(', 2025,') + 6))?.dueOn);
    expect(model.directives.find((d) => /^By March 15, 2025, the Secretary of the Interior/.test(d.text))?.dueOn).toBe(
      '2025-03-15',
    );
  });

  it('adds calendar months, ending on the last day of a shorter month', () => {
    expect([addMonths('2021-01-31', 1), addMonths('2020-08-31', 6), addMonths('2010-07-02', 4)]).toEqual([
      '2021-02-28',
      '2021-02-28',
      '2010-11-02',
    ]);
  });
});

describe('directives with a deadline counted from another event', () => {
  it('keeps days and event but gives no due date: "Within 120 days of publishing the preliminary update, the Secretary of Commerce ... shall publish a final version" (EO 14144)', () => {
    const line = readCorpus().find((l) => l.number === '14144')!;
    const model = parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number: line.number, signedOn: line.signedOn });
    const notify = model.directives.find((d) => /^Within 120 days of publishing the preliminary update/.test(d.text));
    expect(notify).toMatchObject({ deadlineDays: 120, deadlineEvent: 'publishing the preliminary update' });
    expect(notify?.dueOn).toBeUndefined();
    const fromOrder = model.directives.filter((d) => d.deadlineDays !== undefined && d.deadlineEvent === undefined);
    expect(fromOrder.every((d) => d.dueOn !== undefined)).toBe(true);
  });

  it('gives the months and their due date to a directive: "no later than 4 months from the date of this order" (EO 13546)', () => {
    const line = readCorpus().find((l) => l.number === '13546')!;
    const model = parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number: line.number, signedOn: line.signedOn });
    expect(
      model.directives.find((d) => /no later than 4 months from the date of this order/.test(d.text)),
    ).toMatchObject({ deadlineMonths: 4, dueOn: '2010-11-02' });
  });
});
