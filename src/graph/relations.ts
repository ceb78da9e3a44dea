import { RawEdge, RelatedEdge, relatedEdges, RelatedPage } from './answers';
import { Graph } from './run';
import { directivesOfDocumentsQuery } from './translate/nodes';
import { RelationPlan } from './translate/plan';
import { relatedQuery } from './translate/related';
import { EdgeFilter } from './relation-edges';

export type { RelatedEdge, RelatedPage } from './answers';

/**
 * For each id, one page of its edges along `plan.relation` that pass its filter (when a window
 * is given) and how many there are in all (when `count`), with what each edge's node is asked
 * too (`nested`). Order: provisions by their `order`, everything else by id. One query for all
 * ids (see `relatedQuery`).
 */
export async function relatedByIds(
  graph: Graph,
  plan: RelationPlan,
  ids: readonly string[],
): Promise<Map<string, RelatedPage>> {
  const { cypher, params } = relatedQuery(plan, ids);
  const rows = await graph.read<{ key: string; edges: RawEdge[]; totalCount: number | null }>(cypher, params);
  return new Map(rows.map(({ key, edges, totalCount }) => [key, { edges: relatedEdges(edges), totalCount }]));
}

/** For each document id, its directives in document order (with `filter.node` applied). */
export async function directivesOfDocuments(
  graph: Graph,
  ids: readonly string[],
  filter: EdgeFilter = {},
): Promise<Map<string, RelatedEdge[]>> {
  const { cypher, params } = directivesOfDocumentsQuery(ids, filter.node ?? {});
  const rows = await graph.read<{ key: string } & RelatedEdge>(cypher, params);
  const byKey = new Map<string, RelatedEdge[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), { rel: row.rel, node: row.node }]);
  return byKey;
}
