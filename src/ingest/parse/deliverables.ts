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

export class Deliverables {
  private readonly strategies: { id: string; name: string; title: string }[] = [];

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
      if (this.strategies.some((s) => s.id === id)) continue;
      this.strategies.push({ id, name, title });
      this.store.add(id, 'Strategy', name, { title });
    }
  }

  /**
   * A report is named by the provision that orders it: report-eo-14010-4-b-i. The scope comes in its parts (a sentence,
   * the clauses it opens), read one by one rather than joined into a copy.
   */
  producedBy(scope: readonly string[], action: Action, p: Provision, days?: number): string[] {
    if (!PRODUCING.includes(action)) return [];
    const says = (phrase: string) => scope.some((part) => part.includes(phrase));
    // most orders define no strategy: no two lists to find none
    const ids = this.strategies.length
      ? this.strategies.filter((s) => says(s.name) || says(s.title)).map((s) => s.id)
      : [];
    if (ids.length || !scope.some((part) => REPORT.test(part))) return ids;
    const id = `report-${this.docId}-${slug(p.path)}`;
    const props: Record<string, string | number> = { provisionId: p.id };
    if (days !== undefined) props.deadlineDays = days;
    this.store.add(id, 'Report', `Report required by section ${p.path} of ${this.docId}`, props);
    return [id];
  }
}
