/** References to other Presidential documents, in every form the orders write them. */
import { DocumentKind, DocumentRef } from '../model';
import { toIsoDate, WRITTEN_DATE } from './dates';
import { DatedOrderNames, DatedOrderTable, DocumentDatedOrders, numberOnDate } from './dated-orders';
import { documentId } from './ids';
import { listIn } from './lists';
import { matchAll } from './patterns';

/** A reference with where the text says it, so the words around it can be read. */
export interface PlacedRef {
  ref: DocumentRef;
  start: number;
  end: number;
  /** Placed by its date alone ("Executive Order of <date>"): only where the document's dates are known (see placeDated). */
  byDate?: true;
}

/**
 * Whom a memorandum is for, named between its word and its date: "the President's Memorandum for the Attorney General
 * of December 8, 2006" (EO 13481), "Memorandum for the Secretary of Commerce of October 3, 2002" (EO 13613), "my
 * Memorandum to the Heads of Executive Departments and Agencies of February 18, 1983" (EO 12591): capitalized words, and
 * the small words between them, up to the date's "of".
 */
const ADDRESSEE = String.raw`(?:(?:for|to) (?:the )?[A-Z][A-Za-z.]*(?:,? (?:(?:of|and|the|for) )*[A-Z][A-Za-z.]*){0,10} )?`;
// "Executive Order 13767", "Executive Order No. 8248", "Executive Orders Nos. 6166 and 6228",
// "Executive Orders Numbered 6166, 6224, and 6540", "Executive Order Number 6160" (EO 6208), "Proclamation No. 2039", "Presidential Determination 2022–13", "National Security Memorandum 3",
// "Presidential Memorandum of April 4, 2018", "my memorandum of December 30, 1978" (EO 12143), "the President's memorandum
// of June 2, 2005" (EO 13394): lower case only after words that make it the President's. The numbers after a head are
// read one by one below.
const HEAD = new RegExp(
  String.raw`\b(?:(Executive [Oo]rders?)|(Proclamations?)|(Presidential Determinations?)|(National Security Memorand(?:um|a))|(?:Presidential )?(Memorandum)(?= ${ADDRESSEE}of [A-Z][a-z]+ \d)|(?<=\b(?:[Mm]y|President[\u2019']s) )memorandum(?= (?:of|dated) [A-Z][a-z]+ \d))\b(?:,? (?:Nos?\.?|NOS?\.|[Nn]umbered|Numbers?))?[ \u00a0]*`,
  'g',
);
/** Words every HEAD match holds: a text without them names no document (a cheaper test than HEAD). */
export const MAY_NAME_A_DOCUMENT =
  /Executive [Oo]rder|Proclamation|Presidential Determination|National Security Memorand|[Mm]emorandum/;
const TITLE_IN_PARENTHESES = `,? \\(([A-Z\u201c"](?:[^()]|\\([^()]*\\))*)\\)`;
const TITLE = `(?:${TITLE_IN_PARENTHESES})?`;
const DATED = `(?:,?\\s?(?:of|dated) (${WRITTEN_DATE}))?`;
/**
 * Where the document was published, after its name: "(85 FR 70951)", ", 85 Fed. Reg. 60683,"
 * (also written "85 *Fed. Reg.* 60683" on web pages), "(7 F.R. 4195)". It cites the document, not a rule.
 */
