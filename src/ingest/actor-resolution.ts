/**
 * How well a document's actor mentions resolved: each assignment is an agency of the register,
 * a group, a body the order establishes, or unresolved words. The corpus report sums these.
 */
import { ActorKind, DocumentModel } from './model';

export interface ActorResolution {
  /** Assignments (actor mentions in a directive), by what they resolved to. */
  counts: Record<ActorKind, number>;
  /** Unresolved mentions' words, lower-cased without a leading article, with counts. */
  unresolved: Map<string, number>;
  /** Agencies of the model that are not in the register: fragments ("Council"). Always 0 by design; counted to prove it. */
  fragmentAgencies: string[];
}

export function emptyResolution(): ActorResolution {
  return { counts: { AGENCY: 0, GROUP: 0, BODY: 0, UNRESOLVED: 0 }, unresolved: new Map(), fragmentAgencies: [] };
}

/** The resolution of every assignment of `model`; `registerIds` are the ids of seed/reference/agencies.json. */
export function actorResolution(
  model: DocumentModel,
  registerIds: ReadonlySet<string>,
  into = emptyResolution(),
): ActorResolution {
  for (const d of model.directives) {
    for (const a of d.assignments) {
      into.counts[a.actor]++;
      if (a.actor !== 'UNRESOLVED') continue;
      const words = (a.actorName ?? a.actorText).replace(/^(?:the|each|any)\s+/i, '').replace(/\s+/g, ' ');
      into.unresolved.set(words, (into.unresolved.get(words) ?? 0) + 1);
    }
  }
  for (const agency of model.agencies) if (!registerIds.has(agency.id)) into.fragmentAgencies.push(agency.id);
  return into;
}

/** Adds `from`'s tallies to `into` (a decade's or the corpus's). */
export function addResolution(into: ActorResolution, from: ActorResolution): ActorResolution {
  for (const kind of Object.keys(from.counts) as ActorKind[]) into.counts[kind] += from.counts[kind];
  for (const [words, n] of from.unresolved) into.unresolved.set(words, (into.unresolved.get(words) ?? 0) + n);
  into.fragmentAgencies.push(...from.fragmentAgencies);
  return into;
}

/** Share of mentions that resolved (agency, group or body), 0..1; 1 when there were none. */
export function resolvedShare(r: ActorResolution): number {
  const total = Object.values(r.counts).reduce((a, b) => a + b, 0);
  return total ? (total - r.counts.UNRESOLVED) / total : 1;
}
