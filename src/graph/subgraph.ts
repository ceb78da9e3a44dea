import { Graph } from './run';
import { SubgraphRequest } from './subgraph-request';
import { Subgraph, toEdges, toNode } from './subgraph-shape';
import { Built } from './translate/names';
import { subgraphQuery as buildSubgraph, EdgeList, NodeList } from './translate/subgraph';

export { checkSubgraphRequest, SubgraphRequestError } from './subgraph-request';
export type { SubgraphInput, SubgraphRequest } from './subgraph-request';
export type { Subgraph, SubgraphEdge, SubgraphNode } from './subgraph-shape';

/**
 * What of each node and edge the caller will read. Without node properties a node still has
 * its id, kind and label (without `nodeLabels` too, only its id and kind: its label is then
 * the id); without edge properties an edge has its ends and type, and parallel edges get their
 * `~n` ids in no defined order (so a caller asking edge ids needs them).
 */
export interface Projection {
  nodeProperties: boolean;
  nodeLabels: boolean;
  edgeProperties: boolean;
}
const FULL: Projection = { nodeProperties: true, nodeLabels: true, edgeProperties: true };

/** The Cypher and parameters for a checked request, built without a database (src/graph/translate/subgraph.ts). */
export function subgraphQuery(request: SubgraphRequest, projection: Projection = FULL): Built {
  return buildSubgraph({ ...request, ...projection });
}

/**
 * The neighbourhood of the focus nodes out to `depth` hops (either direction), or the whole
 * graph when there is no focus; nodes nearest first (then by id), at most `limit` of them, with
 * every relationship of the chosen types among them (sorted by id). One round trip.
 */
export async function subgraph(
  graph: Graph,
  request: SubgraphRequest,
  projection: Projection = FULL,
): Promise<Subgraph> {
  const { cypher, params } = subgraphQuery(request, projection);
  const [row] = await graph.read<{ nodes: NodeList[]; edges: EdgeList[]; truncated: boolean }>(cypher, params);
  return {
    nodes: row.nodes.map(([labels, read]) =>
      toNode({ labels, properties: typeof read === 'string' ? { id: read } : read }),
    ),
    edges: toEdges(row.edges.map(([source, type, target, properties]) => ({ source, target, type, properties }))),
    truncated: row.truncated,
  };
}
