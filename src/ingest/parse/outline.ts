/** Turns the body's units into Provisions: each with its path, parent, heading and own text. */
import { Provision } from '../model';
import { provisionId } from './ids';
import { firstSentence } from './sentences';
import { Unit } from './units';

const MINOR = /^(?:with|from|into|upon|over|than|that|this|under|through|within)$/;

/**
 * The tests of a unit's whole first sentence, asked of nearly every unit: declared once, as a regex literal in a
 * function is a new object at each call.
 */
const CAPITAL_FIRST = /^[A-Z]/;
const DIGIT_QUOTE_OR_SHALL = /[\d"]|\bshall\b/;
const STATING_VERB = /\b(?:shall|is|are|may|will|hereby)\b/;

/** Short, capitalised, no digits or quotes: "Asylum Eligibility." rather than the start of a sentence. */
function isHeadingLike(sentence: string): boolean {
  // the tests of the whole sentence first: most sentences fail them, and need not be cut into words
  if (!CAPITAL_FIRST.test(sentence) || DIGIT_QUOTE_OR_SHALL.test(sentence)) return false;
  const words = sentence.includes('(') ? withoutParenthesized(sentence) : sentence;
  // read word by word in place: the list of words of every unit's first sentence was garbage by the ten thousand
  let count = 0;
  for (let from = 0; ;) {
    const space = words.indexOf(' ', from);
    const to = space === -1 ? words.length : space;
    if (++count > 20 || !headingWord(words, from, to)) return false;
    if (space === -1) return true;
    from = space + 1;
  }
}

/**
 * The sentence less each "(...)": `replace(/\([^)]*\)/g, '')`, but each "(" with no ")" after it is not read on to the
 * end of the sentence again (2 MB of "(" took minutes).
 */
function withoutParenthesized(sentence: string): string {
  let kept = '';
  let from = 0;
  for (let open = sentence.indexOf('('); open !== -1; open = sentence.indexOf('(', from)) {
    const close = sentence.indexOf(')', open);
    // no ")" after this "(": none after any later one either
    if (close === -1) break;
    kept += sentence.slice(from, open);
    from = close + 1;
  }
  return kept + sentence.slice(from);
}

/** A word a heading may have: short, minor, or not in lower case. */
function headingWord(words: string, from: number, to: number): boolean {
  const c = words.charCodeAt(from);
  return to - from < 4 || !(c >= 97 && c <= 122) || MINOR.test(words.slice(from, to));
}

/** `text.split(' ').length`, without the list: asked of the first sentence of every unit. */
function wordCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) n++;
  return n;
}

/** The sentence without its final period (its last character read: /\.$/ was tried at every character). */
function withoutStop(sentence: string): string {
  return sentence.endsWith('.') ? sentence.slice(0, -1) : sentence;
}

/** A section's first sentence is its heading when it is short and says nothing ("Policy.", "Prior Actions."). */
function isSectionHeading(sentence: string): boolean {
  return (
    isHeadingLike(sentence) || (sentence.endsWith('.') && !STATING_VERB.test(sentence) && wordCount(sentence) <= 16)
  );
}

