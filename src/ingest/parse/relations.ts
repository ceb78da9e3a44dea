/**
 * What the text says it does to other Presidential documents: revokes (whole or in part),
 * supersedes, amends, and which provision of the target when it says so. Read from the words
 * of any rendering: numbered clauses, or paragraphs with no numbering at all.
 */
import { DocumentRef, Provision, Revocation, StatedRelation } from '../model';
import { MAY_NAME_A_DOCUMENT, OPENS_WITH_BARE_NUMBER, PlacedRef, placeBareNumbers, placeDocumentRefs } from './docrefs';
import { splitSentences } from './sentences';
import { isSpaceCode, matchAll } from './patterns';
import { firstNotBefore, listIn } from './lists';
import { KeptRelations } from './kept-relations';

export type RelationType = 'REVOKES' | StatedRelation['type'];

/** A revocation, supersession or amendment, as the model holds them, with its type. */
export type FoundRelation = Revocation & { type: RelationType };

const TYPE_OF: Record<string, RelationType> = {
  revoked: 'REVOKES',
  rescinded: 'REVOKES',
  revoke: 'REVOKES',
  rescind: 'REVOKES',
  superseded: 'SUPERSEDES',
  supersede: 'SUPERSEDES',
  amended: 'AMENDS',
  amend: 'AMENDS',
  // "Executive Order No. 9721 ..., be, and it is hereby, modified" (EO 10054): the older orders' word for an amendment
  modified: 'AMENDS',
  // "Section 1 of Executive Order 13088 ..., as revised by section 1(a) of Executive Order 13121 ..., is revised to read
  // as follows" (EO 13192), "Executive Order 13194 of January 18, 2001, is revised by ..." (EO 13312; also EO 13764, 14088):
  // the word orders of 2001-2022 use for an amendment
  revised: 'AMENDS',
  terminated: 'REVOKES',
  canceled: 'REVOKES',
  cancelled: 'REVOKES',
};

// "is hereby revoked", "are revoked and superseded", "be, and it is hereby, revoked", "is further amended", "is corrected and
// amended to read" (EO 12156), "is renumbered and revised to read as follows" (EO 13192: a section moved is amended too),
// "is, insofar as it pertains to the following-described lands, hereby revoked" (EO 6362).
// "Section 5 of Executive Order No 12326 ..., shall be deemed to be amended to read as follows:" (EO 12443): the word the
// retirement orders of 1977-1984 use for the amendments they make, read as "shall be amended" is (SAYS_HOW, DATED_ACT).
// "The following are superseded or revoked: (1) Executive Order No. 10161 ..." (EO 10480): each item is one or the
// other, so the list states both acts, as "superseded and revoked" does (EO 11075).
const PASSIVE =
  /\b(is|are|be|has been|have been)\b,?(?: and (?:it|they|the same) (?:is|are),?)?(?:\s(?!and\b)[^,;.:]{3,160},(?= hereby\b))?(?: hereby,?)?(?: (?:also|further|accordingly|now|therefore))?(?: hereby,?)?(?: deemed to be)?(?: (?:corrected|renumbered|redesignated) and)? (revoked|rescinded|superseded|amended|revised|terminated|cancell?ed|modified)(?:,? (?:and|or) (revoked|rescinded|superseded))?\b/g;
/** PASSIVE for a test: not global, so it keeps no place between texts. */
const PASSIVE_ANYWHERE = new RegExp(PASSIVE.source);
/** "to be revoked", "shall be amended", "may be revoked": a possibility or a rule, not an act of this order. */
const NOT_AN_ACT =
  /\b(?:to|shall|may|will|would|should|must|can|cannot|not|hereafter|otherwise|deemed|be)\s+(?:\w+\s+)?$/;
// "I hereby revoke", "This order supersedes", "I hereby terminate ... and revoke that order".
const ACTIVE = /\b(revoke|rescind|supersede|amend)s?\b/g;
/** The verbs of a part taken out or put in another's place (REPLACED): "is deleted", "is hereby struck". */
const REPLACED_VERBS = 'replaced|deleted|stricken|struck';
/** The verb every act above holds. */
const ACT_VERB = new RegExp(
  `revoke|rescind|supersede|amend|revised|terminated|cancell?ed|${REPLACED_VERBS}|modified|added`,
);
/**
 * What a provision needs to state an act (its verb) or to name a document (docrefs' heads): a text without either
 * leaves the reader as it was. "order" alone let each "this order" of a 2 MB paragraph be cut into clauses.
 */
const MAY_RELATE = new RegExp(`${ACT_VERB.source}|${MAY_NAME_A_DOCUMENT.source}`);
const ACTIVE_SUBJECT = /(?:\b(?:hereby|I|[Oo]rder)\s+(?:also\s+|further\s+)?)$/;
/** A verb that goes on a series of the President's: after "and" or a comma, "hereby" between. */
const SERIES = /(?:\band|,)\s+(?:hereby\s+)?$/;
/** "This order shall supersede Executive Orders Nos. 9356 of June 24, 1943, ..." (EO 9744): the order's own act, said in the future. */
const THIS_ORDER_SHALL = /(?<!\bin\s)\b[Tt]his\s+[Oo]rder\s+shall\s+$/;
/**
 * The same act as the second of the order's verbs: "This order shall take effect immediately and shall supersede
 * Executive Order No. 10003 ..." (EO 10131), "..., and on that date shall supersede" (EO 10113), "..., and shall
 * thereupon supersede" (EO 10006), "..., and shall on that date supersede Executive Order No. 10738" (EO 10906). Read only
 * after a "This order shall" in the clause.
 */
const AND_SHALL =
  /\band\s+(?:(?:on|as\s+of)\s+that\s+date,?\s+)?shall\s+(?:(?:on|as\s+of)\s+that\s+date,?\s+|thereupon\s+|then\s+|also\s+)?$/;
const THIS_ORDER_SHALL_ANYWHERE = /(?<!\bin\s)\b[Tt]his\s+[Oo]rder\s+shall\b/;
/** "This order supersedes Executive Order No. 9506 ...; but does not supersede or modify Executive Order No. 9538" (EO 9598). */
const DENIED_AFTER = /[;,]?\s+(?:but|and)\s+(?:does|do|shall)\s+not\b/;
/** An item's label as orders write it: "(a)", "(iv)", "12.". */
const LABEL = String.raw`(?:[a-z]{1,3}|[ivxl]{1,5}|\d{1,3})`;
/**
 * "is terminated" ends a document only when the document itself is the subject ("Executive Order 13271 is hereby
 * terminated", EO 13519; "The Memorandum of November 8, 1968, is terminated", EO 12372): what a document created or
 * declared ("The Working Group created by section 2 of the Presidential Memorandum ..., is terminated") is not it.
 */
const SUBJECT_IS_THE_DOCUMENT = new RegExp(String.raw`^[\s*_#]*(?:\(?${LABEL}[.)]\s*)?(?:the\s+)?(?:said\s+)?$`, 'i');
/** A subject that opens a new clause after ", and": see Act.afterAnd. */
const AFTER_AND = /,\s+and\s+(?:the\s+)?$/;

/**
 * Refs named only to say where something else comes from: "as amended by", "established by", "as replaced by section
 * 1(b) of Executive Order 13121" (EO 13192),
 * "pursuant to", "as amended or affected by" (EO 10742), "as amended by Annex II of Executive Order No. 11906" (EO 11934),
 * "the national emergency I declared in Executive Order 13303 ..., and expanded in Executive Order 13315" (EO 13350),
 * "to reflect the action taken in Executive Order 14003, Civil Service Rule VI is amended" (EO 14029), "the Talladega
 * National Forest, Alabama, as described by Proclamation No. 2190 ..., are hereby modified to exclude therefrom" (EO 10850:
 * the forest's bounds are modified, told by the order that drew them); or to describe it: "Executive Order No. 6497 ..., amending Executive Order No. 6247 ...,
 * is hereby revoked" (EO 7081) revokes the amending order only; "Executive Order No. 10575 ..., as affected by Executive
 * Order No. 10610 ..., is hereby amended" (EO 10625) amends 10575 only. Or to leave it out of the act: "Exclusive of Executive
 * Order No. 10952 of July 20, 1961, all prior Executive orders (including Executive Order No. 10773 ...) are hereby
 * superseded to the extent that ..." (EO 10958) supersedes 10773 and not 10952; "except", "other than", "with the
 * exception of", "excluding" as well.
 */
const SOURCE_TAIL = String.raw`\s+(?:(?:the\s+)?(?:(?:sub)?(?:sections?|paragraphs?|parts?)\s+[^,;:]{1,30}?|annex(?:es)?(?:\s+[IVX]{1,5})?)\s+(?:of|to)\s+)?(?:the\s+)?(?:said\s+)?$`;
const CARVE_OUT_WORDS = String.raw`exclusive of|except(?:ing)?(?:\s+for)?|other than|with the exception of|excluding`;
const ONLY_A_SOURCE = new RegExp(
  String.raw`(?:,\s*(?:amending|supplementing|modifying|extending)|\b(?:(?:amended|revised|superseded|revoked|rescinded|replaced|modified|affected|supplemented|established|created|issued|prescribed|declared|continued|extended|expanded|taken|reestablished|required|authorized|provided for|described)(?:\s+or\s+affected)?\s+(?:by|in|under|pursuant to)|pursuant to|under|in accordance with|consistent with|in lieu of|${CARVE_OUT_WORDS}))` +
    SOURCE_TAIL,
  'i',
);
/**
 * A carve-out names only the orders right after it, up to its first comma outside their citation: "Except for
 * Executive Order 13003, Executive Order 13000 is hereby revoked", "Executive Order 13000, except section 4 of
 * Executive Order 13000, Executive Order 13001, and Executive Order 13002": the orders after that comma are the
 * act's, not more of the carve-out. Numbers of its own plural head go on it ("other than Executive Orders Nos.
 * 10952, 10953, and 10773").
 */
const CARVE_OUT = new RegExp(String.raw`\b(?:${CARVE_OUT_WORDS})` + SOURCE_TAIL, 'i');
/** A ref that opens with its number: one more of the plural head before it. */
const BARE_NUMBER_REF = /^(?:Nos?\.\s*|Numbers?\s+)?\d/;

/** The verbs of one document's act on another, in the past or the present. */
const DONE_TO_VERB = String.raw`(?:interpret(?:s|ed)?|amend(?:s|ed)?|revoke[sd]?|supersede[sd]?|modif(?:y|ies|ied)|supplement(?:s|ed)?)`;
/**
 * The order that did something to the document described, in a relative clause: "Executive Order No. 7138, ..., and
 * which was revoked as to such other airspace reservations by Executive Order No. 8961 ..., is hereby revoked in its
 * entirety" (EO 10768) revokes 7138 only.
 */
const DONE_BY = /\b(?:which|that)\s+(?:was|were|has been|have been|had been)\s+[^,;()]{0,80}\bby\s+(?:the\s+)?$/;

/**
 * What the document described did to another, in a relative clause: "Executive Order No. 11260 ..., which amended
 * Executive Order No. 11185 ..., is hereby revoked, and Executive Order No. 11185 shall ... be deemed to be in effect as
 * originally issued" (EO 11661) revokes 11260 only; "All prior Executive orders insofar as they interpret or amend
 * Executive Order No. 9 are hereby revoked" (EO 11408) revokes those orders, not the order they amend.
 */
const DONE_TO = new RegExp(
  String.raw`\b(?:which|that|(?:insofar\s+)?as\s+(?:it|they))\s+${DONE_TO_VERB}(?:\s+(?:or|and)\s+${DONE_TO_VERB})*` +
    SOURCE_TAIL,
);

const ORDERED_THAT = /\b(?:ordered|order|direct|directed|provide|provided)(?:,? as follows)?,? that\b/g;

const ANAPHOR =
  /\b(that|such|said|these|those|both|the above|the foregoing|each of the) (?:two |three |four |several )?(?:prior |previous |above )?(?:Executive )?(orders?|Proclamations?)\b(?! No\.? ?\d| \d)/gi;

/** ANAPHOR for a test: not global, so it keeps no place between texts. */
const ANAPHOR_ANYWHERE = new RegExp(ANAPHOR.source, 'i');

const PART_WORD = /\b(?:sub)?(?:sections?|paragraphs?|parts?|subparagraphs?|clauses?|articles?|titles?)\b|\bSec\./gi;
// "3", "1(h)", "1-102", "2 (b)", "I", "(g)"; several joined by commas, "and", "or", "through". An outline's label of a
// Roman part, a letter and a number, spaced or not: "Section IB of Executive Order No. 9240" (EO 9600, also "Section I
// B", EO 9597), "Part ID of the said order" (EO 10061), as the regulations of the 1940s number their parts. The letter
// is an outline's first few, and the label ends at "of" or a stop: the patterns that read labels ignore case, and neither
// "section 4 in its entirety" nor "this section if performed" nor "Part III a veteran" has a lettered label.
const PART_LABEL =
  '(?:\\d+[A-Za-z]?(?:[-.]\\d+)*|[IVXL]+(?:\\s?[A-H](?:\\s\\d{1,2})?(?![\\w(])(?=\\s+of\\b|\\s*[,;:.]|\\s*$))?|[A-Z]|\\([a-zA-Z0-9]{1,5}\\))(?:\\s?\\([a-zA-Z0-9]{1,5}\\))*';
