/** Groups of agencies named as one ("the heads of executive departments and agencies", "each agency"). */
import { AgencyGroupRef } from '../reference';
import { matchesAtStarts, placesWhere } from './anchored';
import { escapeRegExp, matchAll, requiredLiterals, Span, SpanSet } from './patterns';
import { atomAt, classEnd, groupEnd, quantifierAt } from './regex-source';

export interface GroupHit extends Span {
  groupId: string;
}

/** What every group pattern is wrapped in: an optional "the" before the phrase, whole words. */
const wrapped = (source: string) => String.raw`\b(?:[Tt]he\s+)?(?:${source})\b`;

export class AgencyGroups {
  /** Each with the words every match of it holds (a long text names some group, seldom many), and its sticky twin. */
  private readonly patterns: {
    id: string;
    source: string;
    re: RegExp;
    at: RegExp;
    /** The words (by their number in `words`) every match holds, and those of which it holds one. */
    needs: number[];
    oneOf?: number[];
  }[];
  private readonly words: NeededWords;
  /** Any group phrase at all. */
  private readonly any: RegExp;
  /**
   * Where a group phrase may start: a match of each pattern starts where their union matches. Undefined where a
   * pattern refers back to a group, whose number differs in the union.
   */
  private readonly starts?: RegExp;
  /** The scans for where the phrases of some of the patterns may start, by the patterns' numbers. */
  private readonly startsOf = new Map<string, RegExp>();
  /**
   * One word of each pattern that its every match holds (of several, the longest), or all its words it holds one of: a
   * text holding none of them has no possible pattern. Most provisions name no group, and the full test of each
   * pattern's words was a sixth of the time of a long order's mentions. One regex of the words, which runs through a
   * short text in a tenth of the time of a search for each word.
   */
  private readonly gate: RegExp;

  constructor(readonly refs: AgencyGroupRef[]) {
    const sources = refs.flatMap((g) => g.patterns);
    const needs = sources.map(requiredLiterals);
    const oneOf = sources.map(oneOfLiterals);
    this.words = new NeededWords([...needs.flat(), ...oneOf.flatMap((words) => words ?? [])]);
    this.patterns = refs.flatMap((g) =>
      g.patterns.map((source) => ({
        id: g.id,
        source,
        re: new RegExp(wrapped(source), 'g'),
        at: new RegExp(wrapped(source), 'y'),
        needs: needs[sources.indexOf(source)].map((w) => this.words.numberOf(w)),
        oneOf: oneOf[sources.indexOf(source)]?.map((w) => this.words.numberOf(w)),
      })),
    );
    this.gate = new RegExp(gateWords(needs, oneOf).map(escapeRegExp).join('|'));
    const union = sources.map((source) => `(?:${source})`).join('|') || '(?!)';
    this.any = new RegExp(union);
    if (!sources.some((source) => /\\[1-9k]/.test(source)))
      this.starts = new RegExp(String.raw`\b(?=(?:[Tt]he\s+)?(?:${union}))`, 'g');
  }

  /** Every group phrase, longest first where two overlap. */
  find(text: string): GroupHit[] {
    // one scan of the text for where any may start, then each pattern tried there only: a scan for each (and a search
    // for each one's words) was most of the time of a long text's mentions. None found is the common text that names
    // no group: this scan tries word boundaries only, half the time of a test for any group phrase at all (2 MB: 35 ms, 78)
    // first the patterns whose words the text holds: most texts hold none, and the scan for where a phrase may start
    // tried every word boundary of them (a fifth of a long paragraph's mentions)
    const possible = this.gate.test(text) ? this.possibleIn(text) : NO_PATTERNS;
    if (!possible.length) return NO_HITS;
    const scan = this.starts ? this.startsOfSome(possible) : undefined;
    const starts = scan ? placesWhere(scan, text) : undefined;
    if (starts ? !starts.length : !this.any.test(text)) return NO_HITS;
    const hits: GroupHit[] = [];
    if (starts) {
      for (const { id, at } of possible) matchesAt(at, text, starts, id, hits);
    } else {
      for (const { id, re } of possible)
        for (const m of matchAll(re, text)) hits.push({ start: m.index, end: m.index + m[0].length, groupId: id });
    }
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    // a span set, not a scan of those kept: a long paragraph can name "each agency" thousands of times
    const taken = new SpanSet();
    const kept = hits.filter((h) => taken.take(h));
    return kept.sort((a, b) => a.start - b.start);
  }

  /** The patterns that may match in `text`: it holds every word each needs, and one of the words each needs one of. */
  private possibleIn(text: string): typeof this.patterns {
    let out: typeof this.patterns | undefined;
    const words = this.words;
    words.readIn(text);
    for (const pattern of this.patterns) {
      const { needs, oneOf } = pattern;
      if (!needs.every((k) => words.has(k))) continue;
      if (oneOf && !oneOf.some((k) => words.has(k))) continue;
      (out ??= []).push(pattern);
    }
    // the text let go: the groups are kept for the whole process
    words.readIn('');
    return out ?? [];
  }

  /** The scan for where a phrase of one of `some` may start: a match of each starts where their union matches. */
  private startsOfSome(some: typeof this.patterns): RegExp {
    if (some.length === this.patterns.length) return this.starts!;
    const key = some.map((p) => this.patterns.indexOf(p)).join(',');
    let scan = this.startsOf.get(key);
    if (!scan) {
      const union = some.map((p) => `(?:${p.source})`).join('|');
      this.startsOf.set(key, (scan = new RegExp(String.raw`\b(?=(?:[Tt]he\s+)?(?:${union}))`, 'g')));
    }
    return scan;
  }

