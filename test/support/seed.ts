import { Graph } from '../../src/graph/run';
import { ingestFile } from '../../src/ingest/ingest';
import { seedEntries } from '../../src/ingest/seed';

/** Loads every seed text (EO 14010 in both renderings, EO 13767, EO 14159), as `npm start` does. */
export async function seedGraph(graph: Graph): Promise<void> {
  for (const entry of seedEntries()) await ingestFile(graph, entry.file, entry.hints);
}