// "sections 2(a), section 2(d), and section 2(e)" (EO 14198): the word again before a label, after a comma or "and"
// "Section 1-301(b)of Executive Order No 12163" (EO 12423, also EO 12560): a label that ends in ")" may lose its space.
// "paragraph numbered 1 of Executive Order No. 6861" (EO 6871), "paragraphs numbered 1 and 2 of" (EO 10429): the word
// "numbered" between a part's word and its label, as orders of the 1930s-1950s write it
const PART_LABELS = `${PART_LABEL}(?:,?\\s+(?:and\\s+|or\\s+|through\\s+)?${PART_LABEL}|,\\s*${PART_LABEL}|(?:,\\s+(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:sub)?sections?\\s+${PART_LABEL})*`;
const PART_CHAIN = new RegExp(
  `^(?:(?:(?:sub)?(?:sections?|paragraphs?|parts?|subparagraphs?|clauses?|articles?|titles?)(?:\\s+numbered)?|Sec\\.)\\s+${PART_LABELS}(?:\\s+|(?<=\\))\\s*)of\\s+)+(?:the\\s+)?(?:said\\s+)?$`,
  'i',
);
/**
 * "To the extent that they have not heretofore been revoked or superseded, Executive Orders No. 7968 ... are hereby
 * revoked" (EO 10697; also EO 10900, 11021, 11045, 11051, 11294, 11556): a saving for what an earlier act already did,
 * not a revocation in part. Only when what it saves is such an act: "to the extent that it has not already been
 * carried out" limits the revocation.
 */
const IN_PART =
  /\bin part\b|\bto the extent\b(?!,?\s+(?:that\s+)?(?:(?:it|they|the following|the same|such orders?)\s+(?:has\s+|have\s+)?)?not\s+(?:heretofore|already|previously)\s+(?:been\s+)?(?:revoked|superseded|rescinded|terminated|(?:made|rendered)\s+(?:or\s+become\s+)?inapplicable)\b)|\binsofar as\b|\bso far as\b|\bas to (?:the|said|such|all|any|those|so much|lands?|that portion)\b|\bexcept (?:for |as to )?(?:sections?|subsections?|paragraphs?|parts?)\b|\bconflicting provisions\b/i;
/**
 * "All provisions relating to export control that are contained in the following ... are hereby superseded" (EO 10945):
 * those provisions only. In lower case and outside quotes: a title's "Certain Provisions of the Atomic Energy Act ...
 * Relating to International Cooperation" (EO 10956) limits nothing.
 */