const FR_AT = String.raw`(\d{1,3})\s+(?:Fed\.\s*Reg\.|F\.\s?R\.|FR)\s+(\d{1,3}(?:,\d{3})+|\d+)`;
/** Two groups each way (in parentheses, perhaps with its date: "(34 Fed. Reg. 17567 (October 28, 1969))"; or after a comma): volume and page. */
const PUBLISHED_AT = String.raw`(?:\s*\(${FR_AT}(?:,?\s*\([^()]{1,40}\))?\)|,?\s+${FR_AT}\b)?`;
// the most digits of an order's and a proclamation's number, for NUMBERED and PLAIN_DIGITS alike
const ORDER_DIGITS = 6;
const PROCLAMATION_DIGITS = 5;
const NUMBERED: Partial<Record<DocumentKind, RegExp>> = {
  EXECUTIVE_ORDER: new RegExp(`(\\d{1,${ORDER_DIGITS}}(?:-?[A-Z]\\b)?)${DATED}${TITLE}${PUBLISHED_AT}`, 'y'),
  PROCLAMATION: new RegExp(`(\\d{1,${PROCLAMATION_DIGITS}})${DATED}${TITLE}${PUBLISHED_AT}`, 'y'),
  PRESIDENTIAL_DETERMINATION: new RegExp(
    `(?:No\\. ?)?(\\d{4} ?[-\u2013\u2014] ?\\d{1,3})${DATED}${TITLE}${PUBLISHED_AT}`,
    'y',
  ),
  NATIONAL_SECURITY_MEMORANDUM: new RegExp(`(?:\\(?NSM-)?(\\d{1,3})\\)?${DATED}${TITLE}${PUBLISHED_AT}`, 'y'),
};
/**
 * An order named by its date, with its title if the text gives one: "Executive Order of January 29, 2025 (Ending
 * Radical Indoctrination in K-12 Schooling)" (EO 14280), "Executive Order of February 1, 2025, titled \u201cImposing
 * Duties ...\u201d" (EO 14198), "Executive order, dated July 15, 1933" (EO 6242). A description after the date
 * ("..., 1933, concerning the operation of banks") is no title.
 */
const DATED_ORDER = new RegExp(
  `,?\\s?(?:of|dated) (${WRITTEN_DATE})(?:${TITLE_IN_PARENTHESES}|,? (?:titled|entitled),? [\u201c"]([^\u201d"]{3,300})[\u201d"])?${PUBLISHED_AT}`,
  'y',
);
/** Words every DATED_ORDER after its head holds: a text without them names no order by date. */
const MAY_NAME_BY_DATE = /Executive [Oo]rder,?\s?(?:of|dated) [A-Z]/;

/** Whether `text` may name an order by its date (see datedOrdersOf): a text it says no to names none. */
export function mayNameByDate(text: string): boolean {
  return MAY_NAME_BY_DATE.test(text);
}
const MEMORANDUM_TAIL = new RegExp(`${ADDRESSEE}(?:of|dated) (${WRITTEN_DATE})${TITLE}${PUBLISHED_AT}`, 'y');
/**
 * Between two numbers of one plural head: "12345, 12346, and 12347", "6166 and 6228", and each number's ", as amended"
 * ("Executive Orders No. 10705, as amended, No. 11191, as amended, and No. 11556, as amended, are revoked", EO 12046);
 * after a semicolon only with the number's own "No." or "Number" ("Executive Orders Number 10001 of September 17, 1948;
 * Number 10008 of October 18, 1948; ...", EO 11586; "No. 10001 of September 17, 1948; No. 10735 ...", EO 11606).
 */
const NEXT_NUMBER =
  /(?:,\s*as amended)?(?:(?:,\s*(?:and|or)?\s*|\s+(?:and|or)\s+)(?:Nos?\.?\s*|Number\s+)?|;\s*(?:and\s+)?(?:No\.\s*|Number\s+))(?=\d)/y;
/**
 * After a singular head, another number only with its own "No.": "Executive Order No. 3862, of June 11, 1923, and No.
 * 4225, of May 16, 1925, ... are hereby revoked" (EO 6444). A bare number there is something else ("Executive Order
 * No. 9001 and 12 other orders").
 */
const NEXT_NO = /(?:,\s*as amended)?(?:,\s*(?:and|or)\s*|\s+(?:and|or)\s+)No\.\s*(?=\d{3})/y;

function kindOf(m: RegExpExecArray): DocumentKind {
  if (m[1]) return 'EXECUTIVE_ORDER';
  if (m[2]) return 'PROCLAMATION';
  if (m[3]) return 'PRESIDENTIAL_DETERMINATION';
  if (m[4]) return 'NATIONAL_SECURITY_MEMORANDUM';
  return 'MEMORANDUM';
}

