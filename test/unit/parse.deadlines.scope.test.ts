/** What a deadline belongs to: this order's date or another document's, one end or its alternative (issue 15). */
import { parseDocument } from '../../src/ingest/parse';
import { deadlineIn } from '../../src/ingest/parse/deadlines';
import { corpus, directiveOf, hintsOf } from './corpus-lines';

describe('the date of another document', () => {
  it('counts "Within 180 days of the date of the memorandum described in subsection (a)" from that memorandum, with no due date (EO 13859)', () => {
    const d = directiveOf('13859', /^Within 180 days of the date of the memorandum/);
    expect(d.deadlineDays).toBe(180);
    expect(d.deadlineEvent).toBe('the date of the memorandum described in subsection (a) of this section');
    expect(d.dueOn).toBeUndefined();
  });

  it('still counts "within two years of the date of the Order" from this order (EO 12549)', () => {
    const d = directiveOf('12549', /maintain a current list of all individuals/);
    expect(d.deadlineMonths).toBe(24);
    expect(d.dueOn).toBe('1988-02-18');
    expect(d.deadlineEvent).toBeUndefined();
  });
});

describe('an end offered instead, with "or"', () => {
  it('ends the event before "or upon such earlier or later date as the President shall hereafter specify" (EO 11144)', () => {
    const d = directiveOf('11144', /The Commission shall terminate 60 days after/);
    expect(d.deadlineDays).toBe(60);
    expect(d.deadlineEvent).toBe(
      'the date of the delivery of its report to the Secretary of the Interior under the provisions of subsection (b) of Section 2 of this order',
    );
  });

  it('takes the known end of "thirty days after rendition of its final report ... or one year after the date of this order, whichever shall first occur" (EO 10317)', () => {
    const d = directiveOf('10317', /The Commission shall cease to exist thirty days after/);
    expect(d.deadlineMonths).toBe(12);
    expect(d.dueOn).toBe('1952-12-29');
    expect(d.deadlineEvent).toBeUndefined();
  });

  it('keeps an event whose "or" names a second way it happens: "the termination of hostilities as proclaimed by the President or by a joint resolution of Congress" (EO 10214)', () => {
    const d = directiveOf(
      '10214',
      /the period of limitation prescribed for the trial of the offense shall be extended/,
    );
    expect(d.deadlineEvent).toBe(
      'the termination of hostilities as proclaimed by the President or by a joint resolution of Congress (Art. 43e)',
    );
  });
});

describe('where an event ends with no comma', () => {
  it('ends "within 30 days of receipt" before the directive\'s second verb "and provide a recommendation" (EO 13522)', () => {
    const d = directiveOf('13522', /^The Council shall review each executive department or agency implementation plan/);
    expect(d.deadlineDays).toBe(30);
    expect(d.deadlineEvent).toBe('receipt');
  });

  it('ends "within thirty (30) days of said date" before "there shall be published" (EO 7010, one of its eight lines)', () => {
    const line = corpus().find((l) => l.number === '7010' && l.text.includes('of said date there shall be published'))!;
    const d = parseDocument(line.text, hintsOf(line)).directives.find((x) => /of said date there shall/.test(x.text))!;
    expect(d.deadlineDays).toBe(30);
    expect(d.deadlineEvent).toBe('said date');
  });

  it('keeps nouns joined by "and": "within 30 days after presenting such final report and recommendations" (EO 11234)', () => {
    const d = directiveOf('11234', /presenting such final report and recommendations/);
    expect(d.deadlineEvent).toBe('presenting such final report and recommendations');
  });
});

describe('a known latest date after "in no event later than"', () => {
  it('caps a period from an event: "terminate thirty days after submission of its report ..., but in no event later than January 31, 1984" (EO 12439), "and in no event later than August 30, 2003" (EO 13278)', () => {
    expect(directiveOf('12439', /but in no event later than January 31, 1984/).dueOn).toBe('1984-01-31');
    const d = directiveOf('13278', /and in no event later than August 30, 2003/);
    expect(d.dueOn).toBe('2003-08-30');
    expect(d.deadlineEvent).toBeUndefined();
  });

  // the words of the subsection EO 10550 adds to EO 10450, read as that order's own (quoted in EO 10550, they are
  // EO 10450's: see "a limit in a quotation" below)
  it('keeps a period "in no event later than ninety days after receipt of the final investigative report" from that event (EO 10450 as EO 10550 amends it)', () => {
    const d = deadlineIn(
      'To assist the Civil Service Commission in discharging its responsibilities under this order, the head of each department and agency shall, as soon as possible and in no event later than ninety days after receipt of the final investigative report on a civilian officer or employee subject to a full field investigation under the provisions of this order, advise the Commission as to the action taken with respect to such officer or employee.',
      '1954-08-05',
    );
    expect(d?.days).toBe(90);
    expect(d?.dueOn).toBeUndefined();
    expect(d?.event).toMatch(/^receipt of the final investigative report/);
  });
});

