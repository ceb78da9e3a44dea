import { Subgraph } from '../graph/subgraph-shape';
import { cellText, Column, propertyColumns } from './columns';

/**
 * Two CSV files, RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled): nodes.csv `id,label,kind,<properties>` and edges.csv
 * `id,source,target,relationship,<properties>`. The type column is called `relationship`
 * because spreadsheet importers such as Gephi's read a `type` column as directed/undirected.
 */
export const NODE_COLUMNS = ['id', 'label', 'kind'] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'relationship'] as const;

export function nodesCsv(graph: Subgraph): string {
  const columns = propertyColumns(graph.nodes, NODE_COLUMNS);
  const rows = graph.nodes.map((n) => [n.id, n.label, n.kind, ...cells(n.properties, columns)]);
  return table([...NODE_COLUMNS, ...columns.map((c) => c.name)], rows);
}

export function edgesCsv(graph: Subgraph): string {
  const columns = propertyColumns(graph.edges, EDGE_COLUMNS);
  const rows = graph.edges.map((e) => [e.id, e.source, e.target, e.type, ...cells(e.properties, columns)]);
  return table([...EDGE_COLUMNS, ...columns.map((c) => c.name)], rows);
}

/** One field, quoted when it must be. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function cells(properties: Record<string, unknown>, columns: Column[]): string[] {
  return columns.map((column) => cellText(properties[column.key]));
}

function table(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
