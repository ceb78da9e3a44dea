import { Subgraph } from '../graph/subgraph-shape';
import { edgesCsv, nodesCsv } from './csv';
import { toCytoscape } from './cytoscape';
import { toD3 } from './d3';
import { toGraphml } from './graphml';

/** One downloadable file: what it is called, its media type and its text. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string;
}

export const FORMATS = ['cytoscape', 'graphml', 'd3', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
/** The formats a whole graph can be streamed in: one line or element per node and edge. */
export const STREAMED_FORMATS = ['graphml', 'csv'] as const satisfies readonly Format[];
export type StreamedFormat = (typeof STREAMED_FORMATS)[number];
export const CSV_PARTS = ['nodes', 'edges'] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

/** A format's file name and media type (csv: per part, nodes.csv or edges.csv). */
export function fileHeaders(format: Format, part?: CsvPart): Omit<ExportFile, 'body'> {
  switch (format) {
    case 'cytoscape':
      return { fileName: 'graph.cytoscape.json', contentType: 'application/json; charset=utf-8' };
    case 'd3':
      return { fileName: 'graph.d3.json', contentType: 'application/json; charset=utf-8' };
    case 'graphml':
      return { fileName: 'graph.graphml', contentType: 'application/graphml+xml; charset=utf-8' };
    case 'csv':
      if (!part) throw new Error('csv needs a part');
      return { fileName: `${part}.csv`, contentType: 'text/csv; charset=utf-8; header=present' };
  }
}

/** Serializes a subgraph in a format; csv needs the part (nodes.csv or edges.csv). */
export function exportFile(graph: Subgraph, format: Format, part?: CsvPart): ExportFile {
  const json = (body: unknown) => `${JSON.stringify(body, null, 2)}\n`;
  const headers = fileHeaders(format, part);
  switch (format) {
    case 'cytoscape':
      return { ...headers, body: json(toCytoscape(graph)) };
    case 'd3':
      return { ...headers, body: json(toD3(graph)) };
    case 'graphml':
      return { ...headers, body: toGraphml(graph) };
    case 'csv':
      return { ...headers, body: part === 'edges' ? edgesCsv(graph) : nodesCsv(graph) };
  }
}