function refOf(
  kind: DocumentKind,
  number: string | undefined,
  written: string | undefined,
  rawTitle: string | undefined,
  volume?: string,
  page?: string,
): DocumentRef {
  const signedOn = written ? toIsoDate(written) : undefined;
  const title = rawTitle
    ?.replace(/\s+/g, ' ')
    .replace(/^[\u201c"]|[\u201d"]$/g, '')
    .trim();
  const frCitation = volume && page ? `${Number(volume)} FR ${Number(page.replace(/,/g, ''))}` : undefined;
  // set one by one, in the same order: four spreads of a small object each were most of a ref's garbage
  const ref: DocumentRef = { id: documentId(kind, number, signedOn), kind };
  if (number) ref.number = number;
  if (signedOn) ref.signedOn = signedOn;
  if (title) ref.title = title;
  if (frCitation) ref.frCitation = frCitation;
  return ref;
}

/**
 * The ref of a number a list names with no date, title or citation, one object for each number of the list: a list of
 * 330,000 numbers of 9,000 orders made a ref for each, and the merge of the document's refs a copy for each again. The
 * refs are read, never changed, as every ref is (a merge makes a new one).
 */
function bareRef(kind: DocumentKind, number: string, listed: Map<string, DocumentRef>): DocumentRef {
  let ref = listed.get(number);
  if (!ref) listed.set(number, (ref = refOf(kind, number, undefined, undefined)));
  return ref;
}

const NO_REFS: PlacedRef[] = [];
/** A plural head: "Executive Orders", "National Security Memoranda" (a last letter read, not a regex run). */
function pluralName(name: string): boolean {
  return name.endsWith('s') || name.endsWith('a');
}
/** A head made plural by its numbers' word: "Executive Order Nos.", "Executive Orders Numbered". */
const PLURAL_NUMBERS = /\b(?:Nos|NOS|[Nn]umbered|Numbers)\b/;
/**
 * An order's number as its id writes it. A lettered order is another order than the one of its bare number ("Executive
 * Order No. 199-A is hereby superseded", EO 11048; "Executive Orders No. 10695A of January 16, 1957", EO 10995, where
 * 10695 is an order of the same day on another subject): it keeps its letter, after a hyphen however the text writes it.
 * A leading zero is the printer's ("Executive Order No. 09705 of March 15, 1946", EO 9841, is 9705).
 */
function orderNumber(written: string): string {
  if (!LETTERED_OR_PADDED.test(written)) return written;
  const m = /^0*(\d+)\s?-?\s?([A-Z]?)$/.exec(written);
  return m ? (m[2] ? `${m[1]}-${m[2]}` : m[1]) : written;
}
const LETTERED_OR_PADDED = /^0|[A-Z]$/;
/** What a number may hold that its id does not: spaces, and a dash other than "-". */
const NUMBER_NOISE = /[\s\u2013\u2014]/;

/**
 * Every document the text names, with its place, in order of appearance. `dated` says which order "Executive Order of
 * <date>" names (see dated-orders.ts); without it such words name none.
 */
export function placeDocumentRefs(text: string, dated?: DatedOrderNames): PlacedRef[] {
  let out: PlacedRef[] | undefined;
  // head by head, without a list of them first (a list a text named none in)
  HEAD.lastIndex = 0;
  for (let head = nextHead(text); head; head = nextHead(text)) placeAfter(head, text, (out ??= []), dated);
  // most texts name no document: one shared empty list for them (callers only read it)
  return out ?? NO_REFS;
}

/**
 * The words of MAY_NAME_A_DOCUMENT, written shorter for placeDocumentRefs ("Memorand" stands for both memorandum forms:
 * a text it lets through that names no document finds no HEAD), and without their first letters, read after: a search
 * for literal words alone skips ahead, where the words' several first letters ("[Mm]emorand" among them) made the regex
 * engine try every place (2 MB: 2.7 ms, 7.4).
 */
