import fs from 'node:fs';
import path from 'node:path';
import { QueryLimits } from '../../../src/config';
import { ROOT } from '../../support/processes';

/** What the hardening tests share: the ingest mutation, a real document, keys, the default limits. */
export const INGEST = `mutation Ingest($text: String!, $kind: DocumentKind, $number: String, $signedOn: LocalDate) {
  ingestDocument(text: $text, kind: $kind, number: $number, signedOn: $signedOn) { documentId nodesCreated relationshipsCreated propertiesSet }
}`;

export const EO_14010 = fs.readFileSync(path.join(ROOT, 'seed', 'documents', 'eo-14010.web.txt'), 'utf8');

export const KEY = 'test-key-0123456789abcdef';
export const bearer = (key: string = KEY) => ({ authorization: `Bearer ${key}` });

/** The documented defaults, stated here so tests do not depend on the environment they run in. */
export function defaultLimits(): QueryLimits {
  return {
    maxDepth: 12,
    maxAliases: 30,
    maxCost: 100000,
    maxQueryBytes: 100000,
    maxBodyBytes: 2000000,
    maxTokens: 5000,
    requestTimeoutMs: 10000,
    writeTimeoutMs: 60000,
  };
}
