/**
 * Patterns tried only where a match can start. A pattern that opens on a name ("the NAME is hereby
 * established", "NAME (the "Council")") is tried by the regex engine at every capital letter of a
 * provision, and a guard that says the provision holds its words still leaves it a pass over the
 * whole provision (a long order's provision is tens of thousands of characters). Its rare words
 * ("established", a "(") are found by `indexOf`, far cheaper than a regex pass, and reading back
 * from each gives the few places where a match can start; the pattern is tried there alone.
 */
import { firstNotBefore } from './lists';
import { escapeRegExp, isSpaceCode, matchAllIf } from './patterns';

/** A pattern and where its matches can start in a text. */
export interface Anchored {
  /** The pattern as given (g flag): searched whole in a short text. */
  re: RegExp;
  /** The pattern with the y flag: tried at one place. */
  sticky: RegExp;
  /** Every place where the pattern can match (more is fine, in any order); `words` holds the text's places of words. */
  starts: (words: WordPlaces) => number[];
  /** What every match holds, a word or a short pattern: a short text without it is passed over. */
  needs?: string | RegExp;
}

/** `re` tried at one place: the same pattern with the y flag instead of g. */
export function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}

/** A pattern, as `Anchored`; `starts` gets the text's words; `needs`, what every match holds, serves short texts. */
export function anchored(re: RegExp, starts: (words: WordPlaces) => number[], needs?: string | RegExp): Anchored {
  return { re, sticky: stickyOf(re), starts, needs };
}

/**
 * Below this length a text (most provisions) is searched whole by a form that says what its matches hold, after one
 * test for it: cheaper there than reading back from each word, in an order of 13,000 one-line sections each
 * establishing a body, and a newly started parser runs the regex engine's compiled code at once where the reading
 * back is still interpreted JavaScript.
 */
const SHORT = 2000;

/** The matches of `form` in the text of `words`: as `matchAll` finds them, by the cheaper way for the text's length. */
export function matchAllOf(form: Anchored, words: WordPlaces): RegExpExecArray[] {
  const text = words.text;
  const needs = form.needs;
  if (needs === undefined || text.length >= SHORT) return matchAllAnchored(form, words);
  return matchAllIf(needs, form.re, text);
}

const NO_PLACES: number[] = [];
const NO_MATCHES: RegExpExecArray[] = [];

/**
 * Words a text is searched for in one pass (a regex of them all): a search of each by `indexOf` was a pass of the
 * text per word, and the forms of establishing a body ask for a dozen.
 */
export class Keywords {
  readonly pattern: RegExp;

  /** No word may start another: one place, one word. */

  constructor(readonly words: readonly string[]) {
    this.pattern = new RegExp(words.map(escapeRegExp).join('|'), 'g');
  }
}

/** One text's places of the words its patterns are anchored on, each word looked for once. */
export class WordPlaces {
  /** Made at the first word found: most texts hold none of the words asked for, and are asked about by the thousand. */
  private found?: Map<string, number[]>;
  /** Whether the one pass for the keywords has been made, and whether it found any. */
  private searched = false;
  private anyKeyword = false;

  constructor(
    readonly text: string,
    private readonly keywords?: Keywords,
  ) {}

  /** Where `word` stands in the text, overlapping places too, in order. */
  of(word: string): number[] {
    let places = this.found?.get(word);
    if (!places) {
      places = this.search(word);
      (this.found ??= new Map()).set(word, places);
    }
    return places;
  }

  /** The places of each of the words, one word after the other. */
  ofAll(list: readonly string[]): number[] {
    const out: number[] = [];
    for (const word of list) for (const at of this.of(word)) out.push(at);
    return out;
  }

  /** Whether the text holds `word`. */
  has(word: string): boolean {
    return this.of(word).length > 0;
  }

  /** Whether the text holds any of the keywords. */
  hasKeywords(): boolean {
    if (this.keywords) this.findKeywords(this.keywords);
    return this.anyKeyword;
  }

  /** The first place of `word` at or after `from`, or -1. */
  next(word: string, from: number): number {
    const places = this.of(word);
    const k = firstNotBefore(places, (at) => at < from);
    return k < places.length ? places[k] : -1;
  }

  /** A keyword's places come from the one pass; a word that holds a keyword stands where that keyword does. */
  private search(word: string): number[] {
    const keywords = this.keywords;
    if (!keywords) return placesOf(this.text, word);
    if (keywords.words.includes(word)) {
      this.findKeywords(keywords);
      return this.found?.get(word) ?? NO_PLACES;
    }
    const inside = keywords.words.find((keyword) => word.includes(keyword));
    if (inside === undefined) return placesOf(this.text, word);
    const offset = word.indexOf(inside);
    const out: number[] = [];
    for (const at of this.of(inside))
      if (at >= offset && this.text.startsWith(word, at - offset)) out.push(at - offset);
    return out;
  }

  /** Every keyword's places, from one pass (each place a keyword starts, though it overlaps another's). */
  private findKeywords({ pattern }: Keywords): void {
    if (this.searched) return;
    this.searched = true;
    const text = this.text;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      this.anyKeyword = true;
      const places = (this.found ??= new Map()).get(m[0]);
      if (places) places.push(m.index);
      else this.found.set(m[0], [m.index]);
      pattern.lastIndex = m.index + 1;
    }
    pattern.lastIndex = 0;
  }
}

