/**
 * The orders an order amends, where it says so: "Section 4(b) of Executive Order No. 12369 of June 30, 1982, as
 * amended, is further amended to read: "The Committee shall terminate ..."" (EO 12429), or its title: "Amending
 * Executive Order No. 11746 Relating to Federal Regional Councils" (EO 11892). A bare "the Committee" in such an order,
 * when the order itself establishes none, is the body the amended order established under that head word.
 */
import { Provision } from '../model';
import { matchAllIf } from './patterns';
import { countBefore, inDocumentOrder } from './positions';

export interface AmendedOrder {
  /** The amended order's document id ("eo-12369"). */
  docId: string;
  /** Where the order says it amends it: the provision's order (-1 for the title) and the offset in its text. */
  order: number;
  start: number;
}

const NUMBER = String.raw`(?:No\.?\s*)?(\d{4,5})`;
/**
 * "Executive Order No. 12369 of June 30, 1982, as amended, is further amended": the number, then its verb in the
 * clause; not the amending order of "Executive Order No. 11126 ..., as amended by Executive Order No. 11221 ..., is
 * further amended" (EO 12007).
 */
const AMENDED_IN_TEXT = new RegExp(
  String.raw`(?<!\bby\s)\bExecutive Order\s+${NUMBER}\b(?=[^.;:"“]{0,160}?\b(?:is|are|be),?\s+(?:and\s+it\s+is\s+)?(?:hereby\s+)?(?:further\s+)?amended\b)`,
  'g',
);
/** "Amending Executive Order No. 11746", "Amendment of Executive Order No. 9672", "Amendments to Executive Orders 13183 and 13494". */
const AMENDED_IN_TITLE =
  /\bAmend(?:ing|ments?\s+(?:of|to))\s+Executive\s+Orders?\s+(?:Nos?\.?\s*)?(\d{4,5}(?:(?:,\s*|,?\s+and\s+)(?:No\.?\s*)?\d{4,5})*)/;

/** Every order `provisions` (and `title`) say they amend, in document order. */
export function amendedOrders(provisions: Provision[], title?: string): AmendedOrder[] {
  const inTitle = title ? AMENDED_IN_TITLE.exec(title) : null;
  const fromTitle = inTitle
    ? (inTitle[1].match(/\d{4,5}/g) ?? []).map((n) => ({ docId: `eo-${n}`, order: -1, start: 0 }))
    : [];
  const fromText = inDocumentOrder(provisions).flatMap((p) =>
    // every match says "amended": most provisions do not
    matchAllIf('amended', AMENDED_IN_TEXT, p.text).map((m) => ({
      docId: `eo-${m[1]}`,
      order: p.order,
      start: m.index,
    })),
  );
  return [...fromTitle, ...fromText];
}

/**
 * The orders amended where a mention at (`order`, `start`) reads: those its own provision names before it, else
 * the last amended before it anywhere in the order, else those of the title.
 */
export function amendedAt(amended: AmendedOrder[], order: number, start: number): string[] {
  // in document order (the title's first): those before the mention are a prefix, its own provision's the end of it;
  // found by binary search, since a filter of every amendment for each bare word was quadratic in a long text
  const end = countBefore(amended, order, start);
  const last = amended[end - 1];
  if (!last) return [];
  if (last.order === order) {
    let from = end - 1;
    while (from > 0 && amended[from - 1].order === order) from--;
    return [...new Set(amended.slice(from, end).map((a) => a.docId))];
  }
  if (last.order >= 0) return [last.docId];
  return [...new Set(amended.slice(0, end).map((a) => a.docId))];
}
