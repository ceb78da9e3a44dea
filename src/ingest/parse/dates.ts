import { remembered } from './remembered';

/** Month names in calendar order, lower-cased: the one list every date reader indexes. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** A month's name as a pattern, its first letter either case ("January", "january"): the one every date reader uses. */
export const MONTH_NAME = `(?:${MONTHS.map((m) => `[${m[0].toUpperCase()}${m[0]}]${m.slice(1)}`).join('|')})`;

/** A written date such as "January 25, 2017" or "FEBRUARY 02, 2021"; the regex source for embedding. */
export const WRITTEN_DATE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}';

/** "January 25, 2017" → "2017-01-25"; undefined when it is not a real date. */
export function toIsoDate(written: string): string | undefined {
  const m = /^([A-Za-z]+)\.? (\d{1,2}), (\d{4})$/.exec(written.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1].toLowerCase());
  if (month < 0) return undefined;
  const iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

/** Due dates already worked out: an order counts its periods from one date, in a few lengths, once per directive. */
const dayAfter = remembered((key) => {
  const [isoDate, days] = key.split('+');
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + Number(days) * 86_400_000).toISOString().slice(0, 10);
}, 4096);

/** Calendar arithmetic in UTC, so the due date never shifts with the machine's time zone. */
export function addDays(isoDate: string, days: number): string {
  return dayAfter(`${isoDate}+${days}`);
}
