import { XMLBuilder } from 'fast-xml-parser';
import { Subgraph, SubgraphEdge, SubgraphNode } from '../graph/subgraph-shape';
import { cellText, Column, propertyColumns } from './columns';

/**
 * GraphML (http://graphml.graphdrawing.org/), which Gephi, yEd, Cytoscape desktop and NetworkX
 * read. Every attribute is declared by a `<key>` with its `attr.type` before the graph; node
 * keys are `n0, n1...`, edge keys `e0, e1...`; `label` and `kind` (nodes) and `type` (edges)
 * come first. Edges are directed, with their stable ids.
 */
export const NODE_FIXED = ['label', 'kind'] as const;
export const EDGE_FIXED = ['type'] as const;

interface Key extends Column {
  id: string;
  for: 'node' | 'edge';
  /** label, kind, type: read from the node or edge itself, not its properties. */
  fixed: boolean;
}

/** The keys of a file: node keys, then edge keys, each list with its fixed keys first. */
export interface GraphmlKeys {
  node: Key[];
  edge: Key[];
}

export function toGraphml(graph: Subgraph): string {
  const keyset = graphmlKeys(propertyColumns(graph.nodes, NODE_FIXED), propertyColumns(graph.edges, EDGE_FIXED));
  return [
    graphmlHead(keyset),
    ...graph.nodes.map((n) => graphmlNode(keyset, n)),
    ...graph.edges.map((e) => graphmlEdge(keyset, e)),
    GRAPHML_TAIL,
  ].join('');
}

export function graphmlKeys(nodeColumns: Column[], edgeColumns: Column[]): GraphmlKeys {
  return { node: keys('node', 'n', NODE_FIXED, nodeColumns), edge: keys('edge', 'e', EDGE_FIXED, edgeColumns) };
}

/**
 * Everything before the first node: the declaration, the keys and the open graph. A file is
 * this, then each node and edge on its own (so a whole graph can be written as it is read),
 * then GRAPHML_TAIL.
 */
export function graphmlHead(keyset: GraphmlKeys): string {
  const keyElements = builder.build({
    key: [...keyset.node, ...keyset.edge].map((k) => ({
      '@_id': k.id,
      '@_for': k.for,
      '@_attr.name': k.name,
      '@_attr.type': k.type,
    })),
  }) as string;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keyElements +
    '<graph id="G" edgedefault="directed">\n'
  );
}

export const GRAPHML_TAIL = '</graph>\n</graphml>\n';

export function graphmlNode(keyset: GraphmlKeys, n: SubgraphNode): string {
  return builder.build({
    node: { '@_id': xmlText(n.id), data: data(keyset.node, { label: n.label, kind: n.kind }, n.properties) },
  }) as string;
}

export function graphmlEdge(keyset: GraphmlKeys, e: SubgraphEdge): string {
  return builder.build({
    edge: {
      '@_id': xmlText(e.id),
      '@_source': xmlText(e.source),
      '@_target': xmlText(e.target),
      data: data(keyset.edge, { type: e.type }, e.properties),
    },
  }) as string;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  suppressEmptyNode: true,
});

/** Fixed keys first (strings), then one per property (a renamed one still reads its stored name). */
function keys(domain: 'node' | 'edge', prefix: string, fixed: readonly string[], columns: Column[]): Key[] {
  const all = [
    ...fixed.map((name) => ({ key: name, name, type: 'string' as const, fixed: true })),
    ...columns.map((column) => ({ ...column, fixed: false })),
  ];
  return all.map((column, i) => ({ ...column, id: `${prefix}${i}`, for: domain }));
}

function data(
  keys: Key[],
  fixed: Record<string, string>,
  properties: Record<string, unknown>,
): Array<{ '@_key': string; '#text': string }> {
  const out: Array<{ '@_key': string; '#text': string }> = [];
  for (const key of keys) {
    const value = key.fixed ? fixed[key.key] : properties[key.key];
    if (value === null || value === undefined) continue;
    out.push({ '@_key': key.id, '#text': xmlText(cellText(value)) });
  }
  return out;
}

/** XML 1.0 cannot hold most control characters, even escaped; they are dropped. */
function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
