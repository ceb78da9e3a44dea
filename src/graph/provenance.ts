/**
 * Questions about where the graph's document relations come from: the text of an order
 * (`fromText`, with the `provision` that says it) or the Federal Register catalogue's
 * disposition notes (`fromCatalogue`, with the `notes` lines and the orders that state them).
 */
import type { DocumentStatus } from '../federal-register/status';
import { query } from './queries';
import { Graph } from './run';
import { STATUS_PARAMS } from './statuses';

/** A revocation that only one of the two sources states. */
export interface RevocationDisagreement {
  from: string; // the revoking document, e.g. eo-14010
  to: string; // the revoked document, e.g. proc-9880
  statedBy: 'TEXT' | 'CATALOGUE'; // the one source that says it
  provision: string | null; // the provision of `from` that revokes, when the text says it
  notes: string[]; // the note lines that say it, when the catalogue does
  inPart: boolean;
}

/**
 * Where an order's text and its Federal Register catalogue entry disagree about what it
 * revokes. Only documents with both their text ingested and a catalogue record are compared
 * (a document known from one source cannot disagree with the other). A revocation stated by
 * both sources is agreement and is not listed, even if they differ on `inPart`.
 *
 * @param documentId the revoking document (e.g. `eo-14010`); omitted, every such document.
 * @returns one row per relationship, ordered by `from` then `to`.
 */
export async function revocationDisagreements(graph: Graph, documentId?: string): Promise<RevocationDisagreement[]> {
  return graph.read<RevocationDisagreement>(query('federal-register', 'revocationDisagreements'), {
    documentId: documentId ?? null,
  });
}

export interface DocumentStatusRow {
  id: string;
  status: DocumentStatus;
  by: string[]; // the documents behind the status, sorted; empty when IN_FORCE
}

/**
 * Whether each document still stands, from the REVOKES and SUPERSEDES relationships that
 * reach it, whatever their source. The rule is src/federal-register/status.ts's, in Cypher:
 * a full revocation outranks supersession, which outranks revocation (or supersession) in
 * part; a revocation stands even if the revoking order was itself revoked later.
 *
 * @param ids document ids; one round trip whatever their number.
 * @returns one row per id that names a document, in the order of `ids`; unknown ids are left out.
 */
export async function documentStatuses(graph: Graph, ids: string[]): Promise<DocumentStatusRow[]> {
  if (ids.length === 0) return [];
  return graph.read<DocumentStatusRow>(query('federal-register', 'documentStatuses'), { ...STATUS_PARAMS, ids });
}
