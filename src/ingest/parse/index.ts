/**
 * parseDocument: the text of one Presidential document, in any of its usual renderings, to the
 * document model. Pure: reads curated reference data, never the database.
 */
import { Citation, DocumentHints, DocumentKind, DocumentModel, Provision } from '../model';
import { loadReference } from '../reference';
import { AgencyResolver } from './agencies';
import { CitationScanner } from './citations';
import { Deliverables } from './deliverables';
import { findDirectives } from './directives';
import { findDocumentRefs, findRevocations, mergeRefs } from './docrefs';
import { EntityStore } from './entities';
import { ParseError } from './errors';
import { mergeFacts, readFrCitation, readHeader, splitDocument } from './header';
import { documentId } from './ids';
import { normalizeLines } from './normalize';
import { buildOutline } from './outline';
import { NamedThings } from './places';

export { ParseError } from './errors';

function guardText(text: string): void {
  if (typeof text !== 'string' || !text.trim()) {
    throw new ParseError('The text is empty: pass the full text of a Presidential document.');
  }
  const control = (text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
  if (control > text.length * 0.01) {
    throw new ParseError('The text looks binary (control characters): extract the text first (e.g. pdftotext) and pass that.');
  }
}

/** When neither header nor hints say, the enacting words do. */
function kindFromBody(body: string): DocumentKind | undefined {
  if (/it is hereby ordered|I hereby order/i.test(body)) return 'EXECUTIVE_ORDER';
  if (/do hereby proclaim/i.test(body)) return 'PROCLAMATION';
  if (/^MEMORANDUM FOR\b/im.test(body)) return 'MEMORANDUM';
  return undefined;
}

function identify(kind: DocumentKind | undefined, number?: string, signedOn?: string): string {
  if (!kind) throw new ParseError('Cannot tell the document kind: pass hints.kind (e.g. EXECUTIVE_ORDER).');
  try {
    return documentId(kind, number, signedOn);
  } catch (e) {
    throw new ParseError(`${(e as Error).message}: the text does not say; pass it in hints (number or signedOn).`);
  }
}

export function parseDocument(text: string, hints: DocumentHints = {}): DocumentModel {
  guardText(text);
  const ref = loadReference();
  const parts = splitDocument(normalizeLines(text), ref.presidents);
  const facts = mergeFacts(readHeader(parts, ref.presidents), hints);
  const kind = facts.kind ?? kindFromBody(parts.body.join('\n'));
  const id = identify(kind, facts.number, facts.signedOn);
  const president = facts.president ?? ref.presidents.find((p) => facts.signedOn && p.terms.some(([a, b]) => facts.signedOn! >= a && facts.signedOn! < b))?.name;
  const provisions = buildOutlineOrFail(id, parts.body);
  const document = {
    id, kind: kind as DocumentKind,
    ...(facts.number ? { number: facts.number } : {}),
    ...(facts.title ? { title: facts.title } : {}),
    ...(facts.signedOn ? { signedOn: facts.signedOn } : {}),
    ...(president ? { president } : {}),
    ...((readFrCitation(text) ?? facts.frCitation) ? { frCitation: readFrCitation(text) ?? facts.frCitation } : {}),
  };
  return { document, provisions, ...extract(id, facts.signedOn, provisions) };
}

function buildOutlineOrFail(id: string, body: string[]): Provision[] {
  const provisions = buildOutline(id, body);
  if (!provisions.some((p) => p.text || p.heading)) {
    throw new ParseError(`No provisions found in ${id}: the body has no text after the header.`);
  }
  return provisions;
}

function extract(docId: string, signedOn: string | undefined, provisions: Provision[]): Omit<DocumentModel, 'document' | 'provisions'> {
  const ref = loadReference();
  const store = new EntityStore();
  const named = new NamedThings(ref, store);
  const agencies = new AgencyResolver(ref, { docId, signedOn, provisions });
  const agencyOf = (phrase: string) => agencies.agencyAt(phrase);
  const scanner = new CitationScanner(ref, store, named, agencyOf);
  const deliverables = new Deliverables(store, docId);
  const citations: Citation[] = [];
  for (const p of provisions) {
    const seen = new Set<string>();
    for (const hit of scanner.scan(p.text)) {
      if (!seen.has(hit.id)) citations.push({ provisionId: p.id, targetId: hit.id, text: hit.text });
      seen.add(hit.id);
    }
    named.programsIn(p.text);
    named.placesIn(p.text);
    agencies.mentions(p.text, p.order);
    deliverables.defineStrategies(p.text);
  }
  const targetsIn = (text: string) => [
    ...scanner.scan(text).filter((h) => h.kind !== 'LegalAuthority').map((h) => h.id),
    ...named.programsIn(text).map((h) => h.id),
    ...findDocumentRefs(text).map((r) => r.id),
  ];
  const directives = findDirectives(provisions, {
    docId, signedOn, agencies, targetsIn,
    deliverablesIn: (scope, action, p, days) => deliverables.producedBy(scope, action, p, days),
  });
  const referencedDocuments = mergeRefs(provisions.flatMap((p) => findDocumentRefs(p.text))).filter((r) => r.id !== docId);
  return {
    directives,
    agencies: [...agencies.found.values()].sort((a, b) => a.id.localeCompare(b.id)),
    successions: agencies.successions(),
    bodies: agencies.bodies.map(({ id, name, establishedBy, provisionId }) => ({ id, name, establishedBy, provisionId })),
    groups: [...agencies.groupsFound.values()].sort((a, b) => a.id.localeCompare(b.id)),
    entities: store.allEntities(),
    revocations: findRevocations(provisions, docId),
    citations,
    links: store.allLinks(),
    referencedDocuments,
  };
}
