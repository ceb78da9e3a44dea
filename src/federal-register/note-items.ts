/**
 * One list item of a Federal Register disposition note ("EO 11063, November 20, 1962 (in part)",
 * "59 FR 25809", "Notice of September 30, 1994") read into the id DESIGN.md gives the document
 * it names. Pure; notes.ts decides what the item means for the order that states it.
 */
import { MONTHS } from '../ingest/parse/dates';

export type MentionKind =
  'EXECUTIVE_ORDER' | 'PROCLAMATION' | 'MEMORANDUM' | 'NOTICE' | 'PRESIDENTIAL_DETERMINATION' | 'FR_DOCUMENT';

export interface NoteItem {
  id: string; // eo-11063, proc-9880, pm-2019-04-29, notice-1994-09-30, pd-1996-07, fr-59-25809
  kind: MentionKind;
  date?: string; // ISO date the item states (for an EO, its signing date)
  frCitation?: string; // '91 FR 15511' when the item adds one in brackets
  inPart: boolean;
}

/** The item names its document but what follows is unreadable (a line cut mid-item). */
export interface ItemReadResult {
  item?: NoteItem;
  error?: string;
}

const DATE = '([A-Z][a-z]+\\.?\\s+\\d{1,2},\\s*\\d{4})';

/** "November 20, 1962" -> "1962-11-20"; undefined for a misspelt month or a day the month lacks. */
export function usDateToIso(text: string): string | undefined {
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2}),\s*(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  return month ? isoIfReal(Number(m[3]), month, Number(m[2])) : undefined;
}

export function isoIfReal(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  const real = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return real ? d.toISOString().slice(0, 10) : undefined;
}

interface Head {
  id: string;
  kind: MentionKind;
  rest: string; // text after the identifier: date, "(in part)", a bracketed FR citation
  date?: string;
}

type HeadReader = (text: string) => Head | undefined | string;

// Order matters: an FR citation starts with a number, so it must be tried before a bare EO number.
const HEADS: HeadReader[] = [
  (t) => {
    const m = /^(\d+)\s+FR\s+(\d+)(.*)$/.exec(t);
    return m ? { id: `fr-${m[1]}-${m[2]}`, kind: 'FR_DOCUMENT', rest: m[3] } : undefined;
  },
  (t) => {
    // Both "EO EO 13836" and a bare "12864, September 15, 1993" occur in real notes.
    const m = /^(?:(?:EO|E\.\s?O\.|Executive\s+Order)\s*)*(?:No\.\s*)?(\d+)(?![\d-])(.*)$/i.exec(t);
    if (!m) return undefined;
    const prefixed = m[0].length - m[1].length - m[2].length > 0;
    if (!prefixed && m[1].length < 4) return undefined;
    return { id: `eo-${Number(m[1])}`, kind: 'EXECUTIVE_ORDER', rest: m[2] };
  },
  (t) => {
    const m = /^Proc(?:lamation|\.)?\s*(?:No\.\s*)?(\d+)(.*)$/i.exec(t);
    return m ? { id: `proc-${Number(m[1])}`, kind: 'PROCLAMATION', rest: m[2] } : undefined;
  },
  (t) => datedHead(t, /^(?:Presidential\s+)?Memo(?:randum|\.)?\s+of\s+/i, 'pm', 'MEMORANDUM'),
  (t) => datedHead(t, /^Notice\s+of\s+/i, 'notice', 'NOTICE'),
  (t) => {
    const m = /^(?:Pres\.|Presidential)\s+Determination\s+(?:No\.\s*)?(\d{2}|\d{4})-(\d+)(.*)$/i.exec(t);
    if (!m) return undefined;
    // Determinations before 2000 are numbered by two-digit fiscal year ("No. 96-7").
    const year = m[1].length === 4 ? m[1] : String((Number(m[1]) >= 50 ? 1900 : 2000) + Number(m[1]));
    return { id: `pd-${year}-${m[2].padStart(2, '0')}`, kind: 'PRESIDENTIAL_DETERMINATION', rest: m[3] };
  },
];

function datedHead(t: string, prefix: RegExp, idPrefix: string, kind: MentionKind): Head | undefined | string {
  const p = prefix.exec(t);
  if (!p) return undefined;
  const m = new RegExp(`^${DATE}(.*)$`).exec(t.slice(p[0].length));
  const date = m ? usDateToIso(m[1]) : undefined;
  if (!m || !date) return `no readable date after "${p[0].trim()}"`;
  // A memorandum's or notice's only identifier is its date, so the date is the id.
  return { id: `${idPrefix}-${date}`, kind, rest: m[2], date };
}

/** Reads what follows the identifier: `, Month D, YYYY` or ` of Month D, YYYY`, then brackets. */
function readTail(head: Head): ItemReadResult {
  let rest = head.rest;
  let date = head.date;
  const dated = new RegExp(`^(?:\\s*,\\s*|\\s+of\\s+)${DATE}`).exec(rest);
  if (dated) {
    date = usDateToIso(dated[1]);
    if (!date) return { error: `not a date: "${dated[1]}"` };
    rest = rest.slice(dated[0].length);
  }
  let inPart = false;
  let frCitation: string | undefined;
  for (let m = /^\s*\(([^)]*)\)/.exec(rest); m; m = /^\s*\(([^)]*)\)/.exec(rest)) {
    const inner = m[1].trim();
    if (/^in part$/i.test(inner)) inPart = true;
    else if (/^\d+\s+FR\s+\d+$/.test(inner)) frCitation = inner.replace(/\s+/g, ' ');
    else return { error: `unexpected "(${inner})"` };
    rest = rest.slice(m[0].length);
  }
  const item: NoteItem = { id: head.id, kind: head.kind, inPart };
  if (date) item.date = date;
  if (frCitation) item.frCitation = frCitation;
  if (rest.trim() !== '') return { item, error: `unreadable text after ${head.id}: "${rest.trim()}"` };
  return { item };
}

/**
 * Reads one item. When the document is identified but the rest is cut or garbled
 * ("EO 13997, J"), both `item` and `error` are set: the target is certain because its
 * number ended at a delimiter, so the caller can keep the relation and still report.
 */
export function readNoteItem(text: string): ItemReadResult {
  const t = text.replace(/\s+/g, ' ').trim();
  for (const read of HEADS) {
    const head = read(t);
    if (typeof head === 'string') return { error: head };
    if (head) return readTail(head);
  }
  return { error: 'not a document reference this parser knows' };
}

/** Splits a note's list on ";" (doubled or trailing ones included) and on ", EO" used as a separator. */
export function splitItems(list: string): string[] {
  return list
    .split(/;|,\s*(?=(?:EO|Proclamation|Memorandum|Notice)\s)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
