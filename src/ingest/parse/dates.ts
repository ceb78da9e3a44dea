const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** A written date such as "January 25, 2017" or "FEBRUARY 02, 2021"; the regex source for embedding. */
export const WRITTEN_DATE = '(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}';

/** "January 25, 2017" → "2017-01-25"; undefined when it is not a real date. */
export function toIsoDate(written: string): string | undefined {
  const m = /^([A-Za-z]+)\.? (\d{1,2}), (\d{4})$/.exec(written.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1].toLowerCase());
  if (month < 0) return undefined;
  const iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

/** Calendar arithmetic in UTC, so the due date never shifts with the machine's time zone. */
export function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const WORD_NUMBERS: Record<string, number> = {
  ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fortyfive: 45,
  sixty: 60, ninety: 90, 'one hundred twenty': 120, 'one hundred eighty': 180,
};

/** "within 120 days of the date of this order" → 120; also "within ninety days" and "within 180 days of this order". */
export function deadlineDays(text: string): number | undefined {
  const m = /\bwithin (\d+|[a-z -]+?) \(?\d*\)? ?days\b/i.exec(text);
  if (!m) return undefined;
  const raw = m[1].toLowerCase().trim();
  const n = /^\d+$/.test(raw) ? Number(raw) : WORD_NUMBERS[raw];
  return n && n > 0 ? n : undefined;
}

/** The signing of the order itself: "the date of this order", "this order", "its effective date" (of this order). */
const FROM_THIS_ORDER = /^(?:the (?:effective )?date of (?:this|the) (?:order|memorandum|proclamation)|(?:the )?(?:issuance|signing|publication) of this (?:order|memorandum)|this (?:order|memorandum)|the date hereof|the date of its issuance)\b/i;

/**
 * What a deadline is counted from: "within 180 days of submitting the plan" -> "submitting the
 * plan"; undefined when none is written or it is this order's own date, so the due date is known.
 */
export function deadlineEvent(text: string): string | undefined {
  const m = /\bwithin (?:\d+|[a-z -]+?) \(?\d*\)? ?days,? (?:of|after|from|following) ((?:[^,.;:(]|\.(?=\d)|\([^)]*\)){3,120})/i.exec(text);
  if (!m) return undefined;
  const event = m[1].trim();
  return FROM_THIS_ORDER.test(event) ? undefined : event;
}
