/**
 * Whether a document still stands, from the relations other documents state about it.
 * Pure, so the API can derive it from edges it has already read.
 */
import { DocumentStatus } from '../graph/statuses';
import { RelationType } from './notes';

export type { DocumentStatus };

export interface IncomingRelation {
  type: RelationType;
  from: string;
  to: string;
  inPart: boolean;
}

export interface StatusResult {
  status: DocumentStatus;
  by: string[]; // the documents that give the status, sorted; empty when in force
}

// A full revocation ends the document whatever else happened to it; supersession replaces
// it as a whole; a partial revocation leaves the rest standing, so it ranks lowest.
const RANK: DocumentStatus[] = ['REVOKED', 'SUPERSEDED', 'REVOKED_IN_PART'];

function effect(r: IncomingRelation): DocumentStatus | undefined {
  if (r.type === 'REVOKES') return r.inPart ? 'REVOKED_IN_PART' : 'REVOKED';
  // There is no SUPERSEDED_IN_PART: a document superseded in part is, like one revoked
  // in part, no longer wholly in force.
  if (r.type === 'SUPERSEDES') return r.inPart ? 'REVOKED_IN_PART' : 'SUPERSEDED';
  return undefined; // amending, continuing, suspending or citing leaves the document in force
}

/**
 * The status of `documentId` given relations touching it. Relations whose `to` is another
 * document are ignored, so passing a document's whole neighbourhood is safe. A revocation
 * stands even if the revoking order was itself revoked later: revoking a revoking order
 * does not revive what it revoked.
 */
export function documentStatus(documentId: string, relations: IncomingRelation[]): StatusResult {
  const byStatus = new Map<DocumentStatus, Set<string>>();
  for (const r of relations) {
    if (r.to !== documentId || r.from === documentId) continue;
    const status = effect(r);
    if (!status) continue;
    const set = byStatus.get(status) ?? new Set<string>();
    set.add(r.from);
    byStatus.set(status, set);
  }
  for (const status of RANK) {
    const by = byStatus.get(status);
    if (by) return { status, by: [...by].sort() };
  }
  return { status: 'IN_FORCE', by: [] };
}
