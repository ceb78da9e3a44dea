/** Finds where the document proper begins and ends, and reads kind, number, title, date, president. */
import { DocumentHints, DocumentKind } from '../model';
import { PresidentRef } from '../reference';
import { toIsoDate, WRITTEN_DATE } from './dates';
import { flattenLines } from './flatten';
import { escapeRegExp } from './patterns';
import { titleCase } from './sentences';
import { dateInWords } from './words-dates';

/** One document as one stream of text (line breaks no longer matter), cut in three. */
export interface DocumentParts {
  header: string;
  body: string;
  signature: string;
}

export interface HeaderFacts {
  kind?: DocumentKind;
  number?: string;
  title?: string;
  signedOn?: string;
  president?: string;
}

const DATE = `(?:${WRITTEN_DATE})`;

/** Lines of the header that are never the title: the FR's "Title 3", "Executive Order N of <date>", a rule. */
const HEADER_ITEM = new RegExp(
  [
    '^Title 3\\s*[-\u2014]*\\s*The President\\b',
    '^Presidential Documents\\b',
    // not the subject of the first sentence: "Executive Order No. 8248 of September 8, 1939, is hereby revoked."
    // (a date that runs on into the sentence does not make it a header by being left out; nor a lettered number,
    // "Executive Order No. 6657-A of March 27, 1934, as amended, ... is hereby amended", EO 6928, by being cut short;
    // a title after a dash, "Executive Order 13985-Advancing ...", still is one)
    `^(?:Executive Order|EXECUTIVE ORDER)(?:\\s+No\\.?)?\\s+\\d+(?:-?[A-Z])?(?!\\w|-[A-Z]\\b)(?:\\s+of\\s+${DATE}|(?!\\s+of\\s))(?!,|\\s+(?:is|are|as|and|which|shall)\\b)`,
    `^(?:Proclamation|PROCLAMATION)\\s+\\d+(?:\\s+of\\s+${DATE})?`,
    `^(?:Memorandum|MEMORANDUM) of ${DATE}`,
    '^(?:- ?){3,}',
    '^A Proclamation\\b',
  ].join('|'),
  'i',
);

/**
 * The signed print's "EXECUTIVE ORDER" with its number line dropped as a page number. In capitals
 * only: "Executive Order No. 6832, of August 23, 1934, ... is hereby revoked" opens a body.
 */
const SIGNED_PRINT_ITEM = /^EXECUTIVE ORDER(?= )/;

/** Where the document's own words begin; the proclamation's "By the President ..." line is not one of its words. */
const BODY_MARKER = new RegExp(
  [
    'By the President of the United States of America:?(?:\\s+A Proclamation\\b)?',
    'By (?:virtue of )?(?:and pursuant to )?the authority vested in me\\b',
    '(?:Section|SECTION|Sec\\.|SEC\\.)\\s+1\\.\\s',
    'MEMORANDUM FOR\\b',
    '(?:Whereas|WHEREAS)\\b',
  ].join('|'),
);

/** A title is a short run of words with no sentence in it. */
function isTitle(text: string): boolean {
  return text.length <= 600 && !/[a-z]{2}[.;:]\s+[A-Z]/.test(text) && !/\b(?:shall|hereby)\b/i.test(text);
}

/** Skips the header items at the start; returns where the rest begins. */
function skipHeaderItems(stream: string): number {
  let pos = 0;
  for (let guard = 0; guard < 12; guard++) {
    const head = stream.slice(pos, pos + 400);
    const m = HEADER_ITEM.exec(head) ?? SIGNED_PRINT_ITEM.exec(head);
    if (!m) break;
    pos += m[0].length;
    while (stream[pos] === ' ') pos++;
  }
  return pos;
}

