/** Splits the body into sections and nested clauses, each a Provision with its path. */
import { Provision } from '../model';
import { provisionId } from './ids';
import { CLAUSE_LABEL, ClauseStack } from './labels';
import { flatten } from './normalize';
import { splitSentences } from './sentences';

interface Unit {
  section?: string; // set on a section start
  label?: string; // set on a clause start
  raw: string;
}

const SECTION_START = /^(?:Section|Sec\.)\s+(\d+[A-Za-z]?)\.\s*(.*)$/;
const CLAUSE_START = new RegExp(`^\\((${CLAUSE_LABEL})\\)\\s*(.*)$`);
const INLINE_CLAUSE = new RegExp(`^\\((${CLAUSE_LABEL})\\)\\s+(.*)$`);

/** A clause label only starts a clause where the previous text could end: ".", ":", ";" or "; and". */
function canStartClause(previous: string): boolean {
  const t = previous.trim();
  return t === '' || /[.:;]["')]?$/.test(t) || /[;,]\s*(?:and|or)$/.test(t);
}

function toUnits(lines: string[]): Unit[] {
  const units: Unit[] = [{ raw: '' }];
  for (const line of lines) {
    if (!line) continue;
    const current = units[units.length - 1];
    const sec = SECTION_START.exec(line);
    const clause = CLAUSE_START.exec(line);
    if (sec) units.push({ section: sec[1], raw: sec[2] });
    else if (clause && canStartClause(current.raw)) units.push({ label: clause[1], raw: clause[2] });
    else current.raw += `\n${line}`;
  }
  return units;
}

/** Short, capitalised, no digits or quotes: "Asylum Eligibility." rather than the start of a sentence. */
function isHeadingLike(sentence: string): boolean {
  const words = sentence.replace(/\([^)]*\)/g, '').split(' ');
  const minor = /^(?:with|from|into|upon|over|than|that|this|under|through|within)$/;
  return (
    words.length <= 20 && /^[A-Z]/.test(sentence) && !/[\d"]|\bshall\b/.test(sentence) &&
    words.every((w) => w.length < 4 || minor.test(w) || !/^[a-z]/.test(w))
  );
}

/** Splits "Heading. (a) text" or "Heading. text" into heading, text and an inline first clause. */
function splitHeading(text: string, always: boolean): { heading?: string; text: string; inline?: Unit } {
  const withClause = new RegExp(`^(.*?\\.)\\s+(\\(${CLAUSE_LABEL}\\)\\s+.*)$`).exec(text);
  const first = withClause && (always || isHeadingLike(withClause[1])) ? withClause[1] : splitSentences(text)[0] ?? '';
  if (!first || !(always || isHeadingLike(first)) || (!withClause && first.split(' ').length > 25)) return { text };
  const rest = text.slice(first.length).trim();
  const heading = first.replace(/\.$/, '');
  const inline = INLINE_CLAUSE.exec(rest);
  if (inline) return { heading, text: '', inline: { label: inline[1], raw: inline[2] } };
  return { heading, text: rest };
}

/** The preamble (authority clause) is kept as a provision so its citations have a home. */
export function buildOutline(docId: string, bodyLines: string[]): Provision[] {
  const provisions: Provision[] = [];
  const add = (path: string, parentPath: string | undefined, text: string, heading?: string) =>
    provisions.push({ id: provisionId(docId, path), path, parentPath, heading, text, order: provisions.length });
  let stack: ClauseStack | undefined;
  let previousText = '';
  const units = toUnits(bodyLines);
  for (let k = 0; k < units.length; k++) {
    const unit = units[k];
    const text = flatten(unit.raw);
    if (unit.section === undefined && unit.label === undefined) {
      if (text) add('preamble', undefined, text, 'Preamble');
      continue;
    }
    const parts = splitHeading(text, unit.section !== undefined);
    if (unit.section !== undefined) {
      stack = new ClauseStack(unit.section);
      add(unit.section, undefined, parts.text, parts.heading);
    } else if (stack) {
      const path = stack.push(unit.label as string, /:["']?$/.test(previousText));
      add(path, stack.parentPath(), parts.text, parts.heading);
    }
    previousText = parts.text || parts.heading || '';
    if (parts.inline) units.splice(k + 1, 0, parts.inline);
  }
  return provisions;
}
