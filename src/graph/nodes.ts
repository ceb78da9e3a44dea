import { GraphNode, NestedAnswers } from './answers';
import { NodeLabel } from './labels';
import { query } from './queries';
import { Graph } from './run';
import { DocumentStatus, STATUS_PARAMS } from './statuses';
import { nodesByIdsQuery, nodesOfLabelQuery } from './translate/nodes';
import { Nested, Projection } from './translate/plan';

export type { GraphNode } from './answers';
export type { DocumentStatus } from './statuses';

/** The nodes with these ids, whatever their label; ids with no node are absent from the result. */
export async function nodesByIds(graph: Graph, ids: readonly string[]): Promise<GraphNode[]> {
  const { cypher, params } = nodesByIdsQuery([...new Set(ids)]);
  const rows = await graph.read<{ node: GraphNode }>(cypher, params);
  return rows.map((row) => row.node);
}

/**
 * Whether each document stands: IN_FORCE, REVOKED, REVOKED_IN_PART or SUPERSEDED, from the
 * incoming REVOKES and SUPERSEDES relations (the rules of src/graph/statuses.ts).
 */
export async function documentStatuses(graph: Graph, ids: readonly string[]): Promise<Map<string, DocumentStatus>> {
  const rows = await graph.read<{ id: string; status: DocumentStatus }>(query('nodes', 'documentStatuses'), {
    ...STATUS_PARAMS,
    ids: [...new Set(ids)],
  });
  return new Map(rows.map((row) => [row.id, row.status]));
}

/**
 * The nodes with these ids and this label (from the allowlist), with `properties` only (null:
 * all), each with what its fields are asked too (`nested`), from the same query; ids with no
 * node are absent.
 */
export async function nodesOfLabel(
  graph: Graph,
  label: NodeLabel,
  ids: readonly string[],
  { properties = null, nested = [] }: { properties?: Projection; nested?: readonly Nested[] } = {},
): Promise<Array<{ node: GraphNode; nested: NestedAnswers }>> {
  const { cypher, params } = nodesOfLabelQuery(label, [...new Set(ids)], properties, nested);
  return graph.read<{ node: GraphNode; nested: NestedAnswers }>(cypher, params);
}
