/**
 * Which "shall" of a sentence gives its command. Older orders put a "shall" in the clause before it as well: "Except so
 * far as the Secretary shall from time to time otherwise provide by appropriate order or regulation, the boards of
 * directors ... of such carriers shall continue the operation of the said transportation systems" (EO 9957), "unless the
 * Administrator shall order otherwise, continental manufacturers ... shall not be required to comply" (EO 6756), "So much
 * of the records and personnel ... as such Chairman and the Director of Defense Mobilization shall jointly determine ...
 * shall be transferred" (EO 10438). That first "shall" is the clause's; the command is the next one, and where the next
 * one says "shall not" the sentence commands nothing.
 */

/** The first "shall" that is no "shall not": the word "not", not "notify", "note" or "notice" ("the Director of OMB ...
 * shall notify the granting agency", EO 14005), which a bare " not" after "shall" took for one. */
const FIRST_SHALL = /\bshall\b(?!\s+not\b)/g;
/** The next "shall" after it, with its "not". */
const NEXT_SHALL = /\bshall\b(\s+not\b)?/g;
/**
 * A condition or exception opened since the last comma: "unless the Administrator", "Whenever the National Labor Board",
 * "Except so far as the Secretary". A comma must close it before the command's "shall".
 */
const CONDITION =
  /(?:^|[,;:(]\s*|\band\s+)["“]?(?:[Uu]nless|[Ii]f|[Ww]henever|[Ww]hen|[Uu]ntil|[Ee]xcept\s+(?:so\s+far\s+|insofar\s+)?as(?!\s+to\b)|[Ss]o\s+far\s+as|[Ii]nsofar\s+as|[Ww]herever|[Ii]n\s+case)\s[^,;:()]*$/;
/** "as the Secretary shall determine": a relative of measure after a thing (not "as the agency which shall"). */
const AS_RELATIVE = /\b[Aa]s\s+(?:the|such|he|it|they|said|each|any|his)\s(?:(?!\b(?:which|who|that)\b)[^,;:()])*$/;
/**
 * The verbs of such a clause: what one decides or permits ("unless the Administrator shall order otherwise", "as he
 * shall determine"), not what one is ordered to do ("If the objections of the registrant are found to be sustained the
 * Department of Justice shall recommend to the appeal board", EO 11350, where no comma closes the condition).
 */
const DECIDES =
  /^shall\s+(?:(?:\w+ly|jointly|from\s+time\s+to\s+time|otherwise|so|hereafter|have)\s+)*(?:determine|prescribe|direct|approve|designate|deem|find|require|authorize|specify|provide|select|agree|request|fix|order|permit|elect|decide|certify|determined|found|certified|approved|provided|directed|prescribed)\b/;
/** A "shall have" the condition goes on with: "Whenever the National Labor Board shall have determined ..., and shall have certified" (EO 6580). */
const CONDITION_GOES_ON = /^shall\s+have\s+[a-z]+(?:ed|en|wn|nd)\b/;
/** How far back the clause of a "shall" is looked for. */
const REACH = 150;

/**
 * A verb that permits, not commands, or says what a thing is: "may", "is authorized", "I hereby authorize", "agrees to",
 * "means". A transfer keeps its measure's "shall": "There are transferred ... so much as the Director of the Bureau of
 * the Budget shall determine" has the Director determine (EO 9630).
 */
const PERMITS = /\b(?:may|might|can|authoriz(?:e|es|ed)|empowered|agrees|means)\b/;

/** Whether the words of `text` before `at` (a relative's start) permit rather than command. */
function permitsBefore(text: string, at: number): boolean {
  return PERMITS.test(text.slice(0, at));
}

/**
 * A "shall" after "and"/"or" goes on from the sentence's own verb, past a relative that has its own: "may order
 * examinations ... for such grades as he deems necessary ... in the Regular Corps and shall prescribe the subjects"
 * (EO 9897).
 */
const JOINED_TO_VERB = /\b(?:and|or)\s*$/;

/** The "shall" of a sentence's command, or undefined where it has none (only "shall not", or no "shall"). */
export function mainShall(text: string): { index: number } | undefined {
  // where it is, not its match: asked twice of each directive's sentence, a match array each was garbage by the ten thousand
  FIRST_SHALL.lastIndex = 0;
  if (!FIRST_SHALL.test(text)) return undefined;
  // the lookahead after "shall" matches nothing: lastIndex stands right after the word
  const first = { index: FIRST_SHALL.lastIndex - 'shall'.length };
  if (!DECIDES.test(text.slice(first.index, first.index + 80))) return first;
  const before = text.slice(Math.max(0, first.index - REACH), first.index);
  const condition = CONDITION.test(before);
  const relative = condition ? null : AS_RELATIVE.exec(before);
  if (!condition && !relative) return first;
  NEXT_SHALL.lastIndex = first.index + 'shall'.length;
  let next = NEXT_SHALL.exec(text);
  for (let k = 0; k < 3 && next && CONDITION_GOES_ON.test(text.slice(next.index, next.index + 40)); k++)
    next = NEXT_SHALL.exec(text);
  // a clause with no later "shall" is the sentence's own ("When two or more such registrants have the same date of
  // birth they shall, as among themselves, be selected", EO 10292); a relative of measure after a verb that permits is
  // not: "The Commission may prescribe such rules ... as it shall deem appropriate" (EO 10401), "The Secretary of the
  // Treasury or his delegate is authorized to prescribe ... such regulations ... as he shall deem necessary" (EO 11198)
  // command nothing by that "shall". A clause of a list has no such verb before it ("Submit to the Secretary on an
  // annual basis a report containing such information as the Secretary shall prescribe", EO 11807).
  if (!next) {
    if (!relative || JOINED_TO_VERB.test(before)) return first;
    const beforeStart = first.index - before.length;
    return permitsBefore(text, beforeStart + relative.index) ? undefined : first;
  }
  // a condition ends at its comma: without one between, the first "shall" may be the sentence's own
  if (condition && !text.slice(first.index, next.index).includes(',')) return first;
  return next[1] ? undefined : { index: next.index };
}

/** "shall" and a parenthetical set off by commas after it: how a saving clause (STAYS_IN_FORCE, DEEMED) opens. */
const SHALL_ASIDE = String.raw`^shall(?:,[^,.;:]{1,100},)?\s+`;

/**
 * "shall remain in effect", "shall continue in full force and effect": the longest form, its tail read apart. A
 * parenthetical between, set off by commas: "shall, until amended or revoked, remain in full force and effect" (EO
 * 11541, EO 12444), "shall, except as they may be inconsistent with the provisions of this Order, remain in effect" (EO
 * 11230).
 */
const STAYS_IN_FORCE = new RegExp(
  String.raw`${SHALL_ASIDE}(?:(?:also|hereafter)\s+)?(?:remain|continue)\s+in\s+(?:full\s+)?(?:force|effect)` +
    String.raw`(?:\s+and\s+(?:effect|affect))?`,
);
/** What may follow a saving clause and qualify it, not an object of "continue in effect". */
const QUALIFIER =
  /^\s*(?:unless|until|except|so|insofar|in|to|notwithstanding|pending|subject|as|according|with|for|from|during|at|under|after|through|throughout|while|without|upon|on|only|by|beyond|if|when|within|pursuant|consistent|hereafter|thereafter|indefinitely|whichever|and|or|but|[A-Z(\d"“])/;
/** An object after a parenthetical: ", until revoked by the President, the regulations ...". */
const OBJECT_AFTER = /^,\s*[^,.;:]{1,120},\s*(?:the|all|any|such|its|their|those|these|each|every|a|an|said)\b/;
/** A command joined to the saving clause: "..., and shall submit", "..., and the Secretary of Labor shall report". */
const JOINED =
  /(?:^|[\s,;])(?:and|but)\s+(?:((?:(?!\b(?:until|unless|as|when|if|which|who|that|where|whom)\b)[^,;:.()])*?)\s+)?shall\b(?!\s+not\b)/;

/**
 * A deeming clause: "shall be deemed to be the originating Department" (EO 11652), "shall be deemed to include the
 * authority to redelegate" (EO 10476), "Nothing in my Executive Order ... shall be or be deemed to be in modification"
 * (EO 6207). It says what a thing counts as and orders no one, whatever its complement says; a command joined after it
 * still does (see savingClause).
 */
const DEEMED = new RegExp(String.raw`${SHALL_ASIDE}(?:be\s+or\s+)?be\s+deemed\b`);

/** Where the words of a saving clause opened at `shallAt` end, if it opens one (see savingClause). */
function savingEnd(text: string, shallAt: number): number | undefined {
  const opening = text.slice(shallAt, shallAt + 200);
  const deemed = DEEMED.exec(opening);
  if (deemed) return shallAt + deemed[0].length;
  const head = STAYS_IN_FORCE.exec(opening);
  if (!head) return undefined;
  const from = shallAt + head[0].length;
  const rest = text.slice(from);
  if (OBJECT_AFTER.test(rest)) return undefined;
  if (!/^\s*(?:$|[.;:,])/.test(rest) && !QUALIFIER.test(rest)) return undefined;
  return from;
}

/**
 * A saving clause: what "shall remain in effect", "shall continue in full force and effect" or "shall be deemed" (see
 * DEEMED) orders no one: "All prior regulations ... shall remain in effect except insofar as ..." (EO 9620), "... shall
 * remain in effect until amended" (EO 12024), orders of 1934 to 2016. Not one who "shall continue in effect the
 * regulations", "emergency measures" or, after a parenthetical, "the orders" (an object after it). Undefined where
 * `shallAt` opens no saving clause; else the command joined after it ("and shall submit a report", "and the Secretary
 * of Labor shall report"), with where its subject is read: before the first "shall" (`subjectFrom` 0, the saving part's
 * words left out) or after its "and".
 */
export function savingClause(
  text: string,
  shallAt: number,
): { joined?: { index: number; skipFrom: number; skipTo: number } } | undefined {
  const from = savingEnd(text, shallAt);
  if (from === undefined) return undefined;
  const rest = text.slice(from);
  const j = JOINED.exec(rest);
  if (!j) return {};
  const index = from + j.index + j[0].length - 'shall'.length;
  if (/^shall\s+(?:be\s+(?:construed|deemed)|mean|refer\s+to|have\s+the\s+meaning)\b/.test(text.slice(index)))
    return {};
  // a saving clause joined to a saving clause ("... shall remain in effect, and ... shall remain in effect") orders no
  // one either; only whether it is one is asked, not what it joins (a chain of thousands overflowed the stack)
  if (savingEnd(text, index) !== undefined) return {};
  // "and shall submit": the subject is the saving clause's own; "and the Secretary of Labor shall": the words after "and"
  return {
    joined: j[1] ? { index, skipFrom: 0, skipTo: from + j.index } : { index, skipFrom: shallAt, skipTo: index },
  };
}
