import { firstNotBefore, listIn } from './lists';
import { rememberedBy } from './remembered';
import { atomAt, quantifierAt } from './regex-source';

/** Escapes text for a RegExp and builds longest-first alternations of known names. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names match as whole words; spaces match any run of whitespace. */
export function alternation(names: string[]): string {
  const unique = [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length);
  return unique.map((n) => escapeRegExp(n).replace(/ /g, '\\s+') + (/\w$/.test(n) ? '\\b' : '')).join('|');
}

interface WordTrie {
  end: boolean;
  next: Map<string, WordTrie>;
}

/**
 * The same language as `alternation(names)` (the longest name that matches wins), written as a
 * trie of words: "Secretary\s+(?:of\s+(?:State|Defense\b|...))" tries each first word once
 * instead of every name that starts with it.
 */
export function trieAlternation(names: string[]): string {
  const root: WordTrie = { end: false, next: new Map() };
  for (const name of new Set(names.filter(Boolean))) {
    let node = root;
    for (const word of name.split(' ').filter(Boolean)) {
      if (!node.next.has(word)) node.next.set(word, { end: false, next: new Map() });
      node = node.next.get(word)!;
    }
    node.end = true;
  }
  const emit = (node: WordTrie): string =>
    byFirstCharacter(
      [...node.next]
        // longer words first, so "Services" is tried before "Service" and "U.S." before "U"
        .sort(([a], [b]) => b.length - a.length || a.localeCompare(b))
        .map(([word, child]) => {
          const rest = child.next.size ? `\\s+(?:${emit(child)})` : '';
          const boundary = /\w$/.test(word) ? '\\b' : '';
          return [word, !rest ? boundary : child.end ? `(?:${rest}|${boundary})` : rest];
        }),
    );
  return emit(root);
}

/**
 * Alternatives `word + tail`, in the order given, as one alternation grouped by the word's first
 * character: "D(?:epartment…|irector…)|S(?:ecretary…)". Alternatives that start with different
 * characters never match at the same place, so the first that matches is the same one; but the
 * regex engine tests a few first characters at each place instead of every word (hundreds under
 * "Secretary of"), and the register's phrases took 7 times longer without it.
 */
function byFirstCharacter(alternatives: [word: string, tail: string][]): string {
  const groups = new Map<string, string[]>();
  for (const [word, tail] of alternatives) {
    const rests = groups.get(word[0]);
    const rest = escapeRegExp(word.slice(1)) + tail;
    if (rests) rests.push(rest);
    else groups.set(word[0], [rest]);
  }
  return [...groups]
    .map(([first, rests]) => escapeRegExp(first) + (rests.length === 1 ? rests[0] : `(?:${rests.join('|')})`))
    .join('|');
}

/**
 * A lookahead for the first letters of `names`: put before an alternation of hundreds of names,
 * the common position where none can start costs one test instead of one per name.
 */
export function startsWithOneOf(names: string[]): string {
  const firsts = [...new Set(names.filter(Boolean).map((n) => n[0]))]
    .map((c) => c.replace(/[\]\\^-]/g, '\\$&'))
    .join('');
  return `(?=[${firsts}])`;
}

/**
 * Known names in running text, after an optional word of `prefixes` ("the "): what the regex
 * `\b(?:The\s+|the\s+)?(?=[first letters])(trie of the names' words)` finds, with its capture, by a
 * walk of the trie of words in JavaScript. The register's 1,300 names and titles made a regex of
 * 31,000 characters that V8 compiled on its first use in a process (110 ms of a first parse's CPU,
 * and 30-50 ms more to write it out); the walk costs about what the compiled regex did per text.
 */
export function nameMatcher(prefixes: string[], names: string[]): NameMatcher {
  return names.length > MANY_NAMES ? new NameMatcher(prefixes, names) : matchers({ prefixes, names });
}

/**
 * Matchers by prefixes and names, bounded: an order's own bodies make a new list of names, and
 * each matcher costs a table of 64 K character codes and a compiled regex, so a run of orders
 * naming the same bodies builds them once. Built from the lists, not read back from the key.
 */
const matchers = rememberedBy(
  ({ prefixes, names }: { prefixes: string[]; names: string[] }) => JSON.stringify([prefixes, names]),
  ({ prefixes, names }) => new NameMatcher(prefixes, names),
  64,
);

/**
 * More names than this are built anew, not remembered: the names of 13,000 bodies one order establishes took as
 * long to write out as a key as to build into a matcher, and 64 such matchers kept would be hundreds of megabytes.
 */
const MANY_NAMES = 2000;