const PROVISIONS_RELATING = /\bprovisions\b[^.;:"\u201c\u201d]{0,60}?\b(?:relating|pertaining) to\b/;

function saysInPart(text: string): boolean {
  return IN_PART.test(text) || PROVISIONS_RELATING.test(text);
}
const IN_PART_ALL = new RegExp(IN_PART.source, 'gi');
const PROVISIONS_RELATING_ALL = new RegExp(PROVISIONS_RELATING.source, 'g');

/**
 * Whether a cue of saysInPart stands in the part of the clause an act states, from the semicolon before its subject
 * (or the verb, when the subject is the President), or the one that ends the act before it, to the one after its verb: "Executive Order No. 9784 ... is hereby
 * revoked; and all provisions of other prior Executive orders which are inconsistent with this order are hereby
 * modified to the extent of such inconsistency" (EO 10561), "Executive Order No. 11501, as amended, is revoked; except
 * that, to the extent consistent with this Order, all determinations ... shall continue in full force" (EO 11958, also
 * EO 13637): what comes after the semicolon limits something else, the revocation is whole. The cues and semicolons
 * are found once a clause, not once an act.
 */
function partCueWithin(clause: Clause, act: Act, subjectStart: number, previousEnd: number): boolean {
  const semicolons = semicolonsOf(clause);
  const before = firstNotBefore(semicolons, (at) => at < subjectStart) - 1;
  let segmentStart = before >= 0 ? semicolons[before] : 0;
  // "X is revoked insofar as ...; and Y is revoked": the statement of the act before ends at its semicolon
  if (previousEnd > 0) {
    const previous = statementEnd(clause, previousEnd);
    if (previous < act.start) segmentStart = Math.max(segmentStart, previous);
  }
  let segmentEnd = statementEnd(clause, act.end);
  // "...; provided, however, that such order shall remain in effect to the extent that ...": the statement after the
  // semicolon limits the act itself
  if (segmentEnd < clause.text.length && LIMITS_THE_ACT.test(clause.text.slice(segmentEnd, segmentEnd + 80)))
    segmentEnd = statementEnd(clause, segmentEnd + 1);
  if (!clause.partCues) {
    const text = clause.text;
    const cues = [...matchAll(IN_PART_ALL, text), ...matchAll(PROVISIONS_RELATING_ALL, text)].map((m) => m.index);
    const carved = carvedPartsOf(clause);
    // by a set of their places: a clause of thousands of excepted parts compared each cue with all of them
    const carvedAt = carved.length ? new Set(carved.map((c) => c.at)) : undefined;
    clause.partCues = (carvedAt ? cues.filter((at) => !carvedAt.has(at)) : cues).sort((a, b) => a - b);
  }
  const cues = clause.partCues;
  const k = firstNotBefore(cues, (at) => at < segmentStart);
  return k < cues.length && cues[k] < segmentEnd;
}

/**
 * A statement after the act's semicolon that speaks of the act or its target: "; provided, however, that such order
 * shall remain in effect to the extent that ...", "; but such revocation shall apply only insofar as ...". Not "; except
 * that, to the extent consistent with this Order, all determinations ... shall continue" (EO 11958), which limits
 * something else.
 */
const LIMITS_THE_ACT =
  /^;\s*(?:provided,?\s+(?:however,?\s+)?that,?\s+|but\s+)(?:such|the|said)\s+(?:(?:Executive\s+)?[Oo]rders?|revocations?|supersessions?|amendments?|Proclamations?)\b/;

/**
 * "Executive Order 13000, except section 4 of Executive Order 13000, Executive Order 13001, and Executive Order 13002":
 * a part excepted of a named order limits the act on that order only, not on the others of the act.
 */
const EXCEPT_PART_OF =
  /^except(?:ing)?\s+(?:for\s+|as\s+to\s+)?(?:sub)?(?:sections?|paragraphs?|parts?)\s+[^,;:]{1,30}?\s+of\s+(?:the\s+)?$/i;

interface CarvedPart {
  /** Where its "except" stands. */
  at: number;
  id: string;
}

function carvedPartsOf(clause: Clause): CarvedPart[] {
  if (!clause.carved) {
    const carved: CarvedPart[] = [];
    const text = clause.text;
    for (let at = text.indexOf('except'); at >= 0; at = text.indexOf('except', at + 1)) {
      const r = clause.refs[firstNotBefore(clause.refs, (x) => x.start < at)];
      if (r && r.start - at < 80 && EXCEPT_PART_OF.test(text.slice(at, r.start))) carved.push({ at, id: r.ref.id });
    }
    clause.carved = carved;
  }
  return clause.carved;
}

/**
 * Whether a part of the order `id` is excepted between `from` and `to`: by the places of that order's excepted parts,
 * found once a clause (each target of a clause's thousands of acts read all its excepted parts).
 */
function exceptedWithin(clause: Clause, carved: CarvedPart[], id: string, from: number, to: number): boolean {
  if (!carved.length) return false;
  if (!clause.carvedById) {
    const byId = new Map<string, number[]>();
    for (const c of carved) listIn(byId, c.id).push(c.at);
    clause.carvedById = byId;
  }
  const places = clause.carvedById.get(id);
  if (!places) return false;
  const k = firstNotBefore(places, (at) => at < from);
  return k < places.length && places[k] < to;
}

/**
 * The first place of `ref` in the clause at or after `start`: by the places of each ref, found once a clause (each of a
 * clause's thousands of acts on its subject read the clause's refs from its first: 22 s at 2 MB).
 */
function placedFrom(clause: Clause, ref: DocumentRef, start: number): PlacedRef | undefined {
  if (!clause.placesOf) {
    const placesOf = new Map<DocumentRef, PlacedRef[]>();
    for (const r of clause.refs) listIn(placesOf, r.ref).push(r);
    clause.placesOf = placesOf;
  }
  const places = clause.placesOf.get(ref);
  return places?.[firstNotBefore(places, (r) => r.start < start)];
}

function semicolonsOf(clause: Clause): number[] {
  if (!clause.semicolons) {
    const semicolons: number[] = [];
    for (let at = clause.text.indexOf(';'); at >= 0; at = clause.text.indexOf(';', at + 1)) semicolons.push(at);
    clause.semicolons = semicolons;
  }
  return clause.semicolons;
}

/** Where the statement of an act whose verb ends at `verbEnd` ends: the next semicolon, else the clause's end. */
function statementEnd(clause: Clause, verbEnd: number): number {
  const semicolons = semicolonsOf(clause);
  const after = firstNotBefore(semicolons, (at) => at < verbEnd);
  return after < semicolons.length ? semicolons[after] : clause.text.length;
}
const WHOLE = /\bin (?:its|their) entirety\b/i;

/**
 * The part of its order an amendment names after its verb, tied back to the order by "thereof" or "of that order":
 * "Executive Order No. 10995 ... be, and it is hereby, amended by substituting for Section 3 thereof the following" (EO
 * 11084), "... is amended by adding to section 5 of that order the following new subsection" (EO 13208), "... by
 * substituting \"45 members\" for \"40 members\" in subsection (b) of Section 1 thereof" (EO 11159). Orders of 1934-2023
 * write it so when the subject names the whole order.
 */
const BACK_TO_THE_ORDER = /\s(?:thereof|of\s+(?:that|the\s+said|said|such)\s+(?:Executive\s+)?[Oo]rder)\b/g;
/** A part named only as a place ("by adding a new section after Section 2 thereof", EO 6895) or left out ("by striking section 3, except subsection (c) thereof", EO 13385). */
const A_PLACE_ONLY = /\b(?:after|before|following|preceding|except(?:ing)?)\s+(?:the\s+)?$/i;
/** A part named with no "thereof": what a later "thereof" may point back to instead of the order ("... to section 3, and by redesignating paragraph (b) thereof"). */
const A_PART_NAMED = new RegExp(
  String.raw`\b(?:[Ss]ub)?(?:[Ss]ections?|[Pp]aragraphs?|[Pp]arts?|[Ss]ubparagraphs?|[Aa]nnex(?:es)?)\s+${PART_LABEL}(?![\w(])`,
);
/**
 * Another document named before "thereof", which it may point back to instead of the order: "is amended by striking the
 * reference to the Federal Property and Administrative Services Act and inserting a reference to section 5 thereof".
 */
const ANOTHER_DOCUMENT_NAMED =
  /\b(?:Act|Code|Statutes|U\.\s?S\.\s?C\.|Constitution|Reorganization Plan|[Mm]emorandum|[Pp]roclamation|[Rr]egulations)\b/;
/** The words of an amendment's statement read for its parts: its new text follows, quoted or after a colon. */
const AMENDMENT_WORDS = 300;
/** A ref that is only where the subject's thing is ("Schedule A of Executive Order No. 10577 is amended by ... thereof"): "thereof" is that thing. */
const A_THING_OF = /\b(?:of|to|in|under|by)\s+(?:the\s+)?$/;

/**
 * Where an act names `ref`: the last time in the subject before a passive verb (after a heading's "Amendment to Executive
 * Order 13597", EO 13802), the first time after an active one. The subject's refs only: acts of a clause do not share them.
 */
function placedInAct(clause: Clause, act: Act, start: number, ref: DocumentRef): PlacedRef | undefined {
  const refs = clause.refs;
  if (!act.passive) return placedFrom(clause, ref, act.end);
  for (let k = firstNotBefore(refs, (r) => r.start < act.start) - 1; k >= 0 && refs[k].start >= start; k--)
    if (refs[k].ref === ref && refs[k].end <= act.start) return refs[k];
  return undefined;
}

/**
 * A sentence or the text of a part, which amends that part, named as when the order is named ("The first sentence of
 * section 2 of Executive Order ..."): an item's "(a) The first sentence of numbered paragraph (1) of section 202 is
 * revised by substituting ..." (EO 13672), "(b) The text of section 4(b) is revised to read as follows" (EO 13378);
 * after the verb, "Executive Order No. 12720 is amended by deleting the text of section 3(e) and inserting" (EO 12783).
 */
const WITHIN_THE_PART = String.raw`(?:(?:the\s+)?(?:(?:first|second|third|fourth|fifth|last|final)\s+sentence|(?:introductory\s+)?text)\s+of\s+(?:the\s+)?)?(?:numbered\s+)?`;

/**
 * A part the amendment strikes or rewrites, named right after its verb with no "thereof": "Executive Order 14033 is
 * hereby amended by striking section 1 and inserting, in lieu thereof, the following" (EO 14140), "... is further
 * amended by striking out subsection (f) of Section 109 of Part I" (EO 12394, also EO 12488, 12494), "Executive Order
 * No. 9979 is amended by revoking paragraph 1" (EO 12608), "further amended by substituting for sections 104, 206, and 207
 * the following" (EO 11292), "further amended by deleting therefrom sections 1 and 5" (EO 10884), "is further amended by revising section 1-208 to
 * read as follows" (EO 13869, 13480, 14226), "is hereby amended by substituting the following for section 2:" (EO 11565,
 * also EO 11551, 11557: orders of 1970 name the new text before the part it replaces), "is revised by striking section 4
 * in its entirety" (EO 13764). Not a part of something else the words go on to name ("by striking section 3
 * of the Act"), nor a label cut short ("section 1" of "section 1-102").
 */
const STRUCK_PART = new RegExp(
  String.raw`^,?\s+by\s+(?:(?:striking|deleting|revoking|amending|revising)(?:\s+out)?(?:\s+therefrom)?|substituting\s+(?:the\s+following\s+)?for)\s+${WITHIN_THE_PART}((?:sub)?(?:sections?|paragraphs?|subparagraphs?)\s+${PART_LABELS}(?:\s+of\s+(?:sub)?(?:sections?|paragraphs?|parts?)\s+${PART_LABEL})*)(?![\w(-]|\.\d|\s*(?:of|in(?!\s+(?:its|their)\s+entirety\b))\s|\s*to\s(?!read\b))`,
  'i',
);

/**
 * The part an amendment changes, named between its verb and the "by" of its change: "Executive Order 13675 of August 5,
 * 2014, is amended in section 3(a) by striking ..." (EO 13734), "... is further amended, in section 1-701(c), by striking
 * the semicolon" (EO 13656), "... is amended in sections 1(a) and (b) by striking" (EO 13187); orders of 2000-2021 write
 * it so. Not a part of something else ("in section 3 of the Act by"): the "by" must follow the part's labels.
 */
const PART_THEN_BY = new RegExp(
  String.raw`^,?\s+in\s+${WITHIN_THE_PART}((?:sub)?(?:sections?|paragraphs?|subparagraphs?)\s+${PART_LABELS}),?\s+by\b`,
  'i',
);

/**
 * The part whose words an amendment strikes, named right after the quoted words: "Executive Order 13154 ... is amended by
 * striking “the Secretary of Transportation” in section 1 and inserting" (EO 13286, also EO 13467, 13569, 13741),
 * "is further amended by deleting \"Director of the Office of Emergency Planning\" in Section 2" (EO 12148); orders of
 * 1976-2011 write it so. Not a part of something else ("in section 3 of the Act"), nor words struck "wherever those terms
 * appear" (EO 12038): the part must follow the closing quote.
 */
const WORDS_STRUCK_IN_PART = new RegExp(
  String.raw`^,?\s+by\s+(?:striking|deleting)(?:\s+out)?\s+[\u201c"][^\u201c\u201d"]{1,200}[\u201d"]\s+(?:in|from)\s+((?:sub)?(?:sections?|paragraphs?|subparagraphs?)\s+${PART_LABELS})(?![\w(-]|\.\d|\s*(?:of|in|to)\s)`,
  'i',
);

/** The parts of its one order an amendment names after its verb (PART_THEN_BY, WORDS_STRUCK_IN_PART, STRUCK_PART, BACK_TO_THE_ORDER), in order, each once. */
function partsNamedAfter(clause: Clause, act: Act): string[] {
  const text = clause.text;
  let words = text.slice(act.end, Math.min(statementEnd(clause, act.end), act.end + AMENDMENT_WORDS));
  const colon = words.indexOf(':');
  if (colon >= 0) words = words.slice(0, colon);
  const parts: string[] = [];
  const struck = PART_THEN_BY.exec(words) ?? WORDS_STRUCK_IN_PART.exec(words) ?? STRUCK_PART.exec(words);
  if (struck && !quotedAt(clause, act.end)) parts.push(struck[1].replace(/\s+/g, ' '));
  let from = 0;
  for (const m of matchAll(BACK_TO_THE_ORDER, words)) {
    const before = words.slice(from, m.index);
    from = m.index + m[0].length;
    if (quotedAt(clause, act.end + m.index)) continue;
    const part = targetPart(`${before.slice(-140)} of `);
    const at = part === undefined ? -1 : before.lastIndexOf(part);
    // a part named before this one with no "thereof" may be what it points back to: the rest is not read
    if (at < 0 || A_PART_NAMED.test(before.slice(0, at)) || ANOTHER_DOCUMENT_NAMED.test(before)) break;
    if (A_PLACE_ONLY.test(before.slice(0, at))) continue;
    if (!parts.includes(part!)) parts.push(part!);
  }
  return parts;
}

/**
 * Where list items may start inside a flattened paragraph, after text that can end a clause: "(b) ", "3. ", "Sec. 4.", "### Section";
 * or after a year, where a list of dated orders, one a line with no punctuation, ran together: "... are hereby
 * superseded: (1) Proclamation No. 2413 of July 2, 1940 (2) Executive Order No. 8900 of September 15, 1941 ... (7)
 * Executive Order No. 9919 of January 3, 1948 (b) Except to the extent ... shall remain in full force" (EO 10945), whose
 * last item was read with the next subsection's "shall" and ended the list before it.
 * Not in a series of labels the text refers to: "(8) So much of Section 2 of Executive Order No. 10903 ..., as added
 * paragraphs (s), (t), and (u) to Section 1 of Executive Order No. 10530" (EO 11230) is one item.
 * The leading (?=\s) lets the engine pass over every other character at once; without it both lookbehinds were tried at each.
 */
const CLAUSE_BREAK = new RegExp(
  String.raw`(?=\s)(?:(?<=(?:[.:;]|[;,]\s(?:and|or))["')*]?)(?<!\(${LABEL}\),\s(?:and|or))\s+(?=\(${LABEL}\)\s)|(?<=[.;:*])\s+(?=(?:\d{1,3}(?:-\d{1,3})?\.\s|SEC\.|Sec\.|Section \d|Part [IVX\d]+\b|#{1,4}\s))|(?<=\b(?:1[789]|20)\d\d)\s+(?=\(${LABEL}\)\s+[A-Z]))`,
  'g',
);

const ITEM_LABEL = new RegExp(String.raw`^\s*(?:[*_#\s]*)(?:\(?${LABEL}[.)]\s*)?[*_\s]*`, 'i');

interface Clause {
  text: string;
  refs: PlacedRef[];
  /** Its refs named only as a source (see sourceRefs), worked out when first asked. */
  sources?: ReadonlySet<PlacedRef>;
  /** Where a quotation opens or closes, and whether the text after is quoted (see quotedAt), made when first asked. */
  quotes?: QuoteMark[];
  /** The clause before it in its provision, whose open quotation it may continue (see quotesOf). */
  before?: Clause;
  /** The quotation left open at its end, found with `quotes`. */
  openAtEnd?: QuoteState;
  /** Where its cues of a part stand, and its semicolons (see partCueWithin), found when first asked. */
  partCues?: number[];
  /** Its parts excepted of a named order (see carvedPartsOf), found when first asked. */
  carved?: CarvedPart[];
  /** The places of those parts, by the order they are excepted of (see exceptedWithin), made when first asked. */
  carvedById?: Map<string, number[]>;
  semicolons?: number[];
  /** Its refs by the document each names, in order (see placedFrom), found when first asked. */
  placesOf?: Map<DocumentRef, PlacedRef[]>;
  /** Its plural anaphors and where each one's refs begin (see pluralPool), found when first asked. */
  pluralWindows?: PluralWindows;
  /** The pool its last plural anaphor named: refs `from` to `k` (the last ending at `end`), as `named`. */
  lastPluralPool?: { from: number; k: number; end: number; named: PlacedRef[] };
}

interface QuoteMark {
  at: number;
  inside: boolean;
}

/** How deep in curly quotes, and whether in a straight one. */
interface QuoteState {
  depth: number;
  straight: boolean;
}

const OUTSIDE: QuoteState = { depth: 0, straight: false };

const QUOTE_MARK = /[\u201c\u201d"]/g;

/** Before a straight quote that surely opens one: at the clause's start, after "to read", "as follows:", a colon, or a sentence's end and a space. */
const OPENS_A_QUOTE = /(?:^|\bread|\bfollows|:)\s*$|[.;]\s+$/;

/**
 * Whether `at` is inside a quotation of the clause: the text an amendment inserts ("Section 12 shall read: \"(a)
 * Executive Order No. 9835 ... is hereby revoked.", EO 11605), a quoted title, the words an order strikes ("by removing
 * \u201cthe national emergency declared in Executive Order 12722 ...\u201d", EO 13350). Their documents are what that
 * text says, not what this order does. Curly quotes nest. A straight one opens only where a quotation surely starts
 * (OPENS_A_QUOTE) and the next closes it: a stray one ("... of February 26, 1951,\" is hereby further amended", EO
 * 10288) or a pair around a title is let be.
 */
function quotedAt(clause: Clause, at: number): boolean {
  const quotes = quotesOf(clause);
  const k = firstNotBefore(quotes, (q) => q.at < at) - 1;
  return k >= 0 ? quotes[k].inside : startState(clause) !== OUTSIDE;
}

/**
 * The quotation a clause opens inside: one the clauses before it in its provision left open. A sentence break inside
 * the new text an amendment quotes ends a clause, not the quotation: "... is revised to read in its entirety as
 * follows: \"Sec. 12. Executive Order No. 9835 of March 21, 1947, as amended, is hereby revoked.\"" (EO 11785).
 */
function startState(clause: Clause): QuoteState {
  if (!clause.before) return OUTSIDE;
  // the first clause back whose end state is known, then forward: no recursion as deep as a provision is long
  const chain: Clause[] = [];
  for (let c: Clause | undefined = clause.before; c && !c.openAtEnd; c = c.before) chain.push(c);
  for (let i = chain.length - 1; i >= 0; i--) quotesOf(chain[i]);
  return clause.before.openAtEnd!;
}

/** A straight quote before text, not before a space or the punctuation that follows a closing one (\"\". Sec 4\", EO 14032). */
function opensText(text: string, at: number): boolean {
  return at + 1 < text.length && !isSpaceCode(text.charCodeAt(at + 1)) && !/[.,;:)]/.test(text[at + 1]);
}

/**
 * At a clause's start or after a space: inside a quotation, a straight quote there opens its next paragraph, each
 * quoted paragraph opening with one and the last alone closing (\"(c) ... \"(d) ... .\"", EO 10964, 10368).
 */
function isSpaceBefore(text: string, at: number): boolean {
  return at === 0 || isSpaceCode(text.charCodeAt(at - 1));
}

function quotesOf(clause: Clause): QuoteMark[] {
  if (clause.quotes) return clause.quotes;
  const marks: QuoteMark[] = [];
  let { depth, straight } = startState(clause);
  for (const m of matchAll(QUOTE_MARK, clause.text)) {
    if (m[0] === '"') {
      const opener = opensText(clause.text, m.index);
      if (straight) straight = opener && isSpaceBefore(clause.text, m.index);
      else if (opener && endsWith(OPENS_A_QUOTE, clause.text, m.index, 1)) straight = true;
      else continue;
    } else depth = m[0] === '\u201c' ? depth + 1 : Math.max(0, depth - 1);
    marks.push({ at: m.index, inside: straight || depth > 0 });
  }
  clause.quotes = marks;
  clause.openAtEnd = depth || straight ? { depth, straight } : OUTSIDE;
  return marks;
}

/**
 * A break needs "(" after it or one of ".:;*" before a space: a sentence with neither is one
 * clause, known without running CLAUSE_BREAK, whose lookbehind is tried at every character.
 */
const MAY_BREAK = /[(]|[.:;*]\s/;

/** The documents a text names, with their places: docrefs' placeDocumentRefs, or a remembered form of it. */
export type RefsOf = (text: string) => PlacedRef[];

function clausesOf(text: string, refsOf: RefsOf): Clause[] {
  // one loop, not four arrays a provision: a long order has tens of thousands of provisions
  const clauses: Clause[] = [];
  let before: Clause | undefined;
  for (const sentence of splitSentences(text)) {
    if (!MAY_BREAK.test(sentence)) {
      clauses.push((before = { text: sentence, refs: refsOf(sentence), before }));
      continue;
    }
    for (const piece of sentence.split(CLAUSE_BREAK)) {
      const t = piece.trim();
      if (t) clauses.push((before = { text: t, refs: refsOf(t), before }));
    }
  }
  return clauses;
}

/**
 * "The Annex to Executive Order 13219" (EO 13304): the list an order of sanctions names its persons in; "Annex II of
 * Executive Order No 11888 ..., as amended, ... is amended by" (EO 12302 and each order on the trade preferences of
 * 1979-1986), "Annexes III and IV of Proclamation 4707" (EO 12471): that numbered annex.
 */
const ANNEX_TO = /\b(Annex(?:es)?(?:\s+[IVX]{1,5}(?:(?:,\s*|,?\s+and\s+)[IVX]{1,5})*)?)\s+(?:to|of)\s+(?:the\s+)?$/;

/**
 * A paragraph named by its place, with no label: "The third paragraph of Executive Order No. 9080 ... is hereby amended"
 * (EO 10692, 12377), "the last paragraph of Executive Order No. 10084" (EO 10098, 10118), "I hereby amend the first
 * paragraph of Executive Order No. 11025" (EO 11026).
 */
const ORDINAL_PARAGRAPH = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:sub)?paragraph`;
const ORDINAL_PART = new RegExp(String.raw`\b(${ORDINAL_PARAGRAPH})\s+of\s+(?:the\s+)?(?:said\s+)?$`, 'i');

/**
 * "Annex III to Presidential Proclamation 4707", "Annexes III and IV of Presidential Proclamation No 4707" (EO 12204,
 * 12354, 12413): the ref's head is "Proclamation", and the word before it is no part of the words that name its part.
 */
const PRESIDENTIAL = /\bPresidential\s+$/;

/** "Section 3 of", "Subsections (g) and (k) of Section 1101 of the said" just before a ref: that part of it. */
function targetPart(text: string): string | undefined {
  const last = text.slice(-20);
  const presidential = PRESIDENTIAL.exec(last);
  const before = presidential ? text.slice(0, text.length - last.length + presidential.index) : text;
  const annex = ANNEX_TO.exec(before);
  if (annex) return annex[1].replace(/\s+/g, ' ');
  const ordinal = ORDINAL_PART.exec(before.slice(-60));
  if (ordinal) return ordinal[1].replace(/\s+/g, ' ').toLowerCase();
  const window = before.slice(-140);
  let best: string | undefined;
  for (const m of matchAll(PART_WORD, window)) {
    const tail = window.slice(m.index);
    if (PART_CHAIN.test(tail)) {
      best = tail.replace(/\s*of\s+(?:the\s+)?(?:said\s+)?$/i, '').trim();
      break;
    }
  }
  return best;
}

/** Between two orders of one list: ", ", ", and ", a citation in parentheses. */
// "as amended by Executive Orders No. 8297 of December 4, 1939, No. 9303 of February 11, 1943, ..." (EO 9767): each number's own "No.".
// "...; No. 10735 of October 17, 1957" (EO 11606): after a semicolon only with the number's own "No." or "Number"
const LIST_GAP =
  /^\s*(?:\([^()]*\))?\s*(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:Nos?\.\s*|Number\s+)?|;\s*(?:and\s+)?(?:No\.\s*|Number\s+))$/;

/**
 * "and by" between two sources repeats the first one's "by": "Executive Order No. 10501 ..., as amended by Executive
 * Order No. 10901 ..., and by Executive Order No. 10985 ..., is hereby further amended" (EO 11097; also EO 6788, 9792,
 * 14131) amends 10501 only. Only after a source: an order of the act's own has no "by" to repeat.
 */
const AND_BY_GAP = /^\s*(?:\([^()]*\))?\s*,?\s+and\s+by\s+(?:the\s+)?$/;

/**
 * A source that opens the clause: "(a) Pursuant to the Executive Order of January 20, 2025 (Initial Rescissions of
 * Harmful Executive Orders and Actions), Executive Order 14004 of January 25, 2021 (...), has been revoked." (EO 14183):
 * the comma after it ends the phrase, and the order after the comma is the subject, not a second source.
 */
const INTRODUCTORY = new RegExp(
  String.raw`^[\s*_#]*(?:\(?${LABEL}[.)]\s*)?(?:Pursuant to|Under|In accordance with|Consistent with)\s+(?:the\s+)?$`,
);
/**
 * An "as amended by" set inside a list of the act's orders that has not yet had its "and": "Executive Order 13198 ...
 * (...), Executive Order 13279 ... (...), as amended by Executive Order 13559 ... (...), Executive Order 13280 ... (...),
 * ..., and Executive Order 13397 ... (...), are hereby amended" (EO 13831). Two orders joined by a bare comma promise
 * more of the list, so the phrase names only its own order, up to its first comma outside that order's citation, and
 * the orders after are the list's again. After one order alone ("Executive Order No. 8989 ..., as amended by Executive
 * Order No. 9389 ..., Executive Order No. 9156 ...", EO 9919) or a list already closed by "and", it names all it lists.
 */
const DONE_BY_IN_LIST =
  /^\s*(?:\([^()]*\))?\s*,\s*as\s+(?:further\s+)?(?:amended|modified|supplemented|affected|extended)(?:\s+or\s+affected)?\s+by\s+(?:the\s+)?$/;
/** A gap of ", and": see prescribedIn. */
const SUBJECT_AFTER_AND = /,\s*and\s/;
/** A gap of a comma alone, with no "and": see INTRODUCTORY. */
const BARE_COMMA = /^\s*(?:\([^()]*\))?\s*,\s*$/;

/**
 * Refs named as the source of something else ("as amended by Executive Order 9389 (8 F.R.
 * 14183), Executive Order No. 9156 ..."): the whole list after such words, not only its first.
 */
function sourceRefs(clause: Clause): ReadonlySet<PlacedRef> {
  if (clause.sources) return clause.sources;
  // made at the first source: most clauses name none
  let out: Set<PlacedRef> | undefined;
  let introductory = false;
  let carveOut = false;
  let previous: PlacedRef | undefined;
  // the last two refs named as the act's own (not sources): an "as amended by" after them may sit inside their list
  let lastMain: PlacedRef | undefined;
  let mainBefore: PlacedRef | undefined;
  // the last letter before the ref, read on from the ref before: the refs are in order of their starts
  let letter = -1;
  let readTo = 0;
  for (let k = 0; k < clause.refs.length; k++) {
    const r = clause.refs[k];
    letter = lastLetterIn(clause.text, readTo, r.start, letter);
    readTo = Math.max(readTo, r.start);
    // a ref inside the title in parentheses of the one before names what that one is about, and goes on its list
    if (previous && r.start < previous.end) {
      (out ??= new Set()).add(r);
      continue;
    }
    const gap = previous && out?.has(previous) ? clause.text.slice(previous.end, r.start) : undefined;
    const continues =
      gap !== undefined &&
      (LIST_GAP.test(gap) || AND_BY_GAP.test(gap)) &&
      !(introductory && BARE_COMMA.test(gap)) &&
      !(carveOut && gap.includes(',') && !BARE_NUMBER_REF.test(clause.text.slice(r.start, r.start + 12)));
    // ONLY_A_SOURCE ends in a space: a ref that opens its clause has no words before it to read. Both patterns need a
    // word: in a list of bare numbers ("10001, 10002, ...") no ref has one before it, and both were tried at each of
    // the 160 places before each of its 100,000 refs
    const from = Math.max(0, r.start - 160);
    const before = r.start > 0 && letter >= from ? clause.text.slice(from, r.start) : '';
    if (continues) (out ??= new Set()).add(r);
    else if (before && (ONLY_A_SOURCE.test(before) || DONE_BY.test(before) || DONE_TO.test(before))) {
      (out ??= new Set()).add(r);
      introductory = r.start < 160 && INTRODUCTORY.test(before);
      carveOut = CARVE_OUT.test(before) || inOpenList(clause.text, mainBefore, lastMain, r);
    } else {
      mainBefore = lastMain;
      lastMain = r;
    }
    previous = r;
  }
  return (clause.sources = out ?? NO_SOURCES);
}

/** The place of the last ASCII letter of `text` from `from` to `to`, else `last`. */
function lastLetterIn(text: string, from: number, to: number, last: number): number {
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k) | 0x20;
    if (c >= 0x61 && c <= 0x7a) return k;
  }
  return last;
}

