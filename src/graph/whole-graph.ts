import { NODE_KIND_LABELS } from './kinds';
import { query } from './queries';
import { Graph } from './run';
import { streamRows } from './stream';
import { SubgraphRequest } from './subgraph-request';
import { EdgeRow, NodeRow, SubgraphEdge, SubgraphNode, toEdges, toNode } from './subgraph-shape';

/**
 * The whole graph, or the nodes of some kinds and the relationships of some types among them,
 * read as streams for files too large to build in memory (cypher/export.cypher).
 */
export interface WholeGraphSelection {
  /** A node is included when it carries one of these labels. */
  labels: string[];
  /** Relationship types included; null: all. */
  types: string[] | null;
}

/** A property and the types it is stored with (Cypher's valueType names, e.g. "INTEGER NOT NULL"). */
export interface StoredProperty {
  key: string;
  types: string[];
}

/**
 * Every node of a known kind when the request names no kinds: a document that has only the
 * PresidentialDocument label still has a kind (its `kind` property), so that label counts too.
 */
export function wholeGraphSelection(request: Pick<SubgraphRequest, 'labels' | 'types'>): WholeGraphSelection {
  return {
    labels: request.labels ?? ['PresidentialDocument', ...Object.values(NODE_KIND_LABELS)],
    types: request.types,
  };
}

/** The properties the selection's nodes (or its edges) carry, with their stored types; one round trip. */
export async function storedProperties(
  graph: Graph,
  selection: WholeGraphSelection,
  of: 'nodes' | 'edges',
): Promise<StoredProperty[]> {
  return graph.read<StoredProperty>(query('export', of === 'nodes' ? 'nodePropertyTypes' : 'edgePropertyTypes'), {
    ...selection,
  });
}

/** The selection's nodes, in the store's order, read as they are taken. */
export async function* wholeGraphNodes(graph: Graph, selection: WholeGraphSelection): AsyncGenerator<SubgraphNode> {
  for await (const row of streamRows<NodeRow>(graph, query('export', 'nodes'), { ...selection })) yield toNode(row);
}

/** The relationships among the selection's nodes, grouped by source node, with the same ids as in a focused export. */
export async function* wholeGraphEdges(graph: Graph, selection: WholeGraphSelection): AsyncGenerator<SubgraphEdge> {
  for await (const row of streamRows<{ edges: EdgeRow[] }>(graph, query('export', 'edges'), { ...selection }))
    yield* toEdges(row.edges);
}