function partHeading(unitText: string): { heading?: string; text: string } {
  // the dash between the numeral and its heading ("Part I - Definitions", EO 9786) is no word of the heading
  const text = unitText.replace(/^[-\u2014][-\u2014\s]*/, '');
  const caps = /^[A-Z][A-Z ,'&-]*[A-Z](?=\s+[A-Z]?[a-z(]|\s*$)/.exec(text);
  if (caps) return { heading: caps[0], text: text.slice(caps[0].length).trim() };
  const first = firstSentence(text) ?? '';
  return first && wordCount(first) <= 12
    ? { heading: withoutStop(first), text: text.slice(first.length).trim() }
    : { text };
}

/**
 * A section's heading whose period a rendering dropped, run into its first sentence: a few capitalised words, then a word
 * that opens a sentence and a word in lower case ("Section 1. Establishment of Board There is established", EO 12480;
 * "Section 3. Returns Within fifteen days", EO 6260). The heading never starts with such an opening word itself.
 */
const RUN_IN_HEADING =
  /^(?!(?:The|There|This|Each|All|Any|No|In|As|If)\b)((?:[A-Z][a-z]+(?:-[A-Za-z]+)?,? (?:(?:of|and|the|for|to|on|in|with|by) )*){0,5}[A-Z][a-z]+(?:-[A-Za-z]+)?) (?=(?:The|There|This|Each|All|Any|Pursuant|Subject|Except|Nothing|In|Within|No|As|If|Upon|Whenever) [a-z])/;

function runInHeading(text: string): { heading?: string; text: string } {
  const m = RUN_IN_HEADING.exec(text);
  return m ? { heading: m[1], text: text.slice(m[0].length) } : { text };
}

/** A part's heading is the capitals or short phrase after its numeral: "PART I-ADDITIONAL COMPENSATION IN FOREIGN AREAS". */
function splitHeading(
  unit: Unit,
  text: string,
  isParent: (path?: string) => boolean,
): { heading?: string; text: string } {
  if (unit.kind === 'part') return partHeading(text);
  const first = firstSentence(text);
  // no text, no heading: the heading tests were run on the "" of every empty unit of a dense list
  if (!first) return { text };
  const fits = unit.kind === 'clause' ? isHeadingLike(first) : isSectionHeading(first);
  if (!fits || wordCount(first) > 25) return unit.kind === 'section' ? runInHeading(text) : { text };
  const rest = text.slice(first.length).trim();
  // An item that is one short phrase with nothing under it ("1-201. The Information Security Oversight Office.",
  // "(a) The Secretary of State;") says what it lists: its text, where its names are read, not a heading over nothing.
  if (!rest && unit.kind !== 'section' && !isParent(unit.path)) return { text };
  return { heading: withoutStop(first), text: rest };
}

/** The enacting words that close an unnumbered order's preamble. */
const ENACTING =
  /\b(?:it is hereby ordered|it is ordered|I hereby order)(?: as follows)?(?: that)?\s*[:\u2014,-]?\s*|\bNow,? therefore,?\s*/i;

/** An order with no numbered units: the words before its enacting clause are the preamble, the rest its body. */
function unnumbered(text: string): { preamble: string; body: string } {
  const m = ENACTING.exec(text);
  if (!m) return { preamble: '', body: text };
  const cut = /^Now/i.test(m[0]) ? m.index : m.index + m[0].length;
  return { preamble: text.slice(0, cut).trim(), body: text.slice(cut).trim() };
}

/**
 * A path's length, last character and first two, 7 bits each (a number kept small, as a map's key is fastest). Its last
 * two characters in place of the length left the paths of one set sharing their last two digits, and V8 hashes a string
 * of digits by its value: a quarter of a set's buckets held them all.
 */
function pathKey(path: string): number {
  const n = path.length;
  const last = ((n & 127) << 7) | (path.charCodeAt(n - 1) & 127);
  return (last << 14) | ((path.charCodeAt(0) & 127) << 7) | (path.charCodeAt(1) & 127);
}

/**
 * The paths given out, in small sets by a few of their characters (pathKey): one Set of the 50,000 paths of a long
 * order outgrew the cache and was copied as it grew, and its look-ups were half the outline's time. The last two
 * characters alone put every "N(a)" of a text of sections with one clause each in one set (666,667 paths at 2 MB).
 */
class UsedPaths {
  private readonly byEnd = new Map<number, Set<string>>();

  /** Adds `path`; false when it was given out already. */
  add(path: string): boolean {
    const end = pathKey(path);
    let paths = this.byEnd.get(end);
    if (!paths) this.byEnd.set(end, (paths = new Set()));
    const known = paths.size;
    return paths.add(path).size > known;
  }

  /**
   * Where each path given out more than once goes on: the next suffix to try. Tried from 2 each time, the paths of a
   * run of thousands of units of one path ("2.1" over and over) were quadratic.
   */
  private readonly nextSuffix = new Map<string, number>();

  /** `path`, else the first of "path~2", "path~3" ... not given out yet; given out. */
  unique(path: string): string {
    if (this.add(path)) return path;
    let k = this.nextSuffix.get(path) ?? 2;
    while (!this.add(`${path}~${k}`)) k++;
    this.nextSuffix.set(path, k + 1);
    return `${path}~${k}`;
  }
}

/**
 * Whether a unit's path is another's parent. The set of parents is made at the first question: only a one-phrase item
 * asks it, and a set of every unit's parent, made and read for each of a million units, was a fifth of the outline.
 */
function parentTest(units: readonly Unit[]): (path?: string) => boolean {
  let parents: Set<string | undefined> | undefined;
  return (path) => {
    if (!parents) {
      parents = new Set();
      // indexed loop: an iterator's result object a unit was garbage by the ten thousand
      for (let i = 0; i < units.length; i++) parents.add(units[i].parentPath);
    }
    return parents.has(path);
  };
}

/** Where a provision is drafted from: its unit's path (not yet made unique), its parent's path, its text and heading. */
export type DraftVisitor = (path: string, parentPath: string | undefined, text: string, heading?: string) => void;

/**
 * Each provision the units make, handed to `visit` in order and not kept. The preamble (authority clause) is one, so its
 * citations have a home. The body is judged readable on these before any provision is made: a refused 2 MB body of
 * 666,667 one-label sections made 1.33 M provisions only to throw them away.
 */
export function visitDrafts(units: readonly Unit[], visit: DraftVisitor): void {
  if (units.length === 1) {
    const { preamble, body: rest } = unnumbered(units[0].raw);
    if (preamble) visit('preamble', undefined, preamble, 'Preamble');
    if (rest) visit('body', undefined, rest);
    return;
  }
  const isParent = parentTest(units);
  // indexed loop: an iterator's result object a unit was garbage by the ten thousand
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit.kind === undefined) {
      if (unit.raw) visit('preamble', undefined, unit.raw, 'Preamble');
      continue;
    }
    // an empty unit has neither heading nor text (what splitHeading says), and is most of a dense list: no pieces made
    if (!unit.raw) {
      visit(unit.path as string, unit.parentPath, '');
      continue;
    }
    const parts = splitHeading(unit, unit.raw, isParent);
    visit(unit.path as string, unit.parentPath, parts.text, parts.heading);
  }
}

/**
 * The provisions of the units (cutUnits) before their ids: each with its unit's path, not yet made unique, and an id of
 * "". Ids come after the body is judged readable (identifyProvisions): a refused body made 1.33 M ids and unique paths
 * only to be thrown away.
 */
export function draftOutline(units: readonly Unit[]): Provision[] {
  const provisions: Provision[] = [];
  visitDrafts(units, (path, parentPath, text, heading) => {
    // the id's place kept first, as every provision has its fields in this order
    provisions.push({ id: '', path, parentPath, heading, text, order: provisions.length });
  });
  return provisions;
}

/** Each drafted provision's path made unique ("2(a)~2" for a second "2(a)") and its id given, in order, in place. */
export function identifyProvisions(docId: string, drafts: Provision[]): Provision[] {
  const used = new UsedPaths();
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i];
    draft.path = used.unique(draft.path);
    draft.id = provisionId(docId, draft.path);
  }
  return drafts;
}
