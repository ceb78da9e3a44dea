import { fillPlaceholders, NodeLabel } from './labels';
import { fillNested, Nested, NestedAnswers } from './nested';
import { query } from './queries';
import { Projection, projectNodeMaps } from './node-map';
import { Graph } from './run';
import { DocumentStatus } from './statuses';

/** A node as the API sees it: its properties plus its labels (which say its kind). */
export interface GraphNode {
  id: string;
  labels: string[];
  [property: string]: unknown;
}

export type { DocumentStatus } from './statuses';

/** The nodes with these ids, whatever their label; ids with no node are absent from the result. */
export async function nodesByIds(graph: Graph, ids: readonly string[]): Promise<GraphNode[]> {
  const rows = await graph.read<{ node: GraphNode }>(query('nodes', 'nodesByIds'), { ids: [...new Set(ids)] });
  return rows.map((row) => row.node);
}

/**
 * Whether each document stands: IN_FORCE, REVOKED, REVOKED_IN_PART or SUPERSEDED, from the
 * incoming REVOKES and SUPERSEDES relations (the rules of src/federal-register/status.ts).
 */
export async function documentStatuses(graph: Graph, ids: readonly string[]): Promise<Map<string, DocumentStatus>> {
  const rows = await graph.read<{ id: string; status: DocumentStatus }>(query('nodes', 'documentStatuses'), {
    ids: [...new Set(ids)],
  });
  return new Map(rows.map((row) => [row.id, row.status]));
}

/** The nodes with these ids and this label (from the allowlist), with `properties` only (null: all); ids with no node are absent. */
export async function nodesOfLabel(
  graph: Graph,
  label: NodeLabel,
  ids: readonly string[],
  properties: Projection = null,
): Promise<GraphNode[]> {
  return (await nodesOfLabelWith(graph, label, ids, [], properties)).map((row) => row.node);
}

/** The same, each with what its fields are asked too (`nested`, src/graph/nested.ts), from the same query. */
export async function nodesOfLabelWith(
  graph: Graph,
  label: NodeLabel,
  ids: readonly string[],
  nested: readonly Nested[],
  properties: Projection = null,
): Promise<Array<{ node: GraphNode; nested: NestedAnswers }>> {
  const { cypher, params } = fillNested(
    projectNodeMaps(fillPlaceholders(query('nodes', 'nodesOfLabel'), { Label: label }), 'n', properties),
    nested,
  );
  return graph.read<{ node: GraphNode; nested: NestedAnswers }>(cypher, { ...params, ids: [...new Set(ids)] });
}