/** Whether `source` opens an "as amended by" right after two of the act's orders a bare comma joins: DONE_BY_IN_LIST. */
function inOpenList(
  text: string,
  first: PlacedRef | undefined,
  second: PlacedRef | undefined,
  source: PlacedRef,
): boolean {
  return (
    first !== undefined &&
    second !== undefined &&
    BARE_COMMA.test(text.slice(first.end, second.start)) &&
    DONE_BY_IN_LIST.test(text.slice(second.end, source.start))
  );
}

const NO_SOURCES: ReadonlySet<PlacedRef> = new Set();

/** A clause's refs not named as a source. */
function mainRefs(clause: Clause): PlacedRef[] {
  const sources = sourceRefs(clause);
  return sources.size ? clause.refs.filter((r) => !sources.has(r)) : clause.refs;
}

/**
 * A ref inside the quoted title of another: "I hereby amend Executive Order No. 9949, entitled \"Modifying Executive Order
 * No. 9721, ...\"" (EO 10415) amends 9949 only.
 */
const IN_A_TITLE = /\bentitled,?\s*[\u201c"][^\u201d"]*$/;

/** Whether the ref at `at` is in a quoted title that opens at most 200 characters before it, from `from` on. */
function inATitle(text: string, from: number, at: number): boolean {
  const head = text.slice(Math.max(from, at - 200), at);
  // the word first: the pattern, tried at every ref of a clause of thousands, was a tenth of a 2 MB parse
  return head.includes('entitled') && IN_A_TITLE.test(head);
}

/**
 * A plural anaphor's refs: those ended before it and named since the plural anaphor before it, if any were ("Executive
 * Orders Nos. 9835 and 10450 are superseded, and those orders are amended; Executive Order No. 10459 is revoked, and
 * those orders ..." names 10459 only), else the same as that one's; the clause's own ones if any, outside titles. Each
 * of a clause's thousands of "those orders" once read all the refs before it (6 s at 400 kB, and minutes at 2 MB where
 * each names new orders).
 */
function pluralPool(clause: Clause, at: number): { before: boolean; named: PlacedRef[] } {
  const refs = clause.refs;
  const k = firstNotBefore(refs, (r) => r.start < at);
  const from = Math.max(pluralWindowFrom(clause, at, k), k - MOST_ANTECEDENTS);
  // the anaphors after one list, with no order named between them, share its pool: each read it again
  const last = clause.lastPluralPool;
  if (last && last.from === from && last.k === k && last.end <= at) return { before: k > 0, named: last.named };
  const window = refs.slice(from, k).filter((r) => r.end <= at);
  const sources = sourceRefs(clause);
  const main = sources.size ? window.filter((r) => !sources.has(r)) : window;
  const named = untitled(clause, main.length ? main : window, true);
  clause.lastPluralPool = { from, k, end: Math.max(-1, ...refs.slice(from, k).map((r) => r.end)), named };
  return { before: k > 0, named };
}

/**
 * The most refs a plural anaphor reaches back over. The longest list of orders the corpus acts on (EO 12553, 386 orders)
 * is a list of items, no anaphor's; a clause of 100,000 orders and then thousands of "those orders" re-read them all for
 * each (10 s at 200 kB).
 */
const MOST_ANTECEDENTS = 100;

/** Whether an ANAPHOR match names several: "those orders", "the said orders", "both orders". */
function isPlural(a: RegExpExecArray): boolean {
  return /s$/i.test(a[2]) || /^(?:these|those|both)$/i.test(a[1]);
}

/**
 * A clause's plural anaphors, each with the refs it was preceded by and the first ref of its window (see pluralPool),
 * read once per clause.
 */
interface PluralWindows {
  at: number[];
  refsBefore: number[];
  from: number[];
}

/** The first of `clause`'s refs a plural anaphor at `at`, with `k` refs starting before it, can name. */
function pluralWindowFrom(clause: Clause, at: number, k: number): number {
  return windowFrom((clause.pluralWindows ??= pluralWindowsOf(clause)), at, k);
}

function windowFrom(w: PluralWindows, at: number, k: number): number {
  const j = firstNotBefore(w.at, (p) => p < at) - 1;
  if (j < 0) return 0;
  return k > w.refsBefore[j] ? w.refsBefore[j] : w.from[j];
}

function pluralWindowsOf(clause: Clause): PluralWindows {
  const w: PluralWindows = { at: [], refsBefore: [], from: [] };
  for (const a of matchAll(ANAPHOR, clause.text)) {
    if (!isPlural(a)) continue;
    const k = firstNotBefore(clause.refs, (r) => r.start < a.index);
    w.from.push(windowFrom(w, a.index, k));
    w.at.push(a.index);
    w.refsBefore.push(k);
  }
  return w;
}

/**
 * A singular anaphor's ref at `at`: of the refs ended before it, the last of the clause's own ones outside a title, or,
 * when it names only sources, the last source outside a title; `before` says whether any ref ends before it.
 */
function singularPool(clause: Clause, at: number): { before: boolean; named: PlacedRef[] } {
  const refs = clause.refs;
  const sources = sourceRefs(clause);
  const outside = (r: PlacedRef) => !inATitle(clause.text, 0, r.start);
  let before = false;
  let main = false;
  let source: PlacedRef | undefined;
  // refs are in order of their starts, and one ended before `at` started before it
  for (let k = firstNotBefore(refs, (r) => r.start < at) - 1; k >= 0; k--) {
    const r = refs[k];
    if (r.end > at) continue;
    before = true;
    if (!sources.has(r)) {
      main = true;
      if (outside(r)) return { before, named: [r] };
    } else if (!main && !source && outside(r)) source = r;
  }
  return { before, named: main || !source ? [] : [source] };
}

/** Of `refs` of `clause`, those not in the quoted title of another; of a singular anaphor's, only the last such. */
function untitled(clause: Clause, refs: PlacedRef[], all: boolean): PlacedRef[] {
  const outside = (r: PlacedRef) => !inATitle(clause.text, 0, r.start);
  if (all) return refs.filter(outside);
  for (let k = refs.length - 1; k >= 0; k--) if (outside(refs[k])) return [refs[k]];
  return [];
}

/**
 * The part an item of an amendment names alone: "Section 8", "Subsection (5) of Section 102", "Paragraph (c) and
 * paragraph (d)", "Section 1-201(a) (14)". A label with a decimal point ("Section 1631.7") is a regulation's.
 * Several parts in a series: "Paragraphs 3, 4, and 5 are amended to read as follows" (EO 11146), "Sections 4, 5, 6, and
 * 7 are amended" (EO 11120). Or the part of the order amended, said so: "(a) Subsection 7(d) of the order is deleted"
 * (EO 13853), "Section 2(b) of the Order, as amended, is further amended" (EO 12424), "Section 6 of the aforesaid order
 * is hereby amended" (EO 6556); not "of this order", the amending order's own part.
 */
const ITEM_LABEL_ONE =
  '(?:\\d+[A-Za-z]?(?:-\\d+)*|[IVXL]+|[A-Z]|\\([a-zA-Z0-9]{1,5}\\s?\\))(?:\\s?\\([a-zA-Z0-9]{1,5}\\s?\\))*(?![.\\d])';
const ITEM_PART_WORD = '(?:sub)?(?:sections?|paragraphs?|parts?|subparagraphs?|clauses?)';
const OF_THE_ORDER_AMENDED = String.raw`(?:,?\s+of\s+(?:the\s+)?(?:(?:said|aforesaid|that|such)\s+)?[Oo]rder(?:,\s+as\s+amended)?)?`;
/**
 * A part of the order amended that has no label, named by what it is or its place: "(a) The title is amended to read as
 * follows" (EO 11120, also EO 13545, 13824), "1. The title of the order is amended to read" (EO 10185), "(a) The preamble
 * is amended by" (EO 13355, 13517), "Section 1. The second paragraph is amended to read as follows" (EO 12633), "(a) The
 * first paragraph is amended—" (EO 14085): orders of 1950-2022 amend these parts in items, as they do numbered ones.
 */
const UNLABELED_PART = String.raw`title|preamble|${ORDINAL_PARAGRAPH}`;
const UNLABELED_WHOLE = new RegExp(`^(?:${UNLABELED_PART})$`, 'i');
/** A part named by what it is, spelt one way whatever the text's capitals ("The Preamble", EO 12823; "The preamble", EO 13355). */
function partName(named: string): string {
  return UNLABELED_WHOLE.test(named) ? named.toLowerCase() : named;
}
const ITEM_PART = new RegExp(
  `^${WITHIN_THE_PART}(${ITEM_PART_WORD}\\s+${ITEM_LABEL_ONE}(?:(?:\\s+(?:of|and)\\s+|,\\s+(?:and\\s+)?)(?:${ITEM_PART_WORD}\\s+)?${ITEM_LABEL_ONE})*|${UNLABELED_PART})${OF_THE_ORDER_AMENDED}\\s*,?\\s*$`,
  'i',
);

