import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { Graph } from '../graph/run';
import { ingestFile } from './ingest';
import { seedEntries } from './seed-texts';

// kept here too for the callers that seed a graph; the list itself lives apart so a parser thread reads it without the driver
export { seedEntries };

/**
 * Ingests the seed texts when the graph holds no document ingested from text. Ingest MERGEs,
 * so even a second run would add nothing; the check only saves the work on every restart.
 */
export async function seedIfEmpty(graph: Graph, log: (line: string) => void): Promise<boolean> {
  const [{ count }] = await graph.read<{ count: number }>(
    'MATCH (d:PresidentialDocument) WHERE d.textIngested RETURN count(d) AS count',
  );
  if (count > 0) return false;
  for (const entry of seedEntries()) {
    const summary = await ingestFile(graph, entry.file, entry.hints);
    log(
      `Seeded ${summary.documentId} from ${path.relative(PROJECT_ROOT, entry.file)}: ${summary.nodesCreated} nodes, ${summary.relationshipsCreated} relationships created`,
    );
  }
  return true;
}
