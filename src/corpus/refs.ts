/**
 * A corpus line's document model under the line's own id, with its references to shared
 * numbers (see ids.ts) settled where the text allows and left ambiguous where it does not.
 */
import { DocumentModel, DocumentRef } from '../ingest/model';
import { IdentifiedLine, SharedNumbers } from './ids';

/** A bare number several orders share that a text names without saying which. */
export interface AmbiguousRef {
  id: string; // eo-6106
  number: string;
  candidates: string[]; // eo-6106-1, eo-6106-2
}

export interface SettledModel {
  model: DocumentModel;
  ambiguous: AmbiguousRef[];
}

/**
 * Moves the model to `line.id` (the parser names it from the number alone) and points each
 * reference to a shared number at the one order it can mean: the one signed on the date the
 * text gives, else the only one signed before the citing order. Otherwise the reference stays
 * on the bare `eo-N`, which the loader marks ambiguous with its candidates: a revocation of
 * "Executive Order No. 6106" must not silently revoke one of two orders.
 */
export function settleModel(model: DocumentModel, line: IdentifiedLine, shared: SharedNumbers): SettledModel {
  const ids = new Map<string, string>();
  const ambiguous: AmbiguousRef[] = [];
  for (const ref of referencesOf(model)) {
    if (ref.kind !== 'EXECUTIVE_ORDER' || !ref.number || ids.has(ref.id)) continue;
    const candidates = shared.get(sharedNumberOf(ref.number))?.filter((c) => c.id !== line.id);
    if (!candidates) continue;
    const meant = whichOne(candidates, ref, line.signedOn);
    if (meant) ids.set(ref.id, meant);
    else if (!ambiguous.some((a) => a.id === ref.id))
      ambiguous.push({ id: ref.id, number: ref.number, candidates: candidates.map((c) => c.id) });
  }
  const rewritten = rewrite(model, ids, model.document.id, line.id) as DocumentModel;
  rewritten.document = { ...rewritten.document, number: line.number };
  return { model: rewritten, ambiguous };
}

/**
 * The corpus number a reference may be one of: a lettered order ("6657-A") is among the lines of its bare number, whose
 * letter the source dropped (see ids.ts), and is settled by its date like them.
 */
function sharedNumberOf(number: string): string {
  const lettered = /^(\d+)-[A-Z]$/.exec(number);
  return lettered ? lettered[1] : number;
}

function referencesOf(model: DocumentModel): DocumentRef[] {
  return [...model.referencedDocuments, ...model.revocations.map((r) => r.target)];
}

function whichOne(candidates: IdentifiedLine[], ref: DocumentRef, citedOn: string): string | undefined {
  const onDate = candidates.filter((c) => c.signedOn === ref.signedOn);
  if (onDate.length === 1) return onDate[0].id;
  if (ref.signedOn) return undefined; // a date that fits none or several settles nothing
  const earlier = candidates.filter((c) => c.signedOn <= citedOn);
  return earlier.length === 1 ? earlier[0].id : undefined;
}

/**
 * Every id in the model, wherever the model keeps it (documents, targets, provisions'
 * prefixes): ids are whole strings, so a string equal to an old id, or starting with the old
 * document id and `:`, is one. Walking the whole value keeps this right when the model grows.
 */
function rewrite(value: unknown, ids: Map<string, string>, fromDoc: string, toDoc: string): unknown {
  if (typeof value === 'string') {
    if (value === fromDoc) return toDoc;
    if (value.startsWith(`${fromDoc}:`)) return toDoc + value.slice(fromDoc.length);
    return ids.get(value) ?? value;
  }
  if (Array.isArray(value)) return value.map((v) => rewrite(v, ids, fromDoc, toDoc));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, ids, fromDoc, toDoc)]));
  }
  return value;
}