/** A part below a section, named without it: "Paragraph (4)", "Subsection (d)", "Paragraph (2) of subsection (b)". */
const BELOW_A_SECTION = /^(?!.*\b(?:sections?|parts?)\b)(?:sub)?(?:paragraphs?|subsections?|clauses?)\b/i;
/**
 * An amendment whose subject announces the orders it amends, listed after it: "Section 3 (2) of each of the following
 * Executive orders is amended by adding ...: (1) Executive Order No. 11331 ..." (EO 11613, 11882, 12038, 12148), "Each
 * reference to the Office ... in the following is hereby amended to refer to ...: (1) Executive Order No. 10296 ..."
 * (EO 11051), "The following are amended: (1) section 3(a) of Executive Order No. 11846 ..." (EO 12163), "The
 * Executive Orders listed below are further amended by striking out ...: (1) Executive Order No. 10448 ..." (EO 11382);
 * or an active amendment that ends on its verb: "I hereby amend: (a) Executive Order 13464 ..., by removing ...; and (b)
 * Executive Order 13448 ..." (EO 13619). Any other amendment names its order before its verb (or right after an active
 * one); what follows it is the new text, whose orders it does not amend.
 */
const FOLLOWING = /\b(?:following|(?:listed|named|enumerated|set\s+(?:forth|out))\s+below)\b/;
/** A statement of an amendment that its items follow: "Executive Order No. 11126 ... is further amended as follows:". */
const ITEMS_FOLLOW = /[:\u2014]\.?\s*$/;

/** "The following Executive orders are hereby revoked:", "I hereby revoke the following Proclamations:": what its bare numbers are. */
const FOLLOWING_KIND = /\bfollowing\s+(?:(Executive\s+[Oo]rders)|(Proclamations))\b/;

function followingKind(words: string): 'EXECUTIVE_ORDER' | 'PROCLAMATION' | undefined {
  const m = FOLLOWING_KIND.exec(words);
  return m ? (m[1] ? 'EXECUTIVE_ORDER' : 'PROCLAMATION') : undefined;
}

/** The place of the text's last digit, -1 for none. */
function lastDigitIn(text: string): number {
  let k = text.length - 1;
  while (k >= 0 && (text.charCodeAt(k) < 48 || text.charCodeAt(k) > 57)) k--;
  return k;
}

/** Where an item's label ends (0 for none): ITEM_LABEL is all optional, so it always matches. */
function labelEnd(text: string): number {
  return ITEM_LABEL.exec(text)![0].length;
}

/** An item's words after its label and a leading "the". */
function itemBody(text: string): string {
  return text.slice(labelEnd(text)).replace(/^the\s+/i, '');
}

/** A clause that goes on a list of bare numbers: it opens with one, after its label if any. */
function opensWithBareNumber(text: string): boolean {
  // "No." reads as a label too ("No. 283 of December 8, 1904.")
  const label = labelEnd(text);
  return OPENS_WITH_BARE_NUMBER.test(text) || (label > 0 && OPENS_WITH_BARE_NUMBER.test(text.slice(label)));
}

/**
 * An item that names, with its date, a document of a kind no ref is made for: "(1) Defense Mobilization Order VI-2 of
 * December 11, 1953." (EO 11490) goes on the list, the orders after it are revoked too.
 */
const NAMED_ITEM = new RegExp(
  String.raw`^\s*\(?${LABEL}[.)]\s+[A-Z][^;:]{2,100}?\s+of\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\.?\s*$`,
);

/**
 * An item that names a part of an order by what it did: "(8) So much of Section 2 of Executive Order No. 10903 of January
 * 9, 1961, as added paragraphs (s), (t), and (u) to Section 1 of Executive Order No. 10530" (EO 11230; also EO 11196,
 * 11228). The order it opens with is the one acted on, in part; the orders after "as" say what that part did.
 */
const SO_MUCH_OF = /^so much of\s+(?:the\s+)?/i;

/**
 * A proviso an item of a list carries: "Part II of Executive Order No 9830 of February 24, 1947, amending the Civil
 * Service Rules: Provided, That the positions listed in Schedules A, B, and C ... shall be considered as being listed
 * ..." (EO 10577). It limits what the item's act does; the orders the list names after it are revoked as well, and the
 * documents it names are not on the list.
 */
const PROVISO = /[:;,]\s*(?:and\s+)?provided,?\s+(?:however,?\s+|further,?\s+)?that\b/i;

/** An act this order states in the active voice: "I hereby amend", "hereby revokes", "This order supersedes". */
const OWN_ACTIVE_ACT =
  /\b(?:hereby|I)\s+(?:also\s+|further\s+)?(?:revoke|rescind|supersede|amend)s?\b|\b[Tt]his\s+[Oo]rder\s+(?:revokes|supersedes|amends)\b/;

/** Where an item's own words end: at its proviso, if any. */
function itemEnd(text: string): number {
  const proviso = PROVISO.exec(text);
  return proviso ? proviso.index : text.length;
}

/** An item of a list of revoked documents: it opens with the document (or a part of one), or with "So much of" it. */
function isListItem(clause: Clause): boolean {
  if (!clause.refs.length) return NAMED_ITEM.test(clause.text);
  const own = clause.text.slice(0, itemEnd(clause.text));
  if (/\bshall\b/.test(own)) return false;
  // "Executive Order No. 11984 is superseded." after a list of revoked orders states its own act (EO 12110), as does
  // one that says "I hereby amend:" again, whose own list follows it
  if (PASSIVE_ANYWHERE.test(own) || OWN_ACTIVE_ACT.test(own)) return false;
  const item = itemBody(clause.text);
  const soMuch = SO_MUCH_OF.exec(item);
  const body = soMuch ? item.slice(soMuch[0].length) : item;
  const firstRef = clause.refs[0].start - (clause.text.length - body.length);
  return firstRef <= 2 || PART_CHAIN.test(body.slice(0, Math.max(0, firstRef)));
}

/** "By virtue of the authority vested in me by ..., it is ordered that X be revoked": the subject starts after "that". */
function subjectStart(text: string, from: number, verbAt: number): number {
  // every match ends in "that": a subject without it starts where it was (looked for before the verb only, not in
  // the rest of the clause, once for each of its acts)
  const subject = text.slice(from, verbAt);
  if (!subject.includes('that')) return from;
  let start = from;
  for (const m of matchAll(ORDERED_THAT, subject)) start = from + m.index + m[0].length;
  return start;
}

/** Each verb's type alone, one list shared by every act of it (read only). */
const ONE_TYPE: Record<string, RelationType[]> = Object.fromEntries(
  Object.entries(TYPE_OF).map(([verb, type]) => [verb, [type]]),
);
/**
 * "it is ordered that paragraph 1(b) of Executive Order No. 10276 ... shall be, and it is hereby, amended" (EO 10293;
 * also EO 9707, 10482, 10733): "and it is hereby" makes "shall be" this order's act, not a rule for later.
 */
const STATED_NOW = /\band (?:it|they|the same) (?:is|are),? hereby\b/;
const NEGATED = /\b(?:not|never)\s*$/;
/**
 * A part of an order replaced by new text, an amendment of the order: "The Annex to Executive Order 13219 of June 26, 2001,
 * is replaced and superseded in its entirety by the Annex to this order" (EO 13304, also EO 13350, 13391, 14032),
 * "Subsection 1(b) of Executive Order 13851 is replaced with a new subsection 1(b)" (EO 14088), "Section 3(a) of
 * Executive Order 13241 ..., is replaced with the following" (EO 13261). Only a part the subject names: what "is
 * replaced" says of a whole order (by this order, by another) is left to "superseded" and "revoked".
 * A part struck out is amended so too: "Section 7 of Executive Order 13223 is deleted and revised to read as follows" (EO
 * 13253), "In Section 2-101(b) of Executive Order No. 12107, the reference to Executive Order No. 11636 is deleted" (EO
 * 12128: the order named only in the words struck is no target), "Section 88 of Executive Order 13286 ... is hereby
 * struck in its entirety" (EO 14135); orders of 1977-2025 write it so, and an amendment's items too ("(f) Section
 * 1-201(f) is deleted.", EO 13946).
 */
const REPLACED = new RegExp(String.raw`\b(?:is|are)\s+(?:hereby\s+)?(?:${REPLACED_VERBS})\b`, 'g');
/** REPLACED's verbs, for a clause's one scan before its acts are read. */
const MAY_BE_REPLACED = new RegExp(REPLACED_VERBS);
const SHALL_BE = /\bshall\s+$/;
/**
 * A new part added to an order, an amendment of the order: "A new Section 4-207 is added to Executive Order No 12148 as
 * follows" (EO 12381), "New sections 7 and 8 are added to Executive Order 13219" (EO 13304, also EO 13192, 13196, 13764,
 * 13869), "A new section 2 shall be added to Executive Order No. 11830" (EO 12704), "A new section 6(e) of Executive
 * Order 13112 is added" (EO 13751), "In Section 201 of Executive Order No. 10973, as amended, a new subsection (c) is
 * added" (EO 12118: that section is amended). Its targets are the order its subject names or the one right after "to".
 * Only a new part: "Merida, Mexico, is added to the list of unhealthful posts as established by Executive Order No.
 * 5644" (EO 6942) names the order as the list's source.
 */
