/**
 * Brings the graph up to date from the Federal Register: lists the documents signed since the
 * newest one ingested from text (or a given date), and for each one not yet in, imports its
 * catalogue record (metadata and disposition notes, as `npm run import:federal-register` does)
 * and ingests its full text, so both meet on one node. One request at a time; one document's
 * failure is recorded on its node (`syncError`) and in the report, and the rest go on. The next
 * sync starts no later than the oldest failed document, so it retries those.
 */
import { fillPlaceholders } from '../../graph/labels';
import { query } from '../../graph/queries';
import { Graph } from '../../graph/run';
import { toNeo4jValue } from '../../graph/values';
import { loadDocument } from '../../ingest/load';
import { parseDocument } from '../../ingest/parse';
import { documentLabel } from '../../ingest/relationships';
import { readCatalogue } from '../catalogue';
import { importPage } from '../import';
import { HttpOptions, getText } from './http';
import { ListedDocument, SYNC_KINDS, SyncKind, firstPageUrl, listPages } from './listing';

export interface SyncOptions {
  apiUrl: string;
  kinds: SyncKind[];
  /** YYYY-MM-DD; default: see syncStart in cypher/sync.cypher. */
  since?: string;
  http: HttpOptions;
  /** Called once a listing's size is known, and after each document. */
  onProgress?: (event: { total: number; done: number; current?: string }) => void;
}

export interface SyncFailure {
  /** A document id, or the listing page's URL when a page failed. */
  what: string;
  reason: string;
}

export interface SyncReport {
  since: string;
  listed: number;
  ingested: number;
  /** Already ingested from text: not fetched again. */
  alreadyIn: number;
  failures: SyncFailure[];
  /** Note items the catalogue import could not read (the rest of each order's notes went in). */
  noteProblems: number;
}

export class NoStartError extends Error {}

export async function syncFederalRegister(graph: Graph, options: SyncOptions): Promise<SyncReport> {
  const since = options.since ?? (await defaultStart(graph, options.kinds));
  const report: SyncReport = { since, listed: 0, ingested: 0, alreadyIn: 0, failures: [], noteProblems: 0 };
  let total = 0;
  for (const kind of options.kinds) {
    const first = firstPageUrl(options.apiUrl, kind, since);
    let counted = false;
    try {
      for await (const page of listPages(first, kind, options.http)) {
        if (!counted) options.onProgress?.({ total: (total += page.count), done: report.listed });
        counted = true;
        for (const problem of page.problems)
          report.failures.push({ what: `${page.url} results[${problem.position}]`, reason: problem.reason });
        await syncPage(graph, page.documents, options, report);
      }
    } catch (error) {
      report.failures.push({ what: `listing of ${kind} documents`, reason: (error as Error).message });
    }
  }
  return report;
}

async function syncPage(
  graph: Graph,
  documents: ListedDocument[],
  options: SyncOptions,
  report: SyncReport,
): Promise<void> {
  const ids = documents.map((d) => d.id);
  const ingested = new Set((await graph.read<{ id: string }>(query('sync', 'ingestedIds'), { ids })).map((r) => r.id));
  for (const doc of documents) {
    report.listed += 1;
    if (ingested.has(doc.id)) report.alreadyIn += 1;
    else {
      try {
        report.noteProblems += await syncDocument(graph, doc, options);
        report.ingested += 1;
      } catch (error) {
        const reason = (error as Error).message.split('\n')[0];
        report.failures.push({ what: doc.id, reason });
        await markFailed(graph, doc, reason);
      }
    }
    options.onProgress?.({ total: 0, done: report.listed, current: doc.id });
  }
}

/** Catalogue record first (an order's notes are facts even when its text cannot be had), then the text. */
async function syncDocument(graph: Graph, doc: ListedDocument, options: SyncOptions): Promise<number> {
  let noteProblems = 0;
  if (doc.kind === SYNC_KINDS.executive_order) {
    const page = readCatalogue({ results: [doc.raw] }, doc.rawTextUrl ?? doc.documentNumber);
    if (page.problems.length) throw new Error(`its catalogue record cannot be read: ${page.problems[0].reason}`);
    const summary = await importPage(graph, { source: `Federal Register document ${doc.documentNumber}`, ...page });
    noteProblems = summary.problems.length;
  }
  if (!doc.rawTextUrl)
    throw new Error('the listing gives no raw_text_url (the Federal Register has full text from 1994 on)');
  const text = await getText(doc.rawTextUrl, options.http);
  const model = parseDocument(text, {
    kind: doc.kind,
    ...(doc.number ? { number: doc.number } : {}),
    ...(doc.signedOn ? { signedOn: doc.signedOn } : {}),
    ...(doc.title ? { title: doc.title } : {}),
    ...(doc.president ? { president: doc.president } : {}),
    ...(doc.citation ? { frCitation: doc.citation } : {}),
  });
  if (model.document.id !== doc.id) throw new Error(`its text is of ${model.document.id}, not ${doc.id}: not ingested`);
  await loadDocument(graph, model);
  await graph.write(query('sync', 'markSynced'), { id: doc.id });
  return noteProblems;
}

async function markFailed(graph: Graph, doc: ListedDocument, reason: string): Promise<void> {
  const row = {
    id: doc.id,
    kind: doc.kind,
    number: doc.number ?? null,
    title: doc.title ?? null,
    signedOn: doc.signedOn ? toNeo4jValue(doc.signedOn) : null,
    documentNumber: doc.documentNumber,
    reason,
  };
  await graph.write(fillPlaceholders(query('sync', 'markSyncFailed'), { Label: documentLabel(doc.kind) }), {
    doc: row,
  });
}

async function defaultStart(graph: Graph, kinds: SyncKind[]): Promise<string> {
  const [row] = await graph.read<{ newest: string | null; oldestFailed: string | null }>(query('sync', 'syncStart'), {
    kinds: kinds.map((k) => SYNC_KINDS[k]),
  });
  const start = [row?.newest, row?.oldestFailed].filter((d): d is string => !!d).sort()[0];
  if (!start)
    throw new NoStartError(
      'the graph holds no document of these kinds ingested from text to sync after: pass --since YYYY-MM-DD',
    );
  return start;
}
