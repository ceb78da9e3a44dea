/**
 * Bodies an order establishes: "There is hereby established the President's Council on Physical
 * Fitness (the "Council")" makes a node of that order, and "the Council shall ..." later in
 * the same order names it, never an agency called "Council".
 */
import { Body, Provision } from '../model';
import { slug } from './ids';
import { isWordCode } from './patterns';
import { firstNotBefore, listIn } from './lists';
import { ESTABLISH_WORDS, MORE_ESTABLISH_FORMS, nameSpelling, VERBS_DONE } from './establish-forms';
import { anchored, Anchored, matchAllOf, nameStartBefore, placesBefore, placesBetween, WordPlaces } from './anchored';

/**
 * The heads of a body of members, which a defined term alone makes one: not an officer's ("Coordinator"), nor an
 * agency's or a service's, which the register names ("the International Atomic Energy Agency (the Agency)", EO 10774).
 */
const GROUP_HEAD_LIST = [
  'Task Force',
  'Working Group',
  'Council',
  'Commission',
  'Committee',
  'Board',
  'Panel',
  'Group',
  'Center',
  'Team',
  'Subcommittee',
];
const GROUP_HEADS = new Set(GROUP_HEAD_LIST);

/**
 * The word a body's name ends on, by which the order later names it ("the Task Force"): the group heads and the rest.
 * Their order is free: HEAD_AT_END finds the longest by where it starts, and the others are a map and a length.
 */
export const BODY_HEADS = [
  ...GROUP_HEAD_LIST,
  'Steering Committee',
  'Executive Committee',
  'Advisory Committee',
  'Advisory Council',
  'Office',
  'Initiative',
  'Corps',
  'Conference',
  'Institute',
  'Forum',
  'Agency',
  'Administration',
  'Authority',
  'Service',
  'Program',
  'Partnership',
  'Network',
  'Cabinet',
  'Secretariat',
  'Staff',
  'Commissioner',
  'Coordinator',
  'Mission',
  'Division',
];

// A dot belongs to a word only inside it ("D.C."), so a name stops at the end of its sentence.
const WORD = String.raw`[A-Z](?:[\w'’&-]|\.(?=\w))*`;
// The connectors end on a word boundary: "an interagency Task Force" is not a name that starts "in".
const LINK = String.raw`(?:of|and|on|for|the|to|in)\b|&`;
const NAME = String.raw`((?:${WORD}|${LINK})(?:[ ,]+(?:${WORD}|${LINK}))*)`;

// a name of any length: NAME has no bound on its words
const NAME_SPELLING = nameSpelling(Infinity);

/** What joins a name to its verb in "the NAME (?:is|are) (?:hereby )?established". */
const IS_ESTABLISHED = [' is ', ' are ', ' is hereby ', ' are hereby '];

/** "the NAME (?:is|are) (?:hereby )?established": read back from each verb over the words before it and the name with its article. */
function theNameBeforeVerb(words: WordPlaces): number[] {
  const text = words.text;
  const out: number[] = [];
  // NAME_SPELLING has no bound: a name starts where the run of name characters before its verb does, the same for
  // every verb in one run. Each verb of a run of thousands read it back to its start and took every place in it again,
  // quadratic; the run read last is kept, with how far its places are taken (a place taken twice is tried once).
  let runStart = -1;
  let runEnd = -1;
  const verbs = words.ofAll(VERBS_DONE);
  // by index, over one list of joins: a new list of them at each verb, and an iterator's result for each, were garbage
  for (let v = 0; v < verbs.length; v++)
    for (let k = 0; k < IS_ESTABLISHED.length; k++) {
      const at = verbs[v];
      const between = IS_ESTABLISHED[k];
      const end = at - between.length;
      if (end < 0 || !text.startsWith(between, end) || (runStart <= end && end <= runEnd)) continue;
      // read back no further than the run read last: reaching its end, the name starts where the run does
      const start = nameStartBefore(text, end, NAME_SPELLING, end > runEnd && runEnd >= 0 ? runEnd : 0);
      if (end > runEnd && runEnd >= 0 && start === runEnd) {
        placesBetween(out, text, runEnd, end, 'Tt');
        runEnd = end;
        continue;
      }
      placesBetween(out, text, start, end, 'Tt');
      runStart = start;
      runEnd = end;
    }
  return out;
}

