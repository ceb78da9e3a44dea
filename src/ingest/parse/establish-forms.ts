/**
 * More of the ways orders establish a body, beside those of bodies.ts: the order names the body
 * with its defined term before saying it is established ("The Forced Labor Enforcement Task Force
 * (Task Force) is hereby established", EO 13923), an article opens the name ("A Task Force on
 * Travel and Competitiveness (Task Force) is hereby established", EO 13597), or an official is
 * told to set it up ("shall establish and co-chair an Interagency Task Force on Reproductive
 * Healthcare Access (Task Force)", EO 14076), or the sentence that sets it up names it with a
 * defined term ("shall establish, within the Office of Management and Budget ..., a Performance
 * Improvement Council (Council)", EO 13450; "a Federal Leadership Committee (Committee) for the
 * Chesapeake Bay is established", EO 13508), or a body is continued under a new name (EO 12136).
 * Each pattern's group 1 is the raw name.
 */
import {
  Anchored,
  anchored,
  backOver,
  isQuoteOrSpace,
  Keywords,
  NameSpelling,
  nameStartBefore,
  placesBefore,
  placesBetween,
  WordPlaces,
} from './anchored';
import { isWordCode } from './patterns';

const WORD = String.raw`[A-Z](?:[\w'’&-]|\.(?=\w))*`;
const LINK = String.raw`(?:of|and|on|for|the|to|in)\b|&`;
// A name starts on a capital (not an article, nor a heading's "Establishment of") and runs at most 16 words, so a long capitalised run costs linear time.
const NAME = String.raw`((?!(?:A|An|The|Establishment|Establishing|Creation)\s)${WORD}(?:[ ,]+(?:${WORD}|${LINK})){0,15})`;
/** The same, where "with" runs on a name its defined term ends ("for People with Intellectual Disabilities (Committee)"). */
const NAME_WITH = NAME.replace('(?:of|and|on|for|the|to|in)', '(?:of|and|on|for|the|to|in|with)');
/** '(Task Force)', '(the "Council")', ', hereinafter referred to as the Board,' between a name and its verb. */
const TERM = String.raw`(?:["”'’]*\s*\([^()]{1,80}\)|,\s*(?:hereinafter|hereafter)[^,;.]{1,60},)?`;

/** An officer, not a body: "There shall be an Executive Director of the Commission". */
const OFFICER = String.raw`(?:[A-Z][\w-]* )?(?:Director|Secretary|Chair(?:man|person)?|Administrator|Coordinator|Officer|Counsel)\b`;
/** A defined term in parentheses right after the name: '(Council)', '(the "Board")', '(hereinafter referred to as the Board)'. */
const PAREN_TERM = String.raw`\((?:hereinafter (?:referred to as |called )?)?(?:the )?["“]?[A-Z][\w'’ -]{1,40}["”]?\)`;
const DEFINED_TERM = String.raw`["”'’]*,?\s*${PAREN_TERM}`;
/** After a defined term, the words that establish the body. */
const THEN_ESTABLISHED = String.raw`[^.;]{0,80}?\b(?:is|are|be) (?:hereby )?(?:established|created|constituted)\b`;
const ESTABLISH_VERB = String.raw`\b(?:establish|create|constitute)(?:es|ed|d)?\b`;

const NO_PLACES: number[] = [];

/** A name read backwards: a word's characters (a dot only before a word character), parted by spaces and commas. */
export function nameSpelling(most: number): NameSpelling {
  return { inWord: inNameWord, parts: (c) => c === 32 || c === 44, most };
}

function inNameWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 46 ? isWordCode(text.charCodeAt(at + 1)) : isWordCode(c) || "'’&-".includes(text[at]);
}

/** NAME's 16 words; after its article ("a ", "the "), one parting more. */
const NAME_SPELLING = nameSpelling(15);
const NAME_AFTER_ARTICLE = nameSpelling(16);

/** The words the forms here and in bodies.ts are read from, found in one pass; a longer word is found by the one it holds. */
export const ESTABLISH_WORDS = new Keywords([
  'establish',
  'create',
  'constitute',
  'appoint',
  'convene',
  'known as',
  'designated',
  'renamed',
  'There shall be',
]);

const VERBS = ['establish', 'create', 'constitute'];
export const VERBS_DONE = ['established', 'created', 'constituted'];

/** ESTABLISH_VERB's places: "establish", "created", "constitutes". */
function verbPlaces(words: WordPlaces): number[] {
  return words.ofAll(VERBS);
}

/** What stands between a name's defined term and the verb: ",? (?:which )?(?:is|are) (?:hereby )?". */
const TO_VERB = ['', ','].flatMap((comma) =>
  ['', 'which '].flatMap((which) =>
    ['is ', 'are '].flatMap((is) => ['', 'hereby '].map((hereby) => `${comma} ${which}${is}${hereby}`)),
  ),
);

/**
 * "(?:[Aa]n?|[Tt]he) NAME TERM,? (?:which )?(?:is|are) (?:hereby )?established": read back from each verb over the
 * words before it, the defined term (a parenthesis holds none, the ", hereinafter ...," form no comma), and the name.
 */
