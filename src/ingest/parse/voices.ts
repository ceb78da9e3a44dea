/**
 * Commands written without "X shall": "The Attorney General is directed to transfer to the corporation" (EO 6917),
 * "It shall be the duty of the Director to further" (EO 9674), "The Attorney General is requested to render" (EO 10450).
 * Orders of every decade command so (about 330 in the corpus, 1933-2025); each form says where its actor stands and
 * where the ordered verb starts. Only sentences that "shall" gives no directive are read so (see directives.ts).
 */
import { quoteOpenAt } from './quotes';

/** Where a command of another voice puts its parts, as offsets into the sentence. */
export interface Voice {
  /** The actor is read from here on: all the sentence before the verb, or only the words after "the duty of". */
  actorFrom: number;
  /** The actor's last words start here: a mention must end after it ("Upon a determination by the Secretary of the
   * Treasury ..., each and every United States financial institution is directed", EO 12817, names no agency actor). */
  headFrom: number;
  /** Mentions before this offset (and after actorFrom) are the actor, as those before "shall" are. */
  actorTo: number;
  /** Where the ordered verb phrase starts ("transfer ...", or ":" before a list of clauses). */
  verbAt: number;
}

/** Words after "to" that start no verb: "directed to the improvement of" is aimed, not ordered; "directed to be made" is passive. */
const NOT_A_VERB = String.raw`(?:be|the|an?|such|any|all|that|this|these|those|its|their|his|her|him|them|it|which)\b`;

/**
 * "is (hereby) (further) (authorized[, empowered,] and) directed (, <a phrase>,) to", "are (hereby) requested to". A
 * request is how orders ask what the President may not command (an independent commission: "The National Labor
 * Relations Board ... are requested to establish accelerated procedures", EO 10946), and how older orders ask every
 * agency to cooperate with a committee (EO 10013, 10166, 10302): still what the order asks of the body named.
 * "authorized to" alone only permits, and is not a command.
 */
const DIRECTED = new RegExp(
  String.raw`\b(?:is|are)\s+(?:hereby\s+)?(?:further\s+|also\s+)?` +
    // "authorized and directed", "authorized, empowered, and directed", "directed and authorized", "requested"
    String.raw`(?:(?:authorized|empowered)(?:,\s*|\s+)(?:(?:and\s+)?empowered,?\s+)?and\s+)?(?:directed|requested)(?:\s+and\s+(?:authorized|empowered))?` +
    // what may stand before the verb: "directed, through and with the aid of any persons ..., to take possession"
    // (EO 9552), "directed upon such request to take" (EO 9554), "directed (1) to liquidate" (EO 9614), "directed
    // immediately to scrutinize" (EO 10925); not "directed by law to" (a statute's command, told) nor "directed that"
    String.raw`(?:,\s+(?!that\b|by\b)[^;:.]{1,200}?,|\s+(?!that\b|by\b|to\b)[^;:.,]{1,80}?)?` +
    // the verb, or the colon before a list of clauses ("directed to:", "directed:", "directed to - (a) Inquire")
    String.raw`(?:\s+to(?=\s*:|\s+-\s|\s+(?!${NOT_A_VERB})[a-z])|\s*:)`,
);

/** "It shall be the duty of the Director to further ..." (EO 9674); "It shall be the duty of the said Committee:" (EO 10302). */
const DUTY = /\b[Ii]t shall be the duty of\s+/;
/** Where the actor of a duty ends: the "to" of its verb, a colon before clauses, or the "(1) to" of an inline list. */
const DUTY_END = /\s+to\s+(?=[a-z])|\s*:|\s+\(\w{1,4}\)\s+to\s+(?=[a-z])/;

/**
 * The President's command in the first person, its actor between the verb and the "to" of what is ordered: "I hereby
 * authorize and direct the Secretary of Defense to call into the active military service" (EO 11118, 1963), "I hereby
 * order and direct the Department of Agriculture ... to" (EO 6839), "I hereby direct the Attorney General to establish"
 * (EO 13776), "I therefore instruct the CPB Board ... to cease" (EO 14290); about 35 sentences, 1933-2025. Not "I
 * hereby direct that the flag shall be flown" (no one named to do it), "I hereby authorize the Secretary to" (a
 * permission) nor "I have directed the Secretary of Defense to ensure" (told, not ordered here, EO 14100).
 */