describe('a limit in a quotation: the duty this order sets by amending another', () => {
  it('keeps a date the new text of an amended order names: "is amended to read: "The Commission shall submit a report to the President no later than August 20, 1981."" (EO 12307), "“(ii) ... no later than June 24, 2019, the DCSA shall serve" (EO 13869)', () => {
    const d = directiveOf('12307', /is amended to read: "The Commission shall submit a report/);
    expect(d.dueOn).toBe('1981-08-20');
    const dcsa = directiveOf('13869', /["“]\(ii\) Pursuant to and consistent with section 3001\(c\)/);
    expect(dcsa.dueOn).toBe('2019-06-24');
  });

  it('keeps a period from an event in a quoted new subsection: ""(c) ... in no event later than ninety days after receipt ..."" (EO 10550), with no due date', () => {
    const added = directiveOf(
      '10550',
      /in no event later than ninety days after receipt of the final investigative report/,
    );
    expect(added.deadlineDays).toBe(90);
    expect(added.deadlineEvent).toMatch(/^receipt of the final investigative report/);
    expect(added.dueOn).toBeUndefined();
  });

  it('reads no period from "this order" in quoted words, which count from the amended order\'s date: "Paragraph 1(c) is amended to read as follows: "(c) ... within six months of the date of this order" (EO 10288)', () => {
    const quoted =
      '2. Paragraph 1(c) is amended to read as follows: "(c) The acquisition of competitive status by the employee must be recommended to the Civil Service Commission by the head of the agency in which he is employed within six months of the date of this order."';
    expect(deadlineIn(quoted, '1951-09-07')).toBeUndefined();
    // the same words as the order's own are a period from its date
    expect(deadlineIn(quoted.replace(/"/g, ''), '1951-09-07')).toEqual({ months: 6, dueOn: '1952-03-07' });
  });

  it('still reads a limit after a quoted name: "(collectively, the "agencies") shall, within 180 days of the date of this order" (EO 13874), "for the "Waste Paper Trade" ... shall report to the Administrator not later than sixty (60) days after the effective date hereof" (EO 6641)', () => {
    const d = directiveOf('13874', /\(collectively, the "agencies"\) shall, within 180 days/);
    expect(d.deadlineDays).toBe(180);
    expect(d.dueOn).toBe('2019-12-08');
    expect(directiveOf('6641', /shall report to the Administrator not later than sixty/).dueOn).toBe('1934-05-11');
  });
});

describe('a command done at once has no period', () => {
  it('gives "shall immediately pause ... pending reviews of such programs ..., to be conducted within 90 days of this order" no period (EO 14169), nor "shall forthwith appoint a committee ..., which committee shall ... report its recommendations on or before October 10, 1934" a due date (EO 6861)', () => {
    const d = directiveOf('14169', /shall immediately pause new obligations/);
    expect(d.deadlineDays).toBeUndefined();
    expect(d.dueOn).toBeUndefined();
    expect(directiveOf('6861', /shall forthwith appoint a committee/).dueOn).toBeUndefined();
  });

  it('keeps the period of "Within 180 days of the date of this order, ... shall promptly review" (EO 14074), stated before the verb', () => {
    const d = directiveOf('14074', /shall promptly review and exercise their authority/);
    expect(d.deadlineDays).toBe(180);
    expect(d.dueOn).toBe('2022-11-21');
  });
});

describe('a start said with "measured from"', () => {
  it('counts "within 2 years, measured from the date of the publication of a notice of intent to prepare an EIS" from that publication, with no due date (EO 13921)', () => {
    const d = directiveOf(
      '13921',
      /complete all environmental reviews and authorization decisions within 2 years, measured from/,
    );
    expect(d.deadlineMonths).toBe(24);
    // the span's start, not its end "to the date of issuance of the Record of Decision"
    expect(d.deadlineEvent).toBe('the date of the publication of a notice of intent to prepare an EIS');
    expect(d.dueOn).toBeUndefined();
  });

  it('still counts "Within 1 year of the date of this order" in the same order from its signing (EO 13921)', () => {
    expect(
      directiveOf('13921', /^Within 1 year of the date of this order, the Secretary of Commerce shall submit/).dueOn,
    ).toBe('2021-05-07');
  });
});