const ESTABLISH: Anchored[] = [
  // "There is hereby established (within the Department of X) (a|an|the) NAME"; "There is created ..."; where it sits
  // runs past "the President" of "in the Executive Office of the President a Special Action Office ..." (EO 11599)
  // and past any "of the": "within the Office of the United States Trade Representative (USTR) an Interagency Trade
  // Enforcement Center (Center)" (EO 13601); past the law it is set up under, citation included: "There is
  // established, pursuant to the Federal Advisory Committee Act, as amended (5 U.S.C. App.), the “President's Council
  // on the Use of Offsets in Commercial Trade” (Council)" (EO 13177); "There is also established a Steering Committee"
  // (EO 13629)
  anchored(
    new RegExp(
      String.raw`\b[Tt]here (?:is|are|shall be) (?:hereby |also )?(?:established|created|constituted)(?:,[^,;.]{0,100}(?:, as amended)?(?: \([^();]{0,40}\))?,)?(?: (?:within|in|under)(?: the)? [^;.]{0,1000}?(?<!\bof)(?=(?:,)? (?:an?|the) (?!President\b(?!['’]))[A-Z]))?(?:,)? (?:an? |the )?(?:[a-z-]+ )*?(?:to be )?(?:known as |called |designated (?:as )?)?(?:the )?(?:["“]|\`\`)?${NAME}`,
      'g',
    ),
    // "There is established", "there shall be hereby established"
    (words) => placesBefore(words, VERBS_DONE, 9, 22, 'Tt'),
    /here (?:is|are|shall be) (?:hereby |also )?(?:established|created|constituted)/,
  ),
  // "I hereby establish the NAME"; "The NAME is hereby established"
  anchored(
    new RegExp(
      String.raw`\b(?:I|shall)(?: hereby| immediately)? (?:establish|create)(?: (?:within|in) [^;.]{0,1000}?(?= (?:an?|the) [A-Z]))? (?:an? |the )?(?:["“]|\`\`)?${NAME}`,
      'g',
    ),
    // "I establish", "shall immediately create"
    (words) => placesBefore(words, ['establish', 'create'], 2, 18, 'Is'),
    /\b(?:I|shall)(?: hereby| immediately)? (?:establish|create)/,
  ),
  anchored(
    new RegExp(String.raw`\b[Tt]he ${NAME} (?:is|are) (?:hereby )?(?:established|created|constituted)\b`, 'g'),
    theNameBeforeVerb,
    / (?:is|are) (?:hereby )?(?:established|created|constituted)\b/,
  ),
  // "... a committee to be known as the NAME"
  anchored(
    new RegExp(String.raw`\bto be known as (?:the )?["“]?${NAME}`, 'g'),
    (words) => words.of('to be known as'),
    'to be known as',
  ),
];
/**
 * "in order to establish ... a Presidential advisory committee on national housing policies": named in lower case; "The
 * Secretary shall also create an interagency working group (Working Group)" (EO 13339). Not a fact shown to someone:
 * "unless it is established to the satisfaction of the local board that ..." (EO 9988, EO 10292) proves, and sets up no board.
 */
