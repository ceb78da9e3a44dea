/** Strategies and reports a directive produces. */
import { Action, Provision } from '../model';
import { EntityStore } from './entities';
import { slug } from './ids';
import { matchAllIf } from './patterns';

// bounded repeats: an unbounded lazy run from every capital letter was quadratic on long texts
const STRATEGY =
  /\b(?:the )?((?:United States )?Strategy for [^()"]{1,200}?|[A-Z][\w ]{0,150}? Strategy) \(the "([^"]{1,200} Strategy)"\)/g;
const PRODUCING: Action[] = ['PREPARE', 'SUBMIT', 'ESTABLISH'];
const REPORT = /\b(?:report|study)\b/i;

interface Strategy {
  id: string;
  name: string;
  title: string;
}

/** The word each strategy's name and title hold (STRATEGY writes it into both). */
const WORD = 'Strategy';

/**
 * The strategies a text names, found from the text's own "Strategy" words: a name or title that has the word `at`
 * characters in and is `length` long is, where it stands, the one slice of the text that long from that far before the
 * word. A look for every strategy in each producing directive's words was quadratic in a text of thousands (12.7 s at
 * 1.6 MB); the shapes of name (where the word is, how long) are few. A long part full of the word, where strategies
 * have hundreds of shapes, is searched for each phrase instead (3.4 s at 2 MB by shapes).
 */
class StrategyNames {
  private readonly byPhrase = new Map<string, number[]>();
  private readonly shapes: [at: number, length: number][] = [];

  constructor(strategies: readonly Strategy[]) {
    const shapes = new Set<string>();
    strategies.forEach((s, k) => {
      this.add(s.name, k, shapes);
      this.add(s.title, k, shapes);
    });
  }

  private add(phrase: string, k: number, shapes: Set<string>): void {
    const list = this.byPhrase.get(phrase);
    if (list) {
      if (list[list.length - 1] !== k) list.push(k);
      return;
    }
    this.byPhrase.set(phrase, [k]);
    const at = phrase.indexOf(WORD);
    const shape = `${at},${phrase.length}`;
    if (shapes.has(shape)) return;
    shapes.add(shape);
    this.shapes.push([at, phrase.length]);
  }

  /** The indexes of the strategies named in any of `parts`, in the order they were defined. */
  namedIn(parts: readonly string[]): number[] {
    const found = new Set<number>();
    for (const part of parts) {
      const words = wordsIn(part);
      // each word costs a look-up a shape, each phrase a search of the part (hundreds of times as fast a character): a
      // long part full of the word, with strategies of hundreds of shapes, is searched for each phrase instead
      if (words.length * this.shapes.length * 128 > this.byPhrase.size * part.length) this.searchFor(part, found);
      else this.lookUp(part, words, found);
    }
    return found.size ? [...found].sort((a, b) => a - b) : [];
  }

  private lookUp(part: string, words: number[], found: Set<number>): void {
    for (const q of words)
      for (const [at, length] of this.shapes) {
        const from = q - at;
        if (from < 0 || from + length > part.length) continue;
        const named = this.byPhrase.get(part.slice(from, from + length));
        if (named) for (const k of named) found.add(k);
      }
  }

  private searchFor(part: string, found: Set<number>): void {
    for (const [phrase, named] of this.byPhrase) if (part.includes(phrase)) for (const k of named) found.add(k);
  }
}

/** Where the word stands in `text`. */
function wordsIn(text: string): number[] {
  const at: number[] = [];
  for (let q = text.indexOf(WORD); q !== -1; q = text.indexOf(WORD, q + 1)) at.push(q);
  return at;
}

export class Deliverables {
  private readonly strategies: Strategy[] = [];
  private readonly strategyIds = new Set<string>();
  /** Made at the first producing directive, after every provision has defined its strategies. */
  private names: StrategyNames | undefined;

  constructor(
    private readonly store: EntityStore,
    private readonly docId: string,
  ) {}

  /** Strategies are defined where first named: `the United States Strategy for X (the "X Strategy")`. */
  defineStrategies(text: string): void {
    // every match holds `(the "`; without it the pattern is not run (it tries 150 characters from each capital letter)
    for (const m of matchAllIf('(the "', STRATEGY, text)) {
      const [, title, name] = m;
      const id = `strategy-${slug(name.replace(/\s+Strategy$/, ''))}`;
      if (this.strategyIds.has(id)) continue;
      this.strategyIds.add(id);
      this.strategies.push({ id, name, title });
      this.names = undefined;
      this.store.add(id, 'Strategy', name, { title });
    }
  }

  /**
   * A report is named by the provision that orders it: report-eo-14010-4-b-i. The scope comes in its parts (a sentence,
   * the clauses it opens), read one by one rather than joined into a copy.
   */
  producedBy(scope: readonly string[], action: Action, p: Provision, days?: number): string[] {
    if (!PRODUCING.includes(action)) return [];
    // most orders define no strategy: no two lists to find none
    const ids = this.strategies.length
      ? (this.names ??= new StrategyNames(this.strategies)).namedIn(scope).map((k) => this.strategies[k].id)
      : [];
    if (ids.length || !scope.some((part) => REPORT.test(part))) return ids;
    const id = `report-${this.docId}-${slug(p.path)}`;
    const props: Record<string, string | number> = { provisionId: p.id };
    if (days !== undefined) props.deadlineDays = days;
    this.store.add(id, 'Report', `Report required by section ${p.path} of ${this.docId}`, props);
    return [id];
  }
}
