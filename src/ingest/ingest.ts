import fs from 'node:fs';
import { Graph } from '../graph/run';
import { LoadSummary, loadDocument } from './load';
import { DocumentHints } from './model';
import { parseDocument } from './parse';

/** Parses a document's text and writes its part of the graph in one transaction. */
export async function ingestText(graph: Graph, text: string, hints?: DocumentHints): Promise<LoadSummary> {
  return loadDocument(graph, parseDocument(text, hints));
}

/** Why a file could not be ingested, naming the file. Nothing of it was written. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    reason: string,
    options?: { cause: unknown },
  ) {
    super(`${file}: ${reason}`, options);
    this.name = 'IngestError';
  }
}

export async function ingestFile(graph: Graph, file: string, hints?: DocumentHints): Promise<LoadSummary> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new IngestError(file, `cannot be read (${(error as Error).message})`);
  }
  let model;
  try {
    model = parseDocument(text, hints);
  } catch (error) {
    throw new IngestError(file, (error as Error).message, { cause: error });
  }
  return loadDocument(graph, model);
}
