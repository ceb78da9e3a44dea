/**
 * Clause labels nest (a) → (i) → (A) → (1). The same letters serve two schemes: (i) after (h)
 * is a letter, (i) under a letter clause is a roman numeral; (v) and (x) likewise. Lists longer
 * than 26 go on with doubled letters, (aa) after (z), so (ii) after (hh) is a letter too.
 */
export type LabelType = 'lower' | 'roman' | 'upper' | 'digit';

interface Level {
  type: LabelType;
  label: string;
  /** Written "b." rather than "(b)": a list keeps its way of writing, so a quoted "(b)" never goes on with an own "a.". */
  dot: boolean;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/**
 * Whether `label` has a character and each is one of `chars`: what /^[chars]+$/ answers, asked twice or three times of
 * every clause label by a char test rather than a regex.
 */
function madeOf(label: string, chars: string): boolean {
  if (label === '') return false;
  for (let k = 0; k < label.length; k++) if (!chars.includes(label[k])) return false;
  return true;
}

export function romanValue(label: string): number | undefined {
  if (!madeOf(label, 'ivxl')) return undefined;
  let total = 0;
  for (let k = 0; k < label.length; k++) {
    const v = ROMAN[label[k]];
    const next = ROMAN[label[k + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The label after this one in a letter list: b after a, aa after z, bb after aa. */
export function nextLetter(label: string): string {
  // one letter before z, as nearly every label is, without two case conversions (asked of every label of a list)
  if (label.length === 1 && ((label >= 'a' && label < 'z') || (label >= 'A' && label < 'Z')))
    return String.fromCharCode(label.charCodeAt(0) + 1);
  const upper = label === label.toUpperCase();
  const l = label.toLowerCase();
  const next = l[0] === 'z' ? 'a'.repeat(l.length + 1) : String.fromCharCode(l.charCodeAt(0) + 1).repeat(l.length);
  return upper ? next.toUpperCase() : next;
}

function isDoubled(label: string): boolean {
  return label.length > 1 && label.split('').every((c) => c === label[0]);
}

function toRoman(n: number): string {
  const parts: [number, string][] = [
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of parts)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** The label that follows `label` in its scheme. */
function successor(type: LabelType, label: string): string {
  if (type === 'digit') return String(Number(label) + 1);
  if (type === 'roman') return toRoman((romanValue(label) ?? 0) + 1);
  return nextLetter(label);
}

const FIRST: Record<LabelType, string> = { lower: 'a', roman: 'i', upper: 'A', digit: '1' };

/**
 * Where the open level of `type` stands in `stack`, or -1: an indexed loop, as `stack.findIndex((l) => l.type === type)`
 * made a closure at each of the several questions asked of every clause label.
 */
function levelIndex(stack: readonly Level[], type: LabelType): number {
  for (let k = 0; k < stack.length; k++) if (stack[k].type === type) return k;
  return -1;
}

/** The open level of `type` in `stack`, if any (see levelIndex). */
function openLevel(stack: readonly Level[], type: LabelType): Level | undefined {
  const k = levelIndex(stack, type);
  return k === -1 ? undefined : stack[k];
}

/** Which scheme a label belongs to, given the open levels and whether its parent opened a list with ":". */
function classify(label: string, stack: Level[], opensList: boolean): LabelType {
  if (madeOf(label, '0123456789')) return 'digit';
  if (label.length <= 2 && madeOf(label, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')) return 'upper';
  const roman = romanValue(label);
  if (roman === undefined) return 'lower';
  const openLetter = openLevel(stack, 'lower');
  if (isDoubled(label) && openLetter && nextLetter(openLetter.label) === label) return 'lower';
  if (label.length > 1) return 'roman';
  const openRoman = openLevel(stack, 'roman');
  if (openRoman && romanValue(openRoman.label) === roman - 1) return 'roman';
  const openLower = openLevel(stack, 'lower');
  const continuesLetters = openLower !== undefined && nextLetter(openLower.label) === label;
  if (continuesLetters && !(opensList && roman === 1)) return 'lower';
  return roman === 1 || !openLower ? 'roman' : 'lower';
}

/** Tracks the open clause levels of one section and gives each new label its full path. */
export class ClauseStack {
  private stack: Level[] = [];

  constructor(private section: string) {}

  /**
   * The stack emptied for the clauses of the unit `section`: one stack serves a whole scan (a stack made for each
   * section was garbage by the hundred thousand in a text of sections of one clause each).
   */
  reset(section: string): this {
    this.section = section;
    this.cutTo(0);
    return this;
  }

  /**
   * The stack cut to its first `depth` levels, by pops: an array set to length 0 is given a new backing store at its
   * next push (V8 trims it), one for nearly every section or list of a long order.
   */
  private cutTo(depth: number): void {
    while (this.stack.length > depth) this.stack.pop();
  }

  /**
   * Whether a label can start a clause here: the next label of an open list, or the first label
   * of a list not yet open. "(b)" with no "(a)" before it, or a second "(a)", is a reference or
   * junk, not a clause.
   */
  accepts(label: string, opensList: boolean, after: 'sentence' | 'list' | 'comma' = 'sentence'): boolean {
    const type = classify(label, this.stack, opensList);
    const next = this.nextOfOpen(type, label);
    if (next !== undefined) return next;
    if (after === 'comma') return false;
    // the corpus drops a section's "(a)" now and then: after a full stop a letter list may open past its start
    return (
      FIRST[type] === label ||
      (after === 'sentence' && this.stack.length === 0 && type === 'lower' && label.length === 1)
    );
  }

  /**
   * Whether a label written "b." rather than "(b)" opens an item here: only a letter, and only the first of a letter
   * list or the very next of the open one ("a. Composition. ... b. Number of members.", EO 10214). An initial or a
   * stray letter ("i. e.", "Smith v. Jones") neither starts a list at "a" nor goes on with one.
   */
  acceptsLetterDot(label: string): boolean {
    if (classify(label, this.stack, false) !== 'lower') return false;
    const next = this.nextOfOpen('lower', label, true);
    return next ?? label === 'a';
  }

  /** Whether `label` is the next of a list already open here (not the first of a new one). */
  continues(label: string): boolean {
    return this.nextOfOpen(classify(label, this.stack, false), label) === true;
  }

  /**
   * Whether `label` is the next of the open list of its type, or undefined where none of that type is open: one rule
   * for what accepts and continues ask, so the two never differ on what goes on with a list.
   */
  private nextOfOpen(type: LabelType, label: string, dot = false): boolean | undefined {
    const open = openLevel(this.stack, type);
    return open ? open.dot === dot && successor(type, open.label) === label : undefined;
  }

  /** opensList: the previous clause ended with ":" and so introduces a nested list; dot: written "b." (see Level). */
  push(label: string, opensList: boolean, dot = false): string {
    const type = classify(label, this.stack, opensList);
    const idx = levelIndex(this.stack, type);
    // cut in place: a copy of the stack for each clause was garbage by the hundred thousand
    if (idx >= 0) this.cutTo(idx);
    this.stack.push({ type, label, dot });
    return this.path();
  }

  path(): string {
    return this.pathTo(this.stack.length);
  }

  /** undefined for a top-level clause of an order with no sections. */
  parentPath(): string | undefined {
    return this.pathTo(this.stack.length - 1) || undefined;
  }

  /** The section and the labels of the first `depth` levels, joined in a loop: two lists a clause were garbage. */
  private pathTo(depth: number): string {
    let path = this.section;
    for (let k = 0; k < depth; k++) path += `(${this.stack[k].label})`;
    return path;
  }
}

export const CLAUSE_LABEL = '(?:[a-z]{1,2}|[ivxl]{1,7}|[A-Z]{1,2}|\\d{1,3})';
