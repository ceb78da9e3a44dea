import { Graph } from '../graph/run';
import { storedProperties, WholeGraphSelection, wholeGraphEdges, wholeGraphNodes } from '../graph/whole-graph';
import { columnsFromStoredTypes } from './columns';
import { EDGE_COLUMNS, edgeCsvRow, edgesCsvHeader, NODE_COLUMNS, nodeCsvRow, nodesCsvHeader } from './csv';
import { CsvPart, fileHeaders, StreamedFormat } from './formats';
import { EDGE_FIXED, GRAPHML_TAIL, graphmlEdge, graphmlHead, graphmlKeys, graphmlNode, NODE_FIXED } from './graphml';

/** A file whose text comes as it is read from the graph. */
export interface StreamedFile {
  fileName: string;
  contentType: string;
  chunks: AsyncIterable<string>;
}

/**
 * The whole graph (or a selection) as GraphML or one CSV part. The columns are read first (one
 * query a domain), so a database error or an unknown shape fails before any byte is sent; the
 * rows are read when `chunks` is iterated, at the pace it is consumed. A property that appears
 * between the two reads has no column and is left out.
 */
export async function streamedFile(
  graph: Graph,
  selection: WholeGraphSelection,
  format: StreamedFormat,
  part?: CsvPart,
): Promise<StreamedFile> {
  const headers = fileHeaders(format, part);
  const columnsOf = async (of: 'nodes' | 'edges', fixed: readonly string[]) =>
    columnsFromStoredTypes(await storedProperties(graph, selection, of), fixed);
  if (format === 'graphml') {
    const [nodeColumns, edgeColumns] = await Promise.all([
      columnsOf('nodes', NODE_FIXED),
      columnsOf('edges', EDGE_FIXED),
    ]);
    const keyset = graphmlKeys(nodeColumns, edgeColumns);
    return {
      ...headers,
      chunks: (async function* () {
        yield graphmlHead(keyset);
        for await (const node of wholeGraphNodes(graph, selection)) yield graphmlNode(keyset, node);
        for await (const edge of wholeGraphEdges(graph, selection)) yield graphmlEdge(keyset, edge);
        yield GRAPHML_TAIL;
      })(),
    };
  }
  if (part === 'edges') {
    const columns = await columnsOf('edges', EDGE_COLUMNS);
    return {
      ...headers,
      chunks: (async function* () {
        yield edgesCsvHeader(columns);
        for await (const edge of wholeGraphEdges(graph, selection)) yield edgeCsvRow(columns, edge);
      })(),
    };
  }
  const columns = await columnsOf('nodes', NODE_COLUMNS);
  return {
    ...headers,
    chunks: (async function* () {
      yield nodesCsvHeader(columns);
      for await (const node of wholeGraphNodes(graph, selection)) yield nodeCsvRow(columns, node);
    })(),
  };
}

/**
 * Pieces joined into chunks of about `bytes` characters: one write a node would cost a system
 * call and a stream round each; a few tens of kilobytes a write keep the stream's overhead small.
 */
export async function* joined(pieces: AsyncIterable<string>, bytes = 64 * 1024): AsyncGenerator<string> {
  let buffer: string[] = [];
  let size = 0;
  for await (const piece of pieces) {
    buffer.push(piece);
    size += piece.length;
    if (size >= bytes) {
      yield buffer.join('');
      buffer = [];
      size = 0;
    }
  }
  if (size > 0) yield buffer.join('');
}
