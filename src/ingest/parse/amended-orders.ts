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

/** The orders a mention reads as amended: the first `count` of `ids` (an array shared by every mention of one run). */
export interface AmendedHere {
  ids: readonly string[];
  count: number;
}

/**
 * Where each mention of an order reads which orders are amended, built once from `amendedOrders` (in document order,
 * the title's first): those its own provision names before it, else the last amended before it anywhere in the order,
 * else those of the title. Each question is a binary search: a filter, or a list of the run's orders built for each
 * bare word, was quadratic in a long provision amending thousands of times.
 */
export class AmendedIndex {
  /** For each amendment: how many different orders its run (its provision's amendments, or the title's) names up to it. */
  private readonly distinct: number[] = [];
  /** For each amendment: its run's different orders, first named first (one array per run). */
  private readonly runIds: string[][] = [];

  constructor(private readonly amended: readonly AmendedOrder[]) {
    let ids: string[] = [];
    let seen = new Set<string>();
    amended.forEach((a, i) => {
      if (i === 0 || amended[i - 1].order !== a.order) {
        ids = [];
        seen = new Set();
      }
      if (!seen.has(a.docId)) {
        seen.add(a.docId);
        ids.push(a.docId);
      }
      this.distinct.push(ids.length);
      this.runIds.push(ids);
    });
  }

  get size(): number {
    return this.amended.length;
  }

  /** The orders amended where a mention at (`order`, `start`) reads, or undefined where none is before it. */
  at(order: number, start: number): AmendedHere | undefined {
    const end = countBefore(this.amended, order, start);
    const last = this.amended[end - 1];
    if (!last) return undefined;
    // its own provision's run, or the title's when nothing else stands before it
    if (last.order === order || last.order < 0) return { ids: this.runIds[end - 1], count: this.distinct[end - 1] };
    return { ids: [last.docId], count: 1 };
  }
}
