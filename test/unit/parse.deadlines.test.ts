/** When a directive is due, as orders write it: a period counted from the order or from an event, or a date (issue 15). */
import { readCorpus } from '../../src/corpus/lines';
import { parseDocument } from '../../src/ingest/parse';
import { addMonths, deadlineIn, orderEffectiveOn } from '../../src/ingest/parse/deadlines';
import { corpusOrder, hintsOf, parsedOrder } from './corpus-lines';

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

describe('a period for answering each request', () => {
  it('counts "respond to the waiver request within 90 days" from each request, with no due date (EO 13148)', () => {
    const text =
      'The EPA shall respond to the waiver request within 90 days and may grant such a waiver for no longer than 2 years.';
    expect(deadlineIn(text, '2000-04-21')).toEqual({ days: 90 });
  });

  it('counts "Requests for declassification under this provision shall be acted upon within 60 days" from each request (EO 12065)', () => {
    expect(
      deadlineIn(
        'Requests for declassification under this provision shall be acted upon within 60 days.',
        '1978-06-28',
      ),
    ).toEqual({ days: 60 });
  });

  it('keeps the due date where the text counts from the order, sets a backlog, or the request is not what the period bounds', () => {
    const signed = '2000-04-21';
    expect(
      deadlineIn('The EPA shall respond to the waiver request within 90 days of the date of this order.', signed),
    ).toEqual({
      days: 90,
      dueOn: '2000-07-20',
    });
    expect(deadlineIn('The EPA shall respond to the waiver request within 90 days after its receipt.', signed)).toEqual(
      {
        days: 90,
        event: 'its receipt',
      },
    );
    expect(deadlineIn('The Secretary shall decide all pending appeals within 90 days.', signed)).toEqual({
      days: 90,
      dueOn: '2000-07-20',
    });
    expect(deadlineIn('The Secretary shall, within 90 days, submit a report on waiver requests.', signed)).toEqual({
      days: 90,
      dueOn: '2000-07-20',
    });
    expect(
      deadlineIn(
        'The Secretary shall respond to requests for information and, within 90 days, submit a report to the President.',
        signed,
      ),
    ).toEqual({ days: 90, dueOn: '2000-07-20' });
    expect(
      deadlineIn(
        'The Attorney General shall, within 90 days, issue guidance on how agencies should respond to requests for records.',
        signed,
      ),
    ).toEqual({ days: 90, dueOn: '2000-07-20' });
    expect(deadlineIn('The Secretary shall, within 30 days, respond to each such request.', signed)).toEqual({
      days: 30,
    });
  });

  it('keeps the due date of answering one named request, or those already in (a one-time task)', () => {
    const signed = '2024-10-01';
    for (const [text, days, dueOn] of [
      [
        'The Secretary of Defense shall, within 60 days, respond to the request of the Governor of Alaska for assistance.',
        60,
        '2024-11-30',
      ],
      ['The Attorney General shall answer the petition filed by the State of Texas within 30 days.', 30, '2024-10-31'],
      ['The Secretary shall decide the appeal of the Navajo Nation within 120 days.', 120, '2025-01-29'],
      [
        'The Secretary shall act on the application submitted by the Tennessee Valley Authority on March 1, 2024, within 60 days.',
        60,
        '2024-11-30',
      ],
      [
        'The Secretary shall respond to all requests received before the date of this order within 90 days.',
        90,
        '2024-12-30',
      ],
      ['The Board shall decide all claims pending before the Board within 90 days.', 90, '2024-12-30'],
      ['The Secretary shall act on the applications now before the Department within 60 days.', 60, '2024-11-30'],
    ] as const)
      expect(deadlineIn(text, signed)).toEqual({ days, dueOn });
    // each one to come, though what follows the noun names whose
    expect(
      deadlineIn('The Secretary shall respond to each request received under this section within 30 days.', signed),
    ).toEqual({
      days: 30,
    });
    expect(deadlineIn('The Secretary shall respond to any request of an agency within 30 days.', signed)).toEqual({
      days: 30,
    });
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

describe('a day it falls due every year', () => {
  it('reads "not later than January 31 of the next succeeding year" of an annual report as its day each year (EO 9781, EO 10655); a period "through March 31 of the following year" (EO 12498) or a one-off report names none', () => {
    const committee = parseDocument(corpusOrder('9781').text, hintsOf(corpusOrder('9781'))).directives.find(
      (x) => x.id === 'eo-9781:4#1',
    )!;
    expect(committee.text).toMatch(
      /an annual report of the Committee's activities during each calendar year, to be submitted not later than January 31 of the next succeeding year/,
    );
    expect(committee.dueEachYearOn).toBe('--01-31');
    expect(committee.repeatsEvery).toBe('P1Y');
    expect(
      deadlineIn(
        "Each agency's regulatory program shall be submitted to the Director each year, on a date to be specified by the Director, and shall cover the period from April 1 through March 31 of the following year.",
        '1985-01-04',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'The Commission shall submit its report not later than January 31 of the next succeeding year.',
        '1985-01-04',
      ),
    ).toBeUndefined();
  });

  it('reads "by March 15 of each year" as a day of every year with no single due date (EO 10789)', () => {
    const text =
      'The Department of Defense shall, by March 15 of each year, report to the Congress all actions taken within that department under the authority of the act during the preceding calendar year.';
    expect(deadlineIn(text, '1958-11-14')).toEqual({ eachYearOn: '--03-15' });
  });

  it('reads "by December 15 each year" (EO 12780) and "not later than December 31 of each year" (EO 13957)', () => {
    expect(deadlineIn('Such report shall be transmitted by December 15 each year.', '1991-10-31')).toEqual({
      eachYearOn: '--12-15',
    });
    const text =
      'Not later than December 31 of each year, the Director shall report to the President, through the Director of the Office of Management and Budget';
    expect(deadlineIn(text, '2020-10-21')).toEqual({ eachYearOn: '--12-31' });
  });

  it('gives each duty of "Not later than January 31 of each year, the Commission shall: (1) submit ... (2) publish" its day (EO 12501)', () => {
    const line = readCorpus().find((l) => l.number === '12501')!;
    const model = parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number: '12501', signedOn: line.signedOn });
    const duties = model.directives.filter((d) => /^eo-12501:4\(b\)\(\d\)/.test(d.id));
    expect(duties.length).toBeGreaterThanOrEqual(2);
    for (const d of duties) expect(d).toMatchObject({ dueEachYearOn: '--01-31' });
    for (const d of duties) expect(d.dueOn).toBeUndefined();
  });

  it('is not the day of what others did that the directive is about ("contracts awarded on or before January 1 of each year"); the directive\'s own passive and its own thing after "with" keep theirs: "with the first report submitted no later than December 31, 2024" (EO 14123)', () => {
    expect(
      deadlineIn(
        'The Secretary shall publish rates for contracts awarded on or before January 1 of each year.',
        '2025-01-20',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'The Director shall review any plan submitted to him by the agencies by March 1 of each year.',
        '2025-01-20',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn('The Director shall review any plan submitted to him by the agencies by March 1, 2026.', '2025-01-20'),
    ).toBeUndefined();
    expect(deadlineIn('Such reports shall be submitted by March 1 of each year.', '1979-01-20')).toEqual({
      eachYearOn: '--03-01',
    });
    expect(deadlineIn('Such reports shall be submitted by March 1, 1980.', '1979-01-20')).toEqual({
      dueOn: '1980-03-01',
    });
    expect(
      deadlineIn(
        'At the conclusion of each review, the Council shall submit a report to the President, with the first report submitted no later than December 31, 2024, and subsequent reports submitted every 4 years thereafter.',
        '2024-06-14',
      ),
    ).toEqual({ dueOn: '2024-12-31' });
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

describe('a period with no "within" before it', () => {
  it('reads "shall terminate thirty days after submitting its final report" as counted from that event (EO 12022)', () => {
    expect(
      deadlineIn('The Commission shall terminate thirty days after submitting its final report.', '1977-12-01'),
    ).toEqual({
      days: 30,
      event: 'submitting its final report',
    });
  });

  it('counts "2 years after the date of this order" from the signing (EO 13509) and a period at the head of the sentence (EO 13942)', () => {
    expect(
      deadlineIn(
        'The Council shall terminate 2 years after the date of this order unless extended by the President.',
        '2009-06-23',
      ),
    ).toEqual({ months: 24, dueOn: '2011-06-23' });
    expect(
      deadlineIn(
        '45 days after the date of this order, the Secretary shall identify the transactions subject to subsection (a) of this section.',
        '2020-08-06',
      ),
    ).toEqual({ days: 45, dueOn: '2020-09-20' });
  });

  it('reads a period opening a proviso: "provided, however, that six months after effective date of this Code the Code Authority shall submit" (EO 6733)', () => {
    const text =
      'approved, provided, however, that six months after effective date of this Code the Code Authority shall submit to the Administrator a study of the hours of labor';
    expect(deadlineIn(text, '1934-06-07')).toEqual({ months: 6, event: 'effective date of this Code' });
  });

  it('takes no duration, term or recurrence for a deadline: "for 120 days after" (EO 13780), "terms expiring four years from" (EO 11342), "Every 90 days after" (EO 13874)', () => {
    expect(
      deadlineIn(
        'The Secretary of State shall suspend travel of refugees into the United States under the USRAP, and the Secretary of Homeland Security shall suspend decisions on applications for refugee status, for 120 days after the effective date of this order, subject to waivers pursuant to subsection (c) of this section.',
        '2017-03-06',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'The members of the Committee first appointed pursuant to sections 2 (a) and 2 (b) of this order shall be appointed for terms expiring four years from the date of this order and their successors shall be appointed for terms of four years',
        '1967-04-10',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'Every 90 days after the date of this order, for a period of 2 years, each of the agencies shall provide an update regarding its progress in implementing section 6 of this order',
        '2019-06-11',
      ),
    ).toBeUndefined();
  });

  it('reads a bound on when: "in a timely manner, not to exceed 90 days from the date of the request" (EO 13337), "within no more than 30 days from the date of a request" (EO 13867)', () => {
    expect(
      deadlineIn(
        'The Secretary shall solicit responses in a timely manner, not to exceed 90 days from the date of the request.',
        '2004-04-30',
      ),
    ).toEqual({ days: 90, event: 'the date of the request' });
    expect(
      deadlineIn(
        'The Secretary shall seek responses within no more than 30 days from the date of a request.',
        '2019-04-10',
      ),
    ).toEqual({ days: 30, event: 'the date of a request' });
  });
});

describe('a period from an event with a known latest date', () => {
  it('takes the cap: "terminate 30 days after submitting its final report, but not later than 2 years from the date of this order" (EO 13168)', () => {
    const text =
      'The Commission shall terminate 30 days after submitting its final report, but not later than 2 years from the date of this order, unless extended by the President.';
    expect(deadlineIn(text, '2000-09-22')).toEqual({ months: 24, dueOn: '2002-09-22' });
  });

  it('takes the date of "whichever is earlier": "terminate on April 29, 1987, or 60 days after submitting its final report" (EO 12511, EO 12503)', () => {
    expect(
      deadlineIn(
        'The Partnership shall terminate on April 29, 1987, or 60 days after submitting its final report, whichever is earlier.',
        '1985-04-29',
      ),
    ).toEqual({ dueOn: '1987-04-29' });
    expect(
      deadlineIn(
        'The Commission shall terminate 30 days after submission of its report, or March 1, 1986, whichever sooner occurs.',
        '1985-01-28',
      ),
    ).toEqual({ dueOn: '1986-03-01' });
  });

  it('takes the date as the latest end however long the event between: "The Commission shall terminate on December 31, 1979, or 60 days after the conclusion of the White House Conference on Small Business, whichever is sooner" (EO 12061, EO 12091), "... unless extended by the President before that date, or within 60 days after submitting its report pursuant to section 6 of this order, whichever occurs first" (EO 13805)', () => {
    expect(
      deadlineIn(
        'The Commission shall terminate on December 31, 1979, or 60 days after the conclusion of the White House Conference on Small Business, whichever is sooner.',
        '1978-05-18',
      ),
    ).toEqual({ dueOn: '1979-12-31' });
    expect(
      deadlineIn(
        'The Council shall terminate on December 31, 2018, unless extended by the President before that date, or within 60 days after submitting its report pursuant to section 6 of this order, whichever occurs first.',
        '2017-07-19',
      ),
    ).toEqual({ dueOn: '2018-12-31' });
    // "whichever is later" makes the date no latest end
    expect(
      deadlineIn(
        'The Commission shall terminate on December 31, 1979, or 60 days after the conclusion of the White House Conference on Small Business, whichever is later.',
        '1978-05-18',
      ),
    ).toEqual({ days: 60, event: 'the conclusion of the White House Conference on Small Business' });
  });

  it('takes a second period from this order as the latest end: "shall terminate within 90 days after the date on which legislation creating the Department of Homeland Security is enacted, or within 1 year of the date of this order, whichever occurs first" (EO 13267)', () => {
    const text =
      'The Transition Planning Office, and all the authorities of this order, shall terminate within 90 days after the date on which legislation creating the Department of Homeland Security is enacted, or within 1 year of the date of this order, whichever occurs first.';
    expect(deadlineIn(text, '2002-06-20')).toEqual({ months: 12, dueOn: '2003-06-20' });
    expect(deadlineIn(text.replace('whichever occurs first', 'whichever occurs later'), '2002-06-20')).toEqual({
      days: 90,
      event: 'the date on which legislation creating the Department of Homeland Security is enacted',
    });
  });

  it('ends the event at the sentence\'s next verb: "not later than six months after its first meeting and shall terminate thirty days thereafter" (EO 12054)', () => {
    const text =
      'The Commission shall submit its final report to the President not later than six months after its first meeting and shall terminate thirty days thereafter.';
    expect(deadlineIn(text, '1978-04-21')).toEqual({ months: 6, event: 'its first meeting' });
  });
});

describe('where an event ends with no comma', () => {
  it('ends it at the subject of the sentence in lower case, "Within 30 days after the submission of final offers the board shall submit a report" (EO 12414), and at a sentence whose period is lost, "from the proper State official The agreement shall provide" (EO 12326)', () => {
    expect(
      deadlineIn(
        'Within 30 days after the submission of final offers the board shall submit a report to the President setting forth its selection of the most reasonable offer.',
        '1983-04-04',
      ),
    ).toEqual({ days: 30, event: 'the submission of final offers' });
    expect(
      deadlineIn(
        'The Director shall, in accordance with this subsection, enter into an agreement with any State within 120 days of a request for agreement from the proper State official The agreement shall provide that the Director shall withhold State income tax',
        '1981-09-30',
      ),
    ).toEqual({ days: 120, event: 'a request for agreement from the proper State official' });
  });

  it('leaves out an "and" whose comma came after it: "Within 1 year of the effective date of the regulations issued under section 1 of this order and, as appropriate but no less than annually thereafter," (EO 14105)', () => {
    expect(
      deadlineIn(
        'Within 1 year of the effective date of the regulations issued under section 1 of this order and, as appropriate but no less than annually thereafter, the Secretary, in coordination with the Secretary of Commerce, shall provide the President',
        '2023-08-09',
      )?.event,
    ).toBe('the effective date of the regulations issued under section 1 of this order');
  });
});

describe('more ways of naming the order and its date', () => {
  it('counts from the order in "within 30 days of the date of issuance of this order" (EO 12818), "Not later than 18 months from this date" (EO 11607), "within 2 weeks of the date of this order" (EO 13999)', () => {
    expect(
      deadlineIn(
        'The heads of executive agencies shall, within 30 days of the date of issuance of this order, review all statutes under their jurisdiction',
        '1992-10-23',
      ),
    ).toEqual({ days: 30, dueOn: '1992-11-22' });
    expect(
      deadlineIn(
        'Not later than 18 months from this date, the Council shall submit an initial report on its activities',
        '1971-07-19',
      ),
    ).toEqual({ months: 18, dueOn: '1973-01-19' });
    expect(
      deadlineIn(
        'issue, within 2 weeks of the date of this order and in conjunction or consultation with the heads of any other appropriate executive departments and agencies (agencies), revised guidance to employers on workplace safety during the COVID-19 pandemic;',
        '2021-01-21',
      ),
    ).toEqual({ days: 14, dueOn: '2021-02-04' });
  });

  it('reads a month of a year as due on its last day: "no later than April 2024" (EO 14095), "by September 2021" (EO 14030)', () => {
    expect(
      deadlineIn(
        'The Secretaries shall publicly release the findings and recommendations of this review no later than April 2024.',
        '2023-04-18',
      ),
    ).toEqual({ dueOn: '2024-04-30' });
    expect(
      deadlineIn(
        'consider publishing, by September 2021, for notice and comment a proposed rule to suspend, revise, or rescind',
        '2021-05-20',
      ),
    ).toEqual({ dueOn: '2021-09-30' });
  });

  it('reads the end of a year written short: "by the end of FY 2005" (EO 13149), "by the end of 2027" (EO 14141), "by the end of this fiscal year" (EO 14095)', () => {
    expect(
      deadlineIn(
        'Agencies shall use alternative fuels to meet a majority of the fuel requirements of those motor vehicles by the end of FY 2005.',
        '2000-04-21',
      ),
    ).toEqual({ dueOn: '2005-09-30' });
    expect(
      deadlineIn(
        'The Secretary of Energy, in consultation with the Secretary of Defense and the Secretary of the Interior, shall take steps to enable AI infrastructure on Federal sites to have reliable access to transmission facilities adequate for the operation of frontier AI data centers by the end of 2027.',
        '2025-01-14',
      ),
    ).toEqual({ dueOn: '2027-12-31' });
    expect(
      deadlineIn(
        'the Secretary of Veterans Affairs shall consider issuing a notice of proposed rulemaking by the end of this fiscal year',
        '2023-04-18',
      ),
    ).toEqual({ dueOn: '2023-09-30' });
  });

  it('reads dates as printed: "on or before august 20, 1948" (EO 9987), "not later than March 30,1964" (EO 11134)', () => {
    expect(
      deadlineIn(
        'The Board shall report to the President in accordance with the provisions of section 206 of the said Act on or before august 20, 1948.',
        '1948-08-17',
      ),
    ).toEqual({ dueOn: '1948-08-20' });
    expect(deadlineIn('The Commission shall terminate not later than March 30,1964.', '1963-12-20')).toEqual({
      dueOn: '1964-03-30',
    });
  });
});

describe('a period counted from the effective date of this order', () => {
  const directives = (number: string) => {
    const line = readCorpus().find((l) => l.number === number)!;
    return parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number: line.number, signedOn: line.signedOn })
      .directives;
  };

  it('counts from the day the order takes effect: "This order shall be effective 60 days after the date of this order" (EO 13175)', () => {
    expect(
      directives('13175').find((d) =>
        /^Within 30 days after the effective date of this order, the head of each agency/.test(d.text),
      ),
    ).toMatchObject({ deadlineDays: 30, dueOn: '2001-02-04' });
  });

  it('counts from a named hour and day: "This order is effective at 12:01 a.m., eastern daylight time on March 16, 2017" (EO 13780)', () => {
    expect(
      directives('13780').find((d) =>
        /joint report on the progress in implementing this order within 60 days/.test(d.text),
      ),
    ).toMatchObject({ deadlineDays: 60, dueOn: '2017-05-15' });
  });

  it('gives no due date when the order takes effect "upon publication in the Federal Register" (EO 11636)', () => {
    const d = directives('11636').find((d) =>
      /no later than 120 days after the effective date of this Order/.test(d.text),
    );
    expect(d).toMatchObject({ deadlineDays: 120, deadlineEvent: 'the effective date of this Order' });
    expect(d?.dueOn).toBeUndefined();
  });

  it('counts from the signing when the order "shall be effective immediately", whatever a part of it says (EO 12780)', () => {
    expect(
      orderEffectiveOn(
        [
          'Section 502 and Part 6 of this order shall be effective for 5 years only',
          'This order shall be effective immediately',
        ],
        '1991-10-31',
      ),
    ).toBeUndefined();
    expect(
      directives('12780').find((d) =>
        /Within 90 days after the effective date of this order, the head of each Federal agency shall designate/.test(
          d.text,
        ),
      ),
    ).toMatchObject({ deadlineDays: 90, dueOn: '1992-01-29' });
  });
});

describe('periods before an event, windows and misprints', () => {
  it('reads a least time before an event as the deadline: "not less than 60 days prior to the period" (EO 10001), "not less than 75 days before the comment due date" (EO 12662)', () => {
    expect(
      deadlineIn(
        'The Secretary of Defense shall present such calls or requisitions to the Director of Selective Service not less than 60 days prior to the period during which the delivery and induction of such men are to be accomplished.',
        '1948-09-17',
      ),
    ).toEqual({
      days: 60,
      event: 'before the period during which the delivery and induction of such men are to be accomplished',
    });
    expect(
      deadlineIn(
        'publish or serve notice of such measures or procedures not less than 75 days before the comment due date, except where, in urgent circumstances, delay would frustrate the achievement of a legitimate domestic objective.',
        '1988-12-31',
      ),
    ).toEqual({ days: 75, event: 'before the comment due date' });
  });

  it('takes "within the period of 90 days immediately preceding the completion of ..." for a window, not a deadline from the order (EO 9655)', () => {
    const text =
      'Each officer of the Regular Corps, other than a medical, dental, sanitary engineer, or pharmacist officer, shall be examined for promotion to the next higher grade within the period of 90 days immediately preceding the completion of the following number of years of active commissioned service';
    expect(deadlineIn(text, '1945-11-14')).toBeUndefined();
  });

  it('counts the digits of "one hundred Rnd eighty (180) days" as printed (EO 6711)', () => {
    const text =
      'the provisions of this Section 1 at any time within a period of one hundred Rnd eighty (180) days from the effective date of tliis Chapter, and';
    expect(deadlineIn(text, '1934-05-15')?.days).toBe(180);
  });

  it('reads a day in words, "on or before September fourth, 1951" (EO 10283), and "before the end of calendar year 2020" (EO 13968)', () => {
    expect(
      deadlineIn(
        'The Board shall report to the President in accordance with the provisions of section 206 of the said Act on or before September fourth, 1951.',
        '1951-08-30',
      ),
    ).toEqual({ dueOn: '1951-09-04' });
    expect(
      deadlineIn(
        'the Department shall complete its ongoing pilot project to assess the feasibility and cost of digitizing and making these records searchable and accessible, which is being carried out in conjunction with multiple vendors, before the end of calendar year 2020.',
        '2020-12-18',
      ),
    ).toEqual({ dueOn: '2020-12-31' });
  });

  it('reads when an order takes effect: a named day (EO 12065), days after its date (EO 10376, EO 10042), or open (EO 9812)', () => {
    expect(orderEffectiveOn(['This Order shall become effective on December 1, 1978'], '1978-06-28')).toBe(
      '1978-12-01',
    );
    expect(
      orderEffectiveOn(['This order shall become effective thirty days after the date hereof.'], '1952-07-18'),
    ).toBe('1952-08-17');
    expect(
      orderEffectiveOn(
        ['This order shall become effective on the thirtieth day following the date hereof.'],
        '1949-03-10',
      ),
    ).toBe('1949-04-09');
    expect(
      orderEffectiveOn(
        ['This Executive order shall be effective upon its filing for publication in the Federal Register.'],
        '1946-12-19',
      ),
    ).toBeNull();
  });
});

describe('"before" a date', () => {
  it('is a deadline where the directive\'s verb comes to it: "The Civil Service Commission shall, before July 1, 1946, submit" (EO 9691), "shall submit an interim report ... before June 1, 1985" (EO 12509), at the head of the sentence (EO 9988)', () => {
    expect(
      deadlineIn(
        'The Civil Service Commission shall, before July 1, 1946, submit recommendations for a general revision of Schedule A of the Civil Service Rules.',
        '1946-02-04',
      ),
    ).toEqual({ dueOn: '1946-07-01' });
    expect(
      deadlineIn(
        'The Technical Review Group shall submit an interim report to the President and the Committees on Armed Services of the Senate and the House of Representatives before June 1, 1985',
        '1985-04-14',
      ),
    ).toEqual({ dueOn: '1985-06-01' });
    expect(
      deadlineIn(
        'Prior to September 30, 1948, Classification Questionnaires (SSS Form No. 100) shall be mailed to registrants',
        '1948-08-20',
      ),
    ).toEqual({ dueOn: '1948-09-30' });
  });

  it('is a condition elsewhere: "persons who apply for Executive clemency prior to January 31, 1975" (EO 11803), "shall not be required to present before January 1, 1935" (EO 6930), "work performed prior to May 1, 1974" in an order of that day (EO 11781)', () => {
    expect(
      deadlineIn(
        'The Board, under such regulations as it may prescribe, shall examine the cases of persons who apply for Executive clemency prior to January 31, 1975, and who',
        '1974-09-16',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'the Wool Textile Work Assignment Board shall not be required to present before January 1, 1935, the recommendations provided for in Section 2 of Executive Order No. 6878',
        '1934-12-27',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'The Chairman shall continue to receive reports and review pay adjustments with respect to work performed prior to May 1, 1974, and',
        '1974-05-01',
      ),
    ).toBeUndefined();
  });
});

describe('a time limit inside a condition', () => {
  it('is the condition\'s, not the directive\'s: "If the head of the agency fails to carry out the instructions of the Commission within ten days after receipt thereof, the Commission shall notify" (EO 9830), "In the event a legislative solution is not reached by December 31, 2020" (EO 13951), "unless, within 15 days after notification ..., an official ... shall notify" (EO 13337)', () => {
    expect(
      deadlineIn(
        'If the head of the agency fails to carry out the instructions of the Commission within ten days after receipt thereof, the Commission shall notify the Comptroller General of the United States',
        '1946-09-26',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'In the event a legislative solution is not reached by December 31, 2020, the Secretary of Health and Human Services shall take administrative action to prevent a patient from receiving a bill',
        '2020-09-24',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        "The Secretary of State shall issue or deny the permit in accordance with the proposed determination unless, within 15 days after notification pursuant to paragraphs (g) or (h) of this section, an official required to be consulted under paragraph (b)(ii) of this section shall notify the Secretary of State that he or she disagrees with the Secretary's proposed determination",
        '2004-04-30',
      ),
    ).toBeUndefined();
  });

  it('is the time of an "Until" clause, not the deadline of what is done meanwhile: "Until the Office of Personnel Management is established (on or before January 1, 1979), ... the Civil Service Commission shall exercise the authority" (EO 12109)', () => {
    expect(
      deadlineIn(
        'Until the Office of Personnel Management is established (on or before January 1, 1979), pursuant to Reorganization Plan No. 2 of 1978 (43 FR 36037), the Civil Service Commission shall exercise the authority delegated under this Order to the Director of the Office of Personnel Management.',
        '1978-12-28',
      ),
    ).toBeUndefined();
  });

  it('leaves the directive a later period of its own, counted from the condition and not from the order: "If the parties have not settled the dispute within ten days after the board\'s report, the board shall require the parties to submit, within five days, their final offers" (EO 12384)', () => {
    const line = readCorpus().find((l) => l.number === '12384')!;
    const model = parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number: line.number, signedOn: line.signedOn });
    const require = model.directives.find((d) => /^If the parties have not settled the dispute/.test(d.text));
    expect(require?.deadlineDays).toBe(5);
    expect(require?.dueOn).toBeUndefined();
    expect(require?.deadlineEvent).toBeUndefined();
  });

  it('is the directive\'s after an "if" that asks a question in its own object: "shall review the chemical hazards covered by the Risk Management Program (RMP) ... and determine if the RMP or PSM can and should be expanded" (EO 13650); not after a condition\'s "if": "shall conduct a review if (i) a member of the Committee seeks review of a PRB determination within 30 days of that determination" (EO 13567)', () => {
    const hazards =
      'the Administrator of EPA and the Secretary of Labor shall review the chemical hazards covered by the Risk Management Program (RMP) and the Process Safety Management Standard (PSM) and determine if the RMP or PSM can and should be expanded to address additional regulated substances and types of hazards';
    // EO 13650 puts "Within 90 days of the date of this order" at the head; a limit after the question is the same limit
    expect(deadlineIn(`(c) Within 90 days of the date of this order, ${hazards}.`, '2013-08-01')).toEqual({
      days: 90,
      dueOn: '2013-10-30',
    });
    expect(deadlineIn(`(c) ${hazards} within 90 days of the date of this order.`, '2013-08-01')).toEqual({
      days: 90,
      dueOn: '2013-10-30',
    });
    expect(
      deadlineIn(
        'The Secretary shall determine if the program should be continued and report within 90 days of the date of this order.',
        '2013-08-01',
      ),
    ).toEqual({ days: 90, dueOn: '2013-10-30' });
    expect(
      deadlineIn(
        'The Review Committee (Committee), as defined in section 9(d) of this order, shall conduct a review if (i) a member of the Committee seeks review of a PRB determination within 30 days of that determination; or (ii) consensus within the PRB cannot be reached.',
        '2011-03-07',
      ),
    ).toBeUndefined();
  });

  it('is the question\'s when the directive\'s verb does not come back before it and it does not count from this order: "shall determine if the registrant filed his appeal within 10 days after the notice was mailed"; a condition\'s after "consider if" or "ask if"', () => {
    for (const question of [
      'The Board shall determine if the registrant filed his appeal within 10 days after the notice was mailed.',
      'Agencies shall verify if contractors submitted the certification not later than March 1, 2026.',
      'The Secretary shall consider if any person files an objection within 30 days.',
      'The Board shall ask if the registrant wishes to appeal within 10 days',
    ])
      expect(deadlineIn(question, '2025-01-20')).toBeUndefined();
  });

  it('is the directive\'s after a "may" right after "that" or "which", a thing\'s likelihood and no one\'s leave: "(12) Analyze problems that may arise in maintaining an adequate mobilization production base in military-product industries and take necessary actions" (EO 11490)', () => {
    const analyze =
      '(12) Analyze problems that may arise in maintaining an adequate mobilization production base in military-product industries and take necessary actions to overcome these problems';
    expect(deadlineIn(`${analyze} within 180 days of the date of this order.`, '1969-10-28')).toEqual({
      days: 180,
      dueOn: '1970-04-26',
    });
    // someone's leave stays another's: "the registrant may file a written notice of appeal ... within 10 days" (EO 9988)
    expect(
      deadlineIn(
        'the registrant may file a written notice of appeal from the determination of the local board within 10 days from the date the local board mailed notice of such determination.',
        '1948-08-20',
      ),
    ).toBeUndefined();
    // "that may" before a verb of what someone does is still another's window
    for (const other of [
      'The Secretary shall establish procedures by which any employee that may appeal within 30 days may do so.',
      'The Secretary shall identify risks that may materialize within 5 years and report.',
      'The Secretary shall prescribe regulations that may require agencies to report within 30 days.',
    ])
      expect(deadlineIn(other, '2025-01-20')).toBeUndefined();
  });

  it('leaves a later period counted from the order after a time that only says whom the directive is about: "whose service in such public international organization is subsequently terminated without prejudice within three years from the date of such transfer shall be reemployed" (EO 9721)', () => {
    const whose =
      'Any employee whose service in such public international organization is subsequently terminated without prejudice within three years from the date of such transfer shall be reemployed';
    // as EO 9721 writes it, the directive's own period names its start
    expect(
      deadlineIn(
        `${whose}, within thirty days of his application for reemployment, in his former position`,
        '1946-05-10',
      ),
    ).toEqual({ days: 30, event: 'his application for reemployment' });
    // a period with no start of its own after that clause counts from the order, as it would with no clause before it
    expect(deadlineIn(`${whose}, within thirty days, in his former position`, '1946-05-10')).toEqual({
      days: 30,
      dueOn: '1946-06-09',
    });
  });

  it('is the proviso\'s in a proviso: "may be converted to a career appointment: Provided, that not later than December 31, 1957, the agency in which he is employed so recommends" (EO 10675), "Provided, That he is still qualified ... and he makes application for reinstatement within sixty days after termination of his service" (EO 9616); a proviso with its own "shall" after the limit is a directive (EO 6733), and a condition inside a proviso stays one (EO 11651)', () => {
    expect(
      deadlineIn(
        'The career-conditional appointment of any employee entitled to veteran preference who has a compensable service-connected disability of ten per centum or more may be converted to a career appointment: Provided, that not later than December 31, 1957, the agency in which he is employed so recommends and certifies to the Commission that he has satisfactorily completed a one-year probationary period',
        '1956-08-21',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'shall be entitled to return to his previous position or to one of equal seniority, status and pay: Provided, That he is still qualified to perform the duties of the position and he makes application for reinstatement within sixty days after termination of his service.',
        '1945-09-14',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'do order that the said Code of Fair Competition be, and it is hereby, approved, provided, however, that six months after effective date of this Code the Code Authority shall submit to the Administrator a study of the hours of labor, rates of pay, and other conditions of employment within this Industry',
        '1934-06-07',
      ),
    ).toEqual({ months: 6, event: 'effective date of this Code' });
    // a "shall" after "and" is another clause's, not the proviso's
    for (const sep of [', and', ' and'])
      expect(
        deadlineIn(
          `The Commission shall reinstate him: Provided, That he applies within 60 days after discharge${sep} the agency shall notify the Commission.`,
          '1945-09-14',
        ),
      ).toBeUndefined();
    expect(
      deadlineIn(
        'shall take such actions as may be necessary to implement each such textile trade agreement: Provided, however, that if a majority of the voting members of the Committee have objected to such action within ten days of receipt of notice from the Chairman, such action shall not be taken except as may otherwise be authorized.',
        '1972-03-03',
      ),
    ).toBeUndefined();
  });

  it('is the directive\'s where a comma closes the condition before it: "if such standards are determined to be necessary, issue them by March 15, 2021" (EO 13999), "shall, unless sooner extended, terminate thirty days after submission of its report" (EO 12439)', () => {
    expect(
      deadlineIn(
        'consider whether any emergency temporary standards on COVID-19, including with respect to masks in the workplace, are necessary, and if such standards are determined to be necessary, issue them by March 15, 2021;',
        '2021-01-21',
      ),
    ).toEqual({ dueOn: '2021-03-15' });
    expect(
      deadlineIn(
        'The Task Force shall, unless sooner extended, terminate thirty days after submission of its report to the President',
        '1983-09-19',
      ),
    ).toEqual({ days: 30, event: 'submission of its report to the President' });
  });
  it('is not the window of what another "may" or "should" do: "the registrant may file a written notice of appeal ... within 10 days from the date the local board mailed notice" (EO 9988), "the Administrator may review or reconsider the provisions of this Section 1 at any time within a period of one hundred Rnd eighty (180) days" (EO 6711), "Any other person should, within 10 days after knowledge thereof, report" (EO 9988)', () => {
    expect(
      deadlineIn(
        "the registrant may file a written notice of appeal from the determination of the local board within 10 days from the date the local board mailed notice of such determination. (b) Immediately upon such an appeal being filed, the local board shall transmit the registrant's file",
        '1948-08-20',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'the approval herein given is on condition that the Administrator may review or reconsider the provisions of this Section 1 at any time within a period of one hundred Rnd eighty (180) days from the effective date of tliis Chapter, and',
        '1934-05-15',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'Any other person should, within 10 days after knowledge thereof, report to the local board in writing any such fact. (c) The local board shall keep informed of the status of classified registrants.',
        '1948-08-20',
      ),
    ).toBeUndefined();
  });

  it('is the directive\'s after "as may be requested," and a comma: "shall provide views and render such assistance as may be requested, consistent with their legal authority, in a timely manner, not to exceed 30 days from the date of a request" (EO 13867)', () => {
    expect(
      deadlineIn(
        'Any agency heads whose opinion the President requests shall provide views and render such assistance as may be requested, consistent with their legal authority, in a timely manner, not to exceed 30 days from the date of a request, unless the President otherwise specifies.',
        '2019-04-10',
      ),
    ).toEqual({ days: 30, event: 'the date of a request' });
  });
  it('is not the limit on what others send in: "agencies shall consider any such comments received within 60 days from the date of the submission" (EO 13272), "pursuant to application for reemployment made within ninety days after honorable discharge" (EO 10376); the directive\'s own passive keeps it: "a study to be completed within sixty days" (EO 12532)', () => {
    expect(
      deadlineIn(
        "Prior to issuing final procedures and policies, agencies shall consider any such comments received within 60 days from the date of the submission of the agencies' procedures and policies to Advocacy.",
        '2002-08-13',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'are reemployed therein after the effective date of this order pursuant to application for reemployment made within ninety days after honorable discharge, or after hospitalization continuing after discharge for not more than one year, shall have their former indefinite appointments converted',
        '1952-07-18',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'The Secretary of the Treasury is directed to conduct a study to be completed within sixty days regarding the feasibility of minting and issuing gold coins',
        '1985-09-09',
      ),
    ).toEqual({ days: 60, dueOn: '1985-11-08' });
  });
  it('is not a time that says who the directive is about: "from among its registrants who have been classified in Class I-A ... and to whom the local board has mailed a Statement of Acceptability (DD Form 62) at least 21 days before the date fixed for induction" (EO 11360), "whose next of kin requests in writing by April 1, 1982" (EO 12115); a dash or the main verb ends that clause (EO 14095, EO 13860)', () => {
    expect(
      deadlineIn(
        'shall select and order to report for induction the number of men required to fill the call from among its registrants who have been classified in Class I-A and Class I-A-0 and who have been found acceptable for service in the Armed Forces and to whom the local board has mailed a Statement of Acceptability (DD Form 62) at least 21 days before the date fixed for induction; Provided, That',
        '1967-06-30',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'The Secretary of Defense shall, to the extent funds are available, disinter from Corozal Cemetery and transport to the United States for reinterment the remains of United States citizens, and the remains of members of their immediate family buried with them, whose next of kin requests in writing by April 1, 1982, that such remains be transported to the United States for reinterment.',
        '1979-01-19',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'The Secretary of Veterans Affairs shall consider expanding the existing Veteran Directed Care Program\u2014which provides veterans who need help with daily living with a budget to spend on home- and community-based services including personal care services\u2014to all Department of Veterans Affairs Medical Centers by the end of Fiscal Year 2024, and shall consider developing an implementation plan for this expansion by June 2023.',
        '2023-04-18',
      ),
    ).toEqual({ dueOn: '2024-09-30' });
    expect(
      deadlineIn(
        'Ensure that members of the applicable services who are to be discharged or released from active duty and who request certification or verification of sea service be provided such certification or verification no later than 1 month after discharge or release; and',
        '2019-03-04',
      ),
    ).toEqual({ months: 1, event: 'discharge or release' });
  });
});

describe('a directive whose text runs on into the next subsection', () => {
  const parsed = (number: string) => {
    const line = readCorpus().find((l) => l.number === number)!;
    return parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number: line.number, signedOn: line.signedOn });
  };

  it('takes no deadline from the subsection after its own sentence: "Agencies shall prepare ... a final Regulatory Impact Analysis for each major rule that they suspend or postpone. (b) Agencies shall report to the Director no later than 15 days prior to the effective date" (EO 12291); "The local board shall promptly classify any such volunteer ... § 1660.20 ... within ten days after" (EO 10328)', () => {
    const prepare = parsed('12291').directives.find((d) =>
      /^Agencies shall prepare, in accordance with Section 3 of this Order, a final Regulatory Impact Analysis/.test(
        d.text,
      ),
    );
    expect(prepare).toBeDefined();
    expect(prepare!.deadlineDays).toBeUndefined();
    expect(prepare!.deadlineEvent).toBeUndefined();
    // since "Sec. 7. Pending ulations. Reg (a)" opens its list (parse.numbering), "(b)" is a subsection of its own, and
    // the 15 days are its deadline
    const report = parsed('12291').directives.find((d) =>
      /^Agencies shall report to the Director no later than 15/.test(d.text),
    );
    expect(report).toMatchObject({ provisionId: 'eo-12291:7(b)', deadlineDays: 15 });
    const classify = parsed('10328').directives.find((d) =>
      /^The local board shall promptly classify any such volunteer/.test(d.text),
    );
    expect(classify).toBeDefined();
    expect(classify!.deadlineDays).toBeUndefined();
  });

  it('takes its deadline from the sentence that holds its verb: "(b) The Secretary of the Treasury shall (1) provide for the compilation of a history of the Economic Stabilization Program by December 31, 1974", after "... not otherwise properly disposed of by June 30, 1974." (EO 11788)', () => {
    // "SEC. 5 (a). ... (b) The Secretary of the Treasury shall": the directive is item (b) of section 5
    const history = parsed('11788').directives.find((d) =>
      d.text.includes('The Secretary of the Treasury shall (1) provide for the compilation of a history'),
    );
    expect(history).toMatchObject({ provisionId: 'eo-11788:5(b)', dueOn: '1974-12-31' });
  });
});

describe('a due date given with "on"', () => {
  it('reads "shall terminate on December 31, 1978" as due that day (EO 11962), as advisory bodies have been ended since the 1970s', () => {
    expect(deadlineIn('The Board shall terminate on December 31, 1978, unless sooner extended.', '1977-01-19')).toEqual(
      {
        dueOn: '1978-12-31',
      },
    );
    expect(
      deadlineIn(
        'Task Force 250 shall terminate on December 31, 2026, unless extended by the President.',
        '2025-01-29',
      ),
    ).toEqual({ dueOn: '2026-12-31' });
  });

  it('reads a report handed over "on" a date: "The board shall report to the President on May 3, 1992, with respect to these disputes" (EO 12794), "shall submit to me on March 31, 1976, and annually thereafter, a report" (EO 11836)', () => {
    expect(
      deadlineIn(
        'The board shall report to the President on May 3, 1992, with respect to these disputes.',
        '1992-04-03',
      ),
    ).toEqual({ dueOn: '1992-05-03' });
    expect(
      deadlineIn(
        'The Secretary of Transportation shall submit to me on March 31, 1976, and annually thereafter, a report evaluating and making recommendations.',
        '1975-04-23',
      ),
    ).toEqual({ dueOn: '1976-03-31' });
  });

  it('takes no due date from "on" a date that is not when the verb is done: a time something takes effect, a leave, a term, a thing dated, history', () => {
    // EO 12107
    expect(
      deadlineIn(
        'Section 1-02 of Reorganization Plan No. 2 of 1978, transferring functions to the Director of the Office of Personnel Management, shall be effective on January 1, 1979.',
        '1978-12-28',
      ),
    ).toBeUndefined();
    // EO 9810
    expect(
      deadlineIn('All employees shall be excused from duty for one-half day on December 24, 1946.', '1946-12-10'),
    ).toBeUndefined();
    // EO 10937
    expect(
      deadlineIn('The terms of eight of the members shall expire on December 31, 1962.', '1961-05-01'),
    ).toBeUndefined();
    // near misses of EO 12794: the date of another thing, not of the report
    expect(
      deadlineIn('The board shall report to the President on the dispute submitted on May 3, 1992.', '1992-04-03'),
    ).toBeUndefined();
    expect(
      deadlineIn(
        'The board shall report to the President on the agreement that was signed on May 3, 1992.',
        '1992-04-03',
      ),
    ).toBeUndefined();
    expect(deadlineIn('The board shall not report to the President on May 3, 1992.', '1992-04-03')).toBeUndefined();
    expect(
      deadlineIn(
        'The board shall report to the President on the disputes for the period beginning on May 3, 1992.',
        '1992-04-03',
      ),
    ).toBeUndefined();
    expect(
      deadlineIn('The Secretary shall publish the regulations effective on May 3, 1992.', '1992-04-03'),
    ).toBeUndefined();
    // a day already past when the order is signed is history
    expect(deadlineIn('The Commission shall terminate on December 31, 1978.', '1979-02-01')).toBeUndefined();
  });

  it('takes no due date from "on" a date that belongs to another verb, an event or a state: near misses of EO 12794 and EO 11962', () => {
    const none = [
      // another verb's "to", a participle, an event, another command
      'The board shall report to the President on a plan to terminate the program on May 3, 1992.',
      'The board shall submit nominations for members with terms to expire on May 3, 1992.',
      'The board shall furnish a copy of the agreement signed by the parties on May 3, 1992.',
      'The board shall terminate any license of a holder failing to submit a report on May 3, 1992.',
      'The board shall deliver to the Archivist all records upon the termination of the Commission on May 3, 1992.',
      'The board shall submit the plan to the Council and the Council shall approve it on May 3, 1992.',
      'The board shall publish the list no earlier than its effective date on May 3, 1992.',
      // a count or data as of a day, not the day it is handed over
      'The board shall report the number of employees on the rolls on May 3, 1992.',
      'The board shall furnish the Council with data on employment on May 3, 1992.',
      // no fixed day
      'The Commission shall terminate on December 31, 1978, or on such later date as the President may specify.',
    ];
    for (const text of none) expect(deadlineIn(text, '1977-01-19')).toBeUndefined();
    // a name's "on" is no earlier "on" (EO 11988)
    expect(
      deadlineIn(
        'The Secretary shall submit a report to the Council on Environmental Quality on June 30, 1978.',
        '1977-05-24',
      ),
    ).toEqual({ dueOn: '1978-06-30' });
  });

  it('leaves "on" a date with "whichever is later" open: "shall terminate on December 31, 1979, or 60 days after the conclusion ..., whichever is later" has no due date', () => {
    expect(
      deadlineIn(
        'The Commission shall terminate on December 31, 1979, or 60 days after the conclusion of the White House Conference on Small Business, whichever is later.',
        '1978-05-18',
      ),
    ).toEqual({ days: 60, event: 'the conclusion of the White House Conference on Small Business' });
  });
});

describe('where an event ends (seed 5527)', () => {
  it('ends an event inside a parenthesis at its close: "(not to exceed three weeks from the date of submission of draft reports to OIRA)" (EO 13610), "(but in no event later than 5 days after the appeal is taken)" (EO 9988); a parenthesis of its own stays in it (EO 14110)', () => {
    expect(
      deadlineIn(
        'Agencies shall make final reports available to the public within a reasonable period (not to exceed three weeks from the date of submission of draft reports to OIRA).',
        '2012-05-10',
      ),
    ).toEqual({ days: 21, event: 'the date of submission of draft reports to OIRA' });
    expect(
      deadlineIn(
        "The registrant's file shall be forwarded to the appeal board, or appropriate panel thereof, immediately after the local board has complied with the provisions of § 626.13 (but in no event later than 5 days after the appeal is taken); provided, that except as may be otherwise directed",
        '1948-08-20',
      ),
    ).toEqual({ days: 5, event: 'the appeal is taken' });
    expect(
      deadlineIn(
        'Within 180 days of the establishment of the framework pursuant to subsection 4.4(b)(i) of this section, all agencies that fund life-sciences research shall',
      )?.event,
    ).toBe('the establishment of the framework pursuant to subsection 4.4(b)(i) of this section');
  });

  it('reads a long event to its end, in whole words: "sixty days after the restoration of the productive efficiency of any such mine or mines prevailing prior to the taking of possession thereof" (EO 9548); cut at a subject, it ends with no dangling "by" (EO 12259)', () => {
    const text =
      'Possession of any mine or mines taken under this order shall be terminated by the Secretary of the Interior as soon as he determines that such possession is no longer required for the successful prosecution of the war, but in no event more than sixty days after the restoration of the productive efficiency of any such mine or mines prevailing prior to the taking of possession thereof.';
    expect(deadlineIn(text, '1945-05-19')).toEqual({
      days: 60,
      event:
        'the restoration of the productive efficiency of any such mine or mines prevailing prior to the taking of possession thereof',
    });
    const line = corpusOrder('12259');
    const d = parseDocument(line.text, hintsOf(line)).directives.find((x) => x.id === 'eo-12259:1-303#1')!;
    expect(d.deadlineEvent).toBe('the publication of final regulations');
  });
});

describe('where an event ends and what a period counts from (audit, seed 4877)', () => {
  it('reads a list the comma cut: "the plant, facility, or part thereof prevailing prior to ..." (EO 9560 and a dozen wartime seizures), "a license application, proposed general license, or proposed exemption" (EO 11902)', () => {
    const line = corpusOrder('9560');
    const d = parseDocument(line.text, hintsOf(line)).directives.find((x) => x.id === 'eo-9560:4#1')!;
    expect(d.deadlineDays).toBe(60);
    expect(d.deadlineEvent).toBe(
      'he determines that the productive efficiency of the plant, facility, or part thereof prevailing prior to the existing interruptions of production, referred to in the recitals of this Order, has been restored',
    );
    expect(d.dueOn).toBeUndefined();
    const text =
      'Within thirty days of receipt of a copy of a license application, proposed general license, or proposed exemption, the Secretary of Defense, the Secretary of Commerce, the Administrator, the Director, and the head of any other agency or department to which such copy has been transmitted, shall';
    expect(deadlineIn(text, '1976-02-02')?.event).toBe(
      'receipt of a copy of a license application, proposed general license, or proposed exemption',
    );
  });

  it('does not take the subject after the event for a list: "..., the Secretary of State, the Attorney General, and the Secretary of Homeland Security shall" (EO 14012), "ensure that, within 60 days of ... suspended person, express consignment operators, carriers, ... and licensed customs brokers notify CBP" (EO 13904), ", develop and submit" (EO 13583)', () => {
    const plan =
      'Within 180 days of the issuance of the plan developed pursuant to subsection (a) of this section, the Secretary of State, the Attorney General, and the Secretary of Homeland Security shall';
    expect(deadlineIn(plan, '2021-02-02')?.event).toBe(
      'the issuance of the plan developed pursuant to subsection (a) of this section',
    );
    const line = corpusOrder('13904');
    const d = parseDocument(line.text, hintsOf(line)).directives.find((x) => x.id === 'eo-13904:3(a)#1')!;
    expect(d.deadlineEvent).toBe(
      'the publication in the System for Award Management by CBP of the name of any debarred or suspended person',
    );
    const develop =
      'Within 120 days of the issuance of the Government-wide Plan or its update under section 2(b)(i) of this order, develop and submit for review to the Director of OPM';
    expect(deadlineIn(develop, '2011-08-18')?.event).toBe(
      'the issuance of the Government-wide Plan or its update under section 2(b)(i) of this order',
    );
  });

  it('keeps a written date\'s year: "within 1 year from the date of mailing of notice ... or from July 1, 1933, whichever is the later date" (EO 6606)', () => {
    const text =
      "Applications for review on appeal to the Administrator of Veterans' Affairs shall be filed (excepting in those claims involving simultaneously contested claims (see paragraph X (a) hereof)) within 1 year from the date of mailing of notice of the result of initial review or determination or from July 1, 1933, whichever is the later date.";
    expect(deadlineIn(text, '1934-02-17')).toEqual({
      months: 12,
      event: 'the date of mailing of notice of the result of initial review or determination or from July 1, 1933',
    });
  });

  it('reads a list set off by dashes to its closing dash: "Within 120 days following completion of all of the following reports—...; and the updated National Strategy ...—the Secretary" (EO 14067)', () => {
    const line = corpusOrder('14067');
    const d = parseDocument(line.text, hintsOf(line)).directives.find((x) => x.id === 'eo-14067:7(d)#1')!;
    expect(d.deadlineDays).toBe(120);
    expect(d.dueOn).toBeUndefined();
    expect(d.deadlineEvent).toBe(
      'completion of all of the following reports—the National Money Laundering Risk Assessment; the National Terrorist Financing Risk Assessment; the National Proliferation Financing Risk Assessment; and the updated National Strategy for Combating Terrorist and Other Illicit Financing',
    );
  });

  it('reads the start past another period the text allows: "within thirty days, or such other period as may be agreed upon, after receipt of such plans" (EO 11237): no due date', () => {
    const line = corpusOrder('11237');
    const d = parseDocument(line.text, hintsOf(line)).directives.find((x) => x.id === 'eo-11237:5(a)#1')!;
    expect(d.deadlineDays).toBe(30);
    expect(d.deadlineEvent).toBe('receipt of such plans');
    expect(d.dueOn).toBeUndefined();
    // a period from this order with no such words keeps its due date (EO 10048)
    const board = corpusOrder('10048');
    const b = parseDocument(board.text, hintsOf(board)).directives.find((x) => x.id === 'eo-10048:body#1')!;
    expect(b).toMatchObject({ deadlineDays: 30, dueOn: '1949-04-29' });
  });

  it('counts "within five days" to answer such complaint from the complaint, not from the order (EO 6744); a period with no start and no such answer still runs from the order (EO 12532)', () => {
    const line = corpusOrder('6744');
    const d = parseDocument(line.text, hintsOf(line)).directives.find((x) => x.id === 'eo-6744:4#1')!;
    expect(d.deadlineDays).toBe(5);
    expect(d.dueOn).toBeUndefined();
    expect(
      deadlineIn('The Advisory Committee shall provide its initial report within twelve months.', '1985-09-09'),
    ).toEqual({
      months: 12,
      dueOn: '1986-09-09',
    });
    // guidance on how to answer such requests is a task of its own, counted from the order
    expect(
      deadlineIn('The Director shall, within 90 days, issue guidance on how to respond to such requests.', '2000-01-03')
        ?.dueOn,
    ).toBe('2000-04-02');
  });
});

describe('whose limit it is and where its event ends (audit, seed 8642)', () => {
  it('reads a limit in a "who has been or shall be" clause as whom the directive is about (EO 10658); a "who" clause that ends at the directive\'s "shall" keeps its limit (EO 10167)', () => {
    const who =
      'there is hereby delegated to the Secretary of Defense (a) the authority to prescribe regulations with respect to the appointment of any member of a reserve component who has been or shall be ordered to active duty on or before July 1, 1957, as a physician, dentist, or in an allied specialist category in the armed forces';
    expect(deadlineIn(who, '1956-02-15')).toBeUndefined();
    const registers =
      'Every male person who thereafter enters the United States shall present himself for and submit to registration before a local board within the period of five days following the date on which he enters the United States.';
    expect(deadlineIn(registers, '1950-10-11')).toEqual({
      days: 5,
      event: 'the date on which he enters the United States',
    });
  });

  it('keeps a proviso open over ", and that," and a written date\'s comma: "Provided, that he receives his ... appointment prior to January 1, 1958, and that, not later than December 31, 1958, the agency ... recommends" (EO 10745); a proviso with its own "shall" is still a directive (EO 6733)', () => {
    const proviso =
      'The career-conditional appointment of any employee entitled to veteran preference may be converted to a career appointment: Provided, that he receives his career-conditional appointment prior to January 1, 1958, and that, not later than December 31, 1958, the agency in which he is employed recommends such conversion and certifies to the Commission that he has satisfactorily completed a one-year probationary period';
    expect(deadlineIn(proviso, '1957-12-12')).toBeUndefined();
    const study =
      'do order that the said Code of Fair Competition be, and it is hereby, approved, provided, however, that six months after effective date of this Code the Code Authority shall submit to the Administrator a study of the hours of labor';
    expect(deadlineIn(study, '1934-06-07')).toEqual({ months: 6, event: 'effective date of this Code' });
  });

  it('reads "in the first 60 days from the date of this order" as a limit (EO 14008); not "in the first 18 months of my Administration" (EO 13951) nor "during the first ninety days of the calendar year" (EO 11287)', () => {
    const initiate =
      'The Secretary of Commerce shall initiate efforts in the first 60 days from the date of this order to collect input from fishermen, regional ocean councils, fishery management councils, scientists, and other stakeholders.';
    expect(deadlineIn(initiate, '2021-01-27')).toEqual({ days: 60, dueOn: '2021-03-28' });
    const saved =
      'The Council of Economic Advisers has estimated that these approvals saved patients $26 billion in the first 18 months of my Administration alone.';
    expect(deadlineIn(saved, '2020-09-13')).toBeUndefined();
    const held =
      'ceremonies for presentation of the Medal shall be held during the first ninety days of the calendar year following the announcement of the award.';
    expect(deadlineIn(held, '1966-09-13')).toBeUndefined();
  });

  it('ends an event after "shall within" at the directive\'s verb: "they shall within 15 days of such decision submit to the Assistant to the President ... a report" (EO 13921); from this order it stays due (EO 10007)', () => {
    const decision =
      'If the Secretary of the Interior, the Secretary of Agriculture, and the Secretary of Commerce decide not to revise the National Aquaculture Development Plan, they shall within 15 days of such decision submit to the Assistant to the President for Economic Policy and the Assistant to the President for Domestic Policy a report explaining their reasoning.';
    expect(deadlineIn(decision, '2020-05-07')).toEqual({ days: 15, event: 'such decision' });
    const report =
      'The Secretary of Defense shall within 60 days after the date of this order submit to the President a report showing the action which has been taken by the National Military Establishment in respect hereof.';
    expect(deadlineIn(report, '1948-10-15')).toEqual({ days: 60, dueOn: '1948-12-14' });
  });

  it('ends an event before a second duty\'s period: "an initial determination within 20 days of receipt and the ability to convene the Endangered Species Act Committee to resolve the submission within 140 days of such initial determination" (EO 14156); one period\'s event stays whole (EO 14156 4(c))', () => {
    const review =
      'the Secretary of the Interior shall ensure a prompt and efficient review of all submissions described in subsection (a) of this section, to include identification of any legal deficiencies, in order to ensure an initial determination within 20 days of receipt and the ability to convene the Endangered Species Act Committee to resolve the submission within 140 days of such initial determination of eligibility.';
    expect(deadlineIn(review, '2025-01-20')).toEqual({ days: 20, event: 'receipt' });
    const status =
      'Within 30 days following the submission of the initial summary report described in subsection (a)(ii) of this section, each department and agency shall provide a status report to the OMB Director.';
    expect(deadlineIn(status, '2025-01-20')).toEqual({
      days: 30,
      event: 'the submission of the initial summary report described in subsection (a)(ii) of this section',
    });
  });
  it('reads an event cut after its verb on to the object past a reference set off by commas: "after the FDA Commissioner has identified, pursuant to section 3(c) of this order, the initial list of ..." (EO 13944); an event with its verb last stays (EO 12022)', () => {
    const identified =
      'No later than 30 days after the FDA Commissioner has identified, pursuant to section 3(c) of this order, the initial list of Essential Medicines, Medical Countermeasures, and Critical Inputs, the United States Trade Representative shall take all appropriate action to remove these products from the coverage of the Agreement on Government Procurement.';
    expect(deadlineIn(identified, '2020-08-06')).toEqual({
      days: 30,
      event:
        'the FDA Commissioner has identified, pursuant to section 3(c) of this order, the initial list of Essential Medicines, Medical Countermeasures, and Critical Inputs',
    });
    const appointed =
      'The Commission shall conclude its work not later than six months from the date the last member is appointed and shall submit a final report to the President and the Attorney General within thirty days thereafter.';
    expect(deadlineIn(appointed, '1977-12-01')).toEqual({ months: 6, event: 'the date the last member is appointed' });
  });
});

describe('an event whose "that" clause a comma cut before its verb', () => {
  it('reads on to the clause\'s verb past a list and an aside: "after he determines that the productive efficiency of the plant, facility, or part thereof ..., referred to in the recitals of this Order, has been restored" (EO 9560, EO 9542)', () => {
    const seizure =
      'Possession, control, and operation of any plant or facility, or part thereof, taken under this Order, shall be terminated by the Secretary of War within 60 days after he determines that the productive efficiency of the plant, facility, or part thereof prevailing prior to the existing interruptions of production, referred to in the recitals of this Order, has been restored.';
    expect(deadlineIn(seizure, '1945-06-01')).toEqual({
      days: 60,
      event:
        'he determines that the productive efficiency of the plant, facility, or part thereof prevailing prior to the existing interruptions of production, referred to in the recitals of this Order, has been restored',
    });
    const navy =
      'Possession, control and operation of any plant, facility or property or portion thereof, of which possession is taken under this order shall be terminated by the Secretary of the Navy within sixty days after he determines that the productive efficiency of the plant, facility or property or portion thereof, prevailing prior to the existing and threatened interruptions referred to in the recitals of the order has been restored.';
    expect(deadlineIn(navy, '1945-04-23')?.event).toBe(
      'he determines that the productive efficiency of the plant, facility or property or portion thereof, prevailing prior to the existing and threatened interruptions referred to in the recitals of the order has been restored',
    );
  });

  it('leaves a "that" clause that has its verb: "within 60 days of the date of this order, unless the Chair determines that an extension is necessary" stays due from the order (EO 13439)', () => {
    const text = corpusOrder('13439').text;
    const at = text.indexOf('within 60 days of the date of this order, unless the Chair determines');
    expect(at).toBeGreaterThan(0);
    const sentence = text.slice(text.lastIndexOf('.', at) + 1, text.indexOf('.', at) + 1);
    expect(deadlineIn(sentence, '2007-07-18')).toEqual({ days: 60, dueOn: '2007-09-16' });
  });
});

describe('the later of two ends (audit, seed 7433)', () => {
  it('keeps the period but no due date for "within 270 days of the date of this order or 180 days after the United States Copyright Office ... publishes its forthcoming AI study ..., whichever comes later" (EO 14110); "whichever occurs first" keeps its day (EO 13267)', () => {
    const copyright = parsedOrder('14110').directives.find((x) => x.id === 'eo-14110:5.2(c)(iii)#1')!;
    expect(copyright.text).toMatch(
      /^within 270 days of the date of this order or 180 days after the United States Copyright Office/,
    );
    expect(copyright.text).toContain('whichever comes later');
    expect(copyright.deadlineDays).toBe(270);
    expect(copyright.dueOn).toBeUndefined();
    const planning = parsedOrder('13267').directives.find((x) => x.id === 'eo-13267:5#1')!;
    expect(planning.text).toContain('or within 1 year of the date of this order, whichever occurs first');
    expect(planning.dueOn).toBe('2003-06-20');
    // a date whose other end is later is no known day either
    expect(
      deadlineIn(
        'The Secretary shall report by March 1, 2010, or 30 days after the study is published, whichever is later.',
        '2009-10-05',
      ),
    ).toBeUndefined();
  });

  it('does not take the "not later than" of a cap after "whichever occurs first" for "whichever is later" (the words of EO 13267 with a cap)', () => {
    const d = deadlineIn(
      'The Council shall terminate within 1 year of the date of this order, or 90 days after the date on which legislation creating the Department of Homeland Security is enacted, whichever occurs first and not later than March 1, 2003.',
      '2002-06-20',
    );
    expect(d?.dueOn).toBe('2003-06-20');
  });
});

describe('a body\'s end in other words than "shall terminate on" (audit, seed 3329)', () => {
  const dueOf = (order: string, id: string) => parsedOrder(order).directives.find((x) => x.id === id);

  it('is due the day a body "shall cease to exist on", "at the end of", "shall be abolished as of the close of business", "shall terminate as of" (EO 6763, 10236, 9621, 11039)', () => {
    expect(dueOf('6763', 'eo-6763:3(b)#1')?.text).toContain('shall cease to exist on July 9, 1934');
    expect(dueOf('6763', 'eo-6763:3(b)#1')?.dueOn).toBe('1934-07-09');
    expect(dueOf('10236', 'eo-10236:body#1')?.dueOn).toBe('1951-05-31');
    expect(dueOf('9621', 'eo-9621:2#1')?.dueOn).toBe('1945-12-31');
    expect(dueOf('11039', 'eo-11039:(2)#1')?.dueOn).toBe('1962-11-01');
  });

  it('is due the day "The term of the Committee shall expire on" (EO 12691), and the end of the signing day itself in "shall continue in existence until the end of November 3, 1961" (EO 10973)', () => {
    expect(dueOf('12691', 'eo-12691:4#1')?.dueOn).toBe('1991-06-30');
    const continued = dueOf('10973', 'eo-10973:103#1')!;
    expect(continued.text).toContain('shall continue in existence until the end of November 3, 1961');
    expect(continued.dueOn).toBe('1961-11-03');
  });

  it('ends no body where members\' terms or rights expire: "The terms of eight of the members shall expire on December 31, 1962" (EO 10937), reemployment rights that "shall expire on October 22, 1948" (EO 9994)', () => {
    const terms = parsedOrder('10937').directives.find((x) => x.text.includes('The terms of eight of the members'));
    expect(terms).toBeDefined();
    expect(terms?.dueOn).toBeUndefined();
    const rights = parsedOrder('9994').directives.find((x) => x.text.includes('shall expire on October 22, 1948'));
    expect(rights).toBeDefined();
    expect(rights?.dueOn).toBeUndefined();
    expect(
      deadlineIn('The term of office of the members shall expire on June 30, 1991.', '1989-09-23'),
    ).toBeUndefined();
  });
});

describe('a list of the things a directive makes, each with its time (audit, seeds 6247 and 9133)', () => {
  const find = (order: string, id: string) => parsedOrder(order).directives.find((x) => x.id === id)!;

  it('is due when its first object is: "The Task Force shall submit to the President ...: (i) a report within 1 year from the date of this order; (ii) a subsequent report at least once annually thereafter" (EO 13920)', () => {
    const d = find('13920', 'eo-13920:3(f)#1');
    expect(d.text).toBe(
      'The Task Force shall submit to the President, through the Chair and the Director of the Office of Management and Budget:',
    );
    expect(d.deadlineMonths).toBe(12);
    expect(d.dueOn).toBe('2021-05-01');
    expect(d.repeatsEvery).toBe('P1Y');
  });

  it('reads the object after its opening time: "be responsible for submitting to the President: (a) Within 90 days of the date of this order, a detailed work plan" (EO 13853); "shall complete declassification reviews: (a) not later than September 11, 2021, of the ... electronic communication" (EO 14040)', () => {
    const plan = find('13853', 'eo-13853:4#1');
    expect(plan.deadlineDays).toBe(90);
    expect(plan.dueOn).toBe('2019-03-12');
    const reviews = find('14040', 'eo-14040:2#1');
    expect(reviews.text).toContain('shall complete declassification reviews:');
    expect(reviews.dueOn).toBe('2021-09-11');
  });

  it('takes no time from a clause that is a duty or a command of its own: "shall perform the following functions: (a) not later than 180 days after the date of this order, produce a National Strategy" (EO 13648), "(e) The Committee will meet at least once each calendar year" (EO 11532)', () => {
    // the lead-in names the duties its clauses list: it is no directive of its own, each clause is one with its own time
    expect(find('13648', 'eo-13648:4#1')).toBeUndefined();
    expect(find('13648', 'eo-13648:4(a)#1').deadlineDays).toBe(180);
    expect(find('13648', 'eo-13648:4(c)#1').deadlineDays).toBeUndefined();
    expect(find('11532', 'eo-11532:2#1')).toBeUndefined();
    expect(find('11532', 'eo-11532:2(a)#1').repeatsEvery).toBeUndefined();
    expect(find('11532', 'eo-11532:2(e)#1').repeatsEvery).toBe('P1Y');
  });
});
