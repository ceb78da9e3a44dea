import { fillPlaceholders } from './labels';
import { fillNested, NestedAnswers, Nested } from './nested';
import type { GraphNode } from './nodes';
import { Projection, projectNodeMaps } from './node-map';
import type { PageWindow } from './paged';
import { query } from './queries';
import { EdgeFilter, edgesOf, orderKeys, Relation } from './relation-edges';
import { Graph } from './run';
import { int } from './values';

/**
 * One edge of a relationship field: the relationship's properties and the node it leads to,
 * and that node's nested connections when they were asked with the page (`Nested`).
 */
export interface RelatedEdge {
  rel: Record<string, unknown>;
  node: GraphNode;
  nested?: NestedAnswers;
}

/** One parent's page of edges (empty when no page was asked) and its total (null when not asked). */
export interface RelatedPage {
  edges: RelatedEdge[];
  totalCount: number | null;
}

/**
 * For each id, one page of its edges along `relation` that pass `filter` (when `window` is
 * given) and how many there are in all (when `count`). The window is applied per parent inside
 * the query, so a parent with thousands of edges costs its page, not all its edges; the
 * unfiltered count is the parent's degree, read from the store. One query for all ids.
 * Order: provisions by their `order`, everything else by id. `nested`: connections of each
 * edge's node fetched in the same query (each edge's `nested`, in that order); `properties`:
 * what is read of each edge's node (null: all).
 */
export async function relatedByIds(
  graph: Graph,
  relation: Relation,
  ids: readonly string[],
  filter: EdgeFilter,
  window: PageWindow | null,
  count: boolean,
  nested: readonly Nested[] = [],
  properties: Projection = null,
): Promise<Map<string, RelatedPage>> {
  const { cypher, params } = fillNested(
    projectNodeMaps(relatedQuery(relation, filter, window !== null, count), 'b', properties),
    nested,
  );
  const rows = await graph.read<{ key: string } & RelatedPage>(cypher, {
    ...params,
    ids,
    rel: filter.rel ?? {},
    node: filter.node ?? {},
    skip: int(window?.skip ?? 0),
    limit: int(window?.limit ?? 0),
  });
  return new Map(rows.map(({ key, edges, totalCount }) => [key, { edges, totalCount }]));
}

/** The query of `relatedByIds`, from the fragments of cypher/relations.cypher. */
function relatedQuery(relation: Relation, filter: EdgeFilter, page: boolean, count: boolean): string {
  const { match, total } = edgesOf(relation, filter);
  const lines = [query('relations', 'parents')];
  if (page)
    lines.push(
      query('relations', 'page')
        .replace('MATCH_EDGES', () => match)
        .replace('ORDER_KEYS', () => orderKeys(relation)),
    );
  lines.push(`RETURN id AS key, ${page ? 'edges' : '[]'} AS edges, ${count ? total : 'null'} AS totalCount`);
  return fillPlaceholders(lines.join('\n'), { From: relation.from, TYPE: relation.type });
}

/** For each document id, its directives in document order (with `filter.node` applied). */
export async function directivesOfDocuments(
  graph: Graph,
  ids: readonly string[],
  filter: EdgeFilter = {},
): Promise<Map<string, RelatedEdge[]>> {
  const rows = await graph.read<{ key: string } & RelatedEdge>(query('relations', 'directivesOfDocuments'), {
    ids,
    node: filter.node ?? {},
  });
  const byKey = new Map<string, RelatedEdge[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), { rel: row.rel, node: row.node }]);
  return byKey;
}