/**
 * A word of a name and the words that may follow it; one object per word of the trie (a node, and an object holding its
 * word and the node, were two for each of an order's 13,000 body names).
 */
interface MatcherNode {
  /** The word, as it stands in the text (empty at the root). */
  word: string;
  /** The word ends in a \w character: the name may stop after it only at a word boundary. */
  boundary: boolean;
  end: boolean;
  more: boolean;
  /**
   * The words after this one, in the regex's order of trial (longer first), by their first two characters' codes;
   * words of one character by that character's code in `single` (they come last in that order).
   */
  byPair?: Map<number, Bucket>;
  single?: Map<number, Bucket>;
  /** The words after this one while the trie is built. */
  next?: Map<string, MatcherNode>;
}

/**
 * Words of a node that start alike, in the order of trial. A large one (an order's bodies "Council0" ... "Council999")
 * is also kept by word and tried by the lengths of its words, longest first: a run through all of them at every place
 * a name might start was quadratic.
 */
interface Bucket {
  words: MatcherNode[];
  byWord?: Map<string, MatcherNode>;
  lengths?: number[];
  /**
   * By the place of a length in `lengths`, the last characters of the words of that length: a length whose last
   * character is not the text's there is passed over with no copy of the text to look up ("Council1")." tried
   * "Council1").", "Council1")" and "Council1"" before "Council1").
   */
  lastCodes?: Set<number>[];
}

/** A bucket above this size is looked up by word rather than run through. */
const LARGE_BUCKET = 16;

/** \w of a regex without the u flag. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** \s of a regex. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const NAME_FIRST = 1;
const PREFIX_FIRST = 2;

function newNode(word: string): MatcherNode {
  return { word, boundary: word !== '' && isWordCode(word.charCodeAt(word.length - 1)), end: false, more: false };
}

function bucketIn(map: Map<number, Bucket>, key: number): Bucket {
  let bucket = map.get(key);
  if (!bucket) map.set(key, (bucket = { words: [] }));
  return bucket;
}

/** A large bucket's words by word, and their lengths longest first (two words of one length never both match at a place). */
function indexLarge(bucket: Bucket): void {
  if (bucket.words.length <= LARGE_BUCKET) return;
  // in loops: a Map built from a list of pairs, and the lists, cost most of the matcher of an order's 13,000 bodies
  const byWord = new Map<string, MatcherNode>();
  const distinct = new Set<number>();
  for (const child of bucket.words) {
    byWord.set(child.word, child);
    distinct.add(child.word.length);
  }
  bucket.byWord = byWord;
  const lengths = [...distinct].sort((a, b) => b - a);
  bucket.lengths = lengths;
  bucket.lastCodes = lengths.map(() => new Set<number>());
  for (const { word } of bucket.words)
    bucket.lastCodes[lengths.indexOf(word.length)].add(word.charCodeAt(word.length - 1));
}

/**
 * The first FIRST_WORD_START characters of any of `words` (what may follow is the walk's to tell), grouped by first
 * character for the regex engine. Not the whole words: an order's bodies "Council0" ... "Council999" made an
 * alternation that the engine ran through at each "C" of the text.
 */
function firstWords(words: string[]): string {
  const byFirst = new Map<string, Set<string>>();
  for (const word of words)
    listIn(byFirst, word[0], () => new Set<string>()).add(escapeRegExp(word.slice(1, FIRST_WORD_START)));
  return [...byFirst]
    .map(([first, rests]) => escapeRegExp(first) + (rests.has('') ? '' : `(?:${[...rests].join('|')})`))
    .join('|');
}

const FIRST_WORD_START = 4;

/**
 * The trie of `trieAlternation`, walked as the regex engine walks its alternation: at each node the words in
 * the same order (longer first), a name's longer continuation before its end, `\s+` between words, a word
 * boundary after a name's last word when it ends in a \w character; the first path that succeeds is the match.
 */
export class NameMatcher {
  private readonly root = newNode('');
  /** By character code: may a name (the regex's lookahead on first letters) or a prefix start with it. */
  private readonly starts = new Uint8Array(65536);
  /**
   * Where a match may start: a word boundary before such a character. A regex finds them, in V8's compiled code;
   * a loop over every character ran interpreted through most of a first parse.
   */
  private readonly candidates: RegExp;
  /** Where the name of the last match found by `at` starts. */
  private nameStart = 0;
  /**
   * Where the last name after a prefix was looked for in vain, in the text `all` reads: the scan's next place is that
   * name's first word, and a walk there again fails as well ("the Director of the Office" walked twice).
   */
  private failedAt = -1;

