/**
 * How a relationship field's edges are matched, counted and ordered: Cypher built from a
 * `Relation`, with nothing run. Both the relationship pages (relations.ts) and the pages nested
 * in a parent's query (nested.ts) build on it.
 */
import { KEPT_ENDS, NODE_LABELS, NodeLabel, RelationshipType } from './labels';
import { expression, query } from './queries';

/** One relationship field: from nodes of a label, along a type, in a direction. */
export interface Relation {
  from: NodeLabel;
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  /** Only nodes of this label at the other end (a directive's agencies, not its groups or bodies). */
  to?: NodeLabel;
}

export const out = (from: NodeLabel, type: RelationshipType, to?: NodeLabel): Relation => ({
  from,
  type,
  direction: 'OUT',
  ...(to ? { to } : {}),
});
export const inn = (from: NodeLabel, type: RelationshipType, to?: NodeLabel): Relation => ({
  from,
  type,
  direction: 'IN',
  ...(to ? { to } : {}),
});

/** Property filters on the relationship and on the node at the other end (name -> value). */
export interface EdgeFilter {
  rel?: Record<string, unknown>;
  node?: Record<string, unknown>;
}

/**
 * The MATCH of `relation`'s edges from `a` (as `r`, to `b`) that pass `filter` (`$rel`,
 * `$node`), and the expression of their total: the stored degree when nothing is filtered.
 * `:$TYPE` is left for the caller to fill. Nested pages (src/graph/nested.ts) rename it.
 */
export function edgesOf(relation: Relation, filter: EdgeFilter): { match: string; total: string } {
  const fragment = (name: string) => query('relations', name);
  const way = relation.direction === 'OUT' ? 'out' : 'in';
  const conditions = [
    hasKeys(filter.rel) && fragment('filter.rel'),
    hasKeys(filter.node) && fragment('filter.node'),
  ].filter((c): c is string => !!c);
  const filtered = conditions.length > 0 || !!relation.to;
  // The label comes from the allowlist (a NodeLabel the code names), never from a client.
  if (relation.to && !(NODE_LABELS as readonly string[]).includes(relation.to))
    throw new Error(`Not an allowed label: ${relation.to}`);
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
