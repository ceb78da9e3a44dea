import { Subgraph } from '../graph/subgraph-shape';

/**
 * What d3-force expects: `nodes` with an `id`, `links` whose `source` and `target` name node
 * ids (use `forceLink(links).id(d => d.id)`). d3 replaces those by node objects as it runs.
 */
export interface D3Graph {
  nodes: Array<{ id: string; kind: string; label: string; properties: Record<string, unknown> }>;
  links: Array<{ id: string; source: string; target: string; type: string; properties: Record<string, unknown> }>;
  truncated: boolean;
}

export function toD3(graph: Subgraph): D3Graph {
  return {
    nodes: graph.nodes.map(({ id, kind, label, properties }) => ({ id, kind, label, properties })),
    links: graph.edges.map(({ id, source, target, type, properties }) => ({ id, source, target, type, properties })),
    truncated: graph.truncated,
  };
}
