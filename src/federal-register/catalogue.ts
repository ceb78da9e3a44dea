/**
 * The Federal Register API's executive-order catalogue (`documents.json`: `{count, description,
 * results}`) read into typed records. A broken record is reported with its position and the
 * page's other records still load: one bad row must not cost a whole import.
 */
import { readFileSync } from 'fs';
import { isoIfReal } from './note-items';

export interface CatalogueOrder {
  id: string; // eo-14010
  executiveOrderNumber: number;
  documentNumber: string; // FR document number, '2021-02561'
  title: string;
  president: string | null;
  signingDate: string | null; // ISO date; the API leaves it null for some early orders
  publicationDate: string | null;
  citation: string | null; // '86 FR 8267'
  dispositionNotes: string | null;
  position: number; // index in `results`, so a report can point back at the source
}

export interface Problem {
  source: string;
  position: number; // index in `results`, 0-based
  documentNumber?: string;
  reason: string;
}

/** The input is not a documents.json page at all (as opposed to a page with a bad record). */
export class CatalogueFormatError extends Error {
  constructor(source: string, detail: string) {
    super(
      `${source}: expected Federal Register documents.json, an object {count, description, results: [...]}; ${detail}`,
    );
    this.name = 'CatalogueFormatError';
  }
}

type Raw = Record<string, unknown>;

/** One record is unreadable; caught per record so the page goes on. */
class RecordError extends Error {}

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

function readDate(raw: Raw, field: string): string | null {
  const v = raw[field];
  if (v === undefined || v === null) return null;
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  const iso = m ? isoIfReal(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  if (!iso) throw new RecordError(`${field} is not a YYYY-MM-DD date: ${JSON.stringify(v)}`);
  return iso;
}

function readOrderNumber(raw: Raw): number {
  const v = raw.executive_order_number;
  if (v === undefined || v === null || v === '') throw new RecordError('executive_order_number is missing');
  // The API gives an integer, but numbers quoted as text are common in hand-made exports.
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new RecordError(`executive_order_number is not a positive whole number: ${JSON.stringify(v)}`);
  }
  return n;
}

function optionalText(raw: Raw, field: string): string | null {
  const v = raw[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new RecordError(`${field} is ${describe(v)}, not text`);
  return v.trim() === '' ? null : v;
}

function requiredText(raw: Raw, field: string): string {
  const v = optionalText(raw, field);
  if (v === null) throw new RecordError(`${field} is missing`);
  return v;
}

function readPresident(raw: Raw): string | null {
  const p = raw.president;
  if (p === undefined || p === null) return null;
  if (typeof p === 'string') return p;
  if (isObject(p) && typeof p.name === 'string') return p.name;
  throw new RecordError(`president is ${describe(p)} without a name`);
}

function readOrder(raw: unknown, position: number): CatalogueOrder {
  if (!isObject(raw)) throw new RecordError(`record is ${describe(raw)}, not an object`);
  const executiveOrderNumber = readOrderNumber(raw);
  return {
    id: `eo-${executiveOrderNumber}`,
    executiveOrderNumber,
    documentNumber: requiredText(raw, 'document_number'),
    title: requiredText(raw, 'title'),
    president: readPresident(raw),
    signingDate: readDate(raw, 'signing_date'),
    publicationDate: readDate(raw, 'publication_date'),
    citation: optionalText(raw, 'citation'),
    // Older API responses call the field executive_order_notes.
    dispositionNotes: optionalText(raw, 'disposition_notes') ?? optionalText(raw, 'executive_order_notes'),
    position,
  };
}

/**
 * Reads a parsed documents.json page. Throws CatalogueFormatError only when the value is not
 * such a page; each unreadable record becomes a Problem instead. A second record with an order
 * number already read is a problem too, since ids must be unique.
 */
export function readCatalogue(json: unknown, source: string): { orders: CatalogueOrder[]; problems: Problem[] } {
  if (!isObject(json)) throw new CatalogueFormatError(source, `got ${describe(json)}`);
  if (!Array.isArray(json.results)) {
    throw new CatalogueFormatError(source, `its "results" is ${describe(json.results)}, not an array`);
  }
  const orders: CatalogueOrder[] = [];
  const problems: Problem[] = [];
  const seen = new Map<number, number>();
  json.results.forEach((raw: unknown, position: number) => {
    const documentNumber = isObject(raw) && typeof raw.document_number === 'string' ? raw.document_number : undefined;
    try {
      const order = readOrder(raw, position);
      const first = seen.get(order.executiveOrderNumber);
      if (first !== undefined)
        throw new RecordError(`EO ${order.executiveOrderNumber} already read at position ${first}`);
      seen.set(order.executiveOrderNumber, position);
      orders.push(order);
    } catch (e) {
      if (!(e instanceof RecordError)) throw e;
      problems.push({ source, position, ...(documentNumber ? { documentNumber } : {}), reason: e.message });
    }
  });
  return { orders, problems };
}

/** Reads a documents.json file; a file that is not JSON fails with its name in the message. */
export function readCatalogueFile(path: string): { orders: CatalogueOrder[]; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    throw new CatalogueFormatError(path, `the file is not JSON (${e.message})`);
  }
  return readCatalogue(json, path);
}
