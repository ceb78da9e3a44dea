import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { collectSources, Source } from './sources';

const SEED_DIR = path.join(PROJECT_ROOT, 'seed');

/** The seed texts in load order, with the hints seed/documents.json gives for each. */
export function seedEntries(): Source[] {
  return collectSources([path.join(SEED_DIR, 'documents')]);
}
