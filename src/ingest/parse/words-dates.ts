/**
 * Dates written out in words, as proclamations and older orders sign them: "this twentieth day
 * of January, in the year of our Lord two thousand twenty-one".
 */
import { MONTHS } from './dates';

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ORDINAL_TENS: Record<string, number> = { twentieth: 20, thirtieth: 30 };

/**
 * A count written in words, as a regex source to embed (case-insensitive): "thirty", "forty-five", "one hundred and
 * twenty"; only number words, so a scan for one never takes the words before it ("shall terminate thirty days").
 */
export const NUMBER_IN_WORDS = (() => {
  // longest first, so "seventeen" is not read as "seven"
  const words = [...UNITS.slice(1), ...TENS.slice(2)].sort((a, b) => b.length - a.length);
  const word = `(?:${words.join('|')})`;
  return `${word}(?:[\\s-]+(?:and[\\s-]+)?(?:${word}|hundred)){0,4}`;
})();

/** One word of a number: "twenty" → 20, "seven" → 7; undefined when it is not one. */
function wordValue(word: string): number | undefined {
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return unit;
  const ten = TENS.indexOf(word);
  return ten >= 2 ? ten * 10 : undefined;
}

/** "first" .. "thirty-first" → 1..31. */
export function ordinalDay(words: string): number | undefined {
  const parts = words
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (parts.length === 1) {
    const k = ORDINAL_UNITS.indexOf(parts[0]);
    return k > 0 ? k : ORDINAL_TENS[parts[0]];
  }
  if (parts.length === 2) {
    const tens = wordValue(parts[0]);
    const unit = ORDINAL_UNITS.indexOf(parts[1]);
    if (tens !== undefined && tens >= 20 && unit > 0 && unit < 10) return tens + unit;
  }
  return undefined;
}

/** A number below 100 in words: "forty-one" → 41. */
function underHundred(parts: string[]): number | undefined {
  if (parts.length === 0) return 0;
  if (parts.length === 1) return wordValue(parts[0]);
  const tens = wordValue(parts[0]);
  const unit = wordValue(parts[1]);
  return parts.length === 2 && tens !== undefined && tens >= 20 && unit !== undefined && unit < 10
    ? tens + unit
    : undefined;
}

/**
 * A count below a thousand in words, as orders write periods: "ninety" → 90, "forty-five" → 45,
 * "one hundred and eighty" → 180; undefined when the words are not one.
 */
export function numberInWords(words: string): number | undefined {
  const parts = words
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && w !== 'and');
  const hundred = parts.indexOf('hundred');
  if (hundred < 0) return parts.length ? underHundred(parts) : undefined;
  const count = underHundred(parts.slice(0, hundred));
  const tail = underHundred(parts.slice(hundred + 1));
  return count && count < 10 && tail !== undefined ? count * 100 + tail : undefined;
}

/** "two thousand twenty-one", "nineteen hundred and forty-one", "one thousand nine hundred forty-one" → the year. */
export function yearInWords(words: string): number | undefined {
  const parts = words
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && w !== 'and');
  const thousand = parts.indexOf('thousand');
  const hundred = parts.indexOf('hundred');
  let value = 0;
  let rest = parts;
  if (thousand >= 0) {
    const t = underHundred(parts.slice(0, thousand));
    if (!t) return undefined;
    value += t * 1000;
    rest = parts.slice(thousand + 1);
  }
  const h = rest.indexOf('hundred');
  if (h >= 0 || (thousand < 0 && hundred >= 0)) {
    const count = underHundred(rest.slice(0, h));
    if (!count) return undefined;
    value += count * 100;
    rest = rest.slice(h + 1);
  }
  const tail = underHundred(rest);
  if (tail === undefined) return undefined;
  value += tail;
  return value >= 1700 && value <= 2200 ? value : undefined;
}

const DAY_OF =
  /\b(?:this|on the|the)\s+([a-z]+(?:[\s-][a-z]+)?)\s+day\s+of\s+([A-Za-z]+),?\s+in\s+the\s+year\s+of\s+our\s+Lord\s+((?:[a-z]+[\s-]+){0,7}?[a-z]+)(?=\s*[,.;])/i;

/** The ISO date of "this twentieth day of January, in the year of our Lord two thousand twenty-one", if the text has one. */
export function dateInWords(text: string): string | undefined {
  const m = DAY_OF.exec(text);
  if (!m) return undefined;
  const day = ordinalDay(m[1]);
  const month = MONTHS.indexOf(m[2].toLowerCase());
  const year = yearInWords(m[3]);
  if (!day || month < 0 || !year) return undefined;
  const iso = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) || new Date(iso).getUTCDate() !== day ? undefined : iso;
}