const ADDED = /\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?added\b/g;
/** The subject of ADDED, its last words: a new part ("a new subsection (c)", "New sections 1.3(e) and 1.3(f)": a point inside a label). */
const NEW_PART_BEFORE =
  /\bnew\s+(?:sub)?(?:sections?|paragraphs?|subparagraphs?|parts?)\b(?:[^.;:\u201c\u201d"]|\.(?=\d)){0,80}$/i;
/**
 * Where an added part goes, right after ADDED's verb: "to Executive Order 13088", the ref that opens after it, or a part
 * of it ("The following new subsection is added to Section 2 (relating to responsibilities of Federal agencies) of
 * Executive Order No. 11514, as amended", EO 11991); or "thereto", the order named last before it ("Section 4-101 of
 * Executive Order No. 12148 is revoked and the following new Sections 4-205 and 4-206 are added thereto", EO 12155).
 */
const ADDED_TO =
  /^\s+(?:to\s+(?:the\s+)?(?:((?:sub)?(?:sections?|paragraphs?|parts?)\s+[\w.()-]{1,12})(?:\s+\([^()]{0,80}\))?\s+of\s+(?:the\s+)?)?|(thereto)\b)/i;
/** The words ADDED_TO reads after the verb, at most. */
const ADDED_TO_CHARS = 140;
/** Words NEW_PART_BEFORE reads back from the verb, at most. */
const NEW_PART_WORDS = 16;
/**
 * The President's amendment of rules an order prescribed, said with the noun: "I hereby prescribe the following
 * amendments of the Selective Service Regulations prescribed by Executive Orders No. 9979 ..., No. 9988 ..." (EO
 * 10292 and the Selective Service orders of 1948-1970), "in order to prescribe amendments to the Manual for
 * Courts-Martial, United States, prescribed by Executive Order 12473 of April 13, 1984, as amended" (EO 13825 and the
 * Manual's amendments since 1984), "I hereby prescribe, to become effective on this date, the following amendments of"
 * (EO 11527), "in order to prescribe an amendment to the Military Rules of Evidence of the Manual ..." (EO 12306). Its
 * targets are those orders only (see PRESCRIBED_BY). Not "is authorized to prescribe amendments of": a power given, not
 * an amendment made.
 */
const PRESCRIBES_AMENDMENTS =
  /\b(?:hereby|in\s+order\s+to)\s+prescribed?(?:,[^,;:]{1,60},)?\s+(?:the\s+following\s+|an\s+)?(?:additions\s+and\s+)?amendments?\s+(?:of|to)\b/g;
/**
 * Before the order that made the rules or the manual an act is about: "the Manual for Courts-Martial, United States,
 * 1969 (Revised Edition), prescribed by Executive Order No. 11476 and amended by Executive Order No. 11835, is hereby
 * further amended" (EO 12018), "Section 2.1 of Civil Service Rule II, as prescribed by Executive Order No. 10577 ...,
 * is hereby amended" (EO 10869), "The Manual for Courts-Martial, 1969 ..., prescribed by Executive Order No. 11476, as
 * amended by ..., is hereby rescinded" (EO 12473). What such an order prescribed is part of it: the act is on it.
 */
const PRESCRIBED = String.raw`prescribed\s+(?:by|in)\s+(?:the\s+)?$`;
const PRESCRIBED_BY = new RegExp(String.raw`\b${PRESCRIBED}`);
/**
 * The rules themselves just before PRESCRIBED_BY, with at most their title or edition between: "the Selective Service
 * Regulations", "the Manual for Courts-Martial, United States, 1969 (Revised edition),", "Civil Service Rule II, as",
 * "Military Rule of Evidence 410, as", "the regulations relating to commissioned officers and employees of the Public
 * Health Service", "the Foreign Service Regulations of the United States,". Not "regulations issued under the
 * procedures prescribed by", "forms issued in the manner prescribed by", "rules, issued within the time prescribed by":
 * there the order prescribed how or when, not the thing acted on.
 */
const RULES_PRESCRIBED_BY = new RegExp(
  String.raw`\b(?:[Rr]egulations|Rules?|Manual)(?:\s+for\s+[A-Z][a-z]+-Martial|,?\s+United\s+States|,?\s+U\.\s?S\.\s+Army|,?\s+\d{4}|\s+\([Rr]evised\s+[Ee]dition\)|\s+(?:[IVXLH]+|\d+)\b|\s+of\s+Evidence|\s+of\s+the\s+United\s+States|\s+relating\s+to(?:\s+(?!(?:issued|made|adopted|under|pursuant|within|manner|time|procedures?)\b)[a-z]+){1,8}(?:\s+[A-Z][a-z]+){1,4})*\s*,?\s*(?:\(\s*(?:which\s+Part\s+was\s+)?)?(?:as\s+)?` +
    PRESCRIBED,
);
/** The Manual as a whole: "The Manual for Courts-Martial, 1969 ..., prescribed by Executive Order No. 11476, ..., is hereby rescinded" (EO 12473). */
const MANUAL_PRESCRIBED_BY = new RegExp(String.raw`\bManual\s+for\s+[A-Z][a-z]+-Martial\b[^;:]{0,60}?\b${PRESCRIBED}`);
/** "Section V-14 of the Foreign Service Regulations ..., prescribed by Executive Order No. 7968 ..., is hereby revoked" (EO 10473): a part of what the order prescribed. */
// "Rule 410 of Chapter 27 of the Manual", not "section 215 of the Public Health Service Act" (EO 10031) in the authority
const A_PART_OF =
  /\b(?:sub)?(?:sections?|parts?|paragraphs?|subparagraphs?|rules?|chapters?|articles?)\s+[\w.()-]{1,12}(?:\s+of\s+[A-Z][^,;:]{0,20})?\s+of\s+the\s+(?![^,;:()]{0,60}\b(?:Act|Code)\b)/i;
/** What follows "shall be superseded" when it states when this order does it, not a rule for later ("shall be revoked by the Secretary"). */
const DATED_ACT =
  /^(?:\s+(?:on|as of|upon|at|effective)\b|\s*[.;]|\s*$|\s+by\s+(?:the\s+)?(?:provisions?\s+of\s+)?this\s+[Oo]rder)/;
/**
 * What follows "shall be amended" when it makes the amendment there, words and all: "it is hereby ordered that Executive
 * Order No. 12675 shall be amended by adding a new Section 1(b)(7)" (EO 12712), "section 1 of Executive Order 13295
 * shall be further amended by replacing subsection (b) with the following" (EO 13674, also EO 14047), "Section 1-105 of
 * Executive Order No. 12201 shall be amended, effective July 28, 1980, to read as follows" (EO 12225). Not "shall be
 * amended by the Secretary" or "shall be amended to conform": a rule for later, not this order's act. The date after
 * "effective" holds a comma of its own ("July 28, 1980,").
 */
const SAYS_HOW =
  /^(?:\s+by\s+(?:adding|inserting|striking|deleting|replacing|substituting|renumbering|redesignating|removing|revising)\b|,?\s+(?:effective\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|[^,;:]{1,40}),\s+)?to\s+read(?:\s+as\s+follows)?\s*:|\s+as\s+follows\s*:)/;
/**
 * A recital's wish, not an act: "WHEREAS, in my judgment, it is appropriate and in the public interest that the said
 * Executive order be amended as provided below" (EO 10937, also EO 10569). The act is the order's, after it.
 */
const RECITAL = /^[\s*_#]*(?:and\s+)?whereas\b/i;
const RECITAL_ENDS = /\b(?:THEREFORE|[Tt]herefore|ordered)\b/;

/** Where the recital that opens `text` ends (0 when none opens it): its first "therefore" or "ordered". */
function recitalEndOf(text: string): number {
  if (!RECITAL.test(text)) return 0;
  const end = RECITAL_ENDS.exec(text);
  return end ? end.index : text.length;
}
/** "the provisions that shall be amended by adding ...": what a rule of it describes, not an amendment made. */
const RELATIVE_SHALL_BE = /\b(?:that|which|who|if|unless|until|when|whenever)\s+shall\s+$/;
/**
 * A subordinate clause whose subject comes before "shall be amended": "If Executive Order 13000 shall be amended by
 * adding new members, the Board shall meet", "The Secretary shall ensure that Executive Order 13000 shall be amended".
 * A condition or another's duty, not this order's amendment; "it is hereby ordered that Executive Order No. 12675 shall
 * be amended by adding" (EO 12712) is the President's own "that".
 */
const SUBORDINATE =
  /\b(?:[Ii]f|[Uu]nless|[Uu]ntil|[Ww]hen(?:ever)?|[Ww]herever|[Ii]n\s+the\s+event|[Pp]rovided|[Ii]n\s+order\s+that|[Ss]o\s+that)\b|(?<!\b(?:[Oo]rder(?:ed)?|[Dd]irect(?:ed)?),?\s+)\b[Tt]hat\b/;
/** Where a sentence or clause ends inside the subject's reach ("No. 12201" is no end). */
const CLAUSE_END = /[;:]|\.\s+(?=[A-Z(])/;

/** Whether the subject before `end` ("shall" at its end) opens with a subordinate word, read within its own clause. */
function subordinateBefore(text: string, end: number): boolean {
  // a subject runs long ("section 1 of Executive Order 13295, as amended by Executive Order 13375 of April 1, 2005
  // (...), and Executive Order 13674 ...", EO 14047); the look back stays bounded so each act costs the same
  const parts = text.slice(Math.max(lastWordsFrom(text, end, 24), end - 400), end).split(CLAUSE_END);
  return SUBORDINATE.test(parts[parts.length - 1]);
}
/**
 * "Whereas Executive Order No. 9835, as amended, has been revoked by section 12 of Executive Order No. 10450" (EO
 * 10459): what another order did, told; "has been revoked." alone, or "by this order", is this order's act (EO 14183).
 */
const BY_ANOTHER =
  /^,?\s+by\s+(?:(?:sub)?(?:sections?|paragraphs?|parts?)\s+[\w().-]{1,12}\s+of\s+)?(?:the\s+)?(?:Executive\s+[Oo]rders?|Proclamations?|E\.\s?O\.|(?:Presidential\s+)?[Mm]emorandum)\b/;
const DESCRIBED = /\b(?:which|that|as|since|had)\b[^,]*$/;

interface Act {
  types: RelationType[];
  start: number;
  end: number;
  passive: boolean;
  /** "is terminated": its targets are only a document that opens the subject (SUBJECT_IS_THE_DOCUMENT). */
  subjectOnly?: boolean;
  /** "is replaced": its targets are only the parts of documents its subject names (see REPLACED). */
  partsOnly?: boolean;
  /** "I hereby prescribe the following amendments of": its targets are only the documents that prescribed what it amends (see PRESCRIBED_BY). */
  prescribedOnly?: boolean;
  /** "A new section 6 is added": its targets are the order its subject names or the one right after "to" (see ADDED). */
  addedTo?: boolean;
  /** The subject may also open after ", and" ("This order shall become effective on July 4, 1960, and Executive Order No. 10823 ... shall be superseded as of that date", EO 10860). */
  afterAnd?: boolean;
}

/**
 * The place from which the last `words` words (and the spaces around them) before `end` are read, one character more
 * for the word boundary before them: a pattern that must match at the end of the text before `end` and holds at most
 * that many words matches there as on the whole of it. Testing the whole text before each act read a long clause
 * once per act (an amendment of 12,000 items: minutes).
 */
function lastWordsFrom(text: string, end: number, words: number): number {
  let at = end;
  for (let w = 0; w < words; w++) {
    while (at > 0 && isSpaceCode(text.charCodeAt(at - 1))) at--;
    while (at > 0 && !isSpaceCode(text.charCodeAt(at - 1))) at--;
  }
  while (at > 0 && isSpaceCode(text.charCodeAt(at - 1))) at--;
  return Math.max(0, at - 1);
}

/** `re`, anchored at the end, tested on the text before `end`, read from its last `words` words. */
function endsWith(re: RegExp, text: string, end: number, words: number): boolean {
  return re.test(text.slice(lastWordsFrom(text, end, words), end));
}

/** The acts a clause states, in order: "X is hereby revoked" (passive), "I hereby revoke X" (active). */
function actsIn(text: string): Act[] {
  const acts: Act[] = [];
  const recitalEnd = recitalEndOf(text);
  for (const m of matchAll(PASSIVE, text)) {
    // "Executive Order No. 12587 shall be superseded on the effective date of this Executive Order" (EO 12629): the
    // order's own act, dated; its subject must be the document itself, as for "is terminated"
    const dated =
      m[1] === 'be' &&
      (m[2] === 'superseded' || m[2] === 'revoked') &&
      endsWith(SHALL_BE, text, m.index, 1) &&
      DATED_ACT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    const amendedHow =
      !dated &&
      m[1] === 'be' &&
      m[2] === 'amended' &&
      endsWith(SHALL_BE, text, m.index, 1) &&
      !endsWith(RELATIVE_SHALL_BE, text, m.index, 2) &&
      SAYS_HOW.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)) &&
      !subordinateBefore(text, m.index);
    if (m[1] === 'be' && !dated && !amendedHow && !STATED_NOW.test(m[0]) && endsWith(NOT_AN_ACT, text, m.index, 2))
      continue;
    if (m[1] === 'be' && m.index < recitalEnd && !STATED_NOW.test(m[0])) continue;
    if (m[1] !== 'be' && endsWith(NEGATED, text, m.index, 1)) continue;
    // "which has been revoked" describes the document; "X has been revoked" states it.
    if (m[1].endsWith('been') && DESCRIBED.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (m[1].endsWith('been') && BY_ANOTHER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80)))
      continue;
    const types = m[3] ? [TYPE_OF[m[2]], TYPE_OF[m[3]]] : ONE_TYPE[m[2]];
    const act: Act = { types, start: m.index, end: m.index + m[0].length, passive: true };
    if (m[2] === 'terminated' || m[2].startsWith('cancel')) act.subjectOnly = true;
    if (dated) act.subjectOnly = act.afterAnd = true;
    acts.push(act);
  }
  if (text.includes('amendment')) {
    for (const m of matchAll(PRESCRIBES_AMENDMENTS, text))
      acts.push({
        types: ONE_TYPE.amended,
        start: m.index,
        end: m.index + m[0].length,
        passive: false,
        prescribedOnly: true,
      });
  }
  if (MAY_BE_REPLACED.test(text)) {
    for (const m of matchAll(REPLACED, text)) {
      if (endsWith(NEGATED, text, m.index, 1)) continue;
      acts.push({
        types: ONE_TYPE.amended,
        start: m.index,
        end: m.index + m[0].length,
        passive: true,
        partsOnly: true,
      });
    }
  }
  if (text.includes('added')) addAddedParts(text, acts);
  const active = matchAll(ACTIVE, text);
  // most clauses state their acts in the passive only ("is hereby revoked"): no scans for the President's voice there
  if (active.length) addActiveActs(text, active, acts);
  return acts.length > 1 ? acts.sort((a, b) => a.start - b.start) : acts;
}

/** The new parts `text` adds to an order (ADDED), as amendments, added to `acts`. */
function addAddedParts(text: string, acts: Act[]): void {
  for (const m of matchAll(ADDED, text)) {
    if (!endsWith(NEW_PART_BEFORE, text, m.index, NEW_PART_WORDS)) continue;
    acts.push({ types: ONE_TYPE.amended, start: m.index, end: m.index + m[0].length, passive: true, addedTo: true });
  }
}

/** Of the active verbs of `text`, those the President says or this order does ("I hereby revoke", "This order shall supersede"), added to `acts`. */
function addActiveActs(text: string, active: RegExpExecArray[], acts: Act[]): void {
  // where the President first speaks ("I revoke", "I hereby ..."), and the first "shall": asked of the text before each
  // verb, found once
  const firstI = /\bI\s+\w/.exec(text);
  const afterI = firstI ? firstI.index + firstI[0].length : Infinity;
  const firstShall = /\bshall\b/.exec(text);
  const afterShall = firstShall ? firstShall.index + firstShall[0].length : Infinity;
  const thisOrderShall = THIS_ORDER_SHALL_ANYWHERE.exec(text);
  const afterThisOrderShall = thisOrderShall ? thisOrderShall.index + thisOrderShall[0].length : Infinity;
  for (const m of active) {
    // "I hereby terminate the national emergency declared in Executive Order 12865, revoke ...": the
    // President's verbs in a series, joined by "and" or a comma.
    const actor =
      endsWith(ACTIVE_SUBJECT, text, m.index, 3) || (afterI <= m.index && endsWith(SERIES, text, m.index, 2));
    const ordered =
      endsWith(THIS_ORDER_SHALL, text, m.index, 4) ||
      (afterThisOrderShall <= m.index && endsWith(AND_SHALL, text, m.index, 8));
    if (!(actor || ordered) || (!ordered && afterShall <= m.index)) continue;
    acts.push({ types: ONE_TYPE[m[1]], start: m.index, end: m.index + m[0].length, passive: false });
  }
}

interface Target {
  ref: DocumentRef;
  part?: string;
  /** Acted on in part though no part is named ("So much of Executive Order No. 11184 ... as added ...", EO 11196). */
  inPart?: boolean;
}

interface ListItem {
  clause: Clause;
  provisionId: string;
}

/** Reads provisions in document order (see findRelations), each once. */
export class RelationReader {
  private readonly out: FoundRelation[] = [];
  /**
   * The relations found so far, as keys by the provision that states them, to keep each once. Only the provision being read
   * and those after it (items of a list it opens) can gain more, so a provision's are let go once it is read: one
   * set of 40,000 keys, in a text of as many revocations, was a tenth of its time. Those of the provision being read
   * are at hand, without a look-up of its id.
   */
  private reading: string | undefined;
  private keptHere = new KeptRelations();
  private readonly keptAhead = new Map<string, KeptRelations>();
  /**
   * The order an amendment stated with its items to follow ("... is amended as follows:"), until a clause states another
   * act on a document: "(3) Part II is revoked." (EO 12007) among them revokes that part of it, and "1. Section 12 is
   * amended to read as follows:" (EO 11037, "do hereby further amend Executive Order No. 6260, as amended, as follows:";
   * also EO 10909, 11616, 11685, 11838) amends that part of it.
   */
  private amending: DocumentRef | undefined;
  /**
   * The section of `amending` an item stated with its own items to follow ("SEC. 2. Section 4 (d) is amended as
   * follows: ... (b) Paragraph (4) is amended by deleting ...", EO 10746): the part its items name below it is of it.
   */
  private amendingPart: string | undefined;
  /** Refs of the latest clause that had any, for "that order", "these Executive Orders". */
  private lastRefs: PlacedRef[] = [];
  /** The clause `lastRefs` were placed in, for the quoted titles among them. */
  private lastClause: Clause | undefined;
  /** `lastUntitled`'s answer for `lastRefs` as they are: thousands of "the said orders" after one list each read it all. */
  private lastUntitledOf: { refs: PlacedRef[]; plural: boolean; named: PlacedRef[] } | undefined;
  /**
   * The targets a plural anaphor's refs name, built once for each pool of refs (see pluralTargets): the anaphors after one
   * list share its pool, and each built its targets again.
   */
  private readonly pools = new WeakMap<PlacedRef[], Target[]>();
  private readonly poolTargets = new WeakSet<Target[]>();
  /**
   * The pools' targets offered to keep in the provision being read, with the types each was offered for: those offered
   * again, in a later clause, are kept already (thousands of "The said orders are revoked." offered all of a list each).
   */
  private readonly offeredPools = new Map<Target[], Set<string>>();

