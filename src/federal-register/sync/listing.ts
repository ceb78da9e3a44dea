/**
 * The Federal Register's list of Presidential documents (`documents.json`), page by page along
 * `next_page_url`, read into what a sync needs of each. See shared/data/federal-register/API.md.
 */
import { DocumentKind } from '../../ingest/model';
import { documentId } from '../../ingest/parse/ids';
import { HttpOptions, getJson } from './http';

/** The kinds a sync can fetch, by the API's `presidential_document_type`. */
export const SYNC_KINDS = {
  executive_order: 'EXECUTIVE_ORDER',
  proclamation: 'PROCLAMATION',
  memorandum: 'MEMORANDUM',
} as const satisfies Record<string, DocumentKind>;

export type SyncKind = keyof typeof SYNC_KINDS;

const FIELDS = [
  'document_number',
  'executive_order_number',
  'proclamation_number',
  'title',
  'president',
  'signing_date',
  'publication_date',
  'citation',
  'disposition_notes',
  'raw_text_url',
];

export interface ListedDocument {
  id: string;
  kind: DocumentKind;
  number?: string;
  documentNumber: string;
  title?: string;
  signedOn?: string;
  president?: string;
  citation?: string;
  rawTextUrl?: string;
  /** The record as the API gave it: the catalogue import reads its notes. */
  raw: Record<string, unknown>;
}

export interface ListedPage {
  url: string;
  /** How many documents the whole listing holds (the API's `count`). */
  count: number;
  documents: ListedDocument[];
  /** Records that cannot be read, with the reason; the page's other records go on. */
  problems: { position: number; reason: string }[];
}

/** The listing's first page: `kind` signed on or after `since`, oldest first. */
export function firstPageUrl(apiUrl: string, kind: SyncKind, since: string): string {
  const url = new URL('documents.json', apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);
  url.searchParams.append('conditions[type][]', 'PRESDOCU');
  url.searchParams.append('conditions[presidential_document_type][]', kind);
  url.searchParams.append('conditions[signing_date][gte]', since);
  for (const field of FIELDS) url.searchParams.append('fields[]', field);
  url.searchParams.append('per_page', '100');
  url.searchParams.append('order', 'oldest');
  return url.toString();
}

/** Each page in turn; throws FetchError or PageFormatError when a page cannot be had or read. */
export async function* listPages(url: string, kind: SyncKind, http: HttpOptions): AsyncGenerator<ListedPage> {
  let next: string | undefined = url;
  while (next) {
    const page = await getJson(next, http);
    if (typeof page !== 'object' || page === null || !Array.isArray((page as { results?: unknown }).results)) {
      throw new PageFormatError(next);
    }
    const {
      results,
      count,
      next_page_url: after,
    } = page as { results: unknown[]; count?: unknown; next_page_url?: unknown };
    const read = results.map((raw, position) => readDocument(raw, kind, position));
    yield {
      url: next,
      count: typeof count === 'number' ? count : results.length,
      documents: read.filter((r): r is ListedDocument => 'id' in r),
      problems: read.filter((r): r is { position: number; reason: string } => 'reason' in r),
    };
    next = typeof after === 'string' && after ? after : undefined;
  }
}

export class PageFormatError extends Error {
  constructor(readonly url: string) {
    super(`${url}: not a documents.json page (an object with a "results" list); the listing stops here`);
    this.name = 'PageFormatError';
  }
}

function readDocument(
  raw: unknown,
  kind: SyncKind,
  position: number,
): ListedDocument | { position: number; reason: string } {
  if (typeof raw !== 'object' || raw === null) return { position, reason: 'record is not an object' };
  const r = raw as Record<string, unknown>;
  const text = (field: string) =>
    typeof r[field] === 'string' && (r[field] as string).trim() ? (r[field] as string).trim() : undefined;
  const number = r.executive_order_number ?? r.proclamation_number;
  const documentNumber = text('document_number');
  const signedOn = text('signing_date');
  if (!documentNumber) return { position, reason: 'document_number is missing' };
  const documentKind = SYNC_KINDS[kind];
  try {
    const id = documentId(documentKind, number === undefined || number === null ? undefined : String(number), signedOn);
    const president =
      typeof r.president === 'object' && r.president ? (r.president as { name?: string }).name : text('president');
    return {
      id,
      kind: documentKind,
      documentNumber,
      raw: r,
      ...(number !== undefined && number !== null ? { number: String(number) } : {}),
      ...(text('title') ? { title: text('title') } : {}),
      ...(signedOn ? { signedOn } : {}),
      ...(president ? { president } : {}),
      ...(text('citation') ? { citation: text('citation') } : {}),
      ...(text('raw_text_url') ? { rawTextUrl: text('raw_text_url') } : {}),
    };
  } catch (error) {
    return { position, reason: `document ${documentNumber}: ${(error as Error).message}` };
  }
}