const ESTABLISH_UNNAMED = new RegExp(
  String.raw`\b(?:(?:to|hereby|shall)(?: also)? (?:establish|create|appoint|constitute)|(?:is|are|be) (?:hereby )?(?:established|created|appointed|constituted))\b(?! to the satisfaction of\b)[^.;:]{0,120}?\b(?:an?|the) ((?:[\w'’-]+ ){0,3}?(?:${'advisory committee|committee|commission|council|task force|working group|board|panel|group'})(?: (?:on|for|of|to) (?!be known|be called)[a-z][^,.;()“"]{2,80}?)?)(?!\s+(?:to be )?(?:known as|called)\b)(?=\s*[,.;(]| to | which | that | composed| consisting| it is)`,
  'g',
);
/** Every form, in the order they are tried; one list, not a new one for each provision. */
const ALL_ESTABLISH_FORMS: Anchored[] = [
  ...ESTABLISH,
  // "to establish", "shall also appoint", "are hereby constituted"
  // the pattern has no i flag: a lower-case kind of body
  anchored(
    ESTABLISH_UNNAMED,
    (words) => placesBefore(words, ['establish', 'create', 'appoint', 'constitute'], 3, 12, 'thsiab'),
    /committee|commission|council|task force|board|panel|group/,
  ),
  ...MORE_ESTABLISH_FORMS,
];
/** A word every pattern above needs: most provisions establish nothing, and five patterns over each was a fifth of a long order's parse. */
const MAY_ESTABLISH = /establish|creat|constitut|appoint|known as|renamed|redesignated|There shall be/;
// '(hereinafter referred to as the "Board")', '(the "Council")', '("PCAST")'; tried where the name ends (y flag)
const DEFINED =
  /["”'’]*\s*\((?:hereinafter(?: (?:referred to as|called|cited as))?|referred to (?:herein )?as|to be known as)?\s*(?:the\s+)?["“]?([A-Z][\w'’ .-]{1,60}?)["”]?\)/y;

/** Where a name's parts meet: a comma (with its article), or the article after "... of the President". */
const NAME_PARTS = /(,\s+(?:the\s+)?|(?<=\bPresident)\s+the\s+(?=[A-Z]))/;
/** An item of a series inside a name: a few capitalised words ("Health Promotion"); a name's series has a few of them. */
const SERIES_ITEM = /^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}$/;
const SERIES_MOST = 4;
/** Before a name read from its "of": the office it names. */
const OFFICE = 'office ';

/**
 * Whether the words of `match` before `end` end on the word "office ": a pattern anchored on "$" was tried at every
 * place of them, and their slice made, for each reading of a name.
 */
function afterOffice(match: string, end: number): boolean {
  const at = end - OFFICE.length;
  return at >= 0 && match.startsWith(OFFICE, at) && (at === 0 || !isWordCode(match.charCodeAt(at - 1)));
}
/** A connector, where a name cannot open: "of", "and", "for" ... */
const OPENS_ON_LINK = /^(?:of|and|on|for|the|to|in|&)(?:\s|$)/i;

/**
 * A name trimmed of trailing connectors and punctuation; undefined when it ends on no body word, or would open on a
 * connector: "an official bulletin board of the National Recovery Administration" (EO 6527), "the following salary
 * classes with titles for the Senior Foreign Service" (EO 12293) name no body.
 */
function bodyName(raw: string): string | undefined {
  // "within the White House Office, Executive Office of the President, the President's ... Board", "within the Executive
  // Office of the President the Infrastructure Implementation Task Force" (EO 14052): the last named part. Parts and
  // the separators between them alternate.
  const parts = raw
    .replace(/^["“]/, '')
    .replace(/^the\s+/i, '')
    .split(NAME_PARTS);
  let last = parts.length - 1;
  while (last >= 0 && !headOf(trimmed(parts[last]))) last -= 2;
  if (last < 0) return undefined;
  // a series inside the name: "the National Prevention, Health Promotion, and Public Health Council (Council)" (EO
  // 13544), "a State, Local, and Tribal Leaders Task Force" (EO 13653): the parts before its "and", back to an article
  let first = last;
  if (/^(?:and|&)\s+(?!the\s)/.test(parts[last]))
    while (
      first >= 2 &&
      last - first <= 2 * SERIES_MOST &&
      /^,\s+$/.test(parts[first - 1]) &&
      SERIES_ITEM.test(parts[first - 2])
    )
      first -= 2;
  // a longer run of commas is no name's series: nothing is read from it (one name of thousands of words was no name either)
  if (last - first > 2 * SERIES_MOST) return undefined;
  const name = trimmed(parts.slice(first, last + 1).join(''));
  return OPENS_ON_LINK.test(name) || tooLong(name) ? undefined : name;
}

/**
 * The longest name a body of the corpus has is 22 words ("Staff of the United States High Commissioner of the Philippine
 * Islands and Chief Public Health Service Representative for the Far Eastern Area", EO 9616); twice that is no name. A
 * text of ten thousand capitalised words before "Council" made a name the matcher of names walks a word deep at a time,
 * and its recursion overran the stack.
 */
const MOST_NAME_WORDS = 44;

function tooLong(name: string): boolean {
  let words = 1;
  for (let k = name.indexOf(' '); k >= 0; k = name.indexOf(' ', k + 1)) if (++words > MOST_NAME_WORDS) return true;
  return false;
}

// Read back from the end: a pattern anchored on "$" is tried at every place of the name, three times for each part of it.
function trimmed(raw: string): string {
  const text = raw.replace(/\s{2,}/g, ' ');
  let end = backOverAny(text, text.length, '"”\'’');
  for (let link = trailingLink(text, end); link < end; link = trailingLink(text, end)) end = link;
  end = backOverAny(text, end, ' ,.');
  return end === text.length ? text : text.slice(0, end);
}

/** Where a run of `chars` that ends at `end` starts. */
function backOverAny(text: string, end: number, chars: string): number {
  let at = end;
  while (at > 0 && chars.includes(text[at - 1])) at--;
  return at;
}

const LINKS = ['of', 'and', 'on', 'for', 'the', 'to', 'in', '&'];

/** Where a connector ending at `end` starts with the spaces and commas before it ("X, of"), or `end` where none does. */
function trailingLink(text: string, end: number): number {
  for (const link of LINKS) {
    const at = end - link.length;
    if (at > 0 && text.startsWith(link, at)) {
      const from = backOverAny(text, at, ' ,');
      return from < at ? from : end;
    }
  }
  return end;
}

/**
 * Any head at the end of a name, the longest where several end it ("Advisory Committee", not "Committee"): anchored on
 * "$", the match that starts first is the longest, whatever the order of the list. One pattern, not one test per head:
 * an order establishing thousands of bodies asks for the head of each new name.
 */
const HEAD_AT_END = new RegExp(String.raw`\b(?:${BODY_HEADS.join('|')})$`, 'gi');
// searched from no further back than the longest head: a pattern anchored on "$" is otherwise tried at every place
const LONGEST_HEAD = Math.max(...BODY_HEADS.map((h) => h.length));
const HEAD_BY_LOWER = new Map(BODY_HEADS.map((h) => [h.toLowerCase(), h]));

/**
 * The body word a name ends on, or holds before "on/for/of/in ..." ("Task Force on X" -> "Task Force", "Collective
 * Bargaining Committee in Construction" (EO 11849) -> "Committee").
 */
export function headOf(name: string): string | undefined {
  // the words before the first connector, with no list of the rest; found by its place (a match array for each name
  // asked was a fiftieth of what an order establishing thousands of bodies allocated)
  const connector = name.search(CONNECTOR);
  return headAtEnd(connector >= 0 ? name.slice(0, connector) : name) ?? (connector >= 0 ? headAtEnd(name) : undefined);
}

const CONNECTOR = /\s+(?:on|for|of|to|in)\s+/;

function headAtEnd(text: string): string | undefined {
  HEAD_AT_END.lastIndex = Math.max(0, text.length - LONGEST_HEAD);
  const m = HEAD_AT_END.exec(text);
  return m ? HEAD_BY_LOWER.get(m[0].toLowerCase()) : undefined;
}

/** How the order may name a body later: its head ("Advisory Committee") and that head's last word ("Committee"). */
function headsOf(name: string): string[] {
  const head = headOf(name);
  if (!head) return [];
  const last = head.slice(head.lastIndexOf(' ') + 1);
  return last === head ? [head] : [head, last];
}

/** One id for a body however it is found: established, or named by a defined term. */
function bodyId(docId: string, name: string): string {
  return `body-${docId}-${slug(name)}`;
}

/** A body the order establishes in `at`, by one id and one spelling of its short names, however it was read. */
function newBody(docId: string, name: string, at: Provision, shortNames: string[]): EstablishedBody {
  return {
    id: bodyId(docId, name),
    name,
    establishedBy: docId,
    provisionId: at.id,
    shortNames: firstOfEach(shortNames).map(capitalized),
    order: at.order,
  };
}

/** The names of a short list, each once, in order (a Set and its copy for each body were garbage). */
function firstOfEach(names: string[]): string[] {
  return names.every((n, k) => names.indexOf(n) === k) ? names : names.filter((n, k) => names.indexOf(n) === k);
}

export interface EstablishedBody extends Body {
  /** How the order names it later: its head word, its defined term, its full name. */
  shortNames: string[];
  order: number;
}

/** The last body of `bodies` (in document order) established at or before provision `order`. */
export function lastAtOrBefore(bodies: readonly EstablishedBody[], order: number): EstablishedBody | undefined {
  return bodies[firstNotBefore(bodies, (b) => b.order <= order) - 1];
}

/**
 * The names read at each place of a provision, past its first reading. By place, one name or a few: a key string made
 * and hashed for each reading was a tenth of the work of a provision establishing thousands of bodies.
 */
class PlacesRead {
  private readonly names = new Map<number, string | string[]>();

  /** Records `name` as read at `at`; false where it was read there already. */
  add(at: number, name: string): boolean {
    const was = this.names.get(at);
    if (was === undefined) this.names.set(at, name);
    else if (typeof was === 'string') {
      if (was === name) return false;
      this.names.set(at, [was, name]);
    } else {
      if (was.includes(name)) return false;
      was.push(name);
    }
    return true;
  }
}

/** Bodies `provisions` establish, in document order; `known(name)` says a name is a register agency. */
export function findBodies(
  docId: string,
  provisions: Provision[],
  known: (name: string) => boolean,
): EstablishedBody[] {
  const found = new Map<string, EstablishedBody>();
  // names taken so far, in lower case: a scan of every body found for each new one was quadratic in an order establishing many
  const taken = new Set<string>();
  // each name's id, made once: an order that establishes one body in every section reads its name thousands of times
  const ids = new Map<string, string>();
  // each raw name's reading and each name's heads, made once: an order that establishes one body again in every
  // sentence split, trimmed and searched the same raw name for its head thousands of times
  const namesRead = new Map<string, string | null>();
  const headsRead = new Map<string, readonly string[]>();
  // the short names of each body established again, as a set (made at the second time)
  const namesOf = new Map<string, Set<string>>();
  for (let i = 0; i < provisions.length; i++) {
    const p = provisions[i];
    // asked of heading and text apart, before they are joined: no word of MAY_ESTABLISH spans the ". " between them,
    // and most provisions establish nothing
    if (!MAY_ESTABLISH.test(p.text) && !(p.heading && MAY_ESTABLISH.test(p.heading))) continue;
    const words = wordsOf(p);
    const text = words.text;
    // where two forms read the same name at the same place ("There is hereby established the Council on X ("Council")"
    // is both a "There is established" and a verb before its defined term), the second reading is the first one again
    // the first reading is kept apart: most provisions that establish a body read it once, and need no map of places
    let firstAt = -1;
    let firstName = '';
    let read: PlacesRead | undefined;
    // by index: an iterator and its results for each of fourteen forms at each of thousands of provisions were garbage
    for (let f = 0; f < ALL_ESTABLISH_FORMS.length; f++) {
      const matches = matchAllOf(ALL_ESTABLISH_FORMS[f], words);
      for (let k = 0; k < matches.length; k++) {
        const m = matches[k];
        const at = m.index + m[0].indexOf(m[1]);
        if (firstAt < 0) {
          firstAt = at;
          firstName = m[1];
        } else {
          if (at === firstAt && m[1] === firstName) continue;
          if (!(read ??= new PlacesRead()).add(at, m[1])) continue;
        }
        // "there is hereby created the office of Federal Coordinator of Transportation" (EO 6196): the office's name
        const raw = afterOffice(m[0], at - m.index) ? m[1].replace(/^of\s+/, '') : m[1];
        let name = namesRead.get(raw);
        if (name === undefined) namesRead.set(raw, (name = bodyName(raw) ?? null));
        if (!name || known(name)) continue;
        let id = ids.get(name);
        if (id === undefined) ids.set(name, (id = bodyId(docId, name)));
        DEFINED.lastIndex = at + m[1].lastIndexOf(name) + name.length;
        const defined = DEFINED.exec(text);
        // pushed onto the new list headsOf makes: three lists spread into a fourth for each body were garbage
        let heads = headsRead.get(name);
        if (!heads) headsRead.set(name, (heads = headsOf(name)));
        const shortNames = heads.slice();
        if (/^[A-Z]/.test(name)) shortNames.push(name);
        if (defined) shortNames.push(defined[1].trim());
        const body = found.get(id);
        if (body) {
          // by a set of its short names: a body established again thousands of times, each under a new defined term,
          // searched its growing list for each
          const had = listIn(namesOf, id, () => new Set(body.shortNames));
          const added = shortNames.filter((s) => !had.has(s));
          for (const s of added) had.add(s);
          body.shortNames.push(...added);
          continue;
        }
        const lower = name.toLowerCase();
        if (!taken.has(lower)) {
          taken.add(lower);
          found.set(id, newBody(docId, name, p, shortNames));
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => a.order - b.order);
}

/**
 * A name's words are capitalised or connectors, and it opens on no word in capitals before "the": "WHEREAS the National
 * Research Council" (EO 10668) is a clause's words. Nor does "and the" join two names in it: "the Task Force and the
 * United States Travel and Tourism Advisory Board (Board)" (EO 13597). Its connectors are the LINKS a name's end is read
 * back over.
 */
const ALL_NAME_WORDS = new RegExp(
  String.raw`^(?![A-Z]+ the |.* and the )[A-Z][\w'’&.-]*(?:,? (?:[A-Z][\w'’&.-]*|${LINKS.join('|')}))*$`,
);

/**
 * Bodies the order names with a short term of their own head, though no form above establishes them: "to convene a
 * GHSA Interagency Review Council (Council)" (EO 13747), "the White House Council on Supply Chain Resilience (Council)
 * established on November 27, 2023, and further described in section 4 of this order" (EO 14123). "The Council" after
 * it is that body, not the last agency with "Council" in its name. Not a name that is someone's already (`named`: a
 * register agency, another order's body, as "The Cost of Living Council (hereinafter referred to as the Council)" of
 * EO 11627 is EO 11615's), nor one of `bodies` (those the order establishes), nor a term that is no head of its name
 * ("the Secretary of State (Secretary)").
 */
export function definedBodies(
  docId: string,
  provisions: readonly Provision[],
  definitions: readonly { term: string; name: string; order: number }[],
  bodies: readonly EstablishedBody[],
  named: (name: string) => boolean,
): EstablishedBody[] {
  const out: EstablishedBody[] = [];
  let taken: Set<string> | undefined;
  let headsTaken: Set<string> | undefined;
  let byOrder: Map<number, Provision> | undefined;
  for (const d of definitions) {
    // most terms are no body's head: no name read for them
    if (!GROUP_HEADS.has(d.term)) continue;
    const name = bodyName(d.name);
    if (!name) continue;
    const heads = headsOf(name);
    if (!heads.includes(d.term) || !ALL_NAME_WORDS.test(name)) continue;
    // a body the order establishes under that head is what the term names, however the definition's words begin
    // ("within the Department of the Treasury the President's Advisory Council ... (Council)", EO 13646)
    // the heads as a set, made once: every body read for each of thousands of definitions was quadratic
    headsTaken ??= new Set(bodies.flatMap((b) => headsOf(b.name)));
    if (headsTaken.has(d.term)) continue;
    taken ??= new Set(bodies.map((b) => b.name.toLowerCase()));
    const lower = name.toLowerCase();
    if (taken.has(lower) || named(name)) continue;
    taken.add(lower);
    // by order, made once: a find over every provision for each of thousands of definitions was quadratic
    byOrder ??= new Map(provisions.map((p) => [p.order, p]));
    const at = byOrder.get(d.order);
    if (!at) continue;
    // at.order is d.order: byOrder found it by that
    out.push(newBody(docId, name, at, [...heads, name]));
  }
  return out;
}

/**
 * "There is hereby established a National. Commission on the Causes and Prevention of Violence (hereinafter referred
 * to as the "Commission")" (EO 11412): a stop after the first word of the name being established, where that word is
 * no body and the words after it go on as a name ("Commission on the ..."), is a misprint, not the end of a sentence.
 * It becomes a space, so every offset stays where it was.
 */
const STRAY_STOP =
  /\b((?:established|created|constituted)\s+(?:an?|the)\s+([A-Z][a-z]+))\.(?=\s+[A-Z][a-z]+\s+(?:of|on|for)\s)/g;

const STRAY_STOP_AT = anchored(
  STRAY_STOP,
  (words) => words.ofAll(VERBS_DONE),
  /(?:established|created|constituted)\s+(?:an?|the)\s+[A-Z][a-z]+\./,
);

function withoutStrayStop(words: WordPlaces): string {
  const text = words.text;
  // most provisions hold none: no pass of the replacement over them
  if (!matchAllOf(STRAY_STOP_AT, words).length) return text;
  return text.replace(STRAY_STOP, (all: string, before: string, word: string) => (headOf(word) ? all : `${before} `));
}

/** The provision's words, read where a stray stop is a space. */
function wordsOf(p: Provision): WordPlaces {
  // A heading sometimes holds a clause's words ("Establishment (a) There is established the Task Force on ...").
  const said = p.heading ? `${p.heading}. ${p.text}` : p.text;
  const words = new WordPlaces(said, ESTABLISH_WORDS);
  const text = withoutStrayStop(words);
  return text === said ? words : new WordPlaces(text, ESTABLISH_WORDS);
}

/** A word `capitalized` would change: lower case, and no connector. */
const LOWER_WORD = /\b(?!(?:of|and|on|for|the|to|in)\b)[a-z][a-z]+\b/;

function capitalized(name: string): string {
  // most names have none: no new string, no call for each word
  if (!LOWER_WORD.test(name)) return name;
  return name.replace(/\b([a-z])([a-z]+)\b/g, (word, first: string, rest: string) =>
    /^(?:of|and|on|for|the|to|in)$/.test(word) ? word : first.toUpperCase() + rest,
  );
}
