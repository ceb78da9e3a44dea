import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SAMPLE = path.resolve(__dirname, '../../fixtures/federal-register/executive-orders.sample.json');

export { graphSnapshot as snapshot } from '../../support/snapshot';

/** Writes a documents.json page to a temporary folder; returns its path. */
export function writePage(dir: string, name: string, results: unknown[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify({ count: results.length, description: 'test page', results }));
  return file;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pg-fr-'));
}

/** A well-formed executive-order record, as the Federal Register API returns it. */
export function record(eo: number, notes: string | null, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    document_number: `2099-${String(eo).padStart(5, '0')}`,
    executive_order_number: eo,
    title: `Test Order ${eo}`,
    president: { name: 'Test President' },
    signing_date: '2099-01-02',
    publication_date: '2099-01-05',
    citation: `199 FR ${eo}`,
    disposition_notes: notes,
    ...extra,
  };
}
