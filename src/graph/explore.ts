/**
 * Entry points for a first look at the graph (the /explore page opens on them): the newest
 * executive order, the longest revocation chain, the agency assigned the most directives.
 * Kept apart from the query building of src/graph, which it does not need.
 */
import { query } from './queries';
import { Graph } from './run';

export interface ExploreStart {
  newestOrderId: string | null;
  /** Document ids from the first revoked to the last revoking (oldest link first); empty when nothing revokes. */
  longestChain: string[];
  busiestAgency: { id: string; directives: number } | null;
}

/** The three entry points, read in parallel (three small queries). */
export async function exploreStart(graph: Graph): Promise<ExploreStart> {
  const [newest, busiest, edges] = await Promise.all([
    graph.read<{ id: string }>(query('explore', 'newestOrder')),
    graph.read<{ id: string; directives: number }>(query('explore', 'busiestAgency')),
    graph.read<{ revoking: string; revoked: string }>(query('explore', 'revocationEdges')),
  ]);
  return {
    newestOrderId: newest[0]?.id ?? null,
    longestChain: longestChain(edges),
    busiestAgency: busiest[0] && busiest[0].directives > 0 ? busiest[0] : null,
  };
}

/**
 * The longest path of `revoking -> revoked` links, as ids from the end of the path (the first
 * order revoked) to its start (the last revoking). Longest paths are found by depth-first
 * search with memoised lengths; a link that would close a cycle (texts can name each other)
 * is not followed. Ties go to the path whose ids sort first, so the answer is stable.
 */
export function longestChain(edges: Array<{ revoking: string; revoked: string }>): string[] {
  const revokes = new Map<string, string[]>();
  for (const { revoking, revoked } of edges) revokes.set(revoking, [...(revokes.get(revoking) ?? []), revoked]);
  for (const targets of revokes.values()) targets.sort();
  const best = new Map<string, string[]>(); // id -> longest path starting at id (id first)
  const onPath = new Set<string>();
  const walk = (id: string): string[] => {
    const known = best.get(id);
    if (known) return known;
    onPath.add(id);
    let longest: string[] = [];
    for (const next of revokes.get(id) ?? []) {
      if (onPath.has(next)) continue;
      const path = walk(next);
      // A path remembered from another start may run through this one: it would loop.
      if (path.length > longest.length && !path.some((step) => onPath.has(step))) longest = path;
    }
    onPath.delete(id);
    const path = [id, ...longest];
    best.set(id, path);
    return path;
  };
  let answer: string[] = [];
  for (const id of [...revokes.keys()].sort()) {
    const path = walk(id);
    if (path.length > answer.length) answer = path;
  }
  return answer.length > 1 ? answer.reverse() : [];
}
