/**
 * Reading a regular expression's source, to tell which plain text every match must hold (see requiredLiterals in
 * patterns.ts and oneOfLiterals in groups.ts) and which characters a match can hold (matchCharacters): where a class or
 * a group ends, and what quantifier follows an atom.
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

/**
 * A class of every character a match of one of the sources (used without the i flag) can hold: their plain
 * characters, classes and escapes, not those of lookarounds (which read around a match). Undefined where an atom can
 * be almost any character (".", "[^...]", "\S") or its characters cannot be told (a code, a property, a back
 * reference).
 */
export function matchCharacters(sources: string[]): RegExp | undefined {
  const set = new CharacterSet();
  for (const source of sources) if (!set.addSource(source)) return undefined;
  return set.toClass();
}

/** Characters: ASCII ones one by one, the others as written, and whether the class of spaces is among them. */
class CharacterSet {
  private readonly ascii = new Uint8Array(128);
  private spaces = false;
  private readonly others = new Set<string>();

  /** Adds the characters a match of `source` holds; false where they cannot be told. */
  addSource(source: string): boolean {
    for (let k = 0; k < source.length;) {
      const c = source[k];
      if (c === '(') {
        // a lookaround is passed over whole; a group's opening holds no character
        if (/^\(\?(?:[=!]|<[=!])/.test(source.slice(k, k + 4))) k = groupEnd(source, k);
        else k += /^\(\?(?::|<[A-Za-z_$][\w$]*>)|^\(/.exec(source.slice(k, k + 40))![0].length;
      } else if (c === '[') {
        const end = classEnd(source, k);
        if (!this.addClass(source.slice(k, end))) return false;
        k = end;
      } else if (c === '\\') {
        if (!this.addEscape(source[k + 1] ?? '')) return false;
        k += 2;
      } else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(k, k + 24))) k = source.indexOf('}', k) + 1;
      else if (c === '.') return false;
      else {
        // alternation, a group's end, an anchor, a quantifier: no character
        if (!'|)^$?*+'.includes(c)) this.addCharacter(c);
        k++;
      }
    }
    return true;
  }

  toClass(): RegExp {
    const ascii = [...this.ascii.keys()].filter((c) => this.ascii[c]);
    const listed = ascii.map((c) => `\\x${c.toString(16).padStart(2, '0')}`).join('');
    return new RegExp(`[${listed}${this.spaces ? '\\s' : ''}${[...this.others].join('')}]`);
  }

  /** A class that is not negated, of no escape that stands for almost any character; each ASCII character tested. */
  private addClass(cls: string): boolean {
    if (cls.startsWith('[^') || /\\[SWDuxcpPk0-9]/.test(cls)) return false;
    const others = [...cls].filter((ch) => ch.charCodeAt(0) >= 128);
    // a range to or from a character past ASCII is not told character by character
    if (others.length && cls.includes('-')) return false;
    const re = new RegExp(cls);
    for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) this.ascii[c] = 1;
    if (cls.includes('\\s')) this.spaces = true;
    for (const ch of others) this.others.add(ch);
    return true;
  }

  /** The escape `\` `e`: a class of spaces, word or digit characters, a control character, an anchor or a mark. */
  private addEscape(e: string): boolean {
    if (e === 'b' || e === 'B') return true;
    if ('swdntrfv'.includes(e) || /[^\w\s]/.test(e)) return this.addClass(`[\\${e}]`);
    return false;
  }

  private addCharacter(ch: string): void {
    const c = ch.charCodeAt(0);
    if (c < 128) this.ascii[c] = 1;
    else this.others.add(ch);
  }
}