const HEAD_WORD_TAIL = /xecutive [Oo]rder|roclamation|residential Determination|emorand/g;
/** How far before its word a head may start: "National Security " before "Memorandum". */
const HEAD_BEFORE_WORD = 'National Security '.length;

/**
 * The next HEAD from its lastIndex, searched from a little before the next of those words: HEAD's own search, place by
 * place, cost three times as much as the words' search, and a text that holds no word is passed over with no HEAD.
 */
function nextHead(text: string): RegExpExecArray | null {
  const tail = nextWordTail(text, HEAD.lastIndex);
  if (!tail) return null;
  const word = tail.index - 1;
  // only a memorandum's head ("e" of "emorand") may start before its word; the other heads start with it
  const from = text.charCodeAt(tail.index) === 101 ? word - HEAD_BEFORE_WORD : word;
  HEAD.lastIndex = Math.max(HEAD.lastIndex, from);
  return HEAD.exec(text);
}

/** The rest of the next of those words that starts at or after `from`: a HEAD_WORD_TAIL after its word's first letter. */
function nextWordTail(text: string, from: number): RegExpExecArray | null {
  HEAD_WORD_TAIL.lastIndex = from + 1;
  for (let tail = HEAD_WORD_TAIL.exec(text); tail; tail = HEAD_WORD_TAIL.exec(text)) {
    if (opensTail(text.charCodeAt(tail.index - 1), text.charCodeAt(tail.index))) return tail;
    HEAD_WORD_TAIL.lastIndex = tail.index + 1;
  }
  return null;
}

/** Whether `first` opens the word whose rest begins with `next`: "E" + "x...", "P" + "r...", "M" or "m" + "e...". */
function opensTail(first: number, next: number): boolean {
  if (next === 120) return first === 69; // x: Executive
  if (next === 114) return first === 80; // r: Proclamation, Presidential
  return first === 77 || first === 109; // e: Memorand, memorand
}

/** The refs a head opens: its number, or each of a plural head's numbers, or a memorandum's date. */
function placeAfter(head: RegExpExecArray, text: string, out: PlacedRef[], dated?: DatedOrderNames): void {
  const kind = kindOf(head);
  let at = head.index + head[0].length;
  if (kind === 'MEMORANDUM') {
    MEMORANDUM_TAIL.lastIndex = at;
    const m = MEMORANDUM_TAIL.exec(text);
    const signedOn = m ? toIsoDate(m[1]) : undefined;
    if (m && signedOn)
      out.push({
        ref: refOf(kind, undefined, m[1], m[2], m[3] ?? m[5], m[4] ?? m[6]),
        start: head.index,
        end: at + m[0].length,
      });
    return;
  }
  const plural = pluralName(head[1] ?? head[2] ?? head[3] ?? head[4] ?? '') || PLURAL_NUMBERS.test(head[0]);
  let start = head.index;
  let listed: Map<string, DocumentRef> | undefined;
  for (;;) {
    const plainEnd = plural ? plainNumberEnd(text, at, kind) : -1;
    if (plainEnd > 0) {
      out.push({
        ref: bareRef(kind, orderNumber(text.slice(at, plainEnd)), (listed ??= new Map())),
        start,
        end: plainEnd,
      });
      at = plainEnd;
    } else {
      const one = NUMBERED[kind] as RegExp;
      one.lastIndex = at;
      const m = one.exec(text);
      if (!m) {
        if (dated && kind === 'EXECUTIVE_ORDER' && !plural && start === head.index) placeDated(head, text, out, dated);
        break;
      }
      const number = NUMBER_NOISE.test(m[1])
        ? m[1].replace(/\s/g, '').replace(/[\u2013\u2014]/, '-')
        : orderNumber(m[1]);
      const bare = plural && !m[2] && !m[3] && !(m[4] ?? m[6]);
      const ref = bare
        ? bareRef(kind, number, (listed ??= new Map()))
        : refOf(kind, number, m[2], m[3], m[4] ?? m[6], m[5] ?? m[7]);
      out.push({ ref, start, end: at + m[0].length });
      at += m[0].length;
    }
    const next = plural ? NEXT_NUMBER : NEXT_NO;
    next.lastIndex = at;
    // tested, not executed: sticky, it ends where the next number starts, and a match array for each of a list's
    // 330,000 numbers was garbage
    if (!next.test(text)) break;
    at = next.lastIndex;
    start = at;
  }
}

