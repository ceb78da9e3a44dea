/**
 * What a bare title means where the order has named its holder before: "the Civil Service
 * Commission ... The Commission shall", "the Administrator of General Services ... the
 * Administrator shall". The nearest earlier register agency whose name or officials fit wins.
 */
import { remembered } from './remembered';
import { AgencyRef } from '../reference';
import { escapeRegExp, isSpaceCode, isWordCode } from './patterns';
import { listIn } from './lists';
import { inDocumentOrder, lastBefore } from './positions';

/** A text of the order at its place. */
export interface SaidText {
  text: string;
  order: number;
}

interface FullName {
  order: number;
  start: number;
  name: string;
}

interface Named {
  order: number;
  start: number;
  ref: AgencyRef;
}

/**
 * Which agencies a bare word can stand for: a title ("Administrator") names its holders, a body word its namesakes.
 * One pattern per word, so the fits of a word are worked out once per order (bounded: the words come from texts).
 */
const patternOf = remembered((word) => {
  const chair = CHAIR.test(word);
  const w = chair ? 'Chair(?:man|person|woman)?' : escapeRegExp(word);
  // "the Housing and Home Finance Administrator (hereinafter referred to as the Administrator)": the title ends the name
  return !TITLES.test(word)
    ? new RegExp(String.raw`\b${w}$|\b${w} (?:of|on|for)\b`)
    : TITLE_LAST.test(word)
      ? new RegExp(String.raw`^${w} (?:of|for)\b|\b${w}$`)
      : new RegExp(String.raw`^${w} of\b`);
}, 512);
/** What every match of a word's pattern holds as it is: a name without it cannot fit, and needs no pattern. */
function literalOf(word: string): string {
  return CHAIR.test(word) ? 'Chair' : word;
}
const CHAIR = /^Chair(?:man|person|woman)?$/;
/** Titles that also end an office's name ("Federal Security Administrator"); not "Secretary" ("Executive Secretary" is another office). */
const TITLE_LAST = /^(?:Director|Administrator|Commissioner|Coordinator)$/;
const TITLES =
  /^(?:Secretary|Director|Administrator|Commissioner|Chair(?:man|person|woman)?|Chief|Coordinator|Archivist|Representative)$/;

export class Antecedents {
  private readonly named: Named[] = [];
  /** Full names of actors outside the register ("the Federal Board for Vocational Education"), in order. */
  private readonly names: FullName[] = [];
  private byWord?: Map<string, FullName[]>;
  /** The named agencies and full names each bare word can stand for, in document order, worked out once per word. */
  private readonly namedFitting = new Map<string, Named[]>();
  private agencies?: AgencyTable;
  private readonly namesFitting = new Map<string, readonly FullName[]>();
  /** Whether each name fits the word being read (see namesFittingWord). */
  private readonly judged = new Map<string, boolean>();

  constructor(
    /** What the order says in document order: a provision's text, a heading, the title (only text and place are read). */
    provisions: readonly SaidText[],
    direct: (text: string) => { match: RegExpExecArray; ref: AgencyRef }[],
    actorLike: (text: string) => RegExpExecArray[],
  ) {
    // pushed in one loop: arrays made and spread for each provision were much of a long order's garbage
    // the resolver hands its texts in document order already: sorted only when they are not (a copy of 60,000 sorted for nothing)
    const said = inOrder(provisions) ? provisions : inDocumentOrder(provisions);
    for (let i = 0; i < said.length; i++) {
      const p = said[i];
      const hits = direct(p.text);
      for (let k = 0; k < hits.length; k++)
        this.named.push({ order: p.order, start: hits[k].match.index, ref: hits[k].ref });
      this.addNames(p, actorLike(p.text));
    }
  }

  /** The full names a provision says, by where they start. */
  private addNames(p: SaidText, like: RegExpExecArray[]): void {
    const names = this.names;
    const first = names.length;
    for (let k = 0; k < like.length; k++) {
      const name = fullName(like[k][0]);
      if (name) names.push({ order: p.order, start: like[k].index, name });
    }
    const continued = continuedBodies(p.text);
    if (!continued.length) return;
    for (const m of continued) if (/\s/.test(m[1])) names.push({ order: p.order, start: m.index, name: m[1] });
    // the provision's names by where they start, as the stable sort of the two lists together gave them
    const own = names.splice(first).sort((a, b) => a.start - b.start);
    for (const n of own) names.push(n);
  }