  constructor(
    private readonly prefixes: string[],
    names: string[],
  ) {
    for (const name of new Set(names)) {
      if (!name) continue;
      this.starts[name.charCodeAt(0)] |= NAME_FIRST;
      let node = this.root;
      // the words between single spaces, none empty; read in place: two lists for each of 40,000 names were garbage
      for (let from = 0; from < name.length;) {
        const space = name.indexOf(' ', from);
        const to = space < 0 ? name.length : space;
        if (to > from) {
          const word = name.slice(from, to);
          node.next ??= new Map();
          let child = node.next.get(word);
          if (!child) node.next.set(word, (child = newNode(word)));
          node = child;
        }
        from = to + 1;
      }
      node.end = true;
    }
    for (const p of prefixes) this.starts[p.charCodeAt(0)] |= PREFIX_FIRST;
    // where a name may start: at a first word of a name, or at a prefix, spaces and such a word; each of the
    // text's "the " was a candidate before the word was asked for, and each capitalised word (a call of `at` each,
    // most of a long text's words) before the whole first word was
    const firsts = this.root.next ? firstWords([...this.root.next.keys()]) : '';
    const before = prefixes.length ? `(?:${prefixes.map(escapeRegExp).join('|')})\\s+(?:${firsts})|` : '';
    this.candidates = new RegExp(firsts ? `\\b(?=${before}(?:${firsts}))` : '(?!)', 'g');
    // each node's words in the order of trial, looked up by their first characters; the building map let go
    const finish = (node: MatcherNode): void => {
      const next = node.next;
      node.next = undefined;
      if (!next) return;
      node.more = true;
      node.byPair = new Map();
      node.single = new Map();
      // longer first, as the regex; between words of one length any order finds the same (two different words of one
      // length never both match at one place), so no localeCompare and its collator. The nodes sorted, which hold
      // their words: a list of [word, node] for each word was garbage
      const sorted = [...next.values()].sort(
        ({ word: a }, { word: b }) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
      );
      for (const child of sorted) {
        finish(child);
        const word = child.word;
        const c0 = word.charCodeAt(0);
        const bucket =
          word.length > 1 ? bucketIn(node.byPair, c0 * 65536 + word.charCodeAt(1)) : bucketIn(node.single, c0);
        bucket.words.push(child);
      }
      for (const bucket of node.byPair.values()) indexLarge(bucket);
    };
    finish(this.root);
  }

  /** Every match in `text`, in order, as `matchAll` gives a global regex's: [whole, name], index, input. */
  all(text: string): RegExpExecArray[] {
    let out: RegExpExecArray[] | undefined;
    const candidates = this.candidates;
    const n = text.length;
    let from = 0;
    this.failedAt = -1;
    while (from < n) {
      candidates.lastIndex = from;
      if (!candidates.test(text)) break;
      // the match is empty: lastIndex is where it is
      const p = candidates.lastIndex;
      const end = this.at(text, p);
      if (end < 0) {
        from = p + 1;
        continue;
      }
      const m = [text.slice(p, end), text.slice(this.nameStart, end)] as unknown as RegExpExecArray;
      m.index = p;
      m.input = text;
      m.groups = undefined;
      (out ??= []).push(m);
      from = end;
    }
    return out ?? NO_MATCHES;
  }

  /** The end of a match at `p` (after \b), its name's start in `nameStart`; -1 when none. */
  private at(text: string, p: number): number {
    if (this.starts[text.charCodeAt(p)] & PREFIX_FIRST) {
      for (let k = 0; k < this.prefixes.length; k++) {
        const prefix = this.prefixes[k];
        if (!text.startsWith(prefix, p)) continue;
        const afterWord = p + prefix.length;
        let q = afterWord;
        while (q < text.length && isSpaceCode(text.charCodeAt(q))) q++;
        // \s+ gives back spaces one by one when what follows fails
        for (const first = q; q > afterWord; q--) {
          const end = this.name(text, q);
          if (end >= 0) {
            this.nameStart = q;
            return end;
          }
          if (q === first) this.failedAt = q;
        }
      }
    }
    const end = this.name(text, p);
    if (end >= 0) this.nameStart = p;
    return end;
  }

  private name(text: string, q: number): number {
    if (q === this.failedAt) return -1;
    return this.starts[text.charCodeAt(q)] & NAME_FIRST ? this.walk(this.root, text, q) : -1;
  }

