/** Groups of agencies named as one ("the heads of executive departments and agencies", "each agency"). */
import { AgencyGroupRef } from '../reference';
import { matchAll, requiredLiterals, Span, SpanSet } from './patterns';

export interface GroupHit extends Span {
  groupId: string;
}

export class AgencyGroups {
  /** Each with the words every match of it holds: a long text names some group, seldom many. */
  private readonly patterns: { id: string; re: RegExp; needs: string[] }[];
  /** Any group phrase at all. */
  private readonly any: RegExp;

  constructor(readonly refs: AgencyGroupRef[]) {
    this.patterns = refs.flatMap((g) =>
      g.patterns.map((source) => ({
        id: g.id,
        re: new RegExp(String.raw`\b(?:[Tt]he\s+)?(?:${source})\b`, 'g'),
        needs: requiredLiterals(source),
      })),
    );
    this.any = new RegExp(
      refs
        .flatMap((g) => g.patterns)
        .map((source) => `(?:${source})`)
        .join('|') || '(?!)',
    );
  }

  /** Every group phrase, longest first where two overlap. */
  find(text: string): GroupHit[] {
    if (!this.any.test(text)) return []; // one scan for the common text that names no group, not one per pattern
    const hits = this.patterns.flatMap(({ id, re, needs }) =>
      needs.every((words) => text.includes(words))
        ? matchAll(re, text).map((m) => ({ start: m.index, end: m.index + m[0].length, groupId: id }))
        : [],
    );
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    // a span set, not a scan of those kept: a long paragraph can name "each agency" thousands of times
    const taken = new SpanSet();
    const kept = hits.filter((h) => taken.take(h));
    return kept.sort((a, b) => a.start - b.start);
  }

  name(id: string): string {
    return this.refs.find((g) => g.id === id)?.name ?? id;
  }
}
