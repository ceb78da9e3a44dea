/**
 * One corpus line to what the loader writes: the parser's model of its text (the same
 * parseDocument as `npm run ingest`, the line's metadata as hints), or, when the text cannot be
 * parsed, the document from the metadata alone with the reason it was refused.
 */
import { DocumentHints, DocumentModel } from '../ingest/model';
import { parseDocument } from '../ingest/parse';
import { relationshipGroups } from '../ingest/relationships';
import { loadReference } from '../ingest/reference';
import { IdentifiedLine, SharedNumbers } from './ids';
import { AmbiguousRef, settleModel } from './refs';

export type LineOutcome =
  | { line: IdentifiedLine; model: DocumentModel; ambiguous: AmbiguousRef[] }
  | { line: IdentifiedLine; metadata: MetadataDocument };

/** What a line's metadata says of its order, written when its text gives nothing more. */
export interface MetadataDocument {
  id: string;
  number: string;
  signedOn: string;
  title: string | null;
  president: string | null;
  frCitation: string | null;
  /** Why the parser refused the text, as its error says. */
  parseError: string;
}

/** The facts a corpus line gives that its text may not state. */
export function corpusHints(line: IdentifiedLine): DocumentHints {
  return {
    kind: 'EXECUTIVE_ORDER',
    number: line.number,
    signedOn: line.signedOn,
    ...(line.title ? { title: line.title } : {}),
    ...(line.citation ? { frCitation: line.citation } : {}),
  };
}

export function modelLine(line: IdentifiedLine, shared: SharedNumbers): LineOutcome {
  try {
    const settled = settleModel(parseDocument(line.text, corpusHints(line)), line, shared);
    // A model whose relationships name nodes it lacks would fail its whole batch at write time.
    relationshipGroups(settled.model);
    return { line, ...settled };
  } catch (error) {
    return { line, metadata: metadataDocument(line, (error as Error).message) };
  }
}

export function metadataDocument(line: IdentifiedLine, parseError: string): MetadataDocument {
  const president = loadReference().presidents.find((p) =>
    p.terms.some(([from, to]) => line.signedOn >= from && line.signedOn < to),
  );
  return {
    id: line.id,
    number: line.number,
    signedOn: line.signedOn,
    title: line.title,
    president: president?.name ?? null,
    frCitation: line.citation,
    parseError,
  };
}
