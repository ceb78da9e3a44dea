import fs from 'fs';
import path from 'path';
import { DocumentHints } from '../../src/ingest/model';

const seed = path.join(__dirname, '../../seed');

interface ManifestEntry {
  file: string;
  hints: DocumentHints;
}

/** A seed text and its hints from seed/documents.json, by file name. */
export function seedDocument(file: string): { text: string; hints: DocumentHints } {
  const manifest = JSON.parse(fs.readFileSync(path.join(seed, 'documents.json'), 'utf8')) as {
    documents: ManifestEntry[];
  };
  const entry = manifest.documents.find((d) => d.file.endsWith(file));
  if (!entry) throw new Error(`${file} is not in seed/documents.json`);
  return { text: fs.readFileSync(path.join(seed, entry.file), 'utf8'), hints: entry.hints };
}
