/** Groups of agencies named as one ("the heads of executive departments and agencies", "each agency"). */
import { AgencyGroupRef } from '../reference';
import { matchAll, Span } from './patterns';

export interface GroupHit extends Span {
  groupId: string;
}

export class AgencyGroups {
  private readonly patterns: { id: string; re: RegExp }[];

  constructor(readonly refs: AgencyGroupRef[]) {
    this.patterns = refs.flatMap((g) => g.patterns.map((source) => ({ id: g.id, re: new RegExp(String.raw`\b(?:[Tt]he\s+)?(?:${source})\b`, 'g') })));
  }

  /** Every group phrase, longest first where two overlap. */
  find(text: string): GroupHit[] {
    const hits = this.patterns.flatMap(({ id, re }) => matchAll(re, text).map((m) => ({ start: m.index, end: m.index + m[0].length, groupId: id })));
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: GroupHit[] = [];
    for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
    return kept.sort((a, b) => a.start - b.start);
  }

  name(id: string): string {
    return this.refs.find((g) => g.id === id)?.name ?? id;
  }
}
