/** How often a standing duty recurs ("shall report annually"): the directive's repeatsEvery, an ISO 8601 duration. */
import { readCorpus } from '../../src/corpus/lines';
import { parseDocument } from '../../src/ingest/parse';
import { repeatsEveryIn } from '../../src/ingest/parse/recurring';

function directivesOf(number: string) {
  const line = readCorpus().find((l) => l.number === number)!;
  return parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number, signedOn: line.signedOn }).directives;
}

describe('how often a directive recurs', () => {
  it('reads "annually" after the command\'s verb: "The Secretary shall report to the President annually" (EO 12770)', () => {
    const d = directivesOf('12770').find((x) => x.id === 'eo-12770:1(c)#1')!;
    expect(d.text).toBe(
      'The Secretary shall report to the President annually regarding the progress made in implementing this order.',
    );
    expect(d.repeatsEvery).toBe('P1Y');
  });

  it('reads a least frequency as the interval: "at least semiannually" (EO 12044), "at least quarterly" (EO 11905), "not less than twice a year" (EO 11126), "every six months" (EO 12073)', () => {
    expect(
      repeatsEveryIn(
        'OMB shall report at least semiannually to the President on the effectiveness of the Order and agency compliance with its provisions.',
      ),
    ).toBe('P6M');
    expect(
      repeatsEveryIn(
        'Report periodically, at least quarterly, to the President with respect to activities of the Intelligence Community, if any, which raise questions of legality.',
      ),
    ).toBe('P3M');
    expect(
      repeatsEveryIn(
        'The council shall meet at the call of the Chairman of the Committee, but not less than twice a year.',
      ),
    ).toBe('P6M');
    expect(
      repeatsEveryIn(
        'The Administrator shall report every six months to the President on the progress of the agencies in achieving the procurement targets.',
      ),
    ).toBe('P6M');
  });

  it('reads an interval that opens the sentence or is set off before "shall": "At least once every three months, the Chairman ... shall survey" (EO 10182), "The Tariff Commission, at least once a year, shall submit" (EO 9832), "On a quarterly basis, agencies shall report" (EO 14063)', () => {
    expect(
      repeatsEveryIn(
        'At least once every three months, the Chairman of the United States Civil Service Commission shall survey appointments made under this order and shall report his findings to the President and make such recommendations as he may deem proper.',
      ),
    ).toBe('P3M');
    expect(
      repeatsEveryIn(
        'The Tariff Commission, at least once a year, shall submit to the President and to the Congress a factual report on the operation of the trade-agreements program.',
      ),
    ).toBe('P1Y');
    expect(
      repeatsEveryIn(
        'On a quarterly basis, agencies shall report to the Office of Management and Budget (OMB) on their use of project labor agreements on large-scale construction projects and on the exceptions granted under section 5 of this order.',
      ),
    ).toBe('P3M');
  });

  it('reads "and annually thereafter" after a first deadline and keeps that deadline (EO 13803); "every 2 years thereafter" (EO 13966), "Ninety days after the date of this order, and on a quarterly basis thereafter" (EO 13821), "every 180 days thereafter" (EO 13769)', () => {
    const d = directivesOf('13803').find((x) => x.id === 'eo-13803:8#1')!;
    expect(d.text).toMatch(
      /^Within 1 year of the date of this order, and annually thereafter, the Council shall submit/,
    );
    expect(d).toMatchObject({ repeatsEvery: 'P1Y', deadlineMonths: 12 });
    expect(
      repeatsEveryIn(
        'Within 90 days of the date of this order, and every 2 years thereafter, the head of each agency shall submit a report to the Director of OMB.',
      ),
    ).toBe('P2Y');
    expect(
      repeatsEveryIn(
        'Ninety days after the date of this order, and on a quarterly basis thereafter, the Administrator shall prepare and provide to the Director a report.',
      ),
    ).toBe('P3M');
    expect(
      repeatsEveryIn(
        'Further, the Secretary shall submit a report every 180 days thereafter until the system is fully deployed and operational.',
      ),
    ).toBe('P180D');
  });

  it('reads a report made each period: "The Authority shall submit an annual report to the President" (EO 6868), "shall submit a quarterly progress report" (EO 13411), "shall provide quarterly reports" (EO 14028); not "quarterly and annual reports" (EO 6858) nor "its annual report" (EO 12043)', () => {
    expect(repeatsEveryIn('The Authority shall submit an annual report to the President.')).toBe('P1Y');
    expect(
      repeatsEveryIn(
        'Until the completion of such implementation, the Secretary of Homeland Security shall submit a quarterly progress report to the Assistant to the President for Homeland Security and Counterterrorism.',
      ),
    ).toBe('P3M');
    expect(
      repeatsEveryIn(
        'The Commission shall include in its annual report a current listing, by agency, of all positions authorized to be filled by Limited Executive Assignment.',
      ),
    ).toBeUndefined();
    expect(
      repeatsEveryIn(
        'The Director of CISA shall provide quarterly reports to the APNSA and the Director of OMB regarding actions taken under section 1.',
      ),
    ).toBe('P3M');
    // two intervals, or one report named, not one made each period
    expect(
      repeatsEveryIn('The Board shall make quarterly and annual reports through the National Labor Relations Board.'),
    ).toBeUndefined();
    expect(
      repeatsEveryIn('The Secretary shall submit the annual report required by section 6 to the Congress.'),
    ).toBeUndefined();
  });

  it('gives a duty due on a day of every year a yearly recurrence: "Not later than January 31 of each year, the Commission shall: (1) submit ..." (EO 12501)', () => {
    const duties = directivesOf('12501').filter((d) => d.dueEachYearOn === '--01-31');
    expect(duties.length).toBeGreaterThanOrEqual(2);
    for (const d of duties) expect(d.repeatsEvery).toBe('P1Y');
  });

  it('is not the Federal Advisory Committee Act boilerplate "except the function of reporting annually to the Congress" (EO 12658), which is no one\'s duty', () => {
    const d = directivesOf('12658').find((x) => /except the function of reporting annually/.test(x.text))!;
    expect(d).toBeDefined();
    expect(d.repeatsEvery).toBeUndefined();
  });

  it('is not a time of something other than the command: a rate "by 2 percent annually" (EO 13423), another\'s act "the strategies the FPISC annually identifies" (EO 13807), a participle "a Vice Chair, selected every 2 years" (EO 13659), "the terms of five members expiring each year" (EO 11807), a relative clause "clothing which shall be furnished annually" (EO 10049), a duty handed to others "to require agencies to report to NIST, on an annual basis" (EO 14036)', () => {
    const misses = [
      "beginning in FY 2008, reduce water consumption intensity, relative to the baseline of the agency's water consumption in fiscal year 2007, through life-cycle cost-effective measures by 2 percent annually through the end of fiscal year 2015 or 16 percent by the end of fiscal year 2015;",
      'Agencies shall implement the techniques and strategies the FPISC annually identifies as best practices pursuant to 42 U.S.C. 4370m-1(c)(2)(B), as appropriate.',
      'The BIEC shall also have a Vice Chair, selected every 2 years from among the members of the BIEC by a process determined by the members.',
      'The members shall serve for three-year terms with the terms of five members expiring each year, provided that this Council is renewed every two years in accordance with the Federal Advisory Committee Act.',
      'to perform the functions vested in the President relative to prescribing the quantity and kind of clothing which shall be furnished annually to enlisted men of the aforesaid services.',
      'The Director shall, in consultation with NIST, consider initiating a rulemaking to require agencies to report to NIST, on an annual basis, their contractors\u2019 utilization activities.',
    ];
    for (const text of misses) expect(repeatsEveryIn(text)).toBeUndefined();
  });

  // "at least one meeting of the Commission during each quarter of each calendar year" (EO 10472) was held here unread as
  // a count within a year; it is a meeting every quarter, a quarterly duty: read in 'one meeting each quarter' below
  // "meet no less often than twice yearly" (EO 13702) was held here unread as a count within a year; it is a least
  // frequency, twice a year, as "not less than twice a year" is: read in 'a number of times written with "yearly"' below
  it('is not a count over years: "on an annual basis over the past five years" (EO 13767)', () => {
    expect(
      repeatsEveryIn(
        'The head of each executive department and agency shall identify and quantify all sources of direct and indirect Federal aid or assistance to the Government of Mexico on an annual basis over the past five years.',
      ),
    ).toBeUndefined();
  });

  it('is not read in a permission, a condition, a cap, quoted amendment text, or a time with no interval', () => {
    // near misses of "The Secretary shall report to the President annually" (EO 12770)
    expect(
      repeatsEveryIn('The Secretary may report to the President annually regarding the progress made.'),
    ).toBeUndefined();
    expect(
      repeatsEveryIn('If the Secretary reports to the President annually, the Council shall review the reports.'),
    ).toBeUndefined();
    expect(
      repeatsEveryIn('The Council shall meet not more than once a year at the call of the Chairman.'),
    ).toBeUndefined();
    expect(
      repeatsEveryIn(
        'Section 3 is amended to read: "The Civil Service Commission shall report to the National Security Council, at least semiannually, on the results of such study."',
      ),
    ).toBeUndefined();
    expect(
      repeatsEveryIn(
        'The Secretary shall report to the President from time to time, and periodically, on the progress made.',
      ),
    ).toBeUndefined();
    expect(
      repeatsEveryIn('Agencies shall establish an annual ridesharing goal tailored to each facility.'),
    ).toBeUndefined();
  });

  it('reads a day of each period the act is done on: "On the last day of each month the local board shall forward" (EO 10001, 10116), "shall present ... at the end of each calendar year a report" (EO 11752), "The Board shall at the close of each month make ... a report" (EO 6763)', () => {
    expect(
      repeatsEveryIn(
        'On the last day of each month the local board shall forward two copies of the Record of Delinquents (SSS Form No. 302) to the State Director of Selective Service.',
      ),
    ).toBe('P1M');
    expect(
      repeatsEveryIn(
        'The heads of Federal agencies shall present to the Director of the Office of Management and Budget at the end of each calendar year a report of all exemptions made during that year.',
      ),
    ).toBe('P1Y');
    expect(
      repeatsEveryIn(
        'The Board shall at the close of each month make, through the Secretary of Labor, to the President a report in writing of its activities.',
      ),
    ).toBe('P1M');
    expect(
      repeatsEveryIn(
        'At the end of each fiscal year the Commission shall submit to the President for review a list of the positions which it has excepted.',
      ),
    ).toBe('P1Y');
    // near misses: what is paid, made or submitted on such a day, not when the act is done
    expect(
      repeatsEveryIn(
        'The Secretary shall pay a special quarterly maintenance allowance for clothing, payable on the first day of each quarter.',
      ),
    ).toBeUndefined();
    expect(
      repeatsEveryIn('The Secretary shall pay the amounts payable to the States at the end of each quarter.'),
    ).toBeUndefined();
    expect(
      repeatsEveryIn('The local board shall forward a list of the inductions made on the last day of each month.'),
    ).toBeUndefined();
    expect(
      repeatsEveryIn('The Commission shall review the reports submitted at the end of each fiscal year.'),
    ).toBeUndefined();
    expect(
      repeatsEveryIn(
        'The Secretary shall convene the agency personnel, or appropriate subgroups thereof, regularly throughout each year.',
      ),
    ).toBeUndefined();
  });

  it('reads an interval before a long subject and through a cited part: "Within 1 year of the date of this order, and annually thereafter, the Secretary, in consultation as appropriate with ..., shall assess" (EO 13873), "the heads of agencies identified in section 3(a) of this order shall submit reports" (EO 14104)', () => {
    const assess = directivesOf('13873').find((x) => x.id === 'eo-13873:5(c)#1')!;
    expect(assess.text).toMatch(
      /^Within 1 year of the date of this order, and annually thereafter, the Secretary, in consultation/,
    );
    expect(assess.repeatsEvery).toBe('P1Y');
    expect(
      repeatsEveryIn(
        'Within 2 years after the date of this order and annually thereafter, the heads of agencies identified in section 3(a) of this order shall submit reports to the Made in America Director.',
      ),
    ).toBe('P1Y');
    // a list's own mark still parts the interval from another clause's verb
    expect(
      repeatsEveryIn('The Council shall (a) review the plans of the agencies, and (b) publish the results annually.'),
    ).toBeUndefined();
  });

  it('gives each clause handed its verb by the lead sentence the lead\'s interval: "The head of each executive department and agency (agency) shall, within 90 days of the date of this order and every 2 years thereafter: (a) review ...; and (b) submit a report" (EO 13966)', () => {
    const items = directivesOf('13966').filter((x) => /^eo-13966:2\([ab]\)#1$/.test(x.id));
    expect(items.map((x) => x.text.slice(0, 15))).toEqual(['review the agen', 'submit a report']);
    for (const x of items) {
      expect(x.repeatsEvery).toBe('P2Y');
      expect(x.dueOn).toBe('2021-03-14');
    }
    // near miss: a lead with a first deadline only hands its clauses no interval
    const text =
      'Executive Order 14999 of January 20, 2025\n\nTest\n\nBy the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:\n\nSection 1. Review. The Secretary of Labor shall, within 90 days of the date of this order:\n(a) review the regulations of the Department; and\n(b) submit a report to the President.\n';
    const parsed = parseDocument(text, { kind: 'EXECUTIVE_ORDER', number: '14999', signedOn: '2025-01-20' });
    const clauses = parsed.directives.filter((x) => /^(?:review|submit)/.test(x.text));
    expect(clauses).toHaveLength(2);
    for (const x of clauses) {
      expect(x.deadlineDays).toBe(90);
      expect(x.repeatsEvery).toBeUndefined();
    }
  });
});

describe('how often a duty recurs, in the forms a second audit (seed 5527) met', () => {
  it('reads the interval of a second verb of the same subject: "shall conduct an objective review ... and shall report its findings to the President semi-annually" (EO 10656), "shall provide appropriate measurable objectives and, after the first year, shall annually assess" (EO 13532)', () => {
    const review = directivesOf('10656').find((x) => x.id === 'eo-10656:2#1')!;
    expect(review.text).toMatch(
      /^The President's Board shall conduct an objective review .* and shall report its findings/,
    );
    expect(review.repeatsEvery).toBe('P6M');
    expect(
      repeatsEveryIn(
        "Each department and agency, in its agency plan, shall provide appropriate measurable objectives and, after the first year, shall annually assess that department's or agency's performance on the goals set in the previous year's agency plan.",
      ),
    ).toBe('P1Y');
    // near misses: a "shall" of a clause about someone else keeps its interval to itself (EO 13751, EO 13693)
    expect(
      repeatsEveryIn(
        'The Council shall be co-chaired by the Secretary of the Interior (Secretary), the Secretary of Agriculture, and the Secretary of Commerce, who shall meet quarterly or more frequently if needed.',
      ),
    ).toBeUndefined();
    expect(
      repeatsEveryIn(
        'The head of each contributing agency shall designate an agency Chief Sustainability Officer, who shall be a senior civilian officer of the United States, compensated annually in an amount at or above the amount payable at level IV of the Executive Schedule.',
      ),
    ).toBeUndefined();
  });

  it('reads "each fiscal year" as yearly: "heads of such agencies shall communicate plans ... each fiscal year" (EO 13859); not what is counted "for each fiscal year" (EO 13157)', () => {
    const plans = directivesOf('13859').find((x) => x.id === 'eo-13859:4(b)(i)#1')!;
    expect(plans.text).toMatch(/shall communicate plans .* each fiscal year/);
    expect(plans.repeatsEvery).toBe('P1Y');
    expect(
      repeatsEveryIn(
        'Each agency shall establish a goal of achieving a participation rate for WOSBs of not less than 5 percent of the total value of all prime contract awards for each fiscal year.',
      ),
    ).toBeUndefined();
  });

  it('reads an update or a meeting made each period: "shall provide monthly updates to the Vice President" (EO 13576), "shall convene a monthly meeting" (EO 14151), "shall provide an annual update" (EO 13864); not another\'s "OMB shall require agencies to provide annual updates" (EO 14144)', () => {
    expect(directivesOf('13576').find((x) => x.id === 'eo-13576:3(d)#1')!.repeatsEvery).toBe('P1M');
    expect(directivesOf('14151').find((x) => x.id === 'eo-14151:2(c)#1')!.repeatsEvery).toBe('P1M');
    expect(
      repeatsEveryIn(
        "Beginning July 1, 2019, the Secretary shall provide an annual update on the Secretary's progress in implementing the policies set forth in subsections 2(b)-(e) of this order to the National Council for the American Worker at meetings of the Council.",
      ),
    ).toBe('P1Y');
    expect(
      repeatsEveryIn('OMB shall require agencies to provide annual updates to OMB as they complete implementation.'),
    ).toBeUndefined();
  });
});

describe("a second verb after the first one's own deadline recurs on its own (review of session 22)", () => {
  it('"shall, within 6 months ..., create a ... Screening Tool and shall annually publish" does not make the tool yearly (EO 14008)', () => {
    const d = directivesOf('14008').find((x) =>
      /create a geospatial Climate and Economic Justice Screening Tool/.test(x.text),
    )!;
    expect(d.deadlineMonths).toBe(6);
    expect(d.repeatsEvery).toBeUndefined();
  });

  it('"shall submit ... a plan ..., and shall thereafter submit reports ... once each year" leaves the plan one-off (EO 13407)', () => {
    const d = directivesOf('13407').find((x) => /^Not later than 90 days after the date of this order/.test(x.text))!;
    expect(d.deadlineDays).toBe(90);
    expect(d.repeatsEvery).toBeUndefined();
  });

  it('still reads "shall conduct an objective review ... and shall report its findings ... semi-annually" as the review\'s interval (EO 10656)', () => {
    expect(directivesOf('10656').some((x) => /and shall report/.test(x.text) && x.repeatsEvery === 'P6M')).toBe(true);
  });
});

describe('intervals read in more of the ways orders write them (audit, seed 4877)', () => {
  it('reads an interval joined by "and ... thereafter" to a first time before the command: "In September 2023, and on an annual basis thereafter" (EO 14091), "The Director of National Intelligence, within 120 days of the date of this order and annually thereafter, shall" (EO 14060), a subject with a clause of its own (EO 14093)', () => {
    expect(directivesOf('14091').find((x) => /^In September 2023/.test(x.text))?.repeatsEvery).toBe('P1Y');
    expect(
      directivesOf('14060').find((x) => /^The Director of National Intelligence, within 120/.test(x.text)),
    ).toMatchObject({
      deadlineDays: 120,
      repeatsEvery: 'P1Y',
    });
    expect(
      repeatsEveryIn(
        'Within 1 year of the date of this order, and on an annual basis thereafter, the head of each agency that has procured commercial spyware for operational use shall provide the APNSA a report',
      ),
    ).toBe('P1Y');
    // a first time of someone else's act is no opening: "Members appointed in 2020 and annually thereafter shall serve"
    expect(
      repeatsEveryIn('Members appointed in 2020 and annually thereafter shall serve for two years.'),
    ).toBeUndefined();
  });

  it('reads "on at least an annual basis" (EO 13957), "a quadrennial supply chain review" (EO 14123), "subsequent reports submitted every 4 years thereafter" (EO 14123), "The Commission annually shall conduct" (EO 12501)', () => {
    expect(
      repeatsEveryIn(
        'Thereafter, each agency head shall conduct a review of agency positions covered by subchapter II of chapter 75 of title 5, United States Code, on at least an annual basis.',
      ),
    ).toBe('P1Y');
    const d = directivesOf('14123');
    expect(d.find((x) => /quadrennial supply chain review/.test(x.text))?.repeatsEvery).toBe('P4Y');
    expect(d.find((x) => /subsequent reports submitted every 4 years/.test(x.text))).toMatchObject({
      dueOn: '2024-12-31',
      repeatsEvery: 'P4Y',
    });
    expect(directivesOf('12501').find((x) => /annually shall conduct/.test(x.text))?.repeatsEvery).toBe('P1Y');
    // still not a participle's own time (EO 13659), nor a study named by its interval ("the Secretary's triennial study", EO 14141)
    expect(
      repeatsEveryIn('The BIEC shall also have a Vice Chair, selected every 2 years from among the members.'),
    ).toBeUndefined();
    expect(directivesOf('14141').find((x) => /triennial study/.test(x.text))?.repeatsEvery).toBeUndefined();
  });

  it('reads a day of each month after "not later than": "shall furnish the Secretary of the Treasury, not later than the 15th day of each month, a statement" (EO 6869), in words too (EO 10714)', () => {
    expect(
      repeatsEveryIn(
        'Every executive department shall furnish the Secretary of the Treasury, not later than the 15th day of each month, a statement of all bonds',
      ),
    ).toBe('P1M');
    expect(
      repeatsEveryIn(
        'The original shall be mailed to the Director of Selective Service so as to reach him not later than the fifteenth day of each month.',
      ),
    ).toBe('P1M');
    // what is paid on such a day is not a duty (EO 9785)
    expect(
      repeatsEveryIn('an allowance shall be payable on the first day of each quarter following the first anniversary'),
    ).toBeUndefined();
  });
});

describe('a number of times a period, and a part of each period (audit, seed 4877)', () => {
  it('reads "three times a year" as every four months (EO 13647), "not less than four times per year" as every three (EO 13747); not a count that divides no year ("five times a year") nor a month ("twice a month")', () => {
    expect(directivesOf('13647').find((x) => /meet three times a year/.test(x.text))?.repeatsEvery).toBe('P4M');
    expect(directivesOf('13747').find((x) => /four times per year/.test(x.text))?.repeatsEvery).toBe('P3M');
    expect(repeatsEveryIn('The Board shall meet five times a year.')).toBeUndefined();
    expect(repeatsEveryIn('The Council shall meet twice a month.')).toBeUndefined();
  });

  it('reads "during the first quarter of each fiscal year" and "every other year"; not what was done in such a part ("Funds obligated during the first quarter of each fiscal year")', () => {
    expect(
      repeatsEveryIn(
        'The Director shall submit during the first quarter of each fiscal year a report to the President.',
      ),
    ).toBe('P1Y');
    expect(
      repeatsEveryIn('The Secretary shall report to the Congress every other year on the progress of the program.'),
    ).toBe('P2Y');
    expect(
      repeatsEveryIn('Funds obligated during the first quarter of each fiscal year shall be reported.'),
    ).toBeUndefined();
  });
});

describe('an interval adverb before the object (audit, seed 7193)', () => {
  it('reads "shall report to the Congress quarterly the name of each claimant" (EO 9786): no adjective stands before an article', () => {
    const d = directivesOf('9786').find((x) => /shall report to the Congress quarterly the name/.test(x.text))!;
    expect(d.repeatsEvery).toBe('P3M');
  });

  it('still reads no interval in "quarterly and annual reports" (EO 6858), where the adjective goes with a noun', () => {
    const d = directivesOf('6858').find((x) => /quarterly and annual reports/.test(x.text))!;
    expect(d.repeatsEvery).toBeUndefined();
  });
});

describe('an interval after a quoted name, not in a quotation (audit, seed 7193)', () => {
  it('reads "an annual report" after the quoted name "President\'s Board of Advisors on Historically Black Colleges and Universities" (EO 13256), and "not less often than biennially" after (the "plan") (EO 13419)', () => {
    const board = directivesOf('13256').find((x) => /The Board shall prepare and issue an annual report/.test(x.text))!;
    expect(board.repeatsEvery).toBe('P1Y');
    const plan = directivesOf('13419').find((x) => /thereafter submit, not less often than biennially/.test(x.text))!;
    expect(plan.repeatsEvery).toBe('P2Y');
  });

  it('still reads no interval in the quoted new text of an amended order: "to read as follows: "Within 60 days ..., each agency head shall designate ... and annually update OMB"" (EO 13422)', () => {
    const d = directivesOf('13422').find((x) =>
      /and annually update OMB on the status of this designation/.test(x.text),
    )!;
    expect(d.repeatsEvery).toBeUndefined();
    expect(d.dueOn).toBeUndefined();
  });

  it('reads the meetings a command calls each year: "the Chairman shall call at least one meeting and two meetings, respectively, to be held during each calendar year" (EO 10640, 10994, 11480, 12640)', () => {
    const d = directivesOf('10640').find((x) => x.id === 'eo-10640:5(a)#2')!;
    expect(d.text).toBe(
      "In the case of the President's Committee and the Executive Committee, the Chairman shall call at least one meeting and two meetings, respectively, to be held during each calendar year.",
    );
    expect(d.repeatsEvery).toBe('P1Y');
  });

  it('does not read a meeting named in a clause of its own, nor a limit counted in a year: "(including through at least one meeting each year with any Governors ...)" (EO 13537), "not to exceed 90 days of service each calendar year" (EO 12501)', () => {
    const solicit = directivesOf('13537').find((x) => x.id === 'eo-13537:2(b)#1')!;
    expect(solicit.text).toContain('(including through at least one meeting each year with any Governors');
    expect(solicit.repeatsEvery).toBeUndefined();
    const paid = directivesOf('12501').find((x) => x.id === 'eo-12501:6#2')!;
    expect(paid.text).toContain('not to exceed 90 days of service each calendar year');
    expect(paid.repeatsEvery).toBeUndefined();
  });
});

describe('the months of the year a duty is done in (audit, seed 6607)', () => {
  it('reads months that fall evenly through the year as the interval between them: "shall publish, in October and April of each year, an agenda" (EO 12291), "every January and July" (EO 14091), "on or before the 15th day of January, April, July, and October" (EO 10258)', () => {
    const agenda = directivesOf('12291').find((x) => x.id === 'eo-12291:5(a)#1')!;
    expect(agenda.text).toContain('shall publish, in October and April of each year, an agenda');
    expect(agenda.repeatsEvery).toBe('P6M');
    const progress = directivesOf('14091').find((x) =>
      /to the Steering Committee every January and July/.test(x.text),
    )!;
    expect(progress.repeatsEvery).toBe('P6M');
    const summary = directivesOf('10258').find((x) => x.id === 'eo-10258:6#1')!;
    expect(summary.text).toContain('on or before the 15th day of January, April, July, and October');
    expect(summary.repeatsEvery).toBe('P3M');
    // a first date kept beside the months that follow it (EO 13610)
    const drafts = directivesOf('13610').find((x) => /second Monday of January and July/.test(x.text))!;
    expect(drafts.dueOn).toBe('2012-09-10');
    expect(drafts.repeatsEvery).toBe('P6M');
  });

  it('reads a day of each period after a list mark the sentence kept: "(b) On the last day of March, June, September, and December the local board shall post" (EO 10258), "(b) On the last day of each month the local board shall post" (EO 10001)', () => {
    const posted = directivesOf('10258').find((x) => x.id === 'eo-10258:4#3')!;
    expect(posted.text).toMatch(
      /^\(b\) On the last day of March, June, September, and December the local board shall post/,
    );
    expect(posted.repeatsEvery).toBe('P3M');
    const monthly = directivesOf('10001').find((x) =>
      /^\(b\) On the last day of each month the local board shall post/.test(x.text),
    )!;
    expect(monthly.repeatsEvery).toBe('P1M');
  });

  it('reads no months that are no interval: "Each may designate an alternate" (EO 10500), one span "between March and April of 2020" (EO 13947), months not evenly apart', () => {
    expect(
      repeatsEveryIn('Each may designate an alternate to act for him as member of the United States Section.'),
    ).toBeUndefined();
    expect(
      repeatsEveryIn(
        'The Secretary shall report on the loss of 1.2 million jobs among Americans age 65 or older between March and April of 2020.',
      ),
    ).toBeUndefined();
    expect(repeatsEveryIn('The Board shall meet in March and May of each year.')).toBeUndefined();
  });

  it("reads no day of months that is paid or made on it, a span to a date, or months of one year (review of EO 10258's rule)", () => {
    // the same words as EO 10258's "on or before the 15th day of January, April, July, and October", which recurs
    expect(
      repeatsEveryIn('The Secretary shall certify the payments made on the first day of January and July.'),
    ).toBeUndefined();
    expect(
      repeatsEveryIn('The Secretary shall pay the sums due between the first day of January and July 1.'),
    ).toBeUndefined();
    expect(repeatsEveryIn('The Board shall report at the end of June and December of that year.')).toBeUndefined();
    expect(
      repeatsEveryIn('The Secretary shall report on or before the 15th day of January, April, July, and October.'),
    ).toBe('P3M');
  });
});

describe('a meeting each quarter, and the day a report is made up to (audit, seed 6607)', () => {
  it('reads "at least one meeting of the Commission during each quarter of each calendar year" as quarterly (EO 10472); not two meetings a quarter, which divide no month', () => {
    const d = directivesOf('10472').find((x) => x.id === 'eo-10472:2#3')!;
    expect(d.text).toBe(
      'The Secretary shall arrange at least one meeting of the Commission during each quarter of each calendar year.',
    );
    expect(d.repeatsEvery).toBe('P3M');
    expect(
      repeatsEveryIn('The Chairman shall call at least two meetings of the Board during each quarter.'),
    ).toBeUndefined();
  });

  it('reads "as of" a day of each month: "shall request the United States Attorney to prepare, as of the 10th day of each month, a letter" (EO 10001, 10116), "shall prepare, in triplicate, as of the end of each month ... a report" (EO 10714); not what is made as of such a day', () => {
    const letter = directivesOf('10116').find((x) => x.id === 'eo-10116:2(m)#1')!;
    expect(letter.text).toContain('to prepare, as of the 10th day of each month, a letter');
    expect(letter.repeatsEvery).toBe('P1M');
    const report = directivesOf('10714').find((x) =>
      /shall prepare, in triplicate, as of the end of each month/.test(x.text),
    )!;
    expect(report.repeatsEvery).toBe('P1M');
    // EO 9744: an allowance "payable on the first day of each quarter" is paid, not a duty done
    expect(
      repeatsEveryIn('The Secretary shall pay the balances payable as of the end of each month to the States.'),
    ).toBeUndefined();
  });
});

describe('a duty done after each year closes, and each year after a first one (audit, seed 6607)', () => {
  it('reads a period after the close of each fiscal year as yearly and keeps the period and its start: "not later than 120 days after the close of each fiscal year, submit" (EO 11625), "Within 90 days of the conclusion of each Fiscal Year from 2021 through 2026" (EO 13934)', () => {
    const full = directivesOf('11625').find((x) => x.id === 'eo-11625:4#1')!;
    expect(full.text).toContain('not later than 120 days after the close of each fiscal year, submit');
    expect(full.repeatsEvery).toBe('P1Y');
    expect(full.deadlineDays).toBe(120);
    expect(full.deadlineEvent).toBe('the close of each fiscal year');
    expect(full.dueOn).toBeUndefined();
    const funding = directivesOf('13934').find((x) =>
      /Within 90 days of the conclusion of each Fiscal Year/.test(x.text),
    )!;
    expect(funding.repeatsEvery).toBe('P1Y');
    expect(funding.deadlineDays).toBe(90);
  });

  it('reads "For fiscal year 2018, and for each fiscal year thereafter, each agency shall provide a report" as yearly (EO 13839); not a count given for each year ("and 1 point for each year thereafter", EO 6175)', () => {
    const report = directivesOf('13839').find((x) => x.id === 'eo-13839:6(a)#1')!;
    expect(report.text).toMatch(
      /^For fiscal year 2018, and for each fiscal year thereafter, each agency shall provide a report/,
    );
    expect(report.repeatsEvery).toBe('P1Y');
    expect(
      repeatsEveryIn(
        'there shall be given a credit for length of service of 2/10 of one point for each full year of Government service for the first five years, 5/10 of one point for each of the next two years, and 1 point for each year thereafter',
      ),
    ).toBeUndefined();
  });
});

describe('twice a year in the words "biannually" and "each six months" (audit, seed 7433)', () => {
  it('reads "biannually" as twice a year, as OMB read EO 14005\'s "Bi-annually following the initial submission" (semi-annual reports): EO 14005, EO 12155', () => {
    const madeInAmerica = directivesOf('14005').find((x) => x.id === 'eo-14005:12#1')!;
    expect(madeInAmerica.text).toMatch(/^Bi-annually following the initial submission described in section 11/);
    expect(madeInAmerica.repeatsEvery).toBe('P6M');
    const fema = directivesOf('12155').find((x) => x.id === 'eo-12155:1-105#1')!;
    expect(fema.text).toBe(
      'The Secretaries of the Interior and of Agriculture and the Administrator of General Services shall submit biannually a written report to the Director.',
    );
    expect(fema.repeatsEvery).toBe('P6M');
    // "biennially" stays every two years
    expect(repeatsEveryIn('The Commission shall report to the President biennially on its work.')).toBe('P2Y');
  });

  it('reads "shall report thereon to the President each six months" (EO 10938); not "each twelve months of service" (EO 9578) nor "each six months period thereafter" (EO 6085)', () => {
    const board = directivesOf('10938').find((x) => x.id === 'eo-10938:2#1')!;
    expect(board.text).toContain('shall report thereon to the President each six months or more frequently');
    expect(board.repeatsEvery).toBe('P6M');
    expect(
      repeatsEveryIn(
        'Officers and employees to whom these regulations apply shall be advanced in compensation successively to the next higher rate within the grade at the beginning of the next pay period (including July 1, 1945) following the completion of (a) each twelve months of service if such officers or employees are in grades in which the compensation increments are less than $200 per annum',
      ),
    ).toBeUndefined();
    expect(
      repeatsEveryIn(
        'The President is further authorized to make a similar investigation and determination of an index figure of the cost of living during the six months period ending December 31, 1932, and each six months period thereafter.',
      ),
    ).toBeUndefined();
  });
});

describe('a command whose times are listed inline (audit, seed 7433)', () => {
  it('reads "(i) within 15 months of the date of this order for fiscal year 2010, and (ii) thereafter, annually at the end of January" as yearly and keeps the first limit (EO 13514); not marks that list other duties (EO 11602)', () => {
    const inventory = directivesOf('13514').find((x) => x.id === 'eo-13514:2(c)#1')!;
    expect(inventory.text).toContain('(ii) thereafter, annually at the end of January, for the preceding fiscal year.');
    expect(inventory.repeatsEvery).toBe('P1Y');
    expect(inventory.deadlineMonths).toBe(15);
    expect(inventory.dueOn).toBe('2011-01-05');
    const exemptions = directivesOf('11602').find((x) => x.id === 'eo-11602:8(a)#1')!;
    expect(exemptions.text).toContain('(B) review the necessity for each such exemption annually;');
    expect(exemptions.repeatsEvery).toBeUndefined();
  });
});

describe('a number of times written with "yearly" or "annually" (audit, seeds 6247 and 9133)', () => {
  it('reads "no less often than twice yearly" as every six months (EO 13702) and "at least once annually" as every year (EO 13920, EO 10925)', () => {
    const council = directivesOf('13702').find((x) => /twice yearly/.test(x.text))!;
    expect(council.text).toBe(
      'The Executive Council shall meet no less often than twice yearly in the first year after issuance of this order.',
    );
    expect(council.repeatsEvery).toBe('P6M');
    expect(
      repeatsEveryIn(
        'a subsequent report at least once annually thereafter while the Task Force remains in existence; and',
      ),
    ).toBe('P1Y');
    expect(
      repeatsEveryIn(
        'Such reports shall be made at least once annually and shall include specific references to the actions taken and results achieved by each department and agency.',
      ),
    ).toBe('P1Y');
  });

  it('reads no interval from a cap ("not more than twice yearly") nor from a count that divides no year ("five times annually")', () => {
    expect(repeatsEveryIn('The Council shall meet not more than twice yearly.')).toBeUndefined();
    expect(repeatsEveryIn('The Board shall meet five times annually.')).toBeUndefined();
  });
});

describe('every second, third or fourth year (audit, seeds 6247 and 9133)', () => {
  it('reads "by September 30, 2005, and every third year thereafter, prepare a report" as every three years, its first due date kept (EO 13287); "Every third year, the Secretary of Education shall oversee" (EO 12677); "no later than September 1, 1990, and every second year" (EO 12682)', () => {
    const progress = directivesOf('13287').find((x) => x.id === 'eo-13287:3(c)#1')!;
    expect(progress.text).toContain('by September 30, 2005, and every third year thereafter, prepare a report');
    expect(progress.repeatsEvery).toBe('P3Y');
    expect(progress.dueOn).toBe('2005-09-30');
    expect(directivesOf('12677').find((x) => x.id === 'eo-12677:7#1')?.repeatsEvery).toBe('P3Y');
    expect(directivesOf('12682').find((x) => x.id === 'eo-12682:3(a)(3)#1')?.repeatsEvery).toBe('P2Y');
  });

  it('reads no interval from an ordinal year that is one year, not each ("in the third year of the program"), nor from a participle\'s own time', () => {
    expect(
      repeatsEveryIn('The Commission shall report on the results in the third year of the program.'),
    ).toBeUndefined();
    expect(repeatsEveryIn('The Board shall review the terms of members selected every third year.')).toBeUndefined();
  });
});
