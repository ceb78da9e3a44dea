/**
 * parseDocument: the text of one Presidential document, in any of its usual renderings, to the
 * document model. Pure: reads curated reference data, never the database.
 */
import {
  Citation,
  DocumentHints,
  DocumentKind,
  DocumentModel,
  DocumentRef,
  Provision,
  Revocation,
  StatedRelation,
} from '../model';
import { loadReference } from '../reference';
import { AgencyResolver } from './agencies';
import { CitationHit, CitationScanner } from './citations';
import { Deliverables } from './deliverables';
import { findDirectives } from './directives';
import { datedOrdersOf, mayNameByDate, mergeRefs, PlacedRef, placeDocumentRefs } from './docrefs';
import { EntityStore } from './entities';
import { ParseError } from './errors';
import { DocumentParts, mergeFacts, readFrCitation, readHeader, splitDocument } from './header';
import { documentId } from './ids';
import { normalizeLines } from './normalize';
import { draftOutline, DraftVisitor, identifyProvisions, visitDrafts } from './outline';
import { unreadableBody, unreadableOperative } from './readable';
import { NamedHit, NamedThings } from './places';
import { lastOf, recentOf } from './remembered';
import { FoundRelation, RelationReader } from './relations';
import { cutUnits } from './units';

export { ParseError } from './errors';