  constructor(
    private readonly selfId: string,
    private readonly refsOf: RefsOf = placeDocumentRefs,
  ) {}

  relations(): FoundRelation[] {
    return this.out;
  }

  private add(
    type: RelationType,
    target: DocumentRef,
    provisionId: string,
    inPart: boolean,
    targetProvision?: string,
  ): void {
    if (target.id === this.selfId) return;
    // by key, not by a look at each kept: a provision revoking 400 orders compared each with all before it
    if (!this.keptFor(provisionId).add(type, target.id, targetProvision || undefined)) return;
    // built in place, keys in the order a spread gave them
    const relation: FoundRelation = { type, target, provisionId, inPart: inPart || targetProvision !== undefined };
    if (targetProvision) relation.targetProvision = targetProvision;
    this.out.push(relation);
  }

  private keptFor(provisionId: string): KeptRelations {
    if (provisionId === this.reading) return this.keptHere;
    let kept = this.keptAhead.get(provisionId);
    if (!kept) this.keptAhead.set(provisionId, (kept = new KeptRelations()));
    return kept;
  }

  /** Whether `ref` is named first in the subject that starts at `start`, with only a label or "the" before it. */
  private opensSubject(clause: Clause, start: number, ref: DocumentRef, afterAnd = false): boolean {
    const placed = placedFrom(clause, ref, start);
    if (!placed) return false;
    const before = clause.text.slice(start, placed.start);
    return SUBJECT_IS_THE_DOCUMENT.test(before) || (afterAnd && AFTER_AND.test(before.slice(-12)));
  }

  /**
   * An amendment's targets, all one order, as that order's parts it names after its verb (see BACK_TO_THE_ORDER), one
   * target each; as they were when its subject names a part already, or names the order only as where its thing is.
   */
  private withPartsNamedAfter(clause: Clause, act: Act, start: number, targets: Target[]): Target[] {
    // "I hereby amend Executive Order No. 9949, ..., by striking out the words ... occurring in the second paragraph of the
    // said order" (EO 10415): the order and its part are one target, the part
    const parts = targets.filter((t) => t.part !== undefined);
    if (parts.length) return parts;
    if (targets.some((t) => t.inPart)) return targets;
    const ref = targets[targets.length - 1].ref;
    const placed = placedInAct(clause, act, start, ref);
    if (!placed || A_THING_OF.test(clause.text.slice(Math.max(0, placed.start - 12), placed.start))) return targets;
    const named = partsNamedAfter(clause, act);
    return named.length ? named.map((part) => ({ ref, part })) : targets;
  }

  /** The targets a span names: refs not named as a mere source, and the antecedents of "that order". */
  private targetsIn(clause: Clause, from: number, to: number): Target[] {
    let targets: Target[] = [];
    // a pool's targets are shared with the other anaphors of that pool: copied before anything is added to them
    const own = (list: Target[]) => (this.poolTargets.has(list) ? [...list] : list);
    const span = clause.text.slice(from, to);
    for (const a of matchAll(ANAPHOR, span)) {
      const plural = isPlural(a);
      // "that order" means the order the text is about, not one it names as a source.
      // a singular one looks back from its place for the last such ref: a filter of all the clause's refs for each of
      // a clause's thousands of "that order" was quadratic
      const pick = plural ? pluralPool(clause, from + a.index) : singularPool(clause, from + a.index);
      if (a[1].toLowerCase() === 'said' && !pick.before && this.lastRefs.length === 0) continue;
      // "I hereby amend Executive Order No. 9949, entitled \"Modifying Executive Order No. 9721, ...\", by striking out
      // the words ... occurring in the second paragraph of the said order" (EO 10415): not the order the title names
      // nor, in the next sentence ("... entitled \"Modifying Executive Order No. 9721\". The said order is hereby
      // revoked."), the order the last clause's title names
      const named = pick.before ? pick.named : this.lastUntitled(plural);
      if (plural) {
        // the pool's own targets when they are all the span names, shared with the other anaphors of that pool
        if (named.length)
          targets = targets.length ? [...targets, ...this.pluralTargets(named)] : this.pluralTargets(named);
        continue;
      }
      targets = own(targets);
      // "Paragraph 34 of the said order" (EO 9580): that part of it, as when the order is named
      const part = targetPart(clause.text.slice(Math.max(from, from + a.index - 160), from + a.index));
      for (const r of named.slice(-1)) targets.push(part ? { ref: r.ref, part } : { ref: r.ref });
    }
    // the refs in order of their starts: those from `from` on, read until one starts at `to` (a clause of thousands of
    // acts and refs read every ref for each act)
    const refs = clause.refs;
    for (let k = firstNotBefore(refs, (r) => r.start < from); k < refs.length && refs[k].start < to; k++) {
      const r = refs[k];
      if (r.end > to || sourceRefs(clause).has(r)) continue;
      if (inATitle(clause.text, from, r.start) || quotedAt(clause, r.start)) continue;
      targets = own(targets);
      targets.push({ ref: r.ref, part: targetPart(clause.text.slice(Math.max(from, r.start - 160), r.start)) });
    }
    return targets;
  }

  /**
   * The documents a span names as those that prescribed something (PRESCRIBED_BY), with the orders listed after the
   * first ("prescribed by Executive Orders No. 9979 of July 20, 1948, No. 9988 of August 20, 1948, ..."); not those
   * that amended it since ("prescribed by Executive Order No. 11476, as amended by Executive Order Nos. 11835, ...").
   */
  private prescribedIn(clause: Clause, from: number, to: number, amends: boolean, nextPassive = false): Target[] {
    const targets: Target[] = [];
    const refs = clause.refs;
    let previous: PlacedRef | undefined;
    let inPart: boolean | undefined;
    for (let k = firstNotBefore(refs, (r) => r.start < from); k < refs.length && refs[k].start < to; k++) {
      const r = refs[k];
      const gap = previous !== undefined ? clause.text.slice(previous.end, r.start) : undefined;
      const listed = gap !== undefined && LIST_GAP.test(gap);
      // "..., the following amendments of the regulations prescribed by Executive Order No. 10001 ..., and Executive
      // Order No. 10002 is revoked": an order with its own head after ", and" opens the subject of the act after
      if (
        listed &&
        nextPassive &&
        SUBJECT_AFTER_AND.test(gap) &&
        !BARE_NUMBER_REF.test(clause.text.slice(r.start, r.start + 12))
      )
        break;
      previous = undefined;
      if (r.end > to || quotedAt(clause, r.start)) continue;
      if (!listed) {
        if (!PRESCRIBED_BY.test(clause.text.slice(Math.max(from, r.start - 40), r.start))) continue;
        // the words before the first such order say what of it is acted on (a bounded window: one order a span)
        const before = clause.text.slice(Math.max(from, r.start - 200), r.start);
        if (!RULES_PRESCRIBED_BY.test(before)) continue;
        inPart ??= A_PART_OF.test(before);
        // what an order prescribed is revoked whole only as the Manual is (EO 12473); a section of it, in part (EO 10473)
        if (!amends && !inPart && !MANUAL_PRESCRIBED_BY.test(before)) return [];
      }
      targets.push({ ref: r.ref, inPart });
      previous = r;
    }
    return targets;
  }

  /**
   * Reads `ordered[k]` (`ordered` by their `order`): a list it opens may go on in the provisions after it. Those are
   * read only then: a copy of the rest of the order for each provision made 50,000 one-line sections quadratic, and
   * a list is rarely continued at all.
   */
  readAt(ordered: Provision[], k: number): void {
    const p = ordered[k];
    this.reading = p.id;
    const ahead = this.keptAhead.size ? this.keptAhead.get(p.id) : undefined;
    if (ahead) this.keptAhead.delete(p.id);
    // a new list only when the last provision kept any: most keep none, and the empty one is shared until then
    this.keptHere = ahead ?? (this.keptHere.size ? new KeptRelations() : this.keptHere);
    this.offeredPools.clear();
    // Nothing to read: no clause states an act and none names a document (so `lastRefs` stays as it is). Most
    // provisions of a long order are such, and cutting each into clauses and placing refs was a tenth of its garbage.
    if (!MAY_RELATE.test(p.text) && !(p.heading && MAY_RELATE.test(p.heading))) return;
    const clauses = this.clausesIn(p);
    for (let c = 0; c < clauses.length; c++) {
      // a list goes on past the provision when its items run to the provision's end: from its last clause, or from one
      // whose items follow it there (an outline that cut "(16) Executive Order No. 11089 ..." from the fifteen before
      // it, EO 11490); itemsAfter stops at the first clause that is no item
      this.readClause(clauses, c, p, ordered, k + 1);
      if (clauses[c].refs.length) {
        const about = this.refsAbout(clauses[c]);
        if (about !== this.lastRefs) this.lastClause = clauses[c];
        this.lastRefs = about;
      }
    }
  }

  /**
   * `lastRefs` but those in a quoted title of their clause; all of them when each is in one. The clause is the one they
   * were placed in for as long as they are the same (see readAt), so the answer is kept for them.
   */
  private lastUntitled(plural: boolean): PlacedRef[] {
    if (!this.lastClause) return this.lastRefs;
    const kept = this.lastUntitledOf;
    if (kept && kept.refs === this.lastRefs && kept.plural === plural) return kept.named;
    const untitledOnes = untitled(this.lastClause, this.lastRefs, plural);
    const named = untitledOnes.length ? untitledOnes : this.lastRefs;
    this.lastUntitledOf = { refs: this.lastRefs, plural, named };
    return named;
  }

  /** The targets a plural anaphor names by the refs of its pool, one array for each pool, never added to. */
  private pluralTargets(named: PlacedRef[]): Target[] {
    let targets = this.pools.get(named);
    if (!targets) {
      targets = named.map((r) => ({ ref: r.ref }));
      this.pools.set(named, targets);
      this.poolTargets.add(targets);
    }
    return targets;
  }

  /** Whether a pool's targets were offered for `types` in this provision already; remembers them as offered if not. */
  private poolOfferedAgain(types: RelationType[], targets: Target[]): boolean {
    if (!this.poolTargets.has(targets)) return false;
    const key = types.join();
    const offered = listIn(this.offeredPools, targets, () => new Set<string>());
    if (offered.has(key)) return true;
    offered.add(key);
    return false;
  }

  /**
   * The refs a clause is about, for "that order" after it: those not named as a source; when it names only sources, the
   * order it is about is the one before if it says so ("Paragraph 34 of the said order, as amended by Executive Order No.
   * 2514", EO 9580), else all of them ("... delegated ... under Executive Order No. 8989 ..., as amended by ... The said
   * Executive orders are amended accordingly", EO 9919).
   */
  private refsAbout(clause: Clause): PlacedRef[] {
    const main = mainRefs(clause);
    if (main.length) return main;
    return ANAPHOR_ANYWHERE.test(clause.text) && this.lastRefs.length ? this.lastRefs : clause.refs;
  }

  /**
   * The clauses after clause `k` that `isItem` takes, in its provision and then in those of `ordered` from `next` on,
   * up to the first it does not: items a rendering folded into one clause ("(z) ... (aa) ...") are read one by one.
   */
  private itemsAfter(
    clauses: Clause[],
    k: number,
    p: Provision,
    ordered: Provision[],
    next: number,
    isItem: (clause: Clause) => boolean,
  ): ListItem[] {
    const items: ListItem[] = [];
    for (let j = k + 1; j < clauses.length; j++) {
      if (!isItem(clauses[j])) return items;
      items.push({ clause: clauses[j], provisionId: p.id });
    }
    for (let j = next; j < ordered.length; j++) {
      const d = ordered[j];
      for (const c of this.clausesIn(d)) {
        if (!isItem(c)) return items;
        items.push({ clause: c, provisionId: d.id });
      }
    }
    return items;
  }

  /** An item's part, with the section its items were stated for if it names a part below one without it. */
  private partOfItem(part: string): string {
    return BELOW_A_SECTION.test(part) && this.amendingPart ? `${part} of ${this.amendingPart}` : part;
  }

  /**
   * The part a statement in `text` states items for, which `amendingPart` becomes: `part` where the statement ends on
   * its items to follow ("... is amended as follows:") and names no part below a section; none otherwise. One rule for
   * an amendment of an order and for an item of one.
   */
  private statesItemsFor(part: string | undefined, text: string): void {
    this.amendingPart =
      part && !BELOW_A_SECTION.test(part) && endsWith(ITEMS_FOLLOW, text, text.length, 1) ? part : undefined;
  }

  /** A provision's clauses; a heading can hold the clause itself ("Executive Order 13507 ... is hereby revoked"). */
  private clausesIn(p: Provision): Clause[] {
    return clausesOf(p.heading ? `${p.heading}. ${p.text}` : p.text, this.refsOf);
  }

