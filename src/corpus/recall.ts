/**
 * Revocation recall: of the revocations a text states, how many the parser finds in it. Two
 * references: the Federal Register's disposition notes (the catalogue sample: "Revokes: EO X"
 * on Y, or "Revoked by: EO Y" on X), and, for the decades the notes do not cover, a proxy read
 * from the words of the texts themselves ("Executive Order No. 8248 ... is hereby revoked").
 */
import { CatalogueOrder } from '../federal-register/catalogue';
import { mergeRelations, parseDispositionNotes } from '../federal-register/notes';
import { DocumentModel } from '../ingest/model';
import { CorpusLine } from './lines';

/** `from` revokes `to` (both `eo-N`). */
export interface RevocationPair {
  from: string;
  to: string;
}

export interface RecallMeasure {
  /** Pairs whose revoking order's text is in the corpus. */
  expected: number;
  found: number;
  /** Pairs missed because the parser refused the whole revoking text. */
  inRefusedTexts: number;
  missed: RevocationPair[];
}

/** The REVOKES relations the catalogue's notes state (in whole or in part), one per pair. */
export function cataloguePairs(orders: CatalogueOrder[]): RevocationPair[] {
  const relations = orders.flatMap((o) =>
    o.dispositionNotes ? parseDispositionNotes(o.dispositionNotes, o.id).relations : [],
  );
  return mergeRelations(relations)
    .filter((r) => r.type === 'REVOKES')
    .map(({ from, to }) => ({ from, to }));
}

/**
 * The proxy: "Executive Order(s) (No.) N ... is/are (hereby) revoked" within one sentence and
 * with no "is superseded"/"is amended" between, read with a plain pattern independent of the parser's rules.
 * N is the order named first; "Nos." and dates may stand between it and the verb. An order
 * named as the source of the thing revoked ("as established by Executive Order N") is not it.
 */
export function statedRevocations(text: string): Set<string> {
  const plain = text
    .replace(/[*_\\]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\bNos?\./g, 'No')
    .replace(/\b([A-Z])\./g, '$1');
  const out = new Set<string>();
  const re =
    /Executive Orders? (?:Nos? ?)?(\d{4,5}(?:-?[A-Z])?)\b((?:(?!\b(?:is|are) (?:hereby )?(?:superseded|amended)\b)[^.;:]){0,400}?)\b(?:is|are) (?:hereby )?revoked\b/g;
  for (const m of plain.matchAll(re)) {
    // "Rule 9, as established by Executive Order No. 11315, is revoked" revokes the rule, not the order.
    // "The following-described orders, amending section 1 of Executive Order No. 10673, are hereby revoked" (EO 10931): the amending orders are.
    const before = plain.slice(Math.max(0, m.index - 40), m.index);
    const source =
      /\b(?:by|under|pursuant to)\s*$/.test(before) ||
      /,\s*(?:amending|supplementing|modifying|extending)(?:\s+(?:sub)?(?:sections?|paragraphs?|parts?)\s+\S+\s+of)?\s*$/.test(
        before,
      );
    if (source && !/\b(?:that|such|said) order\b/i.test(m[2])) continue;
    if (inQuotedText(plain, m.index)) continue;
    // named as the ids name them: "9001-A" (also written "9001A") keeps its letter, lower-cased; "09705" is 9705
    out.add(
      `eo-${m[1]
        .replace(/^0+/, '')
        .replace(/-?([A-Z])$/, '-$1')
        .toLowerCase()}`,
    );
  }
  return out;
}

/**
 * Whether `at` follows a quotation's opening mark with no closing one between: the new text an amendment quotes, whose
 * acts are the amended order's words ("is revised to read in its entirety as follows: \"Sec. 12. Executive Order No.
 * 9835 ... is hereby revoked.\"", EO 11785; "Section 12 shall read: \"(a) Executive Order No. 9835 ...", EO 11605).
 * An opening mark stands after a space or at the start, before a word; a closing one after a word (a title's).
 */
function inQuotedText(plain: string, at: number): boolean {
  const from = Math.max(0, at - 400);
  let k = at - 1;
  while (k >= from && !'"\u201c\u201d'.includes(plain[k])) k--;
  if (k < from || plain[k] === '\u201d') return false;
  return (k === 0 || plain[k - 1] === ' ') && /[\w(\u00a7]/.test(plain[k + 1]);
}

/** The texts-only proxy: pairs whose revoking text says in so many words that it revokes. */
export function textPairs(lines: CorpusLine[]): RevocationPair[] {
  const pairs = new Map<string, RevocationPair>();
  for (const line of lines) {
    for (const to of statedRevocations(line.text)) {
      if (to === `eo-${line.number}`) continue;
      const pair = { from: `eo-${line.number}`, to };
      pairs.set(`${pair.from}|${pair.to}`, pair);
    }
  }
  return [...pairs.values()];
}

export function revocationRecall(
  lines: CorpusLine[],
  models: Map<CorpusLine, DocumentModel>,
  catalogue: RevocationPair[],
): { catalogueRecall: RecallMeasure; textRecall: RecallMeasure } {
  // Shared numbers (several lines) cannot be told apart by a pair's `eo-N`: left out of both measures.
  const byId = new Map<string, CorpusLine | null>();
  for (const line of lines) byId.set(`eo-${line.number}`, byId.has(`eo-${line.number}`) ? null : line);
  const measure = (pairs: RevocationPair[]): RecallMeasure => {
    const result: RecallMeasure = { expected: 0, found: 0, inRefusedTexts: 0, missed: [] };
    for (const pair of pairs) {
      const line = byId.get(pair.from);
      if (!line) continue;
      result.expected += 1;
      const model = models.get(line);
      if (model?.revocations.some((r) => r.target.id === pair.to)) result.found += 1;
      else {
        if (!model) result.inRefusedTexts += 1;
        result.missed.push(pair);
      }
    }
    return result;
  };
  return { catalogueRecall: measure(catalogue), textRecall: measure(textPairs(lines)) };
}