/** Where `word` stands in `text`, overlapping places too, in order. */
function placesOf(text: string, word: string): number[] {
  let at = text.indexOf(word);
  if (at < 0) return NO_PLACES;
  const out: number[] = [];
  for (; at >= 0; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}

/**
 * The matches that `matchAll` gives for the pattern, found by trying it only at `form.starts`: the global search
 * tries each place from where it stands, in order, so where no match can start it can be passed over.
 */
export function matchAllAnchored(form: Anchored, words: WordPlaces): RegExpExecArray[] {
  const starts = form.starts(words);
  if (!starts.length) return NO_MATCHES;
  // windows read back from several words may overlap or come out of order
  if (starts.length > 1) starts.sort((a, b) => a - b);
  return matchesAtStarts(form.sticky, words.text, starts);
}

/**
 * Where `starts`, a pattern that matches empty (a lookahead, g flag), matches in `text`, in order: the places a union
 * of patterns may start. Texts with none share one empty list (read only).
 */
export function placesWhere(starts: RegExp, text: string): number[] {
  let out: number[] | undefined;
  starts.lastIndex = 0;
  // the match is empty: lastIndex is where it is, stepped on by hand
  while (starts.test(text)) (out ??= []).push(starts.lastIndex++);
  return out ?? NO_PLACES;
}

/** A union that opens on a lookahead for its first characters: a search for them, and the union to try at each. */
export interface Opening {
  firsts: RegExp;
  at: RegExp;
}

/** A union's source that opens on a lookahead for its first characters, as startsWithOneOf writes it (`(?=(?=[...])`). */
const OPENS_ON_FIRSTS = /^\(\?=\(\?=(\[(?:[^\]\\]|\\.)*\])\)/;

/**
 * The opening of a union of hundreds of names built on startsWithOneOf, for placesOpening: the regex engine tried the
 * union's lookahead at every place of the text; a search for one of the first characters skips the others, and the
 * union is tried where one stands (2 MB of an order's provisions: 55 ms, 27). Made once, where the union is built.
 */
export function openingOf(starts: RegExp): Opening {
  const firsts = OPENS_ON_FIRSTS.exec(starts.source);
  if (!firsts)
    throw new Error(`openingOf: ${starts.source.slice(0, 40)}... does not open on startsWithOneOf's lookahead`);
  return { firsts: new RegExp(firsts[1], starts.flags), at: stickyOf(starts) };
}

/** placesWhere of a union with an opening: the union tried at each of its first characters, in order. */
export function placesOpening({ firsts, at }: Opening, text: string): number[] {
  let out: number[] | undefined;
  firsts.lastIndex = 0;
  while (firsts.test(text)) {
    const place = firsts.lastIndex - 1;
    at.lastIndex = place;
    if (at.test(text)) (out ??= []).push(place);
  }
  return out ?? NO_PLACES;
}

/**
 * What a global scan of `sticky`'s pattern (y flag) finds in `text`, when `starts` (in order) holds every place a match
 * can start: at each, the pattern is tried once if the last match has ended before it, as the global scan goes on from
 * a match's end (one place on past an empty match).
 */
export function matchesAtStarts(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  let out: RegExpExecArray[] | undefined;
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k];
    if (at < next) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    (out ??= []).push(m);
    next = m[0] ? at + m[0].length : at + 1;
  }
  return out ?? NO_MATCHES;
}

/** Adds to `out` each place from `from` to before `to` whose character is one of `firsts` (what a match opens on). */
export function placesBetween(out: number[], text: string, from: number, to: number, firsts: string): void {
  for (let at = Math.max(0, from); at < to; at++) if (firsts.includes(text[at])) out.push(at);
}

/** The places from `least` to `most` characters before each place of the words that open on one of `firsts`. */
export function placesBefore(
  words: WordPlaces,
  list: readonly string[],
  least: number,
  most: number,
  firsts: string,
): number[] {
  const out: number[] = [];
  for (const word of list)
    for (const at of words.of(word)) placesBetween(out, words.text, at - most, at - least + 1, firsts);
  return out;
}

/** A quote (straight or closing) or a space: what may stand between a name and the parenthesis that defines it. */
export function isQuoteOrSpace(c: number): boolean {
  return isSpaceCode(c) || c === 34 || c === 0x201d || c === 39 || c === 0x2019;
}

/** How a name is spelled, for reading it backwards: what its words hold, what parts them, how many partings it has. */
export interface NameSpelling {
  /** A character of a word at `at` (the text is given: a dot may belong to a word only before a word character). */
  inWord: (text: string, at: number) => boolean;
  /** A character of what parts two words. */
  parts: (c: number) => boolean;
  /** At most this many partings (runs of parting characters) in a name. */
  most: number;
}

/**
 * The earliest place a name ending at `end` can start: back over word characters and at most `spelling.most` runs
 * of parting characters. Every name of that spelling that ends at `end` starts there or after. Not before `stop`.
 */
export function nameStartBefore(text: string, end: number, spelling: NameSpelling, stop = 0): number {
  let at = end;
  let partings = 0;
  while (at > stop) {
    const c = text.charCodeAt(at - 1);
    if (spelling.parts(c)) {
      if (partings === spelling.most) break;
      partings++;
      while (at > stop && spelling.parts(text.charCodeAt(at - 1))) at--;
    } else if (spelling.inWord(text, at - 1)) at--;
    else break;
  }
  return at;
}

/** The place before the run of characters ending at `end` that `skip` holds. */
export function backOver(text: string, end: number, skip: (c: number) => boolean): number {
  let at = end;
  while (at > 0 && skip(text.charCodeAt(at - 1))) at--;
  return at;
}