/** The most digits NUMBERED reads as an order's or a proclamation's number (other kinds' numbers are not plain). */
const PLAIN_DIGITS: Partial<Record<DocumentKind, number>> = {
  EXECUTIVE_ORDER: ORDER_DIGITS,
  PROCLAMATION: PROCLAMATION_DIGITS,
};

/**
 * Where a plain number at `at` ends when what follows it is the next item of a list, so that NUMBERED could read no
 * letter, date, title or citation after it: ", 12346", ", and 12347", " and 12347" (a citation after a comma opens on
 * at most three digits and a space: "12345, 85 FR 70951"); -1 for any other text, which NUMBERED reads. A list of
 * 143,000 numbers was a match array for each of them, twice (its sentence and its provision): 2 MB, a sixth of the
 * parse's garbage.
 */
function plainNumberEnd(text: string, at: number, kind: DocumentKind): number {
  const most = PLAIN_DIGITS[kind];
  const end = digitsEnd(text, at);
  if (!most || end === at || end - at > most) return -1;
  const space = text.charCodeAt(end) === 44 ? end + 1 : end; // ","
  if (text.charCodeAt(space) !== 32) return -1;
  const next = text.charCodeAt(space + 1);
  if (next === 97) return end; // "a": "and", "as amended"
  return digitsEnd(text, space + 1) - (space + 1) >= 4 && space > end ? end : -1;
}

/** The end of the run of ASCII digits (what \d reads) at `at`. */
function digitsEnd(text: string, at: number): number {
  let end = at;
  for (let c = text.charCodeAt(end); c >= 48 && c <= 57; c = text.charCodeAt(end)) end++;
  return end;
}

/**
 * The short name a text defines for the order, in quotes inside the parentheses: "the Executive Order of September 22,
 * 2020 (\u201cthe September Order\u201d)", "(\u201cthe Executive Order of February 1, 2025\u201d)" (EO 14197). A title in
 * parentheses is not quoted whole and opens with a capital; a defined name opens with a lower-case "the". Read as a
 * title, it fit no order of that date and the date named none.
 */
