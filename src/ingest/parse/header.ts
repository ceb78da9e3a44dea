/** Finds where the document proper begins and ends, and reads kind, number, title, date, president. */
import { DocumentHints, DocumentKind } from '../model';
import { PresidentRef } from '../reference';
import { ParseError } from './errors';
import { toIsoDate, WRITTEN_DATE } from './dates';
import { titleCase } from './sentences';

export interface DocumentParts {
  header: string[];
  body: string[];
  signature: string[];
}

export interface HeaderFacts {
  kind?: DocumentKind;
  number?: string;
  title?: string;
  signedOn?: string;
  president?: string;
}

const BODY_START = [
  /^By the authority vested in me\b/i,
  /^(?:Section|Sec\.)\s+1\.\s/,
  /^MEMORANDUM FOR\b/i,
  /^By the President of the United States of America\b/i,
];

function bodyStart(lines: string[]): number {
  const i = lines.findIndex((l) => BODY_START.some((re) => re.test(l)));
  if (i >= 0) return /^By the President/i.test(lines[i]) ? i + 1 : i;
  const text = lines.join(' ');
  if (/it is hereby ordered|hereby proclaim|I hereby order/i.test(text)) return 0;
  throw new ParseError(
    'This text is not a Presidential document: found no "By the authority vested in me", no "Section 1."/"Sec. 1.", ' +
      'no proclamation or memorandum form. Pass the full text of an executive order, proclamation or memorandum.',
  );
}

/** The signature ends the document: "THE WHITE HOUSE," or the President's name in capitals. */
function isSignature(line: string, presidents: PresidentRef[]): boolean {
  if (/^THE WHITE HOUSE,?$/.test(line)) return true;
  return presidents.some((p) => p.aliases.some((a) => a.toUpperCase() === line.toUpperCase()));
}

export function splitDocument(lines: string[], presidents: PresidentRef[]): DocumentParts {
  const start = bodyStart(lines);
  let end = lines.findIndex((l, i) => i > start && isSignature(l, presidents));
  if (end < 0) end = lines.length;
  let sigEnd = end;
  // the signature block is the name or "THE WHITE HOUSE," plus the date line under it, nothing after
  while (sigEnd < lines.length && sigEnd < end + 4 && (lines[sigEnd] === '' || isSignature(lines[sigEnd], presidents) || toIsoDate(lines[sigEnd].replace(/\.$/, '')))) sigEnd++;
  return { header: lines.slice(0, start), body: lines.slice(start, end), signature: lines.slice(end, sigEnd) };
}

const KIND_PATTERNS: [DocumentKind, RegExp][] = [
  ['EXECUTIVE_ORDER', /\bExecutive Order\s+(\d{4,6})\b/i],
  ['PROCLAMATION', /\bProclamation\s+(\d{3,5})\b/i],
  ['NATIONAL_SECURITY_MEMORANDUM', /\bNational Security Memorandum[\s/-]+(?:NSM-)?(\d+)\b/i],
  ['PRESIDENTIAL_DETERMINATION', /\bPresidential Determination No\.\s*(\d{4}-\d+)\b/i],
  ['MEMORANDUM', /\bMemorandum\b()/i],
];

const NOT_TITLE = [/^(?:Executive Order|Proclamation|Presidential Determination|National Security Memorandum|Memorandum)\b/i, /^\d+$/, /^A Proclamation$/i, /^Title 3/i];

function readTitle(header: string[]): string | undefined {
  const subject = header.map((l) => /^SUBJECT:\s*(.+)$/i.exec(l)).find(Boolean);
  if (subject) return subject[1];
  const lines = header.filter((l) => l && !NOT_TITLE.some((re) => re.test(l)));
  const title = lines.join(' ').replace(/\s+/g, ' ').trim();
  if (!title) return undefined;
  return title === title.toUpperCase() ? titleCase(title) : title;
}

function presidentFor(signature: string[], signedOn: string | undefined, presidents: PresidentRef[]): string | undefined {
  const named = presidents.find((p) => signature.some((l) => p.aliases.some((a) => a.toUpperCase() === l.toUpperCase())));
  if (named) return named.name;
  if (!signedOn) return undefined;
  return presidents.find((p) => p.terms.some(([from, to]) => signedOn >= from && signedOn < to))?.name;
}

export function readHeader(parts: DocumentParts, presidents: PresidentRef[]): HeaderFacts {
  const headText = parts.header.join(' ').replace(/\s+/g, ' ');
  const kindHit = KIND_PATTERNS.map(([kind, re]) => ({ kind, m: re.exec(headText) })).find((k) => k.m);
  const sigDate = parts.signature.map((l) => toIsoDate(l.replace(/\.$/, ''))).find(Boolean);
  const headDate = new RegExp(`\\bof (${WRITTEN_DATE})`).exec(headText);
  const signedOn = sigDate ?? (headDate ? toIsoDate(headDate[1]) : undefined);
  return {
    kind: kindHit?.kind,
    number: kindHit?.m?.[1] || undefined,
    title: readTitle(parts.header),
    signedOn,
    president: presidentFor(parts.signature, signedOn, presidents),
  };
}

/** "Federal Register / Vol. 90, No. 18 / ... / Presidential Documents 8443" → "90 FR 8443", from the raw text. */
export function readFrCitation(raw: string): string | undefined {
  const m = /Federal Register \/ Vol\. (\d+), No\. \d+ \/[^\n]*?Presidential Documents\s+(\d+)/.exec(raw);
  return m ? `${m[1]} FR ${m[2]}` : undefined;
}

/** Text wins over hints, but a hint spelled the same apart from case and spacing keeps its casing. */
export function mergeFacts(facts: HeaderFacts, hints: DocumentHints = {}): HeaderFacts & { frCitation?: string } {
  const same = (a?: string, b?: string) => !!a && !!b && a.replace(/\W+/g, '').toLowerCase() === b.replace(/\W+/g, '').toLowerCase();
  return {
    kind: facts.kind ?? hints.kind,
    number: facts.number ?? hints.number,
    title: same(facts.title, hints.title) ? hints.title : facts.title ?? hints.title,
    signedOn: facts.signedOn ?? hints.signedOn,
    president: facts.president ?? hints.president,
    frCitation: hints.frCitation,
  };
}
