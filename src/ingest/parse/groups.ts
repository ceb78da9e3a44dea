/** Groups of agencies named as one ("the heads of executive departments and agencies", "each agency"). */
import { AgencyGroupRef } from '../reference';
import { matchesAtStarts, placesWhere } from './anchored';
import { escapeRegExp, matchAll, requiredLiterals, Span, SpanSet } from './patterns';
import { atomAt, classEnd, groupEnd, matchCharacters, quantifierAt } from './regex-source';

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
    /** Words of which its every match holds one (its oneOf words, else one word it needs); none where it has none. */
    anchors?: string[];
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
  private readonly startsOf = new Map<string, StartScan>();
  /**
   * The scan in a run for where a phrase of any pattern may start, or for the run's end (g flag): one for every set of
   * patterns, whose places hold those of each set. A scan of each set's own union was a regex made and compiled for
   * each new set a text named (53 in 2 MB of orders, a sixth of a first parse's time), where this one is compiled once.
   */
  private readonly bounded?: RegExp;
  /** Every character a phrase of any pattern can hold ("the" before it too); undefined where one cannot be told. */
  private readonly alphabet?: Alphabet;
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
        anchors: anchorsOf(needs[sources.indexOf(source)], oneOf[sources.indexOf(source)]),
      })),
    );
    this.gate = new RegExp(gateWords(needs, oneOf).map(escapeRegExp).join('|'));
    const union = sources.map((source) => `(?:${source})`).join('|') || '(?!)';
    this.any = new RegExp(union);
    if (!sources.some((source) => /\\[1-9k]/.test(source)))
      this.starts = new RegExp(String.raw`\b(?=(?:[Tt]he\s+)?(?:${union}))`, 'g');
    const characters = matchCharacters(sources.map(wrapped));
    if (characters) this.alphabet = new Alphabet(characters);
    if (this.starts && this.alphabet)
      this.bounded = new RegExp(`${this.starts.source}|(?!${this.alphabet.characters.source})`, 'g');
  }

  /** Every group phrase, longest first where two overlap. */
  find(text: string): GroupHit[] {
    // first the patterns whose words the text holds: most texts hold none. Then one scan for where any of those may
    // start, in the runs of characters that hold one of their words (placesIn), and each pattern tried there only: a
    // scan for each (and a search for each one's words) was most of the time of a long text's mentions
    const possible = this.gate.test(text) ? this.possibleIn(text) : NO_PATTERNS;
    if (!possible.length) return NO_HITS;
    const scan = this.starts ? this.startsOfSome(possible) : undefined;
    const starts = scan ? this.placesIn(scan, text) : undefined;
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
  private startsOfSome(some: typeof this.patterns): StartScan {
    const all = some.length === this.patterns.length;
    const key = all ? '' : some.map((p) => this.patterns.indexOf(p)).join(',');
    let scan = this.startsOf.get(key);
    if (!scan) {
      const union = some.map((p) => `(?:${p.source})`).join('|');
      const starts = String.raw`\b(?=(?:[Tt]he\s+)?(?:${union}))`;
      const inRuns = this.bounded && runScan(some, this.bounded);
      // the scan of the whole text made only where the runs cannot be told: a regex is parsed as it is made
      scan = inRuns ? { inRuns } : { starts: all ? this.starts! : new RegExp(starts, 'g') };
      this.startsOf.set(key, scan);
    }
    return scan;
  }

  /**
   * Where a phrase of the scan's patterns may start in `text`, in order. A phrase lies inside one run of the
   * characters phrases hold, and holds one of its pattern's words: only the runs that hold one are scanned (a long
   * order's text holds "agenc" or "department" somewhere, a quarter of its characters are in such runs, and the scan
   * of every word boundary of it was the most costly single search of its parse).
   */
  private placesIn({ starts, inRuns }: StartScan, text: string): number[] {
    if (!inRuns) return placesWhere(starts!, text);
    const { words, bounded } = inRuns;
    const alphabet = this.alphabet!;
    let out: number[] | undefined;
    words.lastIndex = 0;
    for (let word = words.exec(text); word; word = words.exec(text)) {
      const end = alphabet.runEnd(text, word.index);
      bounded.lastIndex = alphabet.runStart(text, word.index);
      // the scan stops at the run's end, whose character no phrase holds: the match there is not a place
      while (bounded.test(text) && bounded.lastIndex < end) (out ??= []).push(bounded.lastIndex++);
      // a later word in the run is in no other run; one that crosses the run's end is in no phrase (and the search
      // never stands still, whatever the run)
      words.lastIndex = Math.max(end, word.index + 1);
    }
    words.lastIndex = 0;
    return out ?? NO_PLACES;
  }

  name(id: string): string {
    return this.refs.find((g) => g.id === id)?.name ?? id;
  }
}

/** What a text that names no group gets: one shared empty list (callers only read it). */
const NO_HITS: GroupHit[] = [];
const NO_PATTERNS: never[] = [];
const NO_PLACES: number[] = [];

/** A scan for where a phrase of some patterns may start, and its form for the runs holding one of their words. */
interface StartScan {
  starts?: RegExp;
  inRuns?: RunScan;
}

/**
 * `words`: of which every phrase of the patterns holds one (g flag). `bounded`: the scan for where a phrase of any
 * pattern starts, or where a character stands that no phrase holds, which ends a run (g flag).
 */
interface RunScan {
  words: RegExp;
  bounded: RegExp;
}

/** The scan of `some` in the runs that hold one of their anchors; undefined where one has no anchors. */
function runScan(some: { anchors?: string[] }[], bounded: RegExp): RunScan | undefined {
  const words = new Set<string>();
  for (const { anchors } of some) {
    if (!anchors) return undefined;
    for (const word of anchors) words.add(word);
  }
  return {
    words: new RegExp([...words].map(escapeRegExp).join('|'), 'g'),
    bounded,
  };
}

/** A pattern's words of which its every match holds one: those it holds one of, else the longest it needs. */
function anchorsOf(needs: string[], oneOf: string[] | undefined): string[] | undefined {
  const words = oneOf?.length ? oneOf : [...needs].sort((a, b) => b.length - a.length).slice(0, 1);
  return words.length && words.every((w) => w) ? words : undefined;
}

/** The characters phrases hold, and where a run of them starts and ends around a place. */
class Alphabet {
  /** For each ASCII character, 1 where a phrase may hold it. */
  private readonly ascii: Uint8Array;
  /** The run from a place on (y flag). */
  private readonly run: RegExp;

  constructor(readonly characters: RegExp) {
    this.ascii = Uint8Array.from({ length: 128 }, (_, c) => (characters.test(String.fromCharCode(c)) ? 1 : 0));
    this.run = new RegExp(`${characters.source}*`, 'y');
  }

  /** The place after the run that `at` is in. */
  runEnd(text: string, at: number): number {
    this.run.lastIndex = at;
    this.run.test(text);
    return this.run.lastIndex;
  }

  /** The first place of the run that `at` is in. */
  runStart(text: string, at: number): number {
    let k = at;
    while (k > 0 && this.holds(text, k - 1)) k--;
    return k;
  }

  private holds(text: string, k: number): boolean {
    const c = text.charCodeAt(k);
    return c < 128 ? this.ascii[c] === 1 : this.characters.test(text[k]);
  }
}

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