function guardText(text: string): void {
  if (typeof text !== 'string' || !text.trim()) {
    throw new ParseError('The text is empty: pass the full text of a Presidential document.');
  }
  // Control characters are what this check counts: binary pasted as text.
  // eslint-disable-next-line no-control-regex
  const control = (text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
  if (control > text.length * 0.01) {
    throw new ParseError(
      'The text looks binary (control characters): extract the text first (e.g. pdftotext) and pass that.',
    );
  }
}

/** When neither header nor hints say, the enacting words do. */
function kindFromBody(body: string): DocumentKind | undefined {
  if (/it is hereby ordered|I hereby order/i.test(body)) return 'EXECUTIVE_ORDER';
  if (/do hereby proclaim/i.test(body)) return 'PROCLAMATION';
  if (/\bMEMORANDUM FOR\b/.test(body)) return 'MEMORANDUM';
  return undefined;
}

/** Without a kind in the hints, the text itself must have the form of one: its header, authority clause or enacting words. */
function requireForm(parts: DocumentParts, hints: DocumentHints): void {
  if (hints.kind) return;
  const form =
    /\b(?:Executive Order|Proclamation|Memorandum)\b/i.test(parts.header) ||
    /\b(?:authority vested in me|it is hereby ordered|I hereby order|hereby proclaim|MEMORANDUM FOR)\b/i.test(
      parts.body,
    );
  if (!form) {
    throw new ParseError(
      'This text is not a Presidential document: found no "By the authority vested in me", no "Section 1."/"Sec. 1.", ' +
        'no proclamation or memorandum form. Pass the full text of an executive order, proclamation or memorandum ' +
        '(or its kind in hints, if the text has none of these).',
    );
  }
}

function identify(kind: DocumentKind | undefined, number?: string, signedOn?: string): string {
  if (!kind)
    throw new ParseError('Cannot tell the document kind: pass hints.kind (e.g. EXECUTIVE_ORDER).', {
      problem: 'Cannot tell the document kind',
      hints: ['kind'],
    });
  try {
    return documentId(kind, number, signedOn);
  } catch (e) {
    const problem = (e as Error).message;
    throw new ParseError(`${problem}: the text does not say; pass it in hints (number or signedOn).`, {
      problem,
      hints: [kind === 'MEMORANDUM' ? 'signedOn' : 'number'],
    });
  }
}

export function parseDocument(text: string, hints: DocumentHints = {}): DocumentModel {
  guardText(text);
  const ref = loadReference();
  const parts = splitDocument(normalizeLines(text), ref.presidents);
  requireForm(parts, hints);
  const facts = mergeFacts(readHeader(parts, ref.presidents), hints);
  const kind = facts.kind ?? kindFromBody(parts.body);
  const id = identify(kind, facts.number, facts.signedOn);
  const president =
    facts.president ??
    ref.presidents.find((p) => facts.signedOn && p.terms.some(([a, b]) => facts.signedOn! >= a && facts.signedOn! < b))
      ?.name;
  const provisions = buildOutlineOrFail(id, parts.body);
  // the raw text's page header wins over a hint
  const frCitation = readFrCitation(text) ?? facts.frCitation;
  const document = {
    id,
    kind: kind as DocumentKind,
    ...(facts.number ? { number: facts.number } : {}),
    ...(facts.title ? { title: facts.title } : {}),
    ...(facts.signedOn ? { signedOn: facts.signedOn } : {}),
    ...(president ? { president } : {}),
    ...(frCitation ? { frCitation } : {}),
  };
  return { document, provisions, ...extract(id, facts.signedOn, provisions, facts.title) };
}

function buildOutlineOrFail(id: string, body: string): Provision[] {
  // a body that is junk as a whole is refused before it is cut into units (cheap on 2 MB of labels)
  const junk = unreadableBody(body, body);
  if (junk)
    throw new ParseError(`No operative text in ${id}: ${junk}. Pass the full text of the order, not only its header.`);
  const units = cutUnits(body);
  // judged on what the order does, not on its authority clause: a real preamble before junk is still junk. Judged on
  // the provisions as they would be made, before they are (see visitDrafts)
  const unreadable = unreadableOperative((visit: DraftVisitor) => visitDrafts(units, visit), body);
  if (unreadable)
    throw new ParseError(
      `No operative text in ${id}: ${unreadable}. Pass the full text of the order, not only its header.`,
    );
  const provisions = draftOutline(units);
  if (!provisions.some((p) => p.text || p.heading)) {
    throw new ParseError(`No provisions found in ${id}: the body has no text after the header.`);
  }
  return identifyProvisions(id, provisions);
}

function extract(
  docId: string,
  signedOn: string | undefined,
  provisions: Provision[],
  title?: string,
): Omit<DocumentModel, 'document' | 'provisions'> {
  const ref = loadReference();
  const store = new EntityStore();
  const named = new NamedThings(ref, store);
  const agencies = new AgencyResolver(ref, { docId, signedOn, provisions, ...(title ? { title } : {}) });
  const agencyOf = (phrase: string) => agencies.agencyAt(phrase);
  const scanner = new CitationScanner(ref, store, named, agencyOf);
  const deliverables = new Deliverables(store, docId);
  // Documents named in a text, placed once: the list of referenced documents asks for a provision's, then the relation
  // reader for its clauses' (the same text when it is one clause). A text asked for later again is rare (a directive's
  // scope), and placing it again cost less than keeping every text in a Map (a text of 40,000 revocations).
  // "the Executive Order of February 1, 2025": the corpus's order of that date, or the one this order named so by title
  const dated = datedOrdersOf(textsNamingByDate(provisions), ref.datedOrders);
  // two texts remembered: the relations reader asks of a heading's sentence between two asks of its provision's text
  // (once in the provision's loop, once as the sentence after the heading); with one, a list of 330,000 numbers was
  // placed twice
  const refsOf = recentOf((text: string) => placeDocumentRefs(text, dated), 2);
  // a text citing the Federal Register is read for the documents it names once, for its citations and then its refs
  const scan = (text: string) => scanner.scan(text, refsOf);
  const reader = new RelationReader(docId, refsOf);
  const provisionScan = lastOf(scan);
  const citations: Citation[] = [];
  const mentioned: DocumentRef[] = [];
  for (let k = 0; k < provisions.length; k++) {
    const p = provisions[k];
    // a provision's text is rarely asked for again but in a run of equal ones (50,000 one-line sections)
    const hits = provisionScan(p.text);
    const seen = hits.length ? new Set<string>() : undefined; // most provisions cite nothing
    for (const hit of hits) {
      if (!seen!.has(hit.id)) citations.push({ provisionId: p.id, targetId: hit.id, text: hit.text });
      seen!.add(hit.id);
    }
    // not remembered: asked again for the same text, the places' one test of all names is (see NamedThings.namesAnyIn)
    named.programsIn(p.text);
    named.placesIn(p.text);
    agencies.mentions(p.text, p.order);
    deliverables.defineStrategies(p.text);
    // The documents a provision names and the relations it states, one after the other, so that its refs are placed
    // once for both while the memo still holds them. The outline numbers provisions in this order, the reader's own.
    for (const r of refsOf(p.text)) mentioned.push(r.ref);
    reader.readAt(provisions, k);
  }
  // Directives' sentences are read once each (a long order repeats a few), for all three kinds of target at once: a
  // memo of each kind's hits missed the programs and documents, placed again for each time a sentence was asked. The
  // provisions' texts are not kept for them, so that a sentence that is its provision's whole text is read twice
  // (idempotent: the store keeps each entity once), cheaper than a Map of every provision's text.
  const targetsOf = memo((text: string) => targetIds(scan(text), named.programsIn(text), refsOf(text)));
  // citations (not legal authorities), programs, documents, in that order; one array, not four per directive
  // a passage's parts (a sentence and the clauses it opens) are read one by one: each is a provision's text or
  // sentence, most already read, where their join was a new text to scan for each sentence that opens clauses
  const targetsIn = (parts: readonly string[]) => {
    const ids: string[] = [];
    for (const text of parts) for (const id of targetsOf(text).cited) ids.push(id);
    for (const text of parts) for (const id of targetsOf(text).programs) ids.push(id);
    for (const text of parts) for (const id of targetsOf(text).documents) ids.push(id);
    return ids;
  };
  const directives = findDirectives(provisions, {
    docId,
    signedOn,
    agencies,
    targetsIn,
    deliverablesIn: (parts, action, p, days) => deliverables.producedBy(parts, action, p, days),
  });
  const stated = reader.relations();
  // Every document a relation names gets its node too, wherever the outline put the words (a heading).
  for (const r of stated) mentioned.push(r.target);
  const merged = mergeRefs(mentioned);
  // a copy only when the text names itself
  const referencedDocuments = merged.some((r) => r.id === docId) ? merged.filter((r) => r.id !== docId) : merged;
  // one pass, with no copies by spread: 40,000 revocations made four lists of that length and an object each
  const revocations: Revocation[] = [];
  const relations: StatedRelation[] = [];
  for (const r of stated) {
    if (r.type === 'REVOKES') revocations.push(revocationOf(r));
    else relations.push(r as StatedRelation);
  }
  return {
    directives,
    agencies: [...agencies.found.values()].sort((a, b) => a.id.localeCompare(b.id)),
    successions: agencies.successions(),
    bodies: agencies.bodies.map(({ id, name, establishedBy, provisionId }) => ({
      id,
      name,
      establishedBy,
      provisionId,
    })),
    namedBodies: [...agencies.namedBodies.values()].sort((a, b) => a.id.localeCompare(b.id)),
    groups: [...agencies.groupsFound.values()].sort((a, b) => a.id.localeCompare(b.id)),
    entities: store.allEntities(),
    revocations,
    relations,
    citations,
    links: store.allLinks(),
    referencedDocuments,
  };
}

/** What a directive's sentence names that it may act on, by kind: ids alone, the hits' places are not read. */
interface TargetIds {
  cited: readonly string[];
  programs: readonly string[];
  documents: readonly string[];
}

/** The one empty list of ids, shared by the kinds a sentence names none of (most: callers only read it). */
const NO_IDS: readonly string[] = [];
const NO_TARGETS: TargetIds = { cited: NO_IDS, programs: NO_IDS, documents: NO_IDS };

/** A sentence's targets: its citations but legal authorities (not acted on), its programs and its documents. */
function targetIds(hits: readonly CitationHit[], programs: readonly NamedHit[], refs: readonly PlacedRef[]): TargetIds {
  if (!hits.length && !programs.length && !refs.length) return NO_TARGETS;
  const cited = hits.filter((h) => h.kind !== 'LegalAuthority').map((h) => h.id);
  return {
    cited: cited.length ? cited : NO_IDS,
    programs: programs.length ? programs.map((h) => h.id) : NO_IDS,
    documents: refs.length ? refs.map((r) => r.ref.id) : NO_IDS,
  };
}

/** A revocation as the model holds it: the relation without its type, keys in the order they were. */
function revocationOf(r: FoundRelation): Revocation {
  const revocation: Revocation = { target: r.target, provisionId: r.provisionId, inPart: r.inPart };
  if (r.targetProvision !== undefined) revocation.targetProvision = r.targetProvision;
  return revocation;
}

/** The texts of provisions and of their headings that may name an order by its date: a list of every text was garbage. */
function textsNamingByDate(provisions: Provision[]): string[] {
  const texts: string[] = [];
  for (const p of provisions) {
    if (p.heading && mayNameByDate(p.heading)) texts.push(p.heading);
    if (mayNameByDate(p.text)) texts.push(p.text);
  }
  return texts;
}

/**
 * Past this many texts a memo starts afresh: a Map's table for more is allocated outside the young generation, a fresh
 * mapping of memory each time it grows (three memos of 40,000 texts were a tenth of such a parse). The sentences asked
 * for again are few (a long order repeats a few) or come soon after.
 */
const MEMO_SIZE = 4096;

function memo<T>(f: (text: string) => T): (text: string) => T {
  let results = new Map<string, T>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      if (results.size === MEMO_SIZE) results = new Map();
      results.set(text, (result = f(text)));
    }
    return result;
  };
}
