/**
 * Clause labels nest (a) → (i) → (A) → (1). The same letters serve two schemes: (i) after (h)
 * is a letter, (i) under a letter clause is a roman numeral; (v) and (x) likewise.
 */
export type LabelType = 'lower' | 'roman' | 'upper' | 'digit';

interface Level {
  type: LabelType;
  label: string;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

export function romanValue(label: string): number | undefined {
  if (!/^[ivxl]+$/.test(label)) return undefined;
  let total = 0;
  for (let k = 0; k < label.length; k++) {
    const v = ROMAN[label[k]];
    const next = ROMAN[label[k + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function nextLetter(label: string): string {
  return String.fromCharCode(label.charCodeAt(0) + 1);
}

/** Which scheme a label belongs to, given the open levels and whether its parent opened a list with ":". */
function classify(label: string, stack: Level[], opensList: boolean): LabelType {
  if (/^\d+$/.test(label)) return 'digit';
  if (/^[A-Z]{1,2}$/.test(label)) return 'upper';
  const roman = romanValue(label);
  if (roman === undefined) return 'lower';
  if (label.length > 1) return 'roman';
  const openRoman = stack.find((l) => l.type === 'roman');
  if (openRoman && romanValue(openRoman.label) === roman - 1) return 'roman';
  const openLower = stack.find((l) => l.type === 'lower');
  const continuesLetters = openLower !== undefined && nextLetter(openLower.label) === label;
  if (continuesLetters && !(opensList && roman === 1)) return 'lower';
  return roman === 1 || !openLower ? 'roman' : 'lower';
}

/** Tracks the open clause levels of one section and gives each new label its full path. */
export class ClauseStack {
  private stack: Level[] = [];

  constructor(private readonly section: string) {}

  /** opensList: the previous clause ended with ":" and so introduces a nested list. */
  push(label: string, opensList: boolean): string {
    const type = classify(label, this.stack, opensList);
    const idx = this.stack.findIndex((l) => l.type === type);
    if (idx >= 0) this.stack = this.stack.slice(0, idx);
    this.stack.push({ type, label });
    return this.path();
  }

  path(): string {
    return this.section + this.stack.map((l) => `(${l.label})`).join('');
  }

  parentPath(): string {
    return this.section + this.stack.slice(0, -1).map((l) => `(${l.label})`).join('');
  }
}

export const CLAUSE_LABEL = '(?:[a-z]|[ivxl]{1,6}|[A-Z]|\\d{1,2})';
