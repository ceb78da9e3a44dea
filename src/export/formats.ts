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
export const CSV_PARTS = ['nodes', 'edges'] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

/** Serializes a subgraph in a format; csv needs the part (nodes.csv or edges.csv). */
export function exportFile(graph: Subgraph, format: Format, part?: CsvPart): ExportFile {
  const json = (body: unknown) => `${JSON.stringify(body, null, 2)}\n`;
  switch (format) {
    case 'cytoscape':
      return { fileName: 'graph.cytoscape.json', contentType: 'application/json; charset=utf-8', body: json(toCytoscape(graph)) };
    case 'd3':
      return { fileName: 'graph.d3.json', contentType: 'application/json; charset=utf-8', body: json(toD3(graph)) };
    case 'graphml':
      return { fileName: 'graph.graphml', contentType: 'application/graphml+xml; charset=utf-8', body: toGraphml(graph) };
    case 'csv':
      if (!part) throw new Error('csv needs a part');
      return {
        fileName: `${part}.csv`,
        contentType: 'text/csv; charset=utf-8; header=present',
        body: part === 'nodes' ? nodesCsv(graph) : edgesCsv(graph),
      };
  }
}