  /** The end of the first path of words from `node` that matches at `pos`, or -1. */
  private walk(node: MatcherNode, text: string, pos: number): number {
    const c0 = text.charCodeAt(pos);
    const pair = pos + 1 < text.length ? node.byPair?.get(c0 * 65536 + text.charCodeAt(pos + 1)) : undefined;
    if (pair) {
      const end = this.tryWords(pair, text, pos);
      if (end >= 0) return end;
    }
    const single = node.single?.get(c0);
    return single ? this.tryWords(single, text, pos) : -1;
  }

  private tryWords(bucket: Bucket, text: string, pos: number): number {
    const { words, byWord, lengths, lastCodes } = bucket;
    if (byWord && lengths && lastCodes) {
      // a word holds no space: none longer than the text's run of characters here can stand at `pos`. The run is read
      // no further than the longest word (lengths[0]): read to its end, a 2 MB run of "Committee,the," with no space
      // was read again at each of its words (quadratic)
      const limit = Math.min(text.length, pos + lengths[0]);
      let run = pos;
      while (run < limit && text.charCodeAt(run) !== 32) run++;
      for (let k = 0; k < lengths.length; k++) {
        const length = lengths[k];
        const fits = pos + length <= run && lastCodes[k].has(text.charCodeAt(pos + length - 1));
        const child = fits ? byWord.get(text.slice(pos, pos + length)) : undefined;
        const end = child ? this.tryWord(child, text, pos) : -1;
        if (end >= 0) return end;
      }
      return -1;
    }
    for (let k = 0; k < words.length; k++) {
      if (!text.startsWith(words[k].word, pos)) continue;
      const end = this.tryWord(words[k], text, pos);
      if (end >= 0) return end;
    }
    return -1;
  }

  /** The end of a match through `word`, which stands at `pos`; -1 when no name goes on from it. */
  private tryWord(child: MatcherNode, text: string, pos: number): number {
    const { word, boundary } = child;
    const e = pos + word.length;
    if (child.more) {
      let s = e;
      while (s < text.length && isSpaceCode(text.charCodeAt(s))) s++;
      for (; s > e; s--) {
        const end = this.walk(child, text, s);
        if (end >= 0) return end;
      }
      if (!child.end) return -1;
    }
    return !boundary || e >= text.length || !isWordCode(text.charCodeAt(e)) ? e : -1;
  }
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Non-overlapping spans kept in order, so "does this one overlap one already taken" is a binary
 * search, not a scan of every span before it (a 2 MB text names agencies tens of thousands of
 * times, and the scan made reading its mentions quadratic). Past `MANY_SPANS`, the set marks the
 * characters its spans cover instead: a span taken between others was inserted into the list, a
 * copy of all that follow it, and a paragraph of 100,000 mentions spent a second on those copies.
 */
export class SpanSet {
  /** Until the second span, none (the first is in `first`): most sets hold one span, or none (a list each was garbage). */
  private spans: Span[] | undefined;
  private first: Span | undefined;
  /** Per character, once the list is given up: TAKEN, a taken span STARTS there, an EMPTY span stands there. */
  private marks: Uint8Array | undefined;

  /** Takes `span` unless it overlaps one already taken; says whether it did. */
  take(span: Span): boolean {
    if (this.marks) {
      if (!this.fits(span)) return false;
      this.cover(span);
      return true;
    }
    if (!this.first) {
      this.first = span;
      return true;
    }
    const spans = (this.spans ??= [this.first]);
    const lo = firstNotBefore(spans, (taken) => taken.start < span.start);
    const before = spans[lo - 1];
    const after = spans[lo];
    if ((before && before.end > span.start) || (after && after.start < span.end)) return false;
    spans.splice(lo, 0, span);
    if (spans.length >= MANY_SPANS) {
      // marked as they are, without asking again: the list holds an empty span before one that starts at its place
      this.spans = undefined;
      this.marks = new Uint8Array(0);
      for (const taken of spans) this.cover(taken);
    }
    return true;
  }

  /**
   * The list's answer, from the marks: an empty span overlaps a span that goes on across it (covers the character
   * before and the one at it, and does not start there); a span overlaps any character taken or empty span in it.
   */
  private fits({ start, end }: Span): boolean {
    const marks = this.marks!;
    if (start === end)
      return !(start > 0 && marks[start - 1] & TAKEN && marks[start] & TAKEN && !(marks[start] & STARTS));
    for (let k = start; k < end && k < marks.length; k++) if (marks[k] & (TAKEN | EMPTY)) return false;
    return true;
  }