/** An all-capitals title run before running text, as the Presidency Project pages give it ("EXEMPTION OF ... RETIREMENT Arthur S. ..."). */
function capitalsRun(text: string): number {
  const m = /^(?:[A-Z0-9][A-Z0-9.,'&()-]*\s+){2,40}(?=[A-Z][a-z])/.exec(text.slice(0, 600));
  return m && /[A-Z]{3}/.test(m[0]) ? m[0].length : 0;
}

function bodyStart(stream: string): { titleFrom: number; titleTo: number; body: number } {
  const from = skipHeaderItems(stream);
  const rest = stream.slice(from);
  const marker = BODY_MARKER.exec(rest);
  if (marker && isTitle(rest.slice(0, marker.index))) {
    const proclaims = /^By the President/.test(marker[0]);
    return {
      titleFrom: from,
      titleTo: from + marker.index,
      body: from + marker.index + (proclaims ? marker[0].length : 0),
    };
  }
  const caps = capitalsRun(rest);
  return { titleFrom: from, titleTo: from + caps, body: from + caps };
}

/** The signer's name in capitals, as it is signed, with or without the periods of its initials. */
function signerPattern(presidents: PresidentRef[]): RegExp {
  const names = presidents.flatMap((p) => p.aliases).filter((a) => a === a.toUpperCase() && /[A-Z]{3}/.test(a));
  const alt = names
    .sort((a, b) => b.length - a.length)
    .map((a) =>
      a
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\\\./g, '\\.?')
        .replace(/,/g, ',?')
        .replace(/ /g, '\\s*'),
    )
    .join('|');
  return new RegExp(`(?<![A-Za-z])(?:${alt})(?![a-z])`, 'g');
}

/** "THE WHITE HOUSE," in capitals, or "The White House, <date>": not the page's own "The White House" links. */
const WHITE_HOUSE = new RegExp(`(?:THE WHITE HOUSE|The White House),?\\s*${DATE}\\.?|THE WHITE HOUSE\\b,?`, 'g');

function lastMatch(re: RegExp, text: string, from: number): RegExpExecArray | undefined {
  re.lastIndex = from;
  let last: RegExpExecArray | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    last = m;
    if (m[0] === '') re.lastIndex++;
  }
  return last;
}

/**
 * Where the signature starts when it stands right before the place and date in a form signerPattern does not read: the signer's
 * name in mixed case ("George Bush The White House, March 12, 1991.": a name in mixed case anywhere else is a name the
 * text uses, "the George Bush Center"), or the one letter left of the signature's image (SIGNATURE_MARK).
 */
function signatureWordsBefore(
  stream: string,
  at: number,
  from: number,
  presidents: PresidentRef[],
): number | undefined {
  const names = presidents.map((p) => escapeRegExp(p.name).replace(/ /g, '\\s*'));
  if (!names.length) return undefined;
  const before = stream.slice(Math.max(from, at - 60), at);
  const m = new RegExp(`(?<![A-Za-z])(?:${names.join('|')})\\s*$`).exec(before) ?? SIGNATURE_MARK.exec(before);
  return m ? at - before.length + m.index : undefined;
}

/**
 * What a rendering keeps of the signature's image: one capital letter alone after the text's last sentence ("... on June
 * 19, 2006. B THE WHITE HOUSE, June 16 2006.", EO 13405). The letter, not the stop before it, starts the signature.
 */
