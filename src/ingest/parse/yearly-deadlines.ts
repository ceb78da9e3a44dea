/**
 * A day a directive falls due every year: "The Department of Defense shall, by March 15 of each year, report to the
 * Congress" (EO 10789), "not later than December 31 of each year" (EO 11073), "by December 15 each year" (EO 12780),
 * "By May 1 of each subsequent year" (EO 13732). Orders have put standing reports this way since the 1950s. It is no
 * single due date, so it is kept apart from one: the month and day, as ISO 8601 writes a day of every year ("--03-15").
 */
import { MONTHS } from './dates';

// a bound on when, a day of a month with no year after it, and "each year": "of each such calendar year" (EO 11497)
// counts people, not a due day, so "such" and "of each of the 5 years" (a term, EO 13887) are not read
// A day of the year after the one a yearly report covers is that report's day each year too: "an annual report of the
// Committee's activities during each calendar year, to be submitted not later than January 31 of the next succeeding
// year" (EO 9781, EO 10655); group 3 is that form, read only where the text says the duty is yearly (NEXT_OF_YEARLY), as
// a report of one year ("by January 31 of the following year") names one day, not a day of each year.
const YEARLY = new RegExp(
  String.raw`\b(?:by|(?:not|no) later than|on or before)\s+(${MONTHS.join('|')})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+` +
    String.raw`(?:(?:of\s+)?(?:each|every)\s+(?:subsequent\s+|succeeding\s+|calendar\s+|fiscal\s+)?year` +
    String.raw`|(of\s+the\s+(?:next\s+)?(?:succeeding|following)\s+(?:calendar\s+|fiscal\s+)?year))\b`,
  'i',
);
/** Without these words YEARLY cannot match. */
const MAY_YEARLY = /\b(?:each|every|succeeding|following)\b/i;
/** A duty said to be yearly: "an annual report", "annually", "during each calendar year". */
const NEXT_OF_YEARLY = /\b(?:annual|annually|yearly|(?:each|every) (?:calendar |fiscal )?year)\b/i;

export interface YearlyDue {
  /** Where the words stand in the directive's text. */
  at: number;
  /** The month and day it falls due each year, ISO 8601: "--03-15". */
  eachYearOn: string;
}

/** The first day of the year the text says the directive is due each year, if it says one. */
export function yearlyDueIn(text: string): YearlyDue | undefined {
  if (!MAY_YEARLY.test(text)) return undefined;
  const m = YEARLY.exec(text);
  if (!m || (m[3] && !NEXT_OF_YEARLY.test(text))) return undefined;
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  const day = Number(m[2]);
  // a day no month of a leap year has ("February 30") is a misprint, not a day
  if (day < 1 || day > new Date(Date.UTC(2000, month, 0)).getUTCDate()) return undefined;
  return { at: m.index, eachYearOn: `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}