function namedThenEstablished(words: WordPlaces): number[] {
  const text = words.text;
  // where an article and a name can stand: from and to, flat
  const windows: number[] = [];
  const verbs = words.ofAll(VERBS_DONE);
  // by index: for..of made an iterator's result for each of 16 joins at each verb (a run of 20,000 verbs)
  for (let v = 0; v < verbs.length; v++)
    for (let k = 0; k < TO_VERB.length; k++) {
      const at = verbs[v];
      const between = TO_VERB[k];
      const termEnd = at - between.length;
      if (termEnd < 0 || !text.startsWith(between, termEnd)) continue;
      articleAndName(windows, text, termEnd);
      const last = text[termEnd - 1];
      if (last === ')') {
        const open = text.lastIndexOf('(', termEnd - 2);
        if (open >= 0) articleAndName(windows, text, backOver(text, open, isQuoteOrSpace));
      } else if (last === ',') {
        const comma = text.lastIndexOf(',', termEnd - 2);
        if (comma >= 0) articleAndName(windows, text, comma);
      }
    }
  return placesInWindows(text, windows, 'AaTt');
}

/** The window where an article before a name ending at `end` can stand. */
function articleAndName(windows: number[], text: string, end: number): void {
  windows.push(nameStartBefore(text, end, NAME_AFTER_ARTICLE), end);
}

/**
 * The places whose character is one of `firsts` in any of `windows` (from and to, flat), each once and in order. A name
 * is read back over up to 16 words: in a run of verbs, each verb's window held the words of the verbs before it, and
 * their places, taken again and out of order, were sorted for the pattern at each (40,000 verbs: 600,000 places).
 */
function placesInWindows(text: string, windows: number[], firsts: string): number[] {
  const out: number[] = [];
  let covered = 0;
  // by where they open: the places of a window that opens after another's up to that one's end are its places too
  for (const w of byOpening(windows)) {
    placesBetween(out, text, Math.max(windows[2 * w], covered), windows[2 * w + 1], firsts);
    covered = Math.max(covered, windows[2 * w + 1]);
  }
  return out;
}

/** The windows' numbers, in the order of where they open (the order given where they stand in it). */
function byOpening(windows: number[]): number[] {
  const order = Array.from({ length: windows.length / 2 }, (_, w) => w);
  for (let w = 1; w < order.length; w++)
    if (windows[2 * w] < windows[2 * w - 2]) return order.sort((a, b) => windows[2 * a] - windows[2 * b] || a - b);
  return order;
}

/**
 * ESTABLISH_VERB, then within the sentence a name and its defined term: at each verb with a parenthesis after it before
 * any semicolon (neither the words after the verb, nor the name, nor what opens the term holds one).
 */
function verbThenTerm(words: WordPlaces): number[] {
  if (!words.has('(')) return NO_PLACES;
  return verbPlaces(words).filter((at) => {
    const paren = words.next('(', at);
    const semicolon = words.next(';', at);
    return paren >= 0 && (semicolon < 0 || paren < semicolon);
  });
}

/** A defined term in parentheses and the words that establish it, tried at a parenthesis. */
const TERM_THEN_ESTABLISHED = new RegExp(PAREN_TERM + THEN_ESTABLISHED, 'y');