  /** The last full name before (`order`, `start`) that a bare word ("Board") abbreviates. */
  nameBefore(order: number, start: number, word: string): string | undefined {
    let fitting = this.namesFitting.get(word);
    if (!fitting) this.namesFitting.set(word, (fitting = this.namesFittingWord(word)));
    return lastBefore(fitting, order, start)?.name;
  }

  /** The full names a bare word abbreviates, in document order. */
  private namesFittingWord(word: string): readonly FullName[] {
    const holding = this.namesHoldingAll(word);
    if (!holding.length) return NO_NAMES;
    // a long order says the same few names thousands of times: each is judged once (in one table for every word: a
    // table a word was most of the work of each of thousands of different words said once)
    const judged = this.judged;
    judged.clear();
    const fitting: FullName[] = [];
    for (let k = 0; k < holding.length; k++) {
      const name = holding[k].name;
      let yes = judged.get(name);
      if (yes === undefined)
        judged.set(name, (yes = abbreviates(word, name) && !/\bAct$/.test(name) && !OFFICER_OF.test(name)));
      if (yes) fitting.push(holding[k]);
    }
    return fitting;
  }

  /**
   * The full names holding every word of `word`: only they can fit it. The shortest list of one of its words is read,
   * not every name of the order for each new word, nor every name holding its last word: thousands of different
   * boards ("the Item10001 Board", ...) each read all the names ending in "Board" (16 s at 200 kB).
   */
  private namesHoldingAll(word: string): readonly FullName[] {
    const byWord = this.namesByWord();
    let shortest: FullName[] | undefined;
    // its words as WORD reads them, found by their characters: a match array for each word was garbage
    for (let at = 0; at < word.length;) {
      if (!isWordCode(word.charCodeAt(at))) {
        at++;
        continue;
      }
      let end = at + 1;
      while (end < word.length && isWordCode(word.charCodeAt(end))) end++;
      const list = byWord.get(word.slice(at, end));
      if (!list) return NO_NAMES;
      if (!shortest || list.length < shortest.length) shortest = list;
      at = end;
    }
    return shortest ?? byWord.get(word) ?? NO_NAMES;
  }

  /** The full names by each word they hold (a word as `\b` sees it), in document order; made on first use. */
  private namesByWord(): Map<string, FullName[]> {
    if (!this.byWord) {
      this.byWord = new Map();
      // a long order says the same few names thousands of times: each name's words read once
      const wordsOf = new Map<string, string[]>();
      for (const n of this.names) {
        let words = wordsOf.get(n.name);
        if (!words) wordsOf.set(n.name, (words = distinctWords(n.name)));
        for (let k = 0; k < words.length; k++) listIn(this.byWord, words[k]).push(n);
      }
    }
    return this.byWord;
  }

  /** The last agency named before (`order`, `start`) whose name or an official title a bare word can stand for. */
  before(order: number, start: number, word: string): string | undefined {
    let fitting = this.namedFitting.get(word);
    if (!fitting) this.namedFitting.set(word, (fitting = this.fittingNamed(word)));
    return lastBefore(fitting, order, start)?.ref.id;
  }

  /**
   * The named agencies a bare word can stand for, in document order: each agency judged once, and only the mentions
   * of those that fit read (each new word once read every mention of the order: thousands of different words by
   * thousands of mentions). No pattern is made for a word no agency's name or title holds.
   */
  private fittingNamed(word: string): Named[] {
    const { agencies, texts, mentionsOf } = this.agencyTable();
    const literal = literalOf(word);
    const fit: number[] = [];
    let pattern: RegExp | undefined;
    for (let a = 0; a < agencies.length; a++) {
      if (!texts[a].includes(literal)) continue;
      // made once a word, at the first agency whose words hold it
      const fits = (pattern ??= patternOf(word));
      const ref = agencies[a];
      if (fits.test(ref.name) || ref.officials.some((o) => fits.test(o))) fit.push(a);
    }
    if (fit.length === 1) return mentionsOf[fit[0]].map((k) => this.named[k]);
    // several agencies' mentions in the order the order names them
    const ks = fit.flatMap((a) => mentionsOf[a]).sort((x, y) => x - y);
    return ks.map((k) => this.named[k]);
  }

  /** The agencies named, each once, with the words of its name and titles and which of `named` are of it; made on first use. */
  private agencyTable(): AgencyTable {
    if (!this.agencies) {
      const named = this.named;
      const numbers = new Map<AgencyRef, number>();
      const mentionsOf: number[][] = [];
      for (let k = 0; k < named.length; k++) {
        const ref = named[k].ref;
        let a = numbers.get(ref);
        if (a === undefined) {
          numbers.set(ref, (a = numbers.size));
          mentionsOf.push([]);
        }
        mentionsOf[a].push(k);
      }
      const agencies = [...numbers.keys()];
      // one text per agency to look for a word in: a newline stands in no name or title
      const texts = agencies.map((ref) => [ref.name, ...ref.officials].join('\n'));
      this.agencies = { agencies, texts, mentionsOf };
    }
    return this.agencies;
  }
}

