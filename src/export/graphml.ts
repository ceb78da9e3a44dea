import { XMLBuilder } from 'fast-xml-parser';
import { Subgraph } from '../graph/subgraph-shape';
import { cellText, Column, propertyColumns } from './columns';

/**
 * GraphML (http://graphml.graphdrawing.org/), which Gephi, yEd, Cytoscape desktop and NetworkX
 * read. Every attribute is declared by a `<key>` with its `attr.type` before the graph; node
 * keys are `n0, n1...`, edge keys `e0, e1...`; `label` and `kind` (nodes) and `type` (edges)
 * come first. Edges are directed, with their stable ids.
 */
const NODE_FIXED = ['label', 'kind'] as const;
const EDGE_FIXED = ['type'] as const;

interface Key extends Column {
  id: string;
  for: 'node' | 'edge';
  /** label, kind, type: read from the node or edge itself, not its properties. */
  fixed: boolean;
}

export function toGraphml(graph: Subgraph): string {
  const nodeKeys = keys('node', 'n', NODE_FIXED, propertyColumns(graph.nodes, NODE_FIXED));
  const edgeKeys = keys('edge', 'e', EDGE_FIXED, propertyColumns(graph.edges, EDGE_FIXED));
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: [...nodeKeys, ...edgeKeys].map((k) => ({ '@_id': k.id, '@_for': k.for, '@_attr.name': k.name, '@_attr.type': k.type })),
      graph: {
        '@_id': 'G',
        '@_edgedefault': 'directed',
        node: graph.nodes.map((n) => ({ '@_id': xmlText(n.id), data: data(nodeKeys, { label: n.label, kind: n.kind }, n.properties) })),
        edge: graph.edges.map((e) => ({
          '@_id': xmlText(e.id),
          '@_source': xmlText(e.source),
          '@_target': xmlText(e.target),
          data: data(edgeKeys, { type: e.type }, e.properties),
        })),
      },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', format: true, suppressEmptyNode: true });
  return builder.build(document) as string;
}

/** Fixed keys first (strings), then one per property (a renamed one still reads its stored name). */
function keys(domain: 'node' | 'edge', prefix: string, fixed: readonly string[], columns: Column[]): Key[] {
  const all = [
    ...fixed.map((name) => ({ key: name, name, type: 'string' as const, fixed: true })),
    ...columns.map((column) => ({ ...column, fixed: false })),
  ];
  return all.map((column, i) => ({ ...column, id: `${prefix}${i}`, for: domain }));
}

function data(keys: Key[], fixed: Record<string, string>, properties: Record<string, unknown>): Array<{ '@_key': string; '#text': string }> {
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