const DEFINED_NAME = /^[\u201c"]the\s[^\u201c\u201d"]{1,80}[\u201d"]$/;

/** An order a singular head names by its date ("Executive Order of March 10, 1933"), when `dated` knows its number. */
function placeDated(head: RegExpExecArray, text: string, out: PlacedRef[], dated: DatedOrderNames): void {
  const at = head.index + head[0].length;
  DATED_ORDER.lastIndex = at;
  const m = DATED_ORDER.exec(text);
  if (!m) return;
  const signedOn = toIsoDate(m[1]);
  // "entitled, \u201cEnsuring the Future Is Made in All of America by All of America's Workers,\u201d" (EO 14008): the comma is the sentence's
  const title = DEFINED_NAME.test(m[2] ?? '')
    ? undefined
    : (m[2] ?? m[3])?.replace(/\s+/g, ' ').replace(/,$/, '').trim();
  const number = signedOn && dated.numberOf(signedOn, title);
  if (number)
    out.push({
      ref: refOf('EXECUTIVE_ORDER', number, m[1], title, m[4] ?? m[6], m[5] ?? m[7]),
      start: head.index,
      end: at + m[0].length,
      byDate: true,
    });
}

/**
 * What a document's dates name (see DocumentDatedOrders): the orders it names by date and title teach their dates to
 * its other mentions. Only texts that name an order by its date are read twice.
 */
export function datedOrdersOf(texts: readonly string[], table: DatedOrderTable): DocumentDatedOrders {
  const names = new DocumentDatedOrders(table);
  const titled: DatedOrderNames = {
    numberOf: (signedOn, title) => {
      const number = title === undefined ? undefined : numberOnDate(table, signedOn, title);
      if (number) names.learn(signedOn, number);
      return number;
    },
  };
  for (const text of texts) if (MAY_NAME_BY_DATE.test(text)) placeDocumentRefs(text, titled);
  return names;
}

/**
 * The items of a list a head opened before it ("The following Executive orders are hereby revoked: No. 279 of
 * November 29, 1904. No. 283 of December 8, 1904. ...", EO 9830; "The following Executive Orders are revoked: 8744
 * Authorizing certain employees ... 10880 Permitting ...", EO 12608): a number alone, then its date ("No. 9394of
 * November 4, 1943", as printed) or its title.
 */
const BARE_NUMBER = new RegExp(
  `(?<![\\w.,$\u00a7/-]|,\\s)(?:No\\.\\s*(?:Subject\\.?\\s+)?)?(\\d{3,5}(?:\\s?-\\s?[A-Z]\\b)?)(?:,?\\s?(?:of|dated) (${WRITTEN_DATE})|(?=\\s+[A-Z][a-z]))`,
  'g',
);
/**
 * What may open such an item: its number, or an order the list names without one ("Unnumbered order of June 2, 1920"),
 * or the head of a table of them, repeated on each page ("No. Subject", EO 12553).
 */
export const OPENS_WITH_BARE_NUMBER =
  /^\s*(?:No\.\s*(?:Subject\.?\s+)?)?\d{3,5}(?!\d|\.\d)|^\s*Unnumbered order\b|^\s*(?:No\.\s*)?Subject\.?\s*$/;

/** The documents of kind `kind` a list names by their numbers alone, with their places. */
export function placeBareNumbers(text: string, kind: 'EXECUTIVE_ORDER' | 'PROCLAMATION'): PlacedRef[] {
  const out: PlacedRef[] = [];
  for (const m of matchAll(BARE_NUMBER, text)) {
    const index = m.index;
    out.push({ ref: refOf(kind, orderNumber(m[1]), m[2], undefined), start: index, end: index + m[0].length });
  }
  return out;
}

/** Every document the text names, in order of appearance. */
export function findDocumentRefs(text: string): DocumentRef[] {
  return placeDocumentRefs(text).map((p) => p.ref);
}

/** Keeps one ref per id, merging what each mention says; a second memorandum of a day gets its own id. */
export function mergeRefs(refs: DocumentRef[]): DocumentRef[] {
  const byId = new Map<string, DocumentRef>();
  const ofDay = new Map<string, Map<string, string>>();
  for (const ref of refs) {
    const id = ref.kind === 'MEMORANDUM' ? memorandumId(ref, byId, ofDay) : ref.id;
    const r = id === ref.id ? ref : { ...ref, id };
    const earlier = byId.get(r.id);
    // the same mention again (a document named, then the target of a relation): nothing to merge, no copy
    if (earlier === r) continue;
    byId.set(r.id, earlier ? { ...r, ...earlier } : r);
  }
  return [...byId.values()];
}

/**
 * The id of a memorandum: its day's, unless a memorandum of another title has it; then the next of that day's ids
 * (eo-…-2, -3 …) that is this title's or no one's yet. The ids a day's titles hold are kept by title (`ofDay`, by the
 * day's id): a walk through them for each memorandum was quadratic in a text naming thousands of one day.
 */
function memorandumId(
  ref: DocumentRef,
  byId: Map<string, DocumentRef>,
  ofDay: Map<string, Map<string, string>>,
): string {
  // an untitled one, or the first titled one, takes the day's id (a day's id held by no title is the only such)
  if (!ref.title || !byId.get(ref.id)?.title) {
    if (ref.title) listIn(ofDay, ref.id, () => new Map<string, string>()).set(ref.title, ref.id);
    return ref.id;
  }
  const titled = listIn(ofDay, ref.id, () => new Map<string, string>());
  let id = titled.get(ref.title);
  if (id === undefined) {
    id = documentId('MEMORANDUM', undefined, ref.signedOn, titled.size + 1);
    titled.set(ref.title, id);
  }
  return id;
}