interface AgencyTable {
  agencies: AgencyRef[];
  /** Each agency's name and officials' titles, joined. */
  texts: string[];
  /** Which of the named (by index, in document order) are each agency. */
  mentionsOf: number[][];
}

/** Whether the texts stand in document order (as a stable sort by place would leave them). */
function inOrder(said: readonly SaidText[]): boolean {
  for (let k = 1; k < said.length; k++) if (said[k].order < said[k - 1].order) return false;
  return true;
}

/** An actor-like phrase without its "the", "each" or "any": a full name only if it has two words or more. */
function fullName(phrase: string): string | undefined {
  // where the article ends, from a sticky test: a match array for each of a long order's actor-like phrases was garbage
  LEADING_ARTICLE.lastIndex = 0;
  const from = LEADING_ARTICLE.test(phrase) ? LEADING_ARTICLE.lastIndex : 0;
  // the phrase cut only when a space stands after its first word: most are one word ("the Council")
  for (let k = from; k < phrase.length; k++) if (isSpaceCode(phrase.charCodeAt(k))) return phrase.slice(from);
  return undefined;
}

const LEADING_ARTICLE = /(?:the|each|any)\s+/iy;

const NO_NAMES: readonly FullName[] = [];

/** A word as `\b` sees it; global, run to its end on each name (so its place is back at 0 after). */
const WORD = /\w+/g;

/** How many words a name's list of words is searched for one; past it, a set of them is kept. */
const FEW_WORDS = 16;

/**
 * The words of a name, each once, in the order it first says them. A set past a few: one name of thousands of different
 * words after "the Board" searched its list of them for each (8 s at 275 kB).
 */
function distinctWords(name: string): string[] {
  const words: string[] = [];
  let seen: Set<string> | undefined;
  for (let m = WORD.exec(name); m; m = WORD.exec(name)) {
    const word = m[0];
    if (seen ? seen.has(word) : words.includes(word)) continue;
    words.push(word);
    if (seen) seen.add(word);
    else if (words.length > FEW_WORDS) seen = new Set(words);
  }
  return words;
}

/** What may follow a bare word in the name it abbreviates: the end, or "of", "on", "for" ("Board on ..."). */
const NAME_GOES_ON = /$|\s+(?:of|on|for)\b/y;

/**
 * Whether `name` holds `word` as `\bword(?:$|\s+(?:of|on|for)\b)` would find it: read by place, since a pattern
 * compiled for each of thousands of different words ("the Item10001 Board", ...) was half a long text's time.
 */
function abbreviates(word: string, name: string): boolean {
  if (!word) return false;
  const opensWord = isWordCode(word.charCodeAt(0));
  for (let at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
    // \b before it: a word character on one side only
    if ((at > 0 && isWordCode(name.charCodeAt(at - 1))) === opensWord) continue;
    NAME_GOES_ON.lastIndex = at + word.length;
    if (NAME_GOES_ON.test(name)) return true;
  }
  return false;
}

/** An officer's title over a body ("Chairman of the Council"): it names the officer, never the body's full name. */
const OFFICER_OF =
  /^(?:(?:Vice |Deputy |Executive )?Chair(?:man|person|woman)?|(?:Executive |Deputy )?Director|(?:Executive )?Secretary|Members?) of\b/;

/**
 * A body the order keeps on under the name another order gave it: "There is hereby continued a Federal Regional
 * Council for each of the ten standard Federal regions" (EO 12149), "There is hereby restructured a Federal Regional
 * Council" (EO 12314). It is named with "a", which the forms of actors do not read, yet "the Council" after it is it.
 */
const CONTINUED_BODY =
  /\b[Tt]here (?:is|are) (?:hereby )?(?:continued|restructured|reconstituted)(?:, [^,;.]{0,80},)? (?:an? |the )?["“]?([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|on|for|and|the))*)/g;

function continuedBodies(text: string): RegExpExecArray[] {
  if (!/\b(?:continued|restructured|reconstituted)\b/.test(text)) return [];
  return [...text.matchAll(CONTINUED_BODY)].map((m) => {
    m[1] = m[1].replace(/(?:\s+(?:of|on|for|and|the))+$/, '');
    return m as RegExpExecArray;
  });
}
