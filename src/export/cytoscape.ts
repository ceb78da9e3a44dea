import { Subgraph } from '../graph/subgraph-shape';

/**
 * Cytoscape.js elements JSON: `cytoscape({ elements })` loads it as is. Properties stay nested
 * under `data.properties`: relationships carry a `source` property (provenance) that would
 * otherwise overwrite the edge's `source` end.
 */
export interface CytoscapeElements {
  elements: {
    nodes: Array<{ data: { id: string; kind: string; label: string; properties: Record<string, unknown> } }>;
    edges: Array<{
      data: { id: string; source: string; target: string; type: string; properties: Record<string, unknown> };
    }>;
  };
}

export function toCytoscape(graph: Subgraph): CytoscapeElements {
  return {
    elements: {
      nodes: graph.nodes.map(({ id, kind, label, properties }) => ({ data: { id, kind, label, properties } })),
      edges: graph.edges.map(({ id, source, target, type, properties }) => ({
        data: { id, source, target, type, properties },
      })),
    },
  };
}
