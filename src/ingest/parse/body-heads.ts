/**
 * Officers an order puts at the head of a body it establishes: "The Office shall be headed by a
 * Director" (EO 11676), "At the head of the Office there shall be a Director" (EO 12530), "The
 * Office shall be under the immediate supervision and direction of a Director" (EO 11599). Later
 * in that order "the Director" is that body's head, so the mention is the body's.
 */
import { Provision } from '../model';
import { Guarded, guarded, matchAllIf } from './patterns';
import { inDocumentOrder, lastStatedBefore } from './positions';

const TITLE = String.raw`(Director|Administrator|Coordinator|Commissioner|Chair(?:man|person)?)`;
const BODY_WORD = String.raw`([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)`;
/** Each form with what every match of it holds: read over every provision of an order that establishes a body. */
const HEADED: Guarded[] = [
  guarded(
    / shall be (?:headed|under)/,
    new RegExp(
      String.raw`\b(?:[Tt]he|[Tt]his|[Ss]uch) ${BODY_WORD} shall be (?:headed by|under the (?:immediate )?(?:supervision and direction|direction and supervision|direction|supervision|control) of) an? ${TITLE}\b`,
      'g',
    ),
  ),
  guarded(
    't the head of the ',
    new RegExp(String.raw`\b[Aa]t the head of the ${BODY_WORD},? there shall be an? ${TITLE}\b`, 'g'),
  ),
];

export interface BodyHead {
  /** The word the order names the body by there ("Office", "Mission"). */
  body: string;
  title: string;
  order: number;
  start: number;
}

/** Every such statement of `provisions`, in document order. */
export function bodyHeads(provisions: Provision[]): BodyHead[] {
  // pushed in one loop (two lists and a sort for every provision were garbage); a provision's own by where they start
  const out: BodyHead[] = [];
  for (const p of inDocumentOrder(provisions)) {
    const first = out.length;
    for (const { re, needs } of HEADED)
      for (const m of matchAllIf(needs, re, p.text))
        out.push({ body: m[1], title: m[2], order: p.order, start: m.index });
    if (out.length - first > 1) {
      const own = out.splice(first).sort((a, b) => a.start - b.start);
      for (const h of own) out.push(h);
    }
  }
  return out;
}

/** The body word of the last statement before (`order`, `start`) that heads a body with `title`. */
export function headedBefore(heads: BodyHead[], title: string, order: number, start: number): string | undefined {
  return lastStatedBefore(heads, order, start, title, (h) => h.title)?.body;
}
