import { Subgraph, SubgraphEdge, SubgraphNode } from '../graph/subgraph-shape';
import { cellText, Column, propertyColumns } from './columns';

/**
 * Two CSV files, RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled): nodes.csv `id,label,kind,<properties>` and edges.csv
 * `id,source,target,relationship,label,<properties>`, the columns Gephi's spreadsheet import
 * recognises by name (id, label; source, target, id, label), whatever their case. The type
 * column is called `relationship` because Gephi reads a `type` column as directed/undirected
 * (and `kind` as the edge kind), so an edge's `label` repeats its relationship for Gephi to show.
 */
export const NODE_COLUMNS = ['id', 'label', 'kind'] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'relationship', 'label'] as const;

export function nodesCsv(graph: Subgraph): string {
  const columns = propertyColumns(graph.nodes, NODE_COLUMNS);
  return nodesCsvHeader(columns) + graph.nodes.map((n) => nodeCsvRow(columns, n)).join('');
}

export function edgesCsv(graph: Subgraph): string {
  const columns = propertyColumns(graph.edges, EDGE_COLUMNS);
  return edgesCsvHeader(columns) + graph.edges.map((e) => edgeCsvRow(columns, e)).join('');
}

/** The header line, then one line a node or edge: a file can be written row by row as it is read. */
export function nodesCsvHeader(columns: Column[]): string {
  return line([...NODE_COLUMNS, ...columns.map((c) => c.name)]);
}

export function edgesCsvHeader(columns: Column[]): string {
  return line([...EDGE_COLUMNS, ...columns.map((c) => c.name)]);
}

export function nodeCsvRow(columns: Column[], n: SubgraphNode): string {
  return line([n.id, n.label, n.kind, ...cells(n.properties, columns)]);
}

export function edgeCsvRow(columns: Column[], e: SubgraphEdge): string {
  return line([e.id, e.source, e.target, e.type, e.type, ...cells(e.properties, columns)]);
}

/** One field, quoted when it must be. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function cells(properties: Record<string, unknown>, columns: Column[]): string[] {
  return columns.map((column) => cellText(properties[column.key]));
}

function line(fields: string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
