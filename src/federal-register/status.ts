/**
 * Whether a document still stands, from the relations other documents state about it.
 * Pure, so the API can derive it from edges it has already read.
 */
import { DocumentStatus, STANDING, STATUS_EFFECTS, STATUS_RANK } from '../graph/statuses';
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

function effect(r: IncomingRelation): DocumentStatus | undefined {
  const effects = STATUS_EFFECTS[r.type as keyof typeof STATUS_EFFECTS];
  return effects && (r.inPart ? effects.inPart : effects.whole);
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
  for (const status of STATUS_RANK) {
    const by = byStatus.get(status);
    if (by) return { status, by: [...by].sort() };
  }
  return { status: STANDING, by: [] };
}
