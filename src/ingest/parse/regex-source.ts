/**
 * Reading a regular expression's source, to tell which plain text every match must hold (see requiredLiterals in
 * patterns.ts and oneOfLiterals in groups.ts): where a class or a group ends, and what quantifier follows an atom.
 */

/** The index after the class opening at `k`. */
export function classEnd(source: string, k: number): number {
  let j = k + 1;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** The index after the group opening at `k`, past nested groups, classes and escapes. */
export function groupEnd(source: string, k: number): number {
  let depth = 0;
  let j = k;
  while (j < source.length) {
    const c = source[j];
    if (c === '\\') j += 2;
    else if (c === '[') j = classEnd(source, j);
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
      j++;
    }
  }
  return j;
}

export interface Atom {
  /** The character it matches when it is one plain character ("a", an escaped "\\."); else undefined. */
  atom?: string;
  /** The index after it: past a whole class or group. */
  next: number;
}

/** The atom at `k` (`k` holds no "|"): an escape, a class, a group, an anchor or a plain character. */
export function atomAt(source: string, k: number): Atom {
  const c = source[k];
  if (c === '\\') {
    // an escaped punctuation mark stands for itself; \s, \b, \d, a back reference ... are classes or anchors
    const e = source[k + 1] ?? '';
    return { atom: /[^\w\s]/.test(e) ? e : undefined, next: k + 2 };
  }
  if (c === '[') return { next: classEnd(source, k) };
  if (c === '(') return { next: groupEnd(source, k) };
  return { atom: '.^$'.includes(c) ? undefined : c, next: k + 1 };
}

export interface Quantifier {
  /** The atom may be absent ("?", "*", "{0,n}"). */
  optional: boolean;
  /** The atom may come more than once ("+", "{n,}" with n > 0): a run of plain text ends with it. */
  repeated: boolean;
  /** The index after the quantifier and its lazy mark (`at` itself when there is none). */
  end: number;
}

/** The quantifier at `at`, right after an atom, if any. */
export function quantifierAt(source: string, at: number): Quantifier {
  const bounds = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(at, at + 24));
  const q = source[at] === '{' && !bounds ? '' : source[at];
  const optional = q === '?' || q === '*' || (bounds !== null && bounds[1] === '0');
  const repeated = q === '+' || (bounds !== null && bounds[1] !== '0');
  let end = at;
  if (q === '?' || q === '*' || q === '+') end++;
  else if (bounds) end += bounds[0].length;
  // a lazy mark after it
  if (source[end] === '?' && end > at) end++;
  return { optional, repeated, end };
}
