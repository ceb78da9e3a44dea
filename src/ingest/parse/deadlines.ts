/**
 * When a directive is due, as orders say it: a period ("within 90 days", "not later than six
 * months", "no later than 1 year of the date of this order"), counted from this order or from
 * another event, or a date ("by September 30, 2018", "on or before June 11, 1948").
 */
import { addDays, toIsoDate, WRITTEN_DATE } from './dates';
import { numberInWords } from './words-dates';

export interface Deadline {
  /** The period, when the text counts it in days. */
  days?: number;
  /** The period, when the text counts it in months or years (a year is 12). */
  months?: number;
  /** What the period counts from, when that is not this order: "submitting the plan". */
  event?: string;
  /** The due date, only when it is truly known: a date the text names, or this order's date plus the period. */
  dueOn?: string;
}

// "within", "not later than", "no later than": words that bound a period; "not less than" (a
// minimum notice) and "for not more than" (a duration) do not.
const PERIOD = new RegExp(
  String.raw`\b(?:within|(?:not|no) later than)\s+` +
    String.raw`(?:(an?)|(\d{1,4})|([a-z]+(?:[\s-]+[a-z]+){0,4}?))\s*(?:\(\d{1,4}\)\s*)?` +
    String.raw`(?:calendar\s+|working\s+|business\s+)?(days?|months?|years?)\b`,
  'gi',
);

// What follows the period: the event it counts from, up to the end of the clause (a numbered
// subsection such as "4.5(a)" or a parenthesis does not end it).
const FROM_EVENT = /^,?\s+(of|after|from|following|before|prior to)\s+((?:[^,.;:(]|\.(?=\d)|\([^)]*\)){3,120})/i;
const THEREAFTER = /^,?\s+thereafter\b/i;

/** The signing of the order itself: "the date of this order", "this order", "its effective date" (of this order). */
const FROM_THIS_ORDER =
  /^(?:the (?:effective )?date of (?:this|the) (?:order|memorandum|proclamation)|(?:the )?(?:issuance|signing|publication) of this (?:order|memorandum)|this (?:order|memorandum)|the date hereof|the date of its issuance|its effective date)\b/i;

/**
 * A date the directive is due by: "by September 30, 2018"; at the head of a sentence too ("By March 31, 2004, the
 * Council shall submit", EO 13287; "No later than May 31, 2001, promulgate", EO 13179), with the day of the week
 * ("on or before Thursday, October 4, 1962", EO 11054); or the end of a year: "By the end of calendar year 2016"
 * (EO 13676), "by the end of the year 1974" (EO 11763), "by the end of fiscal year 2027" (EO 14057). Group 1 is the
 * written date; else 2 says which year (calendar, fiscal, none) and 3 is its number.
 */
const DUE_DATE = new RegExp(
  String.raw`\b(?:[Bb]y|(?:[Nn]ot|[Nn]o) later than|[Oo]n or before)\s+` +
    String.raw`(?:(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?(${WRITTEN_DATE})` +
    String.raw`|the end of (?:the )?(?:([Cc]alendar|[Ff]iscal) [Yy]ear|year) (\d{4})\b)`,
  'g',
);

/** Without one of these, PERIOD cannot match; without a written date's "9, 2025" or a year's end, DUE_DATE cannot. */
const MAY_PERIOD = /within|later than/i;
const MAY_DATE = /\d, \d{4}|end of/;

interface Found {
  at: number;
  deadline: Deadline;
}

/** The deadline a directive's text states first; undefined when it states none. */
export function deadlineIn(text: string, signedOn?: string): Deadline | undefined {
  // most directives state no deadline: the words each pattern needs are looked for before the pattern is run
  const period = MAY_PERIOD.test(text) ? firstPeriod(text, signedOn) : undefined;
  const date = MAY_DATE.test(text) ? firstDate(text, signedOn) : undefined;
  // the one the text states first; a period and a date at one place: the period
  if (period && date) return (date.at < period.at ? date : period).deadline;
  return (period ?? date)?.deadline;
}

function firstPeriod(text: string, signedOn?: string): Found | undefined {
  for (const m of firstMatches(PERIOD, text)) {
    const [, article, digits, words, unit] = m;
    const count = article ? 1 : digits ? Number(digits) : numberInWords(words);
    if (!count) continue;
    const inMonths = /^(?:month|year)/i.test(unit);
    const deadline: Deadline = inMonths ? { months: /^year/i.test(unit) ? count * 12 : count } : { days: count };
    const after = text.slice(m.index + m[0].length);
    const event = eventOf(after);
    if (event) deadline.event = event;
    else if (signedOn) deadline.dueOn = inMonths ? addMonths(signedOn, deadline.months!) : addDays(signedOn, count);
    return { at: m.index, deadline };
  }
  return undefined;
}

/** What a period is counted from, when it is not this order; undefined when it is this order or unsaid. */
function eventOf(after: string): string | undefined {
  if (THEREAFTER.test(after)) return 'thereafter';
  const m = FROM_EVENT.exec(after);
  if (!m) return undefined;
  const event = m[2].trim();
  if (/^(?:before|prior to)$/i.test(m[1])) return `before ${event}`;
  return FROM_THIS_ORDER.test(event) ? undefined : event;
}

// A date before the order was signed is history the order recites ("by March 6, 1933"), not a deadline.
function firstDate(text: string, signedOn?: string): Found | undefined {
  for (const m of firstMatches(DUE_DATE, text)) {
    const dueOn = m[1] ? toIsoDate(m[1]) : yearEnd(Number(m[3]), m[2]);
    if (!dueOn || (signedOn && dueOn < signedOn)) continue;
    return { at: m.index, deadline: { dueOn } };
  }
  return undefined;
}

/**
 * The last day of a year: a calendar year's December 31; the Federal fiscal year's September 30 from fiscal year 1977
 * on (the Congressional Budget Act of 1974 moved its start to October 1, 1976), June 30 before.
 */
function yearEnd(year: number, kind?: string): string {
  if (!/^fiscal$/i.test(kind ?? '')) return `${year}-12-31`;
  return year >= 1977 ? `${year}-09-30` : `${year}-06-30`;
}

/**
 * The matches of a global regex one by one, as far as the caller reads: `String.prototype.matchAll`
 * clones the regex on every call, and these run once per sentence of a directive.
 */
function* firstMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = re.lastIndex;
      yield m;
      re.lastIndex = at;
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** Calendar months in UTC; the 31st plus one month is the last day of the next month. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}