  /**
   * The texts of a list of bare numbers: the rest of the clause that opens it, then the clauses after it that open with
   * a number ("No. 283 of December 8, 1904."), in its provision and those after it.
   */
  private bareListAfter(
    rest: string,
    clauses: Clause[],
    k: number,
    p: Provision,
    ordered: Provision[],
    next: number,
  ): { text: string; provisionId: string }[] {
    const after = this.itemsAfter(clauses, k, p, ordered, next, (c) => opensWithBareNumber(c.text));
    return [
      { text: rest, provisionId: p.id },
      ...after.map((item) => ({ text: item.clause.text, provisionId: item.provisionId })),
    ];
  }

  /** The order an ADDED verb's "to" or "thereto" names (ADDED_TO), with the part named before it. */
  private addedToAfter(clause: Clause, act: Act): Target[] {
    const to = ADDED_TO.exec(clause.text.slice(act.end, act.end + ADDED_TO_CHARS));
    if (!to) return [];
    const thereto = to[2] !== undefined;
    const at = act.end + to[0].length;
    const refs = clause.refs;
    const k = firstNotBefore(refs, (r) => (thereto ? r.end <= act.start : r.start < at));
    const r = thereto ? refs[k - 1] : refs[k];
    if (!r || (!thereto && r.start !== at) || sourceRefs(clause).has(r)) return [];
    return to[1] ? [{ ref: r.ref, part: to[1].replace(/\s+/g, ' ') }] : [{ ref: r.ref }];
  }

  private readClause(clauses: Clause[], k: number, p: Provision, ordered: Provision[], next: number): void {
    const clause = clauses[k];
    const text = clause.text;
    if (!ACT_VERB.test(text)) return; // most clauses state no relation: one scan instead of two patterns and their tests
    const acts = actsIn(text);
    // each read when first needed: most clauses name their targets, in whole
    let clauseWhole: boolean | undefined;
    let list: ListItem[] | undefined;
    let carved: CarvedPart[] | undefined;
    let lastDigit: number | undefined;
    // what the act before offered to keep, in this provision
    let offered: { types: RelationType[]; targets: Target[] } | undefined;
    let from = 0;
    for (let a = 0; a < acts.length; a++) {
      const act = acts[a];
      // an act in quoted text is the quoted order's ("... to read: \"(d) Executive Order No. 10099 ... is hereby revoked.", EO 10368)
      if (quotedAt(clause, act.start)) continue;
      const start = act.passive ? subjectStart(text, from, act.start) : act.end;
      // where the act's statement may run to: the next act, or a denial of what follows ("but shall not affect")
      let reach = a + 1 < acts.length ? acts[a + 1].start : text.length;
      const denied = DENIED_AFTER.exec(text.slice(act.end, reach));
      if (denied) reach = act.end + denied.index;
      const end = act.passive ? act.start : reach;
      const previousEnd = from;
      from = act.end;
      let targets = this.targetsIn(clause, start, end);
      if (act.passive) {
        const own = relativeOwnTarget(clause, act);
        if (own !== undefined) {
          if (!own) continue;
          targets = [{ ref: own.ref }];
        }
      }
      if (act.addedTo) {
        if (!targets.length) targets = this.addedToAfter(clause, act);
        if (!targets.length) continue;
      }
      if (act.partsOnly) {
        targets = targets.filter((t) => t.part !== undefined);
        // an item of an amendment names its part alone ("(f) Section 1-201(f) is deleted.", EO 13946): of the order amended
        if (!targets.length && !this.amending) continue;
      }
      // an act whose span names only sources may be on what an order prescribed: that order (read only then)
      let prescribed = false;
      if ((act.prescribedOnly || !targets.length) && !act.subjectOnly && !act.partsOnly) {
        const nextPassive = !act.passive && a + 1 < acts.length && acts[a + 1].passive;
        targets = this.prescribedIn(clause, start, end, act.types.includes('AMENDS'), nextPassive);
        prescribed = targets.length > 0;
      }
      if (act.subjectOnly) {
        // the one target a subject-only act can have: the document that opens its subject
        const first = targets[0];
        targets =
          first && first.part === undefined && this.opensSubject(clause, start, first.ref, act.afterAnd) ? [first] : [];
        if (!targets.length) continue;
      }
      // where each target is stated, when not all in this provision
      let statedIn: string[] | undefined;
      if (act.prescribedOnly && !targets.length) continue;
      if (
        !targets.length &&
        (!act.types.includes('AMENDS') ||
          (act.passive ? FOLLOWING.test(text.slice(start, act.start)) : ENDS_ON_ACT.test(text.slice(act.end)))) &&
        !act.subjectOnly
      ) {
        // up to the next act, whose subject the rest is: each of a clause's thousands of acts read all the rest
        // a copy: the items are added to it, and a pool's targets are shared
        // what follows a denial is not the act's: "This order supersedes the letter of the President ..., but shall
        // not affect Proclamation No. 3302" (EO 10887) supersedes no document the reader knows
        targets = [...this.targetsIn(clause, act.end, reach)];
        statedIn = targets.map(() => p.id);
        // only a clause that announces a list reads the items after it ("The following are revoked:"): each of a
        // long run of items stating an act ("(1) Part II is revoked.") read all those after it
        list ??=
          ANNOUNCES_LIST.test(text) || ENDS_ON_ACT.test(text.slice(act.end))
            ? this.itemsAfter(clauses, k, p, ordered, next, isListItem)
            : [];
        for (const item of list) {
          const found = this.targetsIn(item.clause, 0, itemEnd(item.clause.text));
          if (found.length && SO_MUCH_OF.test(itemBody(item.clause.text))) {
            targets.push({ ...found[0], inPart: true });
            statedIn.push(item.provisionId);
            continue;
          }
          for (const t of found) {
            targets.push(t);
            statedIn.push(item.provisionId);
          }
        }
      }
      if (!targets.length && !act.types.includes('AMENDS') && !act.subjectOnly) {
        const kind = followingKind(act.passive ? text.slice(start, act.start) : text.slice(act.end, act.end + 40));
        if (kind) {
          statedIn = [];
          // a bare number has digits: each of a clause's thousands of "the following orders are revoked" read all the rest
          lastDigit ??= lastDigitIn(text);
          // the list ends where the clause's next act begins: each act read the next acts' numbers too (29 s at 2 MB)
          const listEnd = a + 1 < acts.length ? acts[a + 1].start : text.length;
          const rest = act.end > lastDigit ? '' : text.slice(act.end, listEnd);
          const items =
            listEnd < text.length
              ? [{ text: rest, provisionId: p.id }]
              : this.bareListAfter(rest, clauses, k, p, ordered, next);
          for (const item of items) {
            for (const r of placeBareNumbers(item.text, kind)) {
              targets.push({ ref: r.ref });
              statedIn.push(item.provisionId);
            }
          }
        }
      }
      const onItsPart = act.types.includes('REVOKES') ? 'REVOKES' : act.types.includes('AMENDS') ? 'AMENDS' : undefined;
      if (!targets.length && act.passive && this.amending && onItsPart && !act.subjectOnly) {
        const subject = text.slice(start, act.start);
        const part = ITEM_PART.exec(itemBody(subject));
        if (part) {
          const named = partName(part[1].replace(/\s+/g, ' '));
          this.add(onItsPart, this.amending, p.id, true, this.partOfItem(named));
          // a part below a section is of the one stated before, which stays for the items after it
          if (!BELOW_A_SECTION.test(named)) this.statesItemsFor(named, text);
        }
        continue;
      }
      if (!targets.length) continue;
      // one order, though a heading may name it again ("Amendment to Executive Order 13597. Executive Order 13597 ...", EO 13802)
      if (
        !prescribed &&
        !statedIn &&
        act.types.includes('AMENDS') &&
        targets.every((t) => t.ref.id === targets[0].ref.id)
      )
        targets = this.withPartsNamedAfter(clause, act, start, targets);
      // an added part's "as follows:" opens its new text, not items of an amendment: the items of one before still follow
      if (!act.addedTo) {
        this.amending =
          !prescribed &&
          act.types.length === 1 &&
          act.types[0] === 'AMENDS' &&
          targets.length === 1 &&
          // its last words only: the whole clause, read again for each of its thousands of amendments, took 4 s at 800 kB
          endsWith(ITEMS_FOLLOW, text, text.length, 1)
            ? targets[0].ref
            : undefined;
        // "Section 21 of Executive Order No. 11264 ... is amended as follows: ... (c) Subsection (d) is amended" (EO 11434)
        // (`amending` is set only where the statement ends on its items, which statesItemsFor asks again)
        this.statesItemsFor(this.amending && targets[0].part, text);
      }
      // the same targets of the same types in this provision are kept already: thousands of "those orders" after one
      // list offered its last hundred orders again, each
      if (!statedIn && offered && sameOffer(offered, act.types, targets)) continue;
      if (!statedIn && this.poolOfferedAgain(act.types, targets)) continue;
      offered = statedIn ? undefined : { types: act.types, targets };
      clauseWhole ??= WHOLE.test(text);
      // the words after the verb up to the semicolon that ends its statement, if any, at most 80
      const afterEnd = Math.min(act.end + 80, statementEnd(clause, act.end));
      let after = text.slice(act.end, afterEnd);
      // once a clause: a clause of thousands of acts had each look for "except" through all of it
      carved ??= text.includes('except') ? carvedPartsOf(clause) : [];
      // a part excepted of a named order is no cue for the act: it limits that order only (below)
      // those from the verb on only: each of a clause's thousands of acts read all its excepted parts
      for (let j = firstNotBefore(carved, (c) => c.at < act.end); j < carved.length && carved[j].at < afterEnd; j++) {
        const at = carved[j].at;
        after = `${after.slice(0, at - act.end)}exXept${after.slice(at - act.end + 6)}`;
      }
      const inPart =
        (!clauseWhole && partCueWithin(clause, act, Math.min(start, act.start), previousEnd)) ||
        (saysInPart(after) && !WHOLE.test(text.slice(act.end, act.end + 40)));
      const actFrom = Math.min(start, act.start);
      const actTo = statementEnd(clause, act.end);
      for (let i = 0; i < targets.length; i++) {
        const t = targets[i];
        const excepted = exceptedWithin(clause, carved, t.ref.id, actFrom, actTo);
        for (const type of act.types)
          this.add(type, t.ref, statedIn?.[i] ?? p.id, inPart || excepted || !!t.inPart, t.part);
      }
    }
  }
}

/** Whether an act offers the same relations as `offered`: the same types, and the same documents and parts in order. */
function sameOffer(
  offered: { types: RelationType[]; targets: Target[] },
  types: RelationType[],
  targets: Target[],
): boolean {
  const was = offered.targets;
  if (was.length !== targets.length || offered.types.length !== types.length) return false;
  for (let i = 0; i < types.length; i++) if (offered.types[i] !== types[i]) return false;
  for (let i = 0; i < targets.length; i++)
    if (was[i].ref !== targets[i].ref || was[i].part !== targets[i].part) return false;
  return true;
}

/** Between a ref and the verb of a relative clause about it: "Executive Order 13001 (Title), which is hereby revoked". */
const WHICH_GAP = /^\s*(?:\([^()]*\))?\s*,\s*which\s+$/;
/** The order a ref is named as replaced or revoked by: "has been superseded by Executive Order 13001". */
const REPLACED_BY = /\b(?:superseded|revoked|rescinded|replaced)\s+by\s+(?:the\s+)?$/i;
/** What says a relative clause's act is this order's: "which is hereby revoked", "which is amended as set forth below". */
const OWN_ACT_AFTER = /^,?\s+(?:as\s+follows|as\s+set\s+forth\s+(?:below|in\b)|to\s+read\b)/;

/**
 * An act in a relative clause whose antecedent the clause names as a source: "Executive Order 13000 has been superseded
 * by Executive Order 13001, which is hereby revoked" revokes 13001, not 13000; "Except for Executive Order 13003,
 * which is amended as set forth below, ..." amends 13003. Undefined when the clause is no such act; null when it is
 * one whose act may not be this order's ("..., which is amended by Executive Order 13005"): nothing is read then,
 * rather than the subject before it.
 */
function relativeOwnTarget(clause: Clause, act: Act): PlacedRef | null | undefined {
  const text = clause.text;
  const refs = clause.refs;
  const k = firstNotBefore(refs, (r) => r.end <= act.start) - 1;
  if (k < 0) return undefined;
  const antecedent = refs[k];
  if (!WHICH_GAP.test(text.slice(antecedent.end, act.start)) || !sourceRefs(clause).has(antecedent)) return undefined;
  const before = text.slice(Math.max(0, antecedent.start - 160), antecedent.start);
  // "Executive Order 13000, as amended by Executive Order 13001, which is hereby revoked": the relative clause may be
  // on the whole phrase, the order it opens with; read as before
  if (!REPLACED_BY.test(before) && !CARVE_OUT.test(before)) return undefined;
  const own =
    /\bhereby\b/.test(text.slice(act.start, act.end)) || OWN_ACT_AFTER.test(text.slice(act.end, act.end + 40));
  return own ? antecedent : null;
}

/**
 * A clause that opens a list of what it acts on: it ends on a colon, says "the following" or "below", or ends on its
 * verb ("there are hereby revoked (a) section 17 of Executive Order No. 1888 ...", EO 10263).
 */
const ANNOUNCES_LIST = /:\s*$|\b(?:following|below)\b/i;
const ENDS_ON_ACT = /^[\s:,—-]*$/;

/**
 * Every relation the provisions state, in document order. A list that ends a provision goes on
 * in the provisions after it: its sub-clauses, or, in a rendering with no numbering, the next
 * paragraphs. `refsOf` lets the caller share the refs it places in the same texts (index.ts
 * reads each provision's too).
 */
export function findRelations(
  provisions: Provision[],
  selfId: string,
  refsOf: RefsOf = placeDocumentRefs,
): FoundRelation[] {
  const reader = new RelationReader(selfId, refsOf);
  const ordered = [...provisions].sort((a, b) => a.order - b.order);
  for (let k = 0; k < ordered.length; k++) reader.readAt(ordered, k);
  return reader.relations();
}