const FIRST_PERSON =
  /\bI\s+(?:(?:hereby|also|further|therefore|now)\s+)*(?:(?:authorize|empower|order)(?:,\s*|\s+)(?:and\s+)?){0,2}(?:direct|instruct|request)\s+(?!that\b)/;
/** Where its actor ends: the "to" of the ordered verb (not "with respect to", "pursuant to"), or a colon before clauses. */
const FIRST_PERSON_END = new RegExp(
  String.raw`(?<!\b(?:respect|relating|relate|pursuant|according|addition|regard))\s+to\s+(?!${NOT_A_VERB})(?=[a-z])|\s*:`,
);
/** How far after the verb its actor may reach. */
const FIRST_PERSON_REACH = 400;
/**
 * Words that make the President's "I direct" no command of this sentence: a clause it is the object or condition of
 * ("shall be construed to mean that I direct", "whether I instruct").
 */
const FIRST_PERSON_SUBORDINATE = /\b(?:that|whether|if|unless)\s+$/i;

function firstPersonVoice(text: string): Voice | undefined {
  const order = FIRST_PERSON.exec(text);
  if (!order) return undefined;
  // quoted words are another text's (a statement, an amended order's new text), as for "is directed to" (see below)
  if (quoteOpenAt(text, order.index) >= 0) return undefined;
  if (FIRST_PERSON_SUBORDINATE.test(text.slice(Math.max(0, order.index - 10), order.index))) return undefined;
  const from = order.index + order[0].length;
  const end = FIRST_PERSON_END.exec(text.slice(from, from + FIRST_PERSON_REACH));
  return end ? actorUpTo(from, end) : undefined;
}

/**
 * The voice whose actor runs from `from` to `end`, a match of the words that close it (found in the text from `from`
 * on): the verb after its "to", or the colon before its clauses.
 */
function actorUpTo(from: number, end: RegExpExecArray): Voice {
  const to = from + end.index;
  return {
    actorFrom: from,
    headFrom: from,
    actorTo: to,
    verbAt: end[0].includes(':') ? to + end[0].indexOf(':') : to + end[0].length,
  };
}

/** Cheap test first: most sentences hold none of these words. */
const MAY_COMMAND = /directed|requested|duty of/;

export function voiceOf(text: string): Voice | undefined {
  if (!MAY_COMMAND.test(text)) return firstPersonVoice(text);
  const duty = DUTY.exec(text);
  if (duty) {
    const from = duty.index + duty[0].length;
    const end = DUTY_END.exec(text.slice(from));
    // "(1) to make" keeps its "(1)": the verb is read past it
    return end ? actorUpTo(from, end) : undefined;
  }
  const directed = DIRECTED.exec(text);
  if (!directed) return firstPersonVoice(text);
  const at = directed.index;
  // Quoted text ("amended to read: "SEC. 303. The Administrator is hereby authorized and directed to purchase"") has its
  // own subject: words before its opening quote are the amending order's, not the actor.
  const clause = clauseStart(text, quoteOpenAt(text, at) + 1, at);
  const subject = subjectOf(text, clause, at);
  return { actorFrom: subject.from, headFrom: subject.head, actorTo: at, verbAt: at + directed[0].length };
}