/** "NAME (Council) is hereby established": read back from each parenthesis so followed, over what opens the term and the name, to its quote. */
function termThenEstablished(words: WordPlaces): number[] {
  const text = words.text;
  const out: number[] = [];
  for (const open of words.of('(')) {
    TERM_THEN_ESTABLISHED.lastIndex = open;
    if (!TERM_THEN_ESTABLISHED.test(text)) continue;
    const nameEnd = backOver(text, open, (c) => c === 44 || isQuoteOrSpace(c));
    const nameStart = nameStartBefore(text, nameEnd, NAME_SPELLING);
    // the quote that may open it: '"', '“' or '``'
    placesBetween(out, text, nameStart - 2, open, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ"“`');
  }
  return out;
}

/**
 * Each with the places its matches can start, read from the words every match of it holds: most provisions that pass
 * bodies' MAY_ESTABLISH still hold the words of few forms, several forms try 200 characters after each verb, and
 * those opening on a name were tried at every capital letter of a provision. And with what its matches hold, for a
 * short provision.
 */
export const MORE_ESTABLISH_FORMS: Anchored[] = [
  anchored(
    new RegExp(
      // also with "which": "shall be made to the President through a Property Review Board, which is hereby established" (EO 11508)
      String.raw`\b(?:[Aa]n?|[Tt]he) ${NAME}${TERM},? (?:which )?(?:is|are) (?:hereby )?(?:established|created|constituted)\b`,
      'g',
    ),
    namedThenEstablished,
    / (?:is|are) (?:hereby )?(?:established|created|constituted)\b/,
  ),
  anchored(
    new RegExp(
      String.raw`\bshall (?:jointly )?(?:establish|create|convene)(?:,? and (?:co-)?chair,?)? (?:an? |the )(?:(?:new|standing|interagency|permanent|joint) )?["“]?${NAME}`,
      'g',
    ),
    // "shall establish", "shall jointly create"
    (words) => placesBefore(words, ['establish', 'create', 'convene'], 6, 14, 's'),
    /\bshall (?:jointly )?(?:establish|create|convene)/,
  ),
  // the establishing verb first, then (within the sentence) the name with its defined term
  anchored(
    new RegExp(
      String.raw`${ESTABLISH_VERB}(?! (?:by|under|pursuant to|in accordance with) (?:section \S+ of )?(?:Executive Order|Reorganization Plan|Public Law|law|statute))[^.;]{0,200}?(?:["“]|\`\`)?${NAME}(?=${DEFINED_TERM})`,
      'g',
    ),
    verbThenTerm,
    '(',
  ),
  // the name with its defined term, then "is established", "which is hereby established"; tried only before a
  // parenthesis so followed (the pattern starts at every capital letter)
  anchored(
    new RegExp(
      String.raw`(?:["“]|\`\`)?${NAME}${DEFINED_TERM}${THEN_ESTABLISHED}(?! (?:by|under|pursuant to) (?:section \S+ of )?(?:Executive Order|Reorganization Plan|Public Law|law|statute))`,
      'g',
    ),
    termThenEstablished,
    new RegExp(String.raw`\)${THEN_ESTABLISHED}`),
  ),
  // a body continued under a new name starts under that name with this order: "The President's Commission on Personnel
  // Interchange is continued and renamed the President's Commission on Executive Exchange" (EO 12136), "The East-West
  // Trade Policy Committee is hereby redesignated as the President's Committee on East-West Trade Policy" (EO 11789); the
  // name must end the clause, so a name running on past the words NAME takes ("... for People with Intellectual
  // Disabilities", EO 13309) is not cut short; "The Export Control Review Board established by section 2 of Executive
  // Order No. 10945 ... is hereby reestablished as the Export Administration Review Board" (EO 11533) is the same
  anchored(
    new RegExp(
      String.raw`\b(?:is|are) (?:hereby )?(?:continued and )?(?:renamed|redesignated|re-?established as)(?: as)? (?:the )?["“]?${NAME}(?=["”]?(?:\s*[.,;(]|\s+and\b|$))`,
      'g',
    ),
    // "is renamed", "are hereby continued and re-established as"
    (words) => placesBefore(words, ['renamed', 'redesignated', 'established as'], 3, 28, 'ia'),
    /renamed|redesignated|established as/,
  ),
  // the same, with the renaming inside the clause that continues it: "The President's Committee on Mental Retardation,
  // with expanded membership and expanded responsibilities, and renamed the President's Committee for People with
  // Intellectual Disabilities (Committee), is hereby continued in operation" (EO 13446)
  anchored(
    new RegExp(
      String.raw`,? and renamed (?:as )?(?:the )?["“]?${NAME_WITH}(?=["”]?\s*\([^()]{1,40}\),? (?:is|are) (?:hereby )?continued\b)`,
      'g',
    ),
    // ", and renamed", " and renamed"
    (words) => placesBefore(words, ['and renamed'], 1, 2, ', '),
    'and renamed',
  ),
  // an official told to set it up: "The Attorney General of the United States shall provide for the establishment within
  // the Department of Justice of an "Office of National Narcotics Intelligence."" (EO 11676)
  anchored(
    new RegExp(
      String.raw`\bshall provide for the establishment (?:(?:within|in) [^;.]{1,80}? )?of (?:an? |the )(?:new )?(?:["“]|\`\`)?${NAME}`,
      'g',
    ),
    (words) => words.of('shall provide for the establishment'),
    'shall provide for the establishment',
  ),
  // the body named after its kind: "There is hereby established in the Executive Office of the President a board of 9
  // members, which shall be known as the Presidential Clemency Board" (EO 11803), "a Commission which shall be known as
  // the President's Water Resources Policy Commission" (EO 10095); not its officer ("a civil administration of the Ryukyu
  // Islands, the head of which shall be known as the High Commissioner", EO 11010)
  anchored(
    new RegExp(
      String.raw`${ESTABLISH_VERB}[^.;]{0,200}?(?<!\bof )\b(?:which|that) shall be (?:known|designated) as (?:the )?(?:["“]|\`\`)?${NAME}`,
      'g',
    ),
    (words) => (words.has('shall be known as') || words.has('shall be designated as') ? verbPlaces(words) : NO_PLACES),
    /shall be (?:known|designated) as/,
  ),
  // a body the order provides for without the word "established": "There shall be in the Agency a Wage Stabilization
  // Board composed of nine members" (EO 10161), "There shall be a Hostage Response Group (HRG) chaired by" (EO 13698)
  anchored(
    new RegExp(
      String.raw`\bThere shall be (?:(?:in|within) [^,.;]{1,80}? )?an? (?!${OFFICER})${NAME}(?=\s*\(| composed\b| consisting\b| chaired\b| headed\b|,| and an?\b| which\b| to\b)`,
      'g',
    ),
    (words) => words.of('There shall be'),
    'There shall be',
  ),
];
