import { fillPlaceholders, KEPT_ENDS, NODE_LABELS, NodeLabel, RelationshipType } from './labels';
import { fillNested, NestedAnswers, Nested } from './nested';
import { GraphNode } from './nodes';
import { Projection, projectNodeMaps } from './node-map';
import { PageWindow } from './paged';
import { expression, query } from './queries';
import { Graph } from './run';
import { int } from './values';

/** One relationship field: from nodes of a label, along a type, in a direction. */
export interface Relation {
  from: NodeLabel;
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  /** Only nodes of this label at the other end (a directive's agencies, not its groups or bodies). */
  to?: NodeLabel;
}

export const out = (from: NodeLabel, type: RelationshipType, to?: NodeLabel): Relation => ({ from, type, direction: 'OUT', ...(to ? { to } : {}) });
export const inn = (from: NodeLabel, type: RelationshipType, to?: NodeLabel): Relation => ({ from, type, direction: 'IN', ...(to ? { to } : {}) });

/** Property filters on the relationship and on the node at the other end (name -> value). */
export interface EdgeFilter {
  rel?: Record<string, unknown>;
  node?: Record<string, unknown>;
}

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
export async function relatedByIds(graph: Graph, relation: Relation, ids: readonly string[], filter: EdgeFilter, window: PageWindow | null, count: boolean, nested: readonly Nested[] = [], properties: Projection = null): Promise<Map<string, RelatedPage>> {
  const { cypher, params } = fillNested(projectNodeMaps(relatedQuery(relation, filter, window !== null, count), 'b', properties), nested);
  const rows = await graph.read<{ key: string } & RelatedPage>(cypher, {
    ...params, ids, rel: filter.rel ?? {}, node: filter.node ?? {}, skip: int(window?.skip ?? 0), limit: int(window?.limit ?? 0),
  });
  return new Map(rows.map(({ key, edges, totalCount }) => [key, { edges, totalCount }]));
}

/** The query of `relatedByIds`, from the fragments of cypher/relations.cypher. */
function relatedQuery(relation: Relation, filter: EdgeFilter, page: boolean, count: boolean): string {
  const { match, total } = edgesOf(relation, filter);
  const lines = [query('relations', 'parents')];
  if (page) lines.push(query('relations', 'page').replace('MATCH_EDGES', () => match).replace('ORDER_KEYS', () => orderKeys(relation)));
  lines.push(`RETURN id AS key, ${page ? 'edges' : '[]'} AS edges, ${count ? total : 'null'} AS totalCount`);
  return fillPlaceholders(lines.join('\n'), { From: relation.from, TYPE: relation.type });
}

/**
 * The MATCH of `relation`'s edges from `a` (as `r`, to `b`) that pass `filter` (`$rel`,
 * `$node`), and the expression of their total: the stored degree when nothing is filtered.
 * `:$TYPE` is left for the caller to fill. Nested pages (src/graph/nested.ts) rename it.
 */
export function edgesOf(relation: Relation, filter: EdgeFilter): { match: string; total: string } {
  const fragment = (name: string) => query('relations', name);
  const way = relation.direction === 'OUT' ? 'out' : 'in';
  const conditions = [hasKeys(filter.rel) && fragment('filter.rel'), hasKeys(filter.node) && fragment('filter.node')].filter((c): c is string => !!c);
  const filtered = conditions.length > 0 || !!relation.to;
  // The label comes from the allowlist (a NodeLabel the code names), never from a client.
  if (relation.to && !(NODE_LABELS as readonly string[]).includes(relation.to)) throw new Error(`Not an allowed label: ${relation.to}`);
  const ends = keptEnds(relation);
  // Edges that keep their ends' ids are found by the composite index on them, in its order:
  // the parent stays out of the pattern (bound there, the planner expands all its edges), and
  // the index is only planned with a predicate on each of its properties.
  if (ends) conditions.unshift(`r.${ends.to} = a.id AND r.${ends.from} IS NOT NULL`);
  const pattern = expression('relations', ends ? 'pattern.kept' : `pattern.${way}`);
  const labelled = relation.to ? pattern.replace('(b)', `(b:${relation.to})`) : pattern;
  const match = `MATCH ${labelled}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
  return { match, total: filtered ? `COUNT { ${match} }` : `COUNT { ${expression('relations', `degree.${way}`)} }` };
}

/** The ends' ids `relation`'s edges keep, when the parent is their `to` end (KEPT_ENDS). */
function keptEnds(relation: Relation): { from: string; to: string } | undefined {
  return relation.direction === 'IN' ? KEPT_ENDS[relation.type] : undefined;
}

/**
 * The order of a relation's edges, by the node at the far end (`b`, reached by `r`): provisions
 * by `order`, all else by id, read from the edge when it keeps it (the index's own order).
 */
export function orderKeys(relation: Relation): string {
  const ends = keptEnds(relation);
  // Both properties of the index, the constant first: only then does the planner read its order.
  if (ends) return `r.${ends.to}, r.${ends.from}`;
  // Only provisions carry `order`; reading it from every other node would cost a db hit each.
  return relation.type === 'HAS_PROVISION' ? 'coalesce(b.order, 0), b.id' : 'b.id';
}

const hasKeys = (value: Record<string, unknown> | undefined): boolean => !!value && Object.keys(value).length > 0;

/** For each document id, its directives in document order (with `filter.node` applied). */
export async function directivesOfDocuments(graph: Graph, ids: readonly string[], filter: EdgeFilter = {}): Promise<Map<string, RelatedEdge[]>> {
  const rows = await graph.read<{ key: string } & RelatedEdge>(query('relations', 'directivesOfDocuments'), { ids, node: filter.node ?? {} });
  const byKey = new Map<string, RelatedEdge[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), { rel: row.rel, node: row.node }]);
  return byKey;
}
