/**
 * Actors an order names by pointing at another of its provisions: "Each department and office included in section
 * 2(a) shall report" (EO 13266), "each of the three Centers described in section 1 of this order shall" (EO 13342),
 * "Each department the head of which is named in section 1 (b) of this order shall" (EO 11256). The subject is the
 * agencies that provision names, not every agency: read as an unresolved actor that keeps its words, so the duty and
 * its deadline are kept. Only as the subject of a "shall" whose head is a kind of agency or official: "the functions
 * described in section 1 shall be performed by" names no actor.
 */
import { matchAllIf } from './patterns';

const KIND = String.raw`(?:departments?|agenc(?:y|ies)|offices?|officials?|officers?|Centers?|entit(?:y|ies)|components?|bureaus?)`;
/** "section 2(a)", "Section 1 (b)", "subsection (a)", "section 7(a)(ii)", "Section 1-103", then "of this order". */
const SECTION_REF = String.raw`(?:sub)?[Ss]ections?\s+(?:[\w.-]+|\(\w+\))(?:\s*\(\w+\))*(?:\s+(?:of this (?:[Oo]rder|Executive [Oo]rder|section)|hereof|above))?`;
const BY_REFERENCE = new RegExp(
  // not after "of": "the establishment of the Center described in section 3.7 of this order shall" is the establishment's
  String.raw`(?<!\bof\s+)\b(?:[Tt]he|[Ee]ach|[Aa]ll|[Aa]ny)\s+(?:of\s+the\s+)?(?:heads?\s+of\s+(?:each\s+|the\s+|all\s+)?)?` +
    // a few words of kind before the noun ("five executive department"), never "of" or "the"
    String.raw`(?:(?!of\b|the\b)[\w-]+\s+){0,4}?${KIND}(?:\s+(?:and|or)\s+(?:other\s+)?${KIND})?` +
    String.raw`(?:\s+the heads? of which (?:is|are))?\s+(?:described|named|listed|included|referred to|identified)\s+in\s+${SECTION_REF}` +
    String.raw`(?=,?\s+shall\b)`,
  'g',
);

/** The subjects of `text` named by reference to another provision, each a match of its words. */
export function actorsByReference(text: string): RegExpExecArray[] {
  return matchAllIf(/ (?:described|named|listed|included|referred to|identified) in /, BY_REFERENCE, text);
}
