/**
 * Relationship fields as Cypher: a page of each parent's edges along a relation and their total,
 * for many parents at once (`relatedQuery`), and the same nested in the query of the parents
 * (`nestedAnswers`), at any depth. Every variable and parameter is named by `Names`.
 */
import { KEPT_ENDS } from '../labels';
import { EdgeFilter, Relation } from '../relation-edges';
import { int } from '../values';
import { Built, label, Names, property, types } from './names';
import { nodeMap } from './node-map';
import { Nested, RelationPlan } from './plan';

/**
 * The properties of `relation`'s edges that keep the parent's id and the far end's, when they are
 * indexed led by the parent's end (KEPT_ENDS).
 */
function keptEnds(relation: Relation): { parent: string; far: string } | undefined {
  const ends = KEPT_ENDS[relation.type];
  if (!ends) return undefined;
  if (relation.direction === 'IN' && ends.seekFrom === 'to') return { parent: ends.to, far: ends.from };
  if (relation.direction === 'OUT' && ends.seekFrom === 'from') return { parent: ends.from, far: ends.to };
  return undefined;
}

const hasKeys = (value: Record<string, unknown> | undefined): value is Record<string, unknown> =>
  !!value && Object.keys(value).length > 0;

/** How the edges of `relation` from the node bound to `a` are matched, counted and ordered. */
interface Edges {
  r: string;
  b: string;
  /** The MATCH (and WHERE) binding `r` and `b`. */
  match: string;
  /** Their number: the stored degree when nothing is filtered. */
  total: string;
  /** Provisions by `order`, all else by id, read from the edge when it keeps it (its index's order). */
  order: string;
}

function edgesFrom(names: Names, a: string, relation: Relation, filter: EdgeFilter): Edges {
  const r = names.variable('r');
  const b = names.variable('b');
  const type = types(relation.type);
  const far = relation.to ? `${b}:${label(relation.to)}` : b;
  const conditions: string[] = [];
  const ends = keptEnds(relation);
  // Edges that keep their ends' ids are found by the composite index on them, in its order:
  // the parent stays out of the pattern (bound there, the planner expands all its edges), and
  // the index is only planned with a predicate on each of its properties.
  if (ends) conditions.push(`${r}.${ends.parent} = ${a}.id AND ${r}.${ends.far} IS NOT NULL`);
  if (hasKeys(filter.rel)) {
    const rel = names.param('rel', filter.rel);
    conditions.push(`all(k IN keys(${rel}) WHERE ${r}[k] = ${rel}[k])`);
  }
  if (hasKeys(filter.node)) {
    const node = names.param('node', filter.node);
    conditions.push(`all(k IN keys(${node}) WHERE ${b}[k] = ${node}[k])`);
  }
  const pattern = ends
    ? relation.direction === 'OUT'
      ? `()-[${r}:${type}]->(${far})`
      : `(${far})-[${r}:${type}]->()`
    : relation.direction === 'OUT'
      ? `(${a})-[${r}:${type}]->(${far})`
      : `(${a})<-[${r}:${type}]-(${far})`;
  const match = `MATCH ${pattern}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
  // Unfiltered counts name nothing beyond the type, so the planner reads the stored degree.
  const degree = relation.direction === 'OUT' ? `(${a})-[:${type}]->()` : `(${a})<-[:${type}]-()`;
  const filtered = conditions.length > (ends ? 1 : 0) || !!relation.to;
  // Both properties of the index, the constant first: only then does the planner read its order.
  // Only provisions carry `order`; reading it from every other node would cost a db hit each.
  const order = ends
    ? `${r}.${ends.parent}, ${r}.${ends.far}`
    : relation.type === 'HAS_PROVISION'
      ? `coalesce(${b}.order, 0), ${b}.id`
      : `${b}.id`;
  return { r, b, match, total: `COUNT { ${filtered ? match : degree} }`, order };
}

/** The ordered, skipped and limited edges, per parent (a subquery's own page). */
function window(names: Names, edges: Edges, plan: RelationPlan): string {
  const skip = names.param('skip', int(plan.window?.skip ?? 0));
  const limit = names.param('limit', int(plan.window?.limit ?? 0));
  return `${edges.match} WITH ${edges.r}, ${edges.b} ORDER BY ${edges.order} SKIP ${skip} LIMIT ${limit}`;
}

/**
 * One edge as the API reads it: `[rel, node, nested]` (the relationship's properties, the node,
 * its nested answers), a list rather than a map (src/graph/answers.ts names them): a map's keys
 * are built into every edge by Neo4j, sent with it and decoded as strings by the driver again.
 */
function edgeList(names: Names, edges: Edges, plan: RelationPlan): string {
  const node = nodeMap(edges.b, plan.properties);
  // Reading every property of every edge to send one (an assignment's role) costs a db hit each.
  const asked = plan.edgeProperties?.map((name) => `.${property(name)}`);
  const rel = !asked ? `properties(${edges.r})` : asked.length ? `${edges.r} {${asked.join(', ')}}` : '{}';
  // An edge with nothing nested asked has no third item: a null per edge is bytes to send and decode.
  const nested = plan.nested.length ? `, ${nestedAnswers(names, edges.b, plan.nested)}` : '';
  return `[${rel}, ${node}${nested}]`;
}

/**
 * The Cypher list of the answers to `nested` for the node bound to `a` (null when none are
 * asked), in their order: a page `[edges, totalCount]` per relation (`RawPage`), a node map (or null) per
 * node named by id. Each is a COLLECT subquery, so a list and its children are one round trip.
 */
export function nestedAnswers(names: Names, a: string, nested: readonly Nested[]): string {
  if (!nested.length) return 'null';
  const answers = nested.map((asked) => {
    if (asked.kind === 'node') {
      // The node a node of a page names by id (a directive's document).
      const b = names.variable('b');
      return `COLLECT { MATCH (${b}:${label(asked.label)} {id: ${a}.${property(asked.idProperty)}}) RETURN ${nodeMap(b, asked.properties)} }[0]`;
    }
    const edges = edgesFrom(names, a, asked.relation, asked.filter);
    const page = asked.window
      ? `COLLECT { ${window(names, edges, asked)} RETURN ${edgeList(names, edges, asked)} }`
      : '[]';
    return `[${page}, ${asked.count ? edges.total : 'null'}]`;
  });
  return `[${answers.join(', ')}]`;
}

/**
 * For each of `ids` (a node of `plan.relation.from`), one page of its edges and/or their total,
 * one row per parent found: `key`, `edges` (each `[rel, node, nested]`), `totalCount` (null
 * when not asked). The window applies per parent inside the query, so a parent with thousands
 * of edges costs its page, not all its edges. One query for all ids.
 */
export function relatedQuery(plan: RelationPlan, ids: readonly string[]): Built {
  const names = new Names();
  const id = names.variable('id');
  const a = names.variable('a');
  const lines = [`UNWIND ${names.param('ids', ids)} AS ${id}`, `MATCH (${a}:${label(plan.relation.from)} {id: ${id}})`];
  const edges = edgesFrom(names, a, plan.relation, plan.filter);
  if (plan.window) {
    lines.push(
      `CALL (${a}) {`,
      `  ${window(names, edges, plan)}`,
      `  RETURN collect(${edgeList(names, edges, plan)}) AS edges`,
      `}`,
    );
  }
  lines.push(
    `RETURN ${id} AS key, ${plan.window ? 'edges' : '[]'} AS edges, ${plan.count ? edges.total : 'null'} AS totalCount`,
  );
  return names.built(lines.join('\n'));
}
