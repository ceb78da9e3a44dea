import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { Graph } from '../graph/run';
import { ingestFile } from './ingest';
import { DocumentHints } from './model';

const SEED_DIR = path.join(PROJECT_ROOT, 'seed');

export interface SeedEntry {
  file: string;
  hints?: DocumentHints;
}

/** The seed texts in load order, from seed/documents.json (paths relative to seed/). */
export function seedEntries(): SeedEntry[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(SEED_DIR, 'documents.json'), 'utf8'));
  const entries: SeedEntry[] = Array.isArray(manifest) ? manifest : manifest.documents;
  return entries.map((entry) => ({ ...entry, file: path.join(SEED_DIR, entry.file) }));
}

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
    log(`Seeded ${summary.documentId} from ${path.relative(PROJECT_ROOT, entry.file)}: ${summary.nodesCreated} nodes, ${summary.relationshipsCreated} relationships created`);
  }
  return true;
}