  name(id: string): string {
    return this.refs.find((g) => g.id === id)?.name ?? id;
  }
}

/** What a text that names no group gets: one shared empty list (callers only read it). */
const NO_HITS: GroupHit[] = [];
const NO_PATTERNS: never[] = [];

/**
 * Words of which a text holds one wherever a pattern may match: of each pattern, its longest needed word or the words it
 * needs one of, whichever's shortest word is longer (" of " is in most texts, "agenc" in few); a word that holds another
 * of them is left out (a text holding it holds the other). Where some pattern needs no word at all, the empty word,
 * which every text holds: that pattern is tried on every text.
 */
function gateWords(needs: string[][], oneOf: (string[] | undefined)[]): string[] {
  const shortest = (some: string[]) => Math.min(...some.map((w) => w.length));
  const words = new Set<string>();
  for (let k = 0; k < needs.length; k++) {
    const longest = [...needs[k]].sort((a, b) => b.length - a.length).slice(0, 1);
    const either = oneOf[k]?.length ? oneOf[k]! : [];
    const some = either.length && (!longest.length || shortest(either) > shortest(longest)) ? either : longest;
    if (!some.length) return [''];
    for (const w of some) words.add(w);
  }
  return [...words].filter((w) => ![...words].some((other) => other !== w && w.includes(other)));
}

/** The hits of `at`'s pattern (sticky) that a global scan finds, tried at the places it may start only. */
function matchesAt(at: RegExp, text: string, starts: number[], groupId: string, out: GroupHit[]): void {
  for (const m of matchesAtStarts(at, text, starts)) out.push({ start: m.index, end: m.index + m[0].length, groupId });
}

/**
 * The words the group patterns need, each looked for at most once in a text, and not at all where a shorter one that
 * it holds is missing: a long text was searched whole for each of thirty words, most of them missing together
 * ("agenc", "agencies", " agencies", "Departments and agencies").
 */
class NeededWords {
  private readonly words: string[];
  /** For each word, the shorter words it holds. */
  private readonly inside: number[][];
  /** For each word in the text read: 0 not looked for yet, 1 there, 2 missing. */
  private readonly state: Int8Array;
  private text = '';

  constructor(words: string[]) {
    this.words = [...new Set(words)];
    this.inside = this.words.map((word) =>
      this.words.flatMap((other, j) => (other.length < word.length && word.includes(other) ? [j] : [])),
    );
    this.state = new Int8Array(this.words.length);
  }

  numberOf(word: string): number {
    return this.words.indexOf(word);
  }

  readIn(text: string): void {
    this.text = text;
    this.state.fill(0);
  }

  has(k: number): boolean {
    const known = this.state[k];
    if (known) return known === 1;
    const inside = this.inside[k];
    let yes = true;
    for (let j = 0; j < inside.length && yes; j++) yes = this.has(inside[j]);
    if (yes) yes = this.text.includes(this.words[k]);
    this.state[k] = yes ? 1 : 2;
    return yes;
  }
}

/**
 * Plain words of which every match of a regex source holds one (a source used without the i flag): "agenc(?:y|ies)|
 * establishments?" holds "agenc" or "establishment". Undefined where none can be told. Runs of plain characters, and
 * groups that are not optional, are each such a set; of those of a sequence, the one whose shortest word is longest.
 */
export function oneOfLiterals(source: string): string[] | undefined {
  // a code, a property or a named back reference: characters that are not what they read as
  if (/\\[uxcpPk]/.test(source)) return undefined;
  return alternativesIn(source, 0, source.length);
}

/** `oneOfLiterals` of the alternatives between `from` and `to`: the union of each one's, if each has one. */
function alternativesIn(source: string, from: number, to: number): string[] | undefined {
  const out: string[] = [];
  let start = from;
  for (let k = from; k <= to;) {
    if (k === to || source[k] === '|') {
      const words = sequenceIn(source, start, k);
      if (!words) return undefined;
      out.push(...words);
      start = k + 1;
      k++;
    } else if (source[k] === '\\') k += 2;
    else if (source[k] === '[') k = classEnd(source, k);
    else if (source[k] === '(') k = groupEnd(source, k);
    else k++;
  }
  return out;
}

/** `oneOfLiterals` of one alternative, a sequence of atoms between `from` and `to`. */
function sequenceIn(source: string, from: number, to: number): string[] | undefined {
  let best: string[] | undefined;
  const consider = (words: string[] | undefined) => {
    if (!words?.length || words.some((w) => !w)) return;
    const shortest = Math.min(...words.map((w) => w.length));
    if (!best || shortest > Math.min(...best.map((w) => w.length))) best = words;
  };
  let run = '';
  const close = () => {
    if (run) consider([run]);
    run = '';
  };
  for (let k = from; k < to;) {
    const { atom, next } = atomAt(source, k);
    let inner: string[] | undefined; // a group's words
    if (source[k] === '(') {
      // a lookaround holds nothing of the match; a named group's name is no text
      const body = /^\(\?(?:[=!]|<[=!])/.test(source.slice(k, k + 4))
        ? undefined
        : /^\(\?(?::|<[A-Za-z_$][\w$]*>)|^\((?!\?)/.exec(source.slice(k, next));
      inner = body ? alternativesIn(source, k + body[0].length, next - 1) : undefined;
    }
    const { optional, repeated, end } = quantifierAt(source, next);
    if (atom !== undefined && !optional) run += atom;
    if (atom === undefined || optional || repeated) close();
    if (!optional) consider(inner);
    k = end;
  }
  close();
  return best;
}
