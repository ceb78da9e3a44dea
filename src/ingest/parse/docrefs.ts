/** References to other Presidential documents, and the revocations among them. */
import { DocumentKind, DocumentRef, Provision, Revocation } from '../model';
import { toIsoDate, WRITTEN_DATE } from './dates';
import { documentId } from './ids';
import { splitSentences } from './sentences';

const DOC_REF = new RegExp(
  `\\b(?:(Executive Order) (\\d{4,6})|(Proclamation) (\\d{3,5})|(?:Presidential )?(Memorandum)(?= of [A-Z][a-z]+ \\d))` +
    `(?: of (${WRITTEN_DATE}))?(?:,? \\(([A-Z](?:[^()]|\\([^()]*\\))*)\\))?`,
  'g',
);

const REVOKED = /\b(?:is|are) (?:hereby )?revoked\b/;
const LIST_REVOKED = /\bfollowing [^.:]*\b(?:is|are) (?:hereby )?revoked(?: in part)?:\s*$/;

/** Every document the text names, in order of appearance; memoranda of one day get -2, -3 by title. */
export function findDocumentRefs(text: string): DocumentRef[] {
  const refs: DocumentRef[] = [];
  for (const m of text.matchAll(DOC_REF)) {
    const kind: DocumentKind = m[1] ? 'EXECUTIVE_ORDER' : m[3] ? 'PROCLAMATION' : 'MEMORANDUM';
    const number = m[2] ?? m[4];
    const signedOn = m[6] ? toIsoDate(m[6]) : undefined;
    if (kind === 'MEMORANDUM' && !signedOn) continue;
    const title = m[7]?.replace(/\s+/g, ' ').trim();
    refs.push({ id: documentId(kind, number, signedOn), kind, ...(number ? { number } : {}), ...(signedOn ? { signedOn } : {}), ...(title ? { title } : {}) });
  }
  return refs;
}

/** Keeps one ref per id, merging what each mention says; a second memorandum of a day gets its own id. */
export function mergeRefs(refs: DocumentRef[]): DocumentRef[] {
  const byId = new Map<string, DocumentRef>();
  for (const ref of refs) {
    let r = ref;
    for (let n = 2; r.kind === 'MEMORANDUM' && byId.get(r.id)?.title && r.title && byId.get(r.id)?.title !== r.title; n++) {
      r = { ...ref, id: documentId('MEMORANDUM', undefined, ref.signedOn, n) };
    }
    const earlier = byId.get(r.id);
    byId.set(r.id, earlier ? { ...r, ...earlier } : r);
  }
  return [...byId.values()];
}

/** "X is hereby revoked", or a list under "The following Presidential documents are revoked:". */
export function findRevocations(provisions: Provision[], selfId: string): Revocation[] {
  const out: Revocation[] = [];
  const listParents = new Set(provisions.filter((p) => LIST_REVOKED.test(p.text)).map((p) => p.path));
  const inPartParents = new Set(provisions.filter((p) => /revoked in part:\s*$/.test(p.text)).map((p) => p.path));
  for (const p of provisions) {
    const listed = p.parentPath !== undefined && listParents.has(p.parentPath);
    const sentences = listed ? [p.text] : splitSentences(p.text).filter((s) => REVOKED.test(s));
    for (const s of sentences) {
      const inPart = listed ? inPartParents.has(p.parentPath as string) : /revoked in part\b/.test(s);
      for (const target of mergeRefs(findDocumentRefs(s))) {
        if (target.id !== selfId) out.push({ target, provisionId: p.id, inPart });
      }
    }
  }
  return out;
}
