/**
 * Orders named by their signing date instead of their number: "the Executive Order of February 1, 2025 (Imposing
 * Duties to Address the Flow of Illicit Drugs Across Our Northern Border), as amended" (EO 14198), "the Executive Order
 * of September 22, 2020" (EO 13950). The table (seed/reference/dated-orders.json, written by `npm run
 * corpus:dated-orders`) holds the corpus's orders by date, only for the dates on which the corpus surely holds every
 * numbered order signed (see dated-orders-cli.ts): a date the corpus may miss an order of, a date alone before 1936
 * (see NUMBERED_ALONE), or an order before the corpus begins ("the Executive order of December 16, 1882", EO 11853),
 * names no number here.
 */

/** Signing date -> the orders signed that day, as [number, title]. */
export type DatedOrderTable = Record<string, [string, string][]>;

/**
 * From when a date alone names the one numbered order of that day. Before, orders were also issued without a number and
 * are not in the corpus: "The National Labor Board created by Executive order of August 5, 1933" (EO 6763) is no
 * numbered order, and the one order of that day in the corpus (EO 6243, on the Panama Canal Zone's court) is not it.
 */
const NUMBERED_ALONE = '1936-01-01';

/** Titles compared as words: case, quotes and punctuation vary between a title as cited and as published. */
function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The number the date names, and the title when the text gives one: the one order of that date, or the one order of
 * that date with that title. A title that fits none names none, even on a date of one order (it may be another order
 * the corpus does not hold, or a title as signed that was published otherwise: EO 14197 cites "Imposing Duties to
 * Address the Situation at Our Northern Border", published as "... the Flow of Illicit Drugs Across Our Northern Border").
 */
export function numberOnDate(table: DatedOrderTable, signedOn: string, title?: string): string | undefined {
  const orders = Object.prototype.hasOwnProperty.call(table, signedOn) ? table[signedOn] : undefined;
  if (!orders) return undefined;
  if (title === undefined) return orders.length === 1 && signedOn >= NUMBERED_ALONE ? orders[0][0] : undefined;
  const key = titleKey(title);
  let found: string | undefined;
  for (const [number, t] of orders) {
    if (keyOf(t) !== key) continue;
    if (found !== undefined) return undefined;
    found = number;
  }
  return found;
}

/** The table's titles as keys, each made once: a text naming an order by date and title 20,000 times made them as often. */
const TITLE_KEYS = new Map<string, string>();

function keyOf(title: string): string {
  let key = TITLE_KEYS.get(title);
  if (key === undefined) TITLE_KEYS.set(title, (key = titleKey(title)));
  return key;
}

/** What a text's "Executive Order of <date>" names, asked by docrefs. */
export interface DatedOrderNames {
  numberOf(signedOn: string, title: string | undefined): string | undefined;
}

/**
 * The names one document gives: once it has named an order by date and title, its date alone names that order in the
 * rest of it ("section 3 of my Executive Order of February 1, 2025, titled \u201cImposing Duties to Address the
 * Situation at Our Southern Border\u201d (\u201cthe Executive Order of February 1, 2025\u201d) ... sections 2(a) ... of the
 * Executive Order of February 1, 2025, are amended", EO 14198), unless it named two orders of that date so.
 */
export class DocumentDatedOrders implements DatedOrderNames {
  private readonly byDate = new Map<string, string | null>();

  constructor(private readonly table: DatedOrderTable) {}

  /** Notes that the document named `number` by its date and title. */
  learn(signedOn: string, number: string): void {
    const known = this.byDate.get(signedOn);
    this.byDate.set(signedOn, known === undefined || known === number ? number : null);
  }

  numberOf(signedOn: string, title: string | undefined): string | undefined {
    if (title !== undefined) return numberOnDate(this.table, signedOn, title);
    const named = this.byDate.get(signedOn);
    // null: the document named two orders of that date, and the date alone names neither
    return named !== undefined ? (named ?? undefined) : numberOnDate(this.table, signedOn);
  }
}
