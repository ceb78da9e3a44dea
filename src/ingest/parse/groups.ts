/** Groups of agencies named as one ("the heads of executive departments and agencies", "each agency"). */
import { AgencyGroupRef } from '../reference';
import { matchAll, requiredLiterals, Span, SpanSet } from './patterns';

export interface GroupHit extends Span {
  groupId: string;
}

/** What every group pattern is wrapped in: an optional "the" before the phrase, whole words. */
const wrapped = (source: string) => String.raw`\b(?:[Tt]he\s+)?(?:${source})\b`;

export class AgencyGroups {
  /** Each with the words every match of it holds (a long text names some group, seldom many), and its sticky twin. */
  private readonly patterns: { id: string; source: string; re: RegExp; at: RegExp; needs: string[] }[];
  /** Any group phrase at all. */
  private readonly any: RegExp;
  /** Whether a union of patterns may be scanned for: not where one refers back to a group, whose number differs in it. */
  private readonly unites: boolean;
  /** The scans for where some of the patterns may start, by which of them a text holds the words of. */
  private readonly startsOf = new Map<string, RegExp>();

  constructor(readonly refs: AgencyGroupRef[]) {
    this.patterns = refs.flatMap((g) =>
      g.patterns.map((source) => ({
        id: g.id,
        source,
        re: new RegExp(wrapped(source), 'g'),
        at: new RegExp(wrapped(source), 'y'),
        needs: requiredLiterals(source),
      })),
    );
    this.any = new RegExp(union(this.patterns));
    this.unites = !this.patterns.some(({ source }) => /\\[1-9k]/.test(source));
  }

  /** Every group phrase, longest first where two overlap. */
  find(text: string): GroupHit[] {
    if (!this.any.test(text)) return []; // one scan for the common text that names no group, not one per pattern
    const patterns = this.patterns.filter(({ needs }) => needs.every((words) => text.includes(words)));
    const hits: GroupHit[] = [];
    if (patterns.length > 1 && this.unites) {
      // one scan of a long text for where any of them may start (a match of each starts at one of those places),
      // then each tried there only: a scan for each was most of the time of a long text's mentions
      const starts = this.startsIn(patterns, text);
      for (const { id, at } of patterns) matchesAt(at, text, starts, id, hits);
    } else {
      for (const { id, re } of patterns)
        for (const m of matchAll(re, text)) hits.push({ start: m.index, end: m.index + m[0].length, groupId: id });
    }
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    // a span set, not a scan of those kept: a long paragraph can name "each agency" thousands of times
    const taken = new SpanSet();
    const kept = hits.filter((h) => taken.take(h));
    return kept.sort((a, b) => a.start - b.start);
  }

  /** Where a match of one of `patterns` may start in `text`, in order. */
  private startsIn(patterns: { source: string }[], text: string): number[] {
    const key = patterns.map(({ source }) => source).join('\n');
    let starts = this.startsOf.get(key);
    if (!starts)
      this.startsOf.set(key, (starts = new RegExp(String.raw`\b(?=(?:[Tt]he\s+)?(?:${union(patterns)}))`, 'g')));
    const out: number[] = [];
    starts.lastIndex = 0;
    // the match is empty: lastIndex is where it is
    while (starts.test(text)) out.push(starts.lastIndex++);
    return out;
  }

  name(id: string): string {
    return this.refs.find((g) => g.id === id)?.name ?? id;
  }
}

function union(patterns: { source: string }[]): string {
  return patterns.map(({ source }) => `(?:${source})`).join('|') || '(?!)';
}

/**
 * The matches a global scan of `at`'s pattern finds, tried at the places it may start only: the first that matches at or
 * after the end of the last match is the next one.
 */
function matchesAt(at: RegExp, text: string, starts: number[], groupId: string, out: GroupHit[]): void {
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    at.lastIndex = start;
    const m = at.exec(text);
    if (!m) continue;
    const end = start + m[0].length;
    out.push({ start, end, groupId });
    // an empty match is stepped past, as a global scan does
    from = end > start ? end : start + 1;
  }
}
