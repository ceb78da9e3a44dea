/**
 * Writes seed/reference/bodies.json: every body an order of the corpus establishes, as the parser
 * finds it, so that a later order naming one in full resolves to it (src/ingest/parse/known-bodies.ts).
 * `npm run corpus:bodies`; run again after a change to how bodies are found.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../ingest/parse';
import { PROJECT_ROOT } from '../config';
import { KnownBodyRef } from '../ingest/reference';
import { readCorpus } from './lines';

function main(): void {
  const bodies: KnownBodyRef[] = [];
  for (const line of readCorpus()) {
    try {
      const model = parseDocument(line.text, {
        kind: 'EXECUTIVE_ORDER',
        number: line.number,
        signedOn: line.signedOn,
        title: line.title ?? undefined,
      });
      for (const b of model.bodies)
        bodies.push({
          id: b.id,
          name: b.name,
          establishedBy: b.establishedBy,
          provisionId: b.provisionId,
          signedOn: line.signedOn,
        });
    } catch {
      // a refused text establishes nothing the parser can name
    }
  }
  bodies.sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.id.localeCompare(b.id));
  const file = path.join(PROJECT_ROOT, 'seed', 'reference', 'bodies.json');
  fs.writeFileSync(file, JSON.stringify(bodies, null, 1) + '\n');
  console.log(`Wrote ${path.relative(PROJECT_ROOT, file)}: ${bodies.length} bodies`);
}

main();
