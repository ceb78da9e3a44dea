/**
 * Subgraphs for visualizations as Cypher (src/graph/subgraph.ts). The path length bound and the
 * type list are the only text put into the query (Cypher takes no parameter as a path length
 * bound), both checked here against their bounds and allowlist, so a request that skipped the
 * request check still cannot inject.
 */
import { RelationshipType } from '../labels';
import { MAX_DEPTH } from '../subgraph-request';
import { LABEL_PROPERTIES } from '../subgraph-shape';
import { int } from '../values';
import { Built, label, Names, types as typeList } from './names';
import { LOOKUP_LABELS } from './nodes';

export interface SubgraphPlan {
  /** Ids of the nodes to start from; empty: the whole graph, best connected first. */
  focus: string[];
  /** Hops from the focus, 0 to MAX_DEPTH. */
  depth: number;
  /** Labels a node must carry one of to be included (from NodeKind), null: any. */
  labels: string[] | null;
  /** Relationship types followed and returned, null: all. */
  types: readonly RelationshipType[] | null;
  /** The nodes kept. */
  limit: number;
  /**
   * What of each node and edge is read: without `nodeProperties` a node brings only what its
   * kind and label are made of (without `nodeLabels` too, its id and kind only), without
   * `edgeProperties` an edge nothing; this saves reading and sending every property. A node's
   * kind comes from its labels, always read.
   */
  nodeProperties: boolean;
  nodeLabels: boolean;
  edgeProperties: boolean;
}

/**
 * A node of the answer: its labels (they say its kind) and what of it was read, its id alone
 * (no properties nor label asked) or a map of properties.
 */
export type NodeList = [labels: string[], read: string | Record<string, unknown>];
/** A relationship of the answer: its ends' ids and type, and its properties when asked. */
export type EdgeList = [source: string, type: string, target: string, properties?: Record<string, unknown>];

/**
 * One row: `nodes` (nearest first, then by id; or best connected first) and `edges`, the
 * relationships of the chosen types among them, as lists (NodeList, EdgeList), and `truncated`
 * (more nodes than `limit`). Lists, not maps: a map's every key is sent and decoded again for
 * each of hundreds of nodes and edges. Only the projection the plan asks for is written into
 * the query, and the kind filter only when kinds are chosen: a `$labels IS NULL` test over the
 * path's nodes, even when true, made the planner keep every path instead of the pruning
 * breadth-first expansion the bare pattern gets, and the branches a request does not take were
 * a fifth of the text sent and planned.
 */
export function subgraphQuery(plan: SubgraphPlan): Built {
  const { depth } = plan;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) throw new Error(`depth out of bounds: ${depth}`);
  const type = plan.types ? `:${typeList(...plan.types)}` : '';
  const names = new Names([
    'f',
    'focusId',
    'p',
    'n',
    'x',
    'l',
    'distance',
    'degree',
    'found',
    'kept',
    'truncated',
    'a',
    'r',
    'b',
  ]);
  const labels = plan.labels ? names.param('labels', plan.labels) : null;
  const limit = names.param('limit', int(plan.limit));
  const kept = plan.focus.length ? neighbourhood(names, plan.focus, type, depth, labels) : wholeGraph(type, labels);
  const edge = plan.edgeProperties ? '[a.id, type(r), b.id, properties(r)]' : '[a.id, type(r), b.id]';
  const node = plan.nodeProperties
    ? 'properties(n)'
    : plan.nodeLabels
      ? `n {${LABEL_PROPERTIES.map((name) => `.${name}`).join(', ')}}`
      : 'n.id';
  return names.built(
    [
      ...kept,
      `LIMIT ${limit} + 1`,
      `WITH collect(n) AS found`,
      `WITH found[..${limit}] AS kept, size(found) > ${limit} AS truncated`,
      `CALL (kept) {`,
      `  UNWIND kept AS a`,
      `  MATCH (a)-[r${type}]->(b) WHERE b IN kept`,
      `  RETURN collect(${edge}) AS edges`,
      `}`,
      `RETURN [n IN kept | [labels(n), ${node}]] AS nodes, edges, truncated`,
    ].join('\n'),
  );
}

/**
 * The labels a focus node is looked up under: groups and bodies are left out, as the graph view
 * always has, since each label tried costs an index seek per focus id.
 */
const FOCUS_LABELS = LOOKUP_LABELS.filter((name) => name !== 'AgencyGroup' && name !== 'Body');

/**
 * The focus nodes, by id through each label's unique index, then everything within `depth` hops
 * in either direction over the chosen types, through nodes of the chosen kinds only; ordered.
 * `coalesce` tries the labels in turn and stops at the first that holds the id: a document (the
 * usual focus) costs one seek, where a UNION of every label paid a seek per label. One focus
 * (what a drawing asks) is looked up without UNWIND: the planner then knows there is one start
 * node, takes each node's distance from the breadth-first expansion as it comes, in order,
 * instead of grouping the paths by node and sorting them all again.
 */
function neighbourhood(
  names: Names,
  focus: readonly string[],
  type: string,
  depth: number,
  labels: string | null,
): string[] {
  const id = focus.length === 1 ? names.param('id', focus[0]) : 'focusId';
  const tries = FOCUS_LABELS.map((name) => `COLLECT { MATCH (f:${label(name)} {id: ${id}}) RETURN f }[0]`);
  return [
    ...(focus.length === 1 ? [] : [`UNWIND ${names.param('focus', focus)} AS focusId`, `WITH DISTINCT focusId`]),
    `WITH coalesce(${tries.join(',\n  ')}) AS f`,
    `WHERE f IS NOT NULL`,
    `MATCH p = (f)-[${type}*0..${depth}]-(n)`,
    ...(labels ? [`WHERE all(x IN nodes(p)[1..] WHERE any(l IN labels(x) WHERE l IN ${labels}))`] : []),
    `WITH n, min(length(p)) AS distance`,
    `ORDER BY distance, n.id`,
  ];
}

/** No focus: the nodes of the chosen kinds, best connected first (degree over the chosen types). */
function wholeGraph(type: string, labels: string | null): string[] {
  return [
    `MATCH (n)`,
    ...(labels ? [`WHERE any(l IN labels(n) WHERE l IN ${labels})`] : []),
    `WITH n, COUNT { (n)-[${type}]-() } AS degree`,
    `ORDER BY degree DESC, n.id`,
  ];
}