const SIGNATURE_MARK = /(?<=[.;:"')\]]\s+)[A-Z]\s*$/;

/** The signature ends the document: the President's name in capitals and/or "THE WHITE HOUSE, <date>." */
function signatureStart(stream: string, from: number, presidents: PresidentRef[]): number {
  const house = lastMatch(WHITE_HOUSE, stream, from);
  const tailFrom = house ? Math.max(from, house.index - 200) : from + Math.floor((stream.length - from) * 0.5);
  const signer = lastMatch(signerPattern(presidents), stream, tailFrom);
  const mixed = house ? signatureWordsBefore(stream, house.index, from, presidents) : undefined;
  const ends = [house?.index, signer?.index, mixed].filter((i): i is number => i !== undefined);
  return ends.length ? Math.min(...ends) : stream.length;
}

export function splitDocument(lines: string[], presidents: PresidentRef[]): DocumentParts & { title: string } {
  // the lines as if joined by spaces (flatten makes every run of white space one space either way), without the joined copy
  const stream = flattenLines(lines);
  const start = bodyStart(stream);
  const end = Math.max(start.body, signatureStart(stream, start.body, presidents));
  return {
    header: stream.slice(0, start.body).trim(),
    title: stream.slice(start.titleFrom, start.titleTo).trim(),
    body: stream.slice(start.body, end).trim(),
    signature: stream.slice(end).trim(),
  };
}

const KIND_PATTERNS: [DocumentKind, RegExp][] = [
  ['EXECUTIVE_ORDER', /\bExecutive Order\s+(\d{4,6})\b/i],
  ['PROCLAMATION', /\bProclamation\s+(\d{3,5})\b/i],
  ['NATIONAL_SECURITY_MEMORANDUM', /\bNational Security Memorandum[\s/-]+(?:NSM-)?(\d+)\b/i],
  ['PRESIDENTIAL_DETERMINATION', /\bPresidential Determination No\.\s*(\d{4}-\d+)\b/i],
  ['MEMORANDUM', /\bMemorandum\b()/i],
];

function readTitle(title: string): string | undefined {
  const t = title.replace(/\s*[.:]$/, '').trim();
  if (!t || /^By the President\b/i.test(t)) return undefined;
  return t === t.toUpperCase() ? titleCase(t) : t;
}

function presidentFor(signature: string, signedOn: string | undefined, presidents: PresidentRef[]): string | undefined {
  const signed = signature.toUpperCase().replace(/[.,\s]+/g, ' ');
  const named = presidents.find((p) =>
    p.aliases.some((a) =>
      signed.includes(
        a
          .toUpperCase()
          .replace(/[.,\s]+/g, ' ')
          .trim(),
      ),
    ),
  );
  if (named) return named.name;
  if (!signedOn) return undefined;
  return presidents.find((p) => p.terms.some(([from, to]) => signedOn >= from && signedOn < to))?.name;
}

export function readHeader(parts: DocumentParts & { title: string }, presidents: PresidentRef[]): HeaderFacts {
  const headText = parts.header;
  const kindHit = KIND_PATTERNS.map(([kind, re]) => ({ kind, m: re.exec(headText) })).find((k) => k.m);
  const sigWritten = new RegExp(WRITTEN_DATE).exec(parts.signature);
  const sigDate = sigWritten ? toIsoDate(sigWritten[0]) : undefined;
  const headDate = new RegExp(`\\bof (${WRITTEN_DATE})`).exec(headText);
  const signedOn = sigDate ?? (headDate ? toIsoDate(headDate[1]) : undefined) ?? dateInWords(parts.body.slice(-1500));
  return {
    kind: kindHit?.kind,
    number: kindHit?.m?.[1] || undefined,
    title: readTitle(parts.title),
    signedOn,
    president: presidentFor(parts.signature, signedOn, presidents),
  };
}

const FR_ISSUE = 'Federal Register / Vol. ';
// the issue's volume (captured) and number, spelled once: the page header is read on from it
const FR_ISSUE_SOURCE = String.raw`${escapeRegExp(FR_ISSUE)}(\d+), No\. \d+ /`;
const FR_ISSUE_NUMBER = new RegExp(FR_ISSUE_SOURCE, 'y');
const FR_PAGE_HEADER = new RegExp(String.raw`${FR_ISSUE_SOURCE}[^\n]*?Presidential Documents\s+(\d+)`, 'y');

/**
 * "Federal Register / Vol. 90, No. 18 / ... / Presidential Documents 8443" → "90 FR 8443", from the raw text. A line is
 * read once: when its first "Federal Register / Vol." finds no page on the rest of the line, no later one on that line
 * can, and trying each would read the rest of a long line again per mention.
 */
export function readFrCitation(raw: string): string | undefined {
  for (let at = raw.indexOf(FR_ISSUE); at >= 0;) {
    FR_ISSUE_NUMBER.lastIndex = at;
    if (!FR_ISSUE_NUMBER.test(raw)) {
      at = raw.indexOf(FR_ISSUE, at + 1);
      continue;
    }
    FR_PAGE_HEADER.lastIndex = at;
    const m = FR_PAGE_HEADER.exec(raw);
    if (m) return `${m[1]} FR ${m[2]}`;
    const end = raw.indexOf('\n', at);
    if (end < 0) return undefined;
    at = raw.indexOf(FR_ISSUE, end);
  }
  return undefined;
}

/** Text wins over hints, but a hint spelled the same apart from case and spacing keeps its casing. */
export function mergeFacts(facts: HeaderFacts, hints: DocumentHints = {}): HeaderFacts & { frCitation?: string } {
  const same = (a?: string, b?: string) =>
    !!a && !!b && a.replace(/\W+/g, '').toLowerCase() === b.replace(/\W+/g, '').toLowerCase();
  return {
    kind: facts.kind ?? hints.kind,
    number: facts.number ?? hints.number,
    title: same(facts.title, hints.title) ? hints.title : (facts.title ?? hints.title),
    signedOn: facts.signedOn ?? hints.signedOn,
    president: facts.president ?? hints.president,
    frCitation: hints.frCitation,
  };
}
