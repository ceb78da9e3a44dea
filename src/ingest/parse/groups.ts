/** Groups of agencies named as one ("the heads of executive departments and agencies", "each agency"). */
import { AgencyGroupRef } from '../reference';
import { matchesAtStarts, placesWhere } from './anchored';
import { matchAll, requiredLiterals, Span, SpanSet } from './patterns';

export interface GroupHit extends Span {
  groupId: string;
}

/** What every group pattern is wrapped in: an optional "the" before the phrase, whole words. */
const wrapped = (source: string) => String.raw`\b(?:[Tt]he\s+)?(?:${source})\b`;

export class AgencyGroups {
  /** Each with the words every match of it holds (a long text names some group, seldom many), and its sticky twin. */
  private readonly patterns: { id: string; re: RegExp; at: RegExp; needs: string[] }[];
  /** Any group phrase at all. */
  private readonly any: RegExp;
  /**
   * Where a group phrase may start: a match of each pattern starts where their union matches. Undefined where a
   * pattern refers back to a group, whose number differs in the union.
   */
  private readonly starts?: RegExp;

  constructor(readonly refs: AgencyGroupRef[]) {
    const sources = refs.flatMap((g) => g.patterns);
    this.patterns = refs.flatMap((g) =>
      g.patterns.map((source) => ({
        id: g.id,
        re: new RegExp(wrapped(source), 'g'),
        at: new RegExp(wrapped(source), 'y'),
        needs: requiredLiterals(source),
      })),
    );
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
    const starts = this.starts ? placesWhere(this.starts, text) : undefined;
    if (starts ? !starts.length : !this.any.test(text)) return [];
    const hits: GroupHit[] = [];
    if (starts) {
      for (const { id, at } of this.patterns) matchesAt(at, text, starts, id, hits);
    } else {
      for (const { id, re, needs } of this.patterns)
        if (needs.every((words) => text.includes(words)))
          for (const m of matchAll(re, text)) hits.push({ start: m.index, end: m.index + m[0].length, groupId: id });
    }
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

/** The hits of `at`'s pattern (sticky) that a global scan finds, tried at the places it may start only. */
function matchesAt(at: RegExp, text: string, starts: number[], groupId: string, out: GroupHit[]): void {
  for (const m of matchesAtStarts(at, text, starts)) out.push({ start: m.index, end: m.index + m[0].length, groupId });
}