/** A break between two clauses: a semicolon or colon, or a quotation closed at its sentence's end ('States." (b) The'). */
const CLAUSE_BREAK = /[;:]\s+|[.?!]["\u201d]\s+/g;
/** ", and the Maritime Commission is directed" after a clause of its own ("Order No 9001-A is revoked", EO 9773). */
const AND_CLAUSE = /,\s+and\s+(?=[Tt]he\s)/g;
const FINITE = /\b(?:is|are|was|were|be|shall|may|will|has|have)\b/;
const FINITE_ALL = new RegExp(FINITE.source, 'g');
/** "agencies of the United States Government, all agencies of which are hereby directed" (EO 12810): the relative's own words. */
const RELATIVE = /(?:[,;:(]|\b(?:to|by|for|with|from|upon)\b)([^,;:(]*?\b(?:of which|of whom|which|who)\s*)$/;
/** What RELATIVE ends on, read in the last few characters. */
const PRONOUN_AT_END = /\b(?:which|whom|who)$/;

/**
 * Where the subject of the verb at `to` starts, from `from` on: after the last clause break, after ", and" that ends a
 * clause with a verb of its own, or at the words of a relative pronoun. A list of officials ("the Secretary of State,
 * the Secretary of the Treasury, and the Secretary of Commerce are", EO 12735) holds no verb and stays whole.
 */
function clauseStart(text: string, from: number, to: number): number {
  const before = text.slice(from, to);
  let start = 0;
  // semicolons may part the officials of one list ("The Secretaries of the Military Departments, with the approval of
  // the Secretary of Defense; the Secretary of Transportation, with respect to the Coast Guard when it is not operating
  // ...; ... are directed", EO 12790): so when the words before the first of them have no verb
  const semicolon = before.indexOf(';');
  const listed = semicolon !== -1 && !FINITE.test(before.slice(0, semicolon));
  for (const m of before.matchAll(CLAUSE_BREAK)) if (!listed || m[0][0] !== ';') start = m.index + m[0].length;
  // where the first verb from `start` on ends, found again only when `start` moves: each ", and the" of a long list
  // once read all the words from `start` to it (quadratic)
  let verbFrom = -1;
  let verbEnd = -1;
  for (const m of before.matchAll(AND_CLAUSE)) {
    if (m.index <= start) continue;
    if (verbFrom !== start) {
      verbFrom = start;
      FINITE_ALL.lastIndex = start;
      const verb = FINITE_ALL.exec(before);
      verbEnd = verb ? verb.index + verb[0].length : Infinity;
    }
    if (verbEnd <= m.index) start = m.index + m[0].length;
  }
  const relative = relativeAtEnd(before.slice(start));
  if (relative) start = to - from - relative.length;
  return from + start;
}

/**
 * RELATIVE's words, read only where the text ends on its pronoun and from its last stop on (its words hold none):
 * tried at every "to" and "for" of a long subject, the pattern read on to the end from each.
 */
function relativeAtEnd(text: string): string | undefined {
  if (!PRONOUN_AT_END.test(text.trimEnd().slice(-6))) return undefined;
  const stop = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':'), text.lastIndexOf('('));
  return RELATIVE.exec(stop > 0 ? text.slice(stop) : text)?.[1];
}

/**
 * Words that open a phrase set off by commas around or before a subject, not the subject: "Upon request of the Chairman,
 * each executive department or agency is" (EO 11627), "The Secretary of State, in consultation with the Secretary of
 * Homeland Security, is" (EO 13769), "hereafter in this section referred to as the Secretary" (EO 10489). "including
 * the Department of State and the National Science Foundation" names members of the subject (EO 10887), and is not one;
 * nor is "but not limited to" (EO 9540).
 */
const ASIDE =
  /^\s*(?:(?:and|or)\s+)?(?:(?:in|with|except|under|upon|on|as|to|for|through|acting|pursuant|subject|consistent|within|after|before|during|hereafter|hereinafter|if|when|where|whenever|by|from|at|respectively|effective|also|now|therefore|accordingly|further|however|having|who|which|whose|I)\b|[^a-z]*$)/i;

/**
 * The subject of the verb at `to`, read in its comma-parted pieces: it starts at the first that is no aside (an opening
 * "Upon request of the Chairman," is not the subject, EO 11627), and `head` is where the last such piece starts. Asides
 * within it stay ("The Secretaries of the Military Departments, with the approval of the Secretary of Defense, and the
 * Secretary of Transportation ... are directed", EO 12754): their officials get their roles as after "shall".
 */
function subjectOf(text: string, from: number, to: number): { from: number; head: number } {
  let start = -1;
  let head = -1;
  for (let at = from, k = text.indexOf(',', from); at < to; at = k + 1, k = text.indexOf(',', k + 1)) {
    const end = k === -1 || k > to ? to : k;
    if (!ASIDE.test(text.slice(at, end))) {
      if (start === -1) start = at;
      head = at;
    }
    if (end === to) break;
  }
  return start === -1 ? { from, head: from } : { from: start, head };
}
