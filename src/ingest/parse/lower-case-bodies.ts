/**
 * Bodies an order establishes under a common noun, and names after by that noun: "There is hereby created a board of
 * three members, to be appointed by the President, to investigate this dispute. ... The board shall report its
 * findings to the President" (the emergency boards of the Railway Labor Act, EO 9553 of 1945 to EO 12796 of 1992). The
 * capitalised forms ("The Board shall") are read as the body's head word; the lower-case ones only here.
 */
import { EstablishedBody, headOf, lastAtOrBefore } from './bodies';
import { matchAll } from './patterns';

/**
 * "the board", "said board", "the said board", "such board": its noun, the last word of a body head. Not a possessive
 * ("after the board's report, the board shall", EO 12384: the report is the subject, the board only owns it).
 */
const BODY_NOUN =
  /\b(?:[Tt]he|[Ss]aid|[Ss]uch)(?:\s+said)?\s+(board|commission|committee|council|panel)\b(?!['’])(?!-)/g;
const MAY_NAME = /\b(?:board|commission|committee|council|panel)\b/;

/**
 * "the local board", "the appeal board" of the Selective Service orders are the boards the Selective Service Act sets
 * up, never a body of the order: where an order seems to establish one ("until his status ... is clearly established to
 * the satisfaction of the local board", EO 9988), it does not, and "the board" is not it.
 */
const NOT_ESTABLISHED = /^(?:local|appeal)\s/;

/** The order's bodies named in lower case, by their noun ("board"), in document order. */
export function lowerCaseBodies(bodies: readonly EstablishedBody[]): Map<string, EstablishedBody[]> {
  const out = new Map<string, EstablishedBody[]>();
  for (const b of bodies) {
    if (!/^[a-z]/.test(b.name) || NOT_ESTABLISHED.test(b.name)) continue;
    const noun = headOf(b.name)?.split(' ').pop()?.toLowerCase();
    if (!noun) continue;
    const list = out.get(noun);
    if (list) list.push(b);
    else out.set(noun, [b]);
  }
  return out;
}

/**
 * The mentions of those bodies in `text` (provision `order`'s): each lower-case noun is the last body of that noun
 * established at or before the provision. "the board of directors" is another board: a noun followed by "of" is one only
 * where the words are the body's own name ("the board of inquiry").
 */
export function lowerCaseBodyMentions(
  text: string,
  order: number,
  byNoun: Map<string, EstablishedBody[]>,
): { match: RegExpExecArray; body: EstablishedBody }[] {
  if (!MAY_NAME.test(text)) return [];
  const out: { match: RegExpExecArray; body: EstablishedBody }[] = [];
  for (const m of matchAll(BODY_NOUN, text)) {
    const bodies = byNoun.get(m[1]);
    if (!bodies) continue;
    const body = lastAtOrBefore(bodies, order);
    if (!body) continue;
    const end = m.index + m[0].length;
    if (/^\s+of\b/.test(text.slice(end, end + 4)) && !text.startsWith(body.name, end - m[1].length)) continue;
    out.push({ match: m, body });
  }
  return out;
}