  private cover({ start, end }: Span): void {
    let marks = this.marks!;
    if (marks.length <= end) {
      const grown = new Uint8Array(Math.max(end + 1, marks.length * 2));
      grown.set(marks);
      this.marks = marks = grown;
    }
    if (start === end) {
      marks[start] |= EMPTY;
      return;
    }
    marks[start] |= STARTS;
    for (let k = start; k < end; k++) marks[k] |= TAKEN;
  }
}

const MANY_SPANS = 256;
const TAKEN = 1;
const STARTS = 2;
const EMPTY = 4;

/** The global twin of each regex, compiled once: the agency alternation is large and was compiled again for every provision. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

/**
 * All matches of a global regex, with positions: what `String.prototype.matchAll` yields, by an
 * `exec` loop on the regex itself. matchAll clones its regex on every call, and a clone of the
 * register's 18 KB agency alternation is compiled anew each time: once per provision, that was
 * a third of the parse time of a text of 40,000 short provisions.
 */
/**
 * What a regex that matches nothing gives: one shared empty list, since most of the parser's
 * patterns find nothing in most provisions (a new array for each was garbage by the hundred
 * thousand in a long order). Callers only read it. Not frozen (nor sealed): such an array is of
 * another elements kind than the lists of matches, and every `for (const m of matchAll(...))`
 * then left V8's fast path for arrays and made an object per step (60 MB of garbage in a text of
 * 50,000 provisions).
 */
const NO_MATCHES: RegExpExecArray[] = [];

export function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  // `re.global`, not `re.flags`: the flags getter builds a string on every call
  let global = re.global ? re : GLOBAL.get(re);
  if (!global) {
    global = new RegExp(re.source, re.flags + 'g');
    GLOBAL.set(re, global);
  }
  let out: RegExpExecArray[] | undefined;
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    (out ??= []).push(m);
    // an empty match would be found again at the same place; step past it as matchAll does
    if (m[0] === '') global.lastIndex = advance(text, global.lastIndex, /[uv]/.test(global.flags));
  }
  global.lastIndex = 0;
  return out ?? NO_MATCHES;
}

/**
 * `list` at its own size. A list built by `push` keeps room for 17 items (136 bytes of nothing when it holds one); one
 * that is kept for the whole parse (per provision) or in the model is copied to its size, so that the empty room is
 * not carried by every young-generation collection: of the 28 MB alive late in a parse of 25,000 one-line sections,
 * a quarter was such room in the lists of mentions, matches and assignments. An empty list is returned as it is.
 */
export function exactSize<T>(list: T[]): T[] {
  return list.length ? list.slice() : list;
}

/** A pattern with what every match of it holds (a word or a short pattern), looked for first: see matchAllIf. */
export interface Guarded {
  re: RegExp;
  needs: string | RegExp;
}

export function guarded(needs: string | RegExp, re: RegExp): Guarded {
  return { re, needs };
}

/**
 * The matches of `re` in a text that holds `needed` (a word every match holds), else none without running it:
 * the parser reads every provision with dozens of patterns, and most provisions hold none of their words (a
 * substring search costs a fraction of a regex call).
 */
export function matchAllIf(needed: string | RegExp, re: RegExp, text: string): RegExpExecArray[] {
  const holds = typeof needed === 'string' ? text.includes(needed) : needed.test(text);
  return holds ? matchAll(re, text) : NO_MATCHES;
}

/** The next index after `at`, a whole code point further in unicode mode (the spec's AdvanceStringIndex). */
function advance(text: string, at: number, unicode: boolean): number {
  return unicode && (text.codePointAt(at) ?? 0) > 0xffff ? at + 2 : at + 1;
}

/**
 * The runs of plain characters every match of a regex source holds: those outside any group, class or alternation,
 * not made optional by a quantifier ("Code Authorit(?:y|ies)..." holds "Code Authorit"). A source with a top-level
 * alternation holds none. A text without one of them has no match, which `includes` tells far faster than the regex.
 * For a source used without the i flag (with it, a run may match in other cases).
 */
export function requiredLiterals(source: string): string[] {
  const runs: string[] = [];
  let run = '';
  const close = () => {
    if (run) runs.push(run);
    run = '';
  };
  for (let k = 0; k < source.length;) {
    if (source[k] === '|') return [];
    // a code (\u0041, \x41, \cJ), a property or a back reference: read no further, claim nothing
    if (source[k] === '\\' && /[uxcpPk0-9]/.test(source[k + 1] ?? '')) return [];
    const { atom, next } = atomAt(source, k);
    const { optional, repeated, end } = quantifierAt(source, next);
    if (atom !== undefined && !optional) run += atom;
    if (atom === undefined || optional || repeated) close();
    k = end;
  }
  close();
  return runs;
}
