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
import { Guarded, guarded } from './patterns';

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
const DEFINED_TERM = String.raw`["”'’]*,?\s*\((?:hereinafter (?:referred to as |called )?)?(?:the )?["“]?[A-Z][\w'’ -]{1,40}["”]?\)`;
/** After a defined term, the words that establish the body. */
const THEN_ESTABLISHED = String.raw`[^.;]{0,80}?\b(?:is|are|be) (?:hereby )?(?:established|created|constituted)\b`;
const ESTABLISH_VERB = String.raw`\b(?:establish|create|constitute)(?:es|ed|d)?\b`;

/**
 * Each with what every match of it holds: most provisions that pass bodies' MAY_ESTABLISH still hold the words of few
 * forms, and several forms try 200 characters after each verb.
 */
export const MORE_ESTABLISH_FORMS: Guarded[] = [
  guarded(
    / (?:is|are) (?:hereby )?(?:established|created|constituted)\b/,
    new RegExp(
      // also with "which": "shall be made to the President through a Property Review Board, which is hereby established" (EO 11508)
      String.raw`\b(?:[Aa]n?|[Tt]he) ${NAME}${TERM},? (?:which )?(?:is|are) (?:hereby )?(?:established|created|constituted)\b`,
      'g',
    ),
  ),
  guarded(
    /\bshall (?:jointly )?(?:establish|create|convene)/,
    new RegExp(
      String.raw`\bshall (?:jointly )?(?:establish|create|convene)(?:,? and (?:co-)?chair,?)? (?:an? |the )(?:(?:new|standing|interagency|permanent|joint) )?["“]?${NAME}`,
      'g',
    ),
  ),
  // the establishing verb first, then (within the sentence) the name with its defined term
  guarded(
    '(',
    new RegExp(
      String.raw`${ESTABLISH_VERB}(?! (?:by|under|pursuant to|in accordance with) (?:section \S+ of )?(?:Executive Order|Reorganization Plan|Public Law|law|statute))[^.;]{0,200}?(?:["“]|\`\`)?${NAME}(?=${DEFINED_TERM})`,
      'g',
    ),
  ),
  // the name with its defined term, then "is established", "which is hereby established"; looked for only where a
  // parenthesis is so followed (the pattern starts at every capital letter of a provision that holds a parenthesis)
  guarded(
    new RegExp(String.raw`\)${THEN_ESTABLISHED}`),
    new RegExp(
      String.raw`(?:["“]|\`\`)?${NAME}${DEFINED_TERM}${THEN_ESTABLISHED}(?! (?:by|under|pursuant to) (?:section \S+ of )?(?:Executive Order|Reorganization Plan|Public Law|law|statute))`,
      'g',
    ),
  ),
  // a body continued under a new name starts under that name with this order: "The President's Commission on Personnel
  // Interchange is continued and renamed the President's Commission on Executive Exchange" (EO 12136), "The East-West
  // Trade Policy Committee is hereby redesignated as the President's Committee on East-West Trade Policy" (EO 11789); the
  // name must end the clause, so a name running on past the words NAME takes ("... for People with Intellectual
  // Disabilities", EO 13309) is not cut short; "The Export Control Review Board established by section 2 of Executive
  // Order No. 10945 ... is hereby reestablished as the Export Administration Review Board" (EO 11533) is the same
  guarded(
    /renamed|redesignated|established as/,
    new RegExp(
      String.raw`\b(?:is|are) (?:hereby )?(?:continued and )?(?:renamed|redesignated|re-?established as)(?: as)? (?:the )?["“]?${NAME}(?=["”]?(?:\s*[.,;(]|\s+and\b|$))`,
      'g',
    ),
  ),
  // the same, with the renaming inside the clause that continues it: "The President's Committee on Mental Retardation,
  // with expanded membership and expanded responsibilities, and renamed the President's Committee for People with
  // Intellectual Disabilities (Committee), is hereby continued in operation" (EO 13446)
  guarded(
    'and renamed',
    new RegExp(
      String.raw`,? and renamed (?:as )?(?:the )?["“]?${NAME_WITH}(?=["”]?\s*\([^()]{1,40}\),? (?:is|are) (?:hereby )?continued\b)`,
      'g',
    ),
  ),
  // an official told to set it up: "The Attorney General of the United States shall provide for the establishment within
  // the Department of Justice of an "Office of National Narcotics Intelligence."" (EO 11676)
  guarded(
    'shall provide for the establishment',
    new RegExp(
      String.raw`\bshall provide for the establishment (?:(?:within|in) [^;.]{1,80}? )?of (?:an? |the )(?:new )?(?:["“]|\`\`)?${NAME}`,
      'g',
    ),
  ),
  // the body named after its kind: "There is hereby established in the Executive Office of the President a board of 9
  // members, which shall be known as the Presidential Clemency Board" (EO 11803), "a Commission which shall be known as
  // the President's Water Resources Policy Commission" (EO 10095); not its officer ("a civil administration of the Ryukyu
  // Islands, the head of which shall be known as the High Commissioner", EO 11010)
  guarded(
    /shall be (?:known|designated) as/,
    new RegExp(
      String.raw`${ESTABLISH_VERB}[^.;]{0,200}?(?<!\bof )\b(?:which|that) shall be (?:known|designated) as (?:the )?(?:["“]|\`\`)?${NAME}`,
      'g',
    ),
  ),
  // a body the order provides for without the word "established": "There shall be in the Agency a Wage Stabilization
  // Board composed of nine members" (EO 10161), "There shall be a Hostage Response Group (HRG) chaired by" (EO 13698)
  guarded(
    'There shall be',
    new RegExp(
      String.raw`\bThere shall be (?:(?:in|within) [^,.;]{1,80}? )?an? (?!${OFFICER})${NAME}(?=\s*\(| composed\b| consisting\b| chaired\b| headed\b|,| and an?\b| which\b| to\b)`,
      'g',
    ),
  ),
];
