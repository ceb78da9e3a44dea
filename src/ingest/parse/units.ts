/**
 * Cuts the body, one stream of text, into numbered units: parts, sections, numbered paragraphs
 * and lettered clauses. Where lines break does not matter, so every rendering of an order cuts
 * the same way: a label starts a unit only where a sentence could end before it and where its
 * number continues the list it belongs to.
 */
import { CLAUSE_LABEL, ClauseStack, nextLetter, romanValue } from './labels';
import { firstNotBefore } from './lists';
import { matchAll } from './patterns';

export type UnitKind = 'part' | 'section' | 'paragraph' | 'clause';

export interface Unit {
  kind?: UnitKind; // undefined: the text before the first unit
  path?: string;
  parentPath?: string;
  raw: string;
}

/** Paragraphs of an order with no numbers, counted in words: the nth word opens paragraph n. */
const ORDINALS = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
  'Twelfth',
];

/**
 * The words a section's number follows, in this order's labels and in a quoted text's head alike; some renderings drop
 * the abbreviation's period ("SEC 3. Resources Evaluation.", EO 11089; "SEC 201. (a)", EO 10480).
 */
const SECTION_WORD = String.raw`Section|SECTION|Sec\.?|SEC\.?`;

/** One scan finds every candidate; each alternative's groups say which kind it is. */
const CANDIDATE = new RegExp(
  [
    `(?:${SECTION_WORD})\\s+(\\d+(?:-\\d+)?[A-Za-z]?)\\.(?=\\s+\\S)`, // 1: section number, with words after it
    // 2: part numeral; a roman one may stand alone on its line before a sentence ("PART III The following Executive
    // orders are hereby revoked:", EO 9830; "Part I Principles of Ethical Conduct", EO 12674; "Part 2 Conduct of
    // Intelligence Activities", EO 12333) or before its first numbered paragraph ("PART II 1. The Territory of Hawaii
    // shall", EO 10419; "PART II 5. An Interdepartmental Committee", EO 9832): tryPart asks for a stop before it and
    // the very next numeral
    '(?:PART|Part)\\s+([IVXL]+|\\d+)(?=\\s*[-\u2014.:]|\\s+[A-Z]{2}|\\s+\\d{1,3}\\.\\s|(?<=(?:PART|Part)\\s+(?:[IVXL]+|\\d{1,2}))\\s+[A-Z][a-z])[-\u2014.:]?',
    // 3, 4: paragraph number, before a capital or its first item's label ("2. (a) (1) Subparagraph (5)", EO 10659); "Paragraph
    // 2 of Executive Order No. 9988" names another text's (EO 10116), and so does "Paragraph 2 (b) of Executive Order No.
    // 10096" (EO 10695): its item's labels come between the number and "of"
    '(?:Paragraph|PARAGRAPH)\\s+(\\d{1,3})(?:\\.|(?!(?:\\s?\\(\\w{1,4}\\))*\\s+of\\b))(?=\\s)|(\\d{1,3})\\.(?=\\s+(?:["(]?[A-Z]|\\(\\w{1,4}\\)\\s))',
    `\\((${CLAUSE_LABEL})\\)(?=\\s|$)`, // 5: clause label
    '(\\d{1,3}\\.\\d{1,2})\\.?(?=\\s+[A-Z])', // 6: a numbered subsection, "4.1." in EO 14110
    '(\\d{1,2}-\\d{1,4})\\.(?=\\s+["(]?[A-Z])', // 7: Carter-era "1-1." (a group of section 1) and "1-101." (its first paragraph)
    `(${ORDINALS.join('|')}),(?=\\s)`, // 8: "First, That such index figures are ..." (EO 6085): paragraphs counted in words
    // 9, 10: a section number with its first item's label and no stop between them ("SECTION 1(a). A Construction
    // Industry Stabilization Committee", EO 11588; "SEC. 3 (a) The Administrator of General Services shall:", EO
    // 11724): the section and its item open together. Only a list's first label, and a capital after it: "Section
    // 45(a). The provisions" (EO 11164) names a part of another text, and trySection asks for a stop before it
    `(?:${SECTION_WORD})\\s+(\\d+[A-Za-z]?) ?\\((a|1)\\)\\.?(?=\\s+["(]?[A-Z])`,
    // 11: a section numbered by its part, before its heading ("Sec. 1.1. Classification Standards.", EO 13526; "SEC.
    // 1.1 Positions and employees affected by these Rules.", EO 10577): "Section 1.2 of this order" names one
    `(?:${SECTION_WORD})\\s+(\\d{1,2}\\.\\d{1,2})\\.?(?=\\s+["(]?[A-Z])`,
    // 12: an item lettered "b." rather than "(b)" ("b. Number of members. General courts-martial shall consist", EO
    // 10214; "...; b. review all existing federal housing policies", EO 12310): tryLetterDot asks for a stop before it
    // and the next letter of the list
    '([a-z])\\.(?=\\s+["(]?[A-Za-z])',
  ].join('|'),
  'g',
);

/**
 * The ends of text before a label that endOf, accept and quotesSection ask of every candidate: declared once, as a
 * regex literal in a function is a new object at each call.
 */
const SENTENCE_END = /[.:;\u2014]["')\]]?$/;
const LIST_END = /[;,] (?:and|or)$/;
const COLON_END = /:["']?$/;
const OPENING_MARK_END = /["\u201c]\s*$/;
const CAPITALISED_END = /\b[A-Z][\w'-]*$/;
const CAPITAL_AFTER = /^\s+["(]?[A-Z]/;
/** The first "(m)" or "(2)" label after a "(1)" that may be a misprinted "(l)" (see ellPrintedAsOne). */
const NEXT_M_OR_2 = /(?:^|\s)\((m|2)\)(?=\s)/;

/** How the text before a label ends: a sentence, a list item ("; and", ", or"), a comma, or mid-phrase. */
function endOf(before: string): 'sentence' | 'list' | 'comma' | undefined {
  if (before === '' || SENTENCE_END.test(before)) return 'sentence';
  if (LIST_END.test(before)) return 'list';
  return before.endsWith(',') ? 'comma' : undefined;
}

/**
 * The end of words that introduce the text an amendment sets out: "is amended to read as follows:", "by inserting the
 * following after section 801 thereof:". A verb of amending is asked for: "are adjusted as follows:" (EO 11413) opens a
 * table of this order's own, and the order's next section may follow it. Wider than QUOTE_OPENS
 * ("is amended as follows:" ends one): it only asks whether a section number that is not the order's next is quoted,
 * where QUOTE_OPENS makes every label after it another text's, and the order's own list of changes may follow.
 */
const QUOTED_LEAD =
  /\b(?:amend(?:ed|ing)?|to read|insert(?:ed|ing)?|add(?:ed|ing)?|substitut(?:ed|ing)|in lieu thereof)\b[^.:]{0,200}:\s*["']?\s*$/i;

/**
 * Words that set out another text's new wording: "is amended to read as follows:", "by adding a new subparagraph (h) to
 * read as follows:", "and inserting in lieu thereof the following:". The labels after them number that text ("(d) In
 * the case of appointments ...", EO 10205), not this order's. "is amended as follows:" is not among them: the order's
 * own list of changes follows it (QUOTED_LEAD, which only asks whether a section number is quoted, takes it: see there).
 */
const QUOTE_OPENS =
  /\b(?:to read(?: as follows)?|(?:insert|add)(?:ing|ed)?\b[^.:;]{0,120}\bthe following\b[^.:;]{0,40})\s*:/gi;

/**
 * Words that open an item of the order's own list of changes, not a label of the text it sets out: "(1) Subparagraph (5)
 * of paragraph (b) of § 1611.2 ... is amended by striking out" (EO 10659), "(1) in subsection (b)(1) by striking out"
 * (EO 12550), "(a) By striking out the words" (EO 11081), "(d) Executive Order No. 11743 ... is hereby superseded" (EO
 * 11775), "(2) Amending paragraph (b)" (EO 11360).
 */
// the verbs of a change, after "by" or opening the item
const CHANGE_VERB = 'striking|inserting|adding|deleting|amending|redesignating';
const OWN_CHANGE = new RegExp(
  String.raw`^(?:\(\w{1,4}\)\s*)*(?:by\s+(?:${CHANGE_VERB})\b|in\s+(?:sub)?(?:section|paragraph)\s*[\w.]*(?:\(\w{1,4}\))*\s+by\b|(?:${CHANGE_VERB})\s+(?:out\b|the\b|a new\b|["\u201c]|(?:sub)?(?:sections?|paragraphs?|clauses?)\b)|(?:[^.;:"\u201c]|\.(?=\d)|(?<=\bNos?)\.){0,240}?\b(?:is|are)\s+(?:hereby\s+)?(?:further\s+)?(?:amended|revoked|superseded|redesignated)\b)`,
  'i',
);

/** Where each passage QUOTE_OPENS introduces starts in `text`, in order. */
function quoteStarts(text: string): number[] {
  return matchAll(QUOTE_OPENS, text).map((m) => m.index + m[0].length);
}

/**
 * What may stand between the words that open a quoted text and its first label: quotation marks and the number of the
 * section quoted ("SECTION 101. (a)", EO 10205; "§ 1622.13 (b)").
 */
const QUOTED_HEAD = new RegExp(
  String.raw`^\s*["'\u201c]?\s*(?:(?:${SECTION_WORD}|§)\s*[\d.-]+[A-Za-z]?\.?\s*)?["'\u201c]?\s*$`,
);

/** The words that name a part of a text, whether a number or a label follows them. */
const PART_WORDS = 'sections?|subsections?|paragraphs?|subparagraphs?|clauses?';

/**
 * A part of a text named by its word and number: the label after it goes on with the name ("5. Paragraph 1 (a) of
 * Executive Order No. 10011", EO 10623; "6. The time stipulated in section 606 (a) (1)", EO 10284; "3. Paragraph I,
 * subparagraph (a) of part III", EO 6565).
 */
const NAMED_PART = new RegExp(String.raw`\b(?:${PART_WORDS})(?:\s+[\dIVX]{1,6}[A-Za-z]?)?(?:\s*\(\w{1,4}\))*\s*$`, 'i');

/** The end of a heading in capitals: two words or more ("SCOPE OF THIS ORDER", "GENERAL PROVISIONS"). */
const CAPS_HEADING = /\b[A-Z]{2,}(?:[ ,&'-]+[A-Z]{2,})+$/;

/**
 * The end of a section's heading in capitals before its first Carter-era group: one word or more, with the numbers of
 * a plan it names and a footnote's mark ("SECTION 4. DELEGATIONS 4-1.", EO 12148; "IMPLEMENTATION OF REORGANIZATION
 * PLAN NO. 2 OF 1978 1-1.", EO 12107; "... THE NATIONAL INTELLIGENCE EFFORT* 1-1.", EO 12036).
 */
const GROUP_HEADING_END = /\b[A-Z]{2,}(?:[ ,.&'-]+(?:[A-Z]{2,}|\d{1,4}))*\*?$/;

/** Words that name a part of a text: "(a)" after them is the part referred to ("under subsection (a)"), not a clause. */
const REFERENCE_WORD = new RegExp(String.raw`\b(?:${PART_WORDS}|items?|parts?|of|in|under|and|or|to|by|with)\s*$`, 'i');

/**
 * "Definitions. For purposes of this order ": a short heading sentence, then a phrase of a few words with no stop that
 * runs into the first label; the phrase is no reference to a part of a text.
 */
function isHeadingThenPhrase(text: string, stop: number): boolean {
  if (text[stop] !== '.' || stop > 120) return false;
  const phrase = text.slice(stop + 2).trim();
  // "Subject to the provisions of sections 1 (a) and 4" (EO 10716): a number before the label is what it belongs to
  return (
    /^[A-Z]/.test(phrase) && phrase.length <= 60 && !/[.;:]\s|[,()]|\d$/.test(phrase) && !REFERENCE_WORD.test(phrase)
  );
}

/** A label the text names, then ", " or ", and" / " or": "paragraph (b)(1), (2), or" (EO 13526). */
const CITED_LABEL_THEN_JOIN = /\((\w{1,4})\)(?:,|,? (?:and|or))$/;

/**
 * Whether `label` goes on with a series of labels the text names ("a violation under paragraph (b)(1), (2), or (3) of
 * this section", EO 13526; "paragraphs (a), (b), or (c) of Section 2", EO 6102): its predecessor stands right before
 * it inside the unit's text, where no item opened, so it is a reference too, though it may be the next of the open list.
 */
function continuesCitedLabels(previous: string, label: string): boolean {
  const cited = CITED_LABEL_THEN_JOIN.exec(previous)?.[1];
  if (cited === undefined) return false;
  if (/^\d+$/.test(label)) return Number(cited) + 1 === Number(label);
  const roman = romanValue(label);
  return nextLetter(cited) === label || (roman !== undefined && romanValue(cited) === roman - 1);
}

function numberOf(label: string): number {
  return romanValue(label.toLowerCase()) ?? Number.parseInt(label, 10);
}

class Scanner {
  readonly units: Unit[] = [{ raw: '' }];
  private section?: string;
  private part?: string;
  private paragraph?: number;
  private clauses?: ClauseStack;
  /** The last ClauseStack made: the next unit's clauses take it over, emptied. */
  private clauseStack?: ClauseStack;
  /** The last Carter-era number read: section, group, paragraph within the group (0 for the group itself). */
  private carter?: { major: number; group: number; item: number; groupPath?: string };
  private top?: string; // path of the open part, section or paragraph
  /** The last paragraph number of the part before the open one: a part's numbers may go on from it (see tryParagraph). */
  private paragraphsBefore?: number;
  /** The last section numbered by its part read ("1.2" as 1 and 2), where no plain section is open: see tryDecimal. */
  private decimal?: { major: number; minor: number };

  /** Where each quoted text of the body starts (see QUOTE_OPENS). */
  private readonly quotes: number[];

  constructor(private readonly text: string) {
    this.quotes = quoteStarts(text);
  }

  /** Where the last quoted text that starts inside the open unit, before `at`, starts; undefined when none does. */
  private quoteBefore(unitFrom: number, at: number): number | undefined {
    const k = firstNotBefore(this.quotes, (start) => start <= at) - 1;
    return k >= 0 && this.quotes[k] >= unitFrom ? this.quotes[k] : undefined;
  }

  /**
   * A label inside the text an amendment of the open unit sets out: it is that text's ("2. Subsection 201(d) ... is
   * amended to read as follows: (d) In the case of ...", EO 10205), unless it goes on with a list of the unit's own
   * opened before the quoted text and does not open the quoted text itself ("(a) Section 3 is amended to read: ...
   * (b) Section 4 is revoked."), or opens a change of the order's own: the quoted text never ends inside the unit, and
   * the order's next items after it ('... the Coast Guard. 2. (a) (1) Subparagraph (5) of paragraph (b) of § 1611.2 ...
   * is amended by striking out', EO 10659; '... local board." 2. (a) Section 1622.2 ... is amended', EO 10984) were
   * swallowed with it (see OWN_CHANGE).
   */
  private quotedClause(label: string, unitFrom: number, at: number, labelEnd: number): boolean {
    const quote = this.quoteBefore(unitFrom, at);
    if (quote === undefined) return false;
    if (QUOTED_HEAD.test(this.text.slice(quote, at))) return true;
    if (this.clauses?.continues(label)) return false;
    // the words of an own change are short: the longest subject before "is amended" is read, never the rest of the text
    return !OWN_CHANGE.test(this.text.slice(labelEnd, labelEnd + 300).trimStart());
  }

  /** The text of the open unit so far, up to `at`, trimmed: what a label must follow. */
  private before(from: number, at: number): string {
    return this.text.slice(Math.max(from, at - 40), at).trim();
  }

  private open(kind: UnitKind, path: string, parentPath: string | undefined): void {
    this.units.push({ kind, path, parentPath, raw: '' });
  }

  /** Tries the candidate; true when it starts a unit. */
  accept(m: RegExpExecArray, unitFrom: number): boolean {
    const previous = this.before(unitFrom, m.index);
    const end = endOf(previous);
    // where a sentence or a list item could have ended: ".", ":", ";", a dash, or "; and"
    const ended = end !== undefined && end !== 'comma';
    // a section follows a full stop or a part heading, never "; and" ("... Section 9, and Section 10.")
    const fullStop = end === 'sentence';
    if (m[1] !== undefined && m[1].includes('-')) return this.tryCarter(m[1], fullStop); // "Section 1-101." (EO 12148)
    if (m[1] !== undefined && this.quotesSection(m[1], unitFrom, m.index)) return false;
    if (m[1] !== undefined) return this.trySection(m[1], fullStop || this.afterPartOrHeading(m[1], previous));
    // the very next such number may follow a heading with no stop ("Part 1 Original Classification Section 1.1
    // Classification Levels", EO 12356), as a reference follows a word of a sentence ("under Section 1.2")
    if (m[11] !== undefined)
      return (
        (fullStop || this.afterPartOrHeading(m[11], previous) || CAPITALISED_END.test(previous)) &&
        !this.quotesSection(m[11], unitFrom, m.index) &&
        this.tryDecimal(m[11])
      );
    if (m[9] !== undefined) return this.trySectionAndItem(m[9], m[10], m[0], fullStop, previous, unitFrom, m.index);
    // a group may follow its section's heading in capitals with no stop ("SECTION 1. TRANSFERS OR REASSIGNMENTS 1-1.
    // Transfer or Reassignment", EO 12148; "SECTION 2 RESTRICTIONS ON INTELLIGENCE ACTIVITIES 2-1.", EO 12036)
    if (m[7] !== undefined) return this.tryCarter(m[7], ended || GROUP_HEADING_END.test(previous));
    if (m[8] !== undefined) return ended && this.tryParagraph(ORDINALS.indexOf(m[8]) + 1);
    // the new part an amendment sets out ("... striking Part 1 in its entirety and inserting in lieu thereof the following
    // new part: Part 1 Goals, Directions, ...", EO 13470) is that text's, not this order's; an order that is one text set
    // out whole ("... is henceforth modified to read as follows: Part 1 -- PRINCIPLES", EO 12731) has its parts as its own
    if (m[2] !== undefined) return ended && !this.setsOutPart(unitFrom, m.index) && this.tryPart(m[2]);
    if (m[6] !== undefined) return (ended || this.afterPartOrHeading(m[6], previous)) && this.tryDecimal(m[6]);
    const para = m[3] ?? m[4];
    if (para !== undefined)
      return this.paragraphMayStart(end, previous, unitFrom, m.index) && this.tryParagraph(Number(para));
    if (m[12] !== undefined) return ended && this.tryLetterDot(m[12], previous, unitFrom, m.index, m[0].length);
    const label = this.ellPrintedAsOne(m[5], end, m.index + m[0].length) ? 'l' : m[5];
    if (this.quotedClause(label, unitFrom, m.index, m.index + m[0].length)) return false;
    if (end !== 'sentence' && continuesCitedLabels(previous, label)) return false;
    const after = end ?? (this.afterHeading(unitFrom, m.index, label) ? 'sentence' : undefined);
    return after !== undefined && this.tryClause(label, COLON_END.test(previous), after);
  }

  /**
   * "(1)" where a letter list stands at "(k)": the letter l printed as the digit one ("(k) The Securities and Exchange
   * Commission. (1) The Department of State. (m) The Department of the Treasury.", EO 12146; "(k) Air Force Office of
   * Special Investigations. (1) U.S. Air Force Security Service. (m)", EO 12171). Read so only where the list goes on
   * with "(m)" before any "(2)", or where "(1)" follows "; and", which closes a list and never opens one: a list of
   * the item's own ("(k) ... as follows: (1) ... (2) ...") has its "(2)" first.
   */
  private ellPrintedAsOne(label: string, end: ReturnType<typeof endOf>, labelEnd: number): boolean {
    if (label !== '1' || !this.clauses?.continues('l')) return false;
    const next = NEXT_M_OR_2.exec(this.text.slice(labelEnd, labelEnd + 3000))?.[1];
    return next === 'm' || (end === 'list' && next === undefined);
  }

  /**
   * A numbered paragraph starts where a sentence could have ended; or, after the text an amendment sets out, where that
   * text ends in a comma or a closing quotation mark: the order's next item follows a quoted passage cut short ("... shall be known as "Foreign
   * Service Differential Posts", 3. Section 402 of the said Executive Order ...", EO 10623). tryParagraph still asks
   * for the very next number.
   */
  private paragraphMayStart(end: ReturnType<typeof endOf>, previous: string, unitFrom: number, at: number): boolean {
    // the order's next own item may follow words that open a text never printed ("... inserting the following new
    // item: 10. Chapter XXVI is amended", EO 11081): only an order with no numbered paragraph yet is read so
    if (this.paragraph === undefined && this.opensQuoted(unitFrom, at)) return false;
    if (end !== undefined && end !== 'comma') return true;
    if (this.afterPartHeading(unitFrom, at)) return true;
    return (end === 'comma' || /["\u201d]$/.test(previous)) && this.quoteBefore(unitFrom, at) !== undefined;
  }

  /**
   * A part's first paragraph may follow its heading with no stop ("PART II - FILING OF CLAIM 201. No claim shall be
   * received", EO 9786): only a short heading of no sentence stands between the part and the number.
   */
  private afterPartHeading(unitFrom: number, at: number): boolean {
    if (this.units[this.units.length - 1].kind !== 'part' || this.paragraph !== undefined) return false;
    const heading = this.text.slice(unitFrom, at);
    return heading.length <= 200 && !/[.;:,]\s|\bshall\b/.test(heading);
  }

  /**
   * A part numeral that opens the text an amendment in one of the order's own numbered units sets out (see accept):
   * before any, the words that open it are the preamble's, and the order is that text (EO 12731, EO 6156).
   */
  private setsOutPart(unitFrom: number, at: number): boolean {
    return this.top !== undefined && this.opensQuoted(unitFrom, at);
  }

  /**
   * Whether a label at `at` is the first of the text an amendment sets out: only quotation marks or the quoted section's
   * number stand between the words that open it and the label ("Section 3 of Executive Order No. 6657-A ... is amended
   * to read as follows: 1. (a) The loss above referred to", EO 6850: the order is that one amendment, not paragraph 1).
   */
  private opensQuoted(unitFrom: number, at: number): boolean {
    const quote = this.quoteBefore(unitFrom, at);
    return quote !== undefined && QUOTED_HEAD.test(this.text.slice(quote, at));
  }

  /**
   * A section may open after a part's heading, and the order's first section after a heading in capitals with no stop
   * ("it is hereby ordered as follows: SPECIAL COMMITTEE ON ENERGY SECTION 1. Three Assistants ...", EO 11712; "...
   * GENERAL PROVISIONS SECTION 1. Policy.", EO 11491). Later sections need no such help: the very next number opens.
   */
  private afterPartOrHeading(label: string, previous: string): boolean {
    if (this.units[this.units.length - 1].kind === 'part') return true;
    return this.section === undefined && label === '1' && CAPS_HEADING.test(previous);
  }

  /**
   * A section's first clause may follow a heading with no period ("Sec. 5. Heading (a) Within 90 days ..."), or a
   * heading and then a phrase with no stop: the words that open a list ("Sec. 1. Definitions. For purposes of this
   * order (a) ...", EO 12612), or the piece of the heading a rendering set on a line of its own ("Sec. 2. s and
   * Functions. Purpose (a) ...", EO 12631; "Sec. 3. ulatory Impact Analysis and Review. Reg (a)", EO 12291).
   */
  private afterHeading(unitFrom: number, at: number, label: string): boolean {
    const unit = this.units[this.units.length - 1];
    if (unit.kind !== 'section' && unit.kind !== 'paragraph') return false;
    if (!['a', '1', 'i', 'A'].includes(label)) return false;
    const heading = this.text.slice(unitFrom, at);
    if (heading.length >= 300 || /\bshall\b/.test(heading) || NAMED_PART.test(heading)) return false;
    const stop = /[.;:]\s/.exec(heading);
    return !stop || isHeadingThenPhrase(heading, stop.index);
  }

  /**
   * A section an amendment sets out, not one of this order's own: it follows the words that introduce the new text
   * ("... is hereby further amended by inserting the following after section 801 thereof: SEC. 802.", EO 10281; "Add a
   * new Section 906 as follows: Section 906.", EO 11921) and its number is not the next of this order's. Taken as this
   * order's, it left every later section of the order (lower numbers) inside it. An order whose own units are numbered
   * paragraphs or lettered clauses ("1. Subsection 101(a) of Executive Order No. 10182 ... is amended to read as
   * follows: SECTION 101. (a) ...", EO 10205) has no sections of its own to continue, but may open its first after
   * clauses in its preamble ("(4) ...; Now, therefore, ... it is hereby ordered as follows: Section 1.", EO 12807).
   */
  private quotesSection(label: string, unitFrom: number, at: number): boolean {
    // right after the mark that opens the new text, even the order's next number is that text's ('... inserting in lieu
    // thereof the following: “ Sec 2. (a) The Secretary of State', EO 13380)
    if (OPENING_MARK_END.test(this.text.slice(Math.max(unitFrom, at - 4), at)) && this.opensQuoted(unitFrom, at))
      return true;
    // the next of the order's own: its first section (after the enacting "it is hereby ordered as follows:") or the next
    const next = this.section === undefined ? 1 : Number.parseInt(this.section, 10) + 1;
    if (next === Number.parseInt(label, 10) || this.units.length === 1) return false;
    const lead = this.text.slice(Math.max(unitFrom, at - 300), at);
    return QUOTED_LEAD.test(lead);
  }

  private trySection(label: string, ended: boolean): boolean {
    const n = Number.parseInt(label, 10);
    const last = this.section === undefined ? undefined : Number.parseInt(this.section, 10);
    const continues =
      last === undefined ? true : n > last || (n === last && label !== this.section && /[A-Za-z]$/.test(label));
    if (!continues || !(ended || (last !== undefined && n === last + 1))) return false;
    this.section = label;
    this.paragraph = undefined;
    this.top = label;
    this.clauses = undefined;
    this.open('section', label, this.part ? `Part-${this.part}` : undefined);
    return true;
  }

  /**
   * "SEC. 3 (a) The Administrator": the section, read as "SEC. 3." is, and then its first item, which the same words
   * label.
   */
  private trySectionAndItem(
    section: string,
    item: string,
    label: string,
    fullStop: boolean,
    previous: string,
    unitFrom: number,
    at: number,
  ): boolean {
    // with no stop before it, only after a heading ("FUNCTIONS OF THE DIRECTOR SEC. 2 (a) The Director", EO 11599) and
    // in a heading's spelling ("SEC.", "Sec.", "SECTION", as every such place in the corpus has it): "... in the
    // preamble and in Section 2(a). SEC. 2." (EO 12012) and "the Defense Production Act Section 2(a) The" name a part
    // of another text
    const headingSpelling = !label.startsWith('Section');
    const afterHeading =
      headingSpelling && (/\b[A-Z][\w'-]*$/.test(previous) || this.afterPartOrHeading(section, previous));
    if (!(fullStop || afterHeading) || this.quotesSection(section, unitFrom, at)) return false;
    if (!this.trySection(section, true)) return false;
    this.tryClause(item, false, 'sentence');
    return true;
  }

  /**
   * "Sec. 1.2." numbered by its part or rule: a subsection of the open "Sec. 1." (see trySubsection), else a section of
   * its own where it goes on with the last such number ("1.2" after "1.1", "2.1" after "1.9") or opens the first; under
   * the open part ("PART 1—ORIGINAL CLASSIFICATION", EO 13526), as there is no "Sec. 1." to hang it on.
   */
  private tryDecimal(label: string): boolean {
    if (this.section !== undefined) return this.trySubsection(label);
    const [major, minor] = label.split('.').map(Number);
    const last = this.decimal;
    // the first opens the first part's series ("1.1") or the open part's ("21.1" under "PART 21"): "SEC. 8.1" of a rule
    // an amendment adds (EO 10641) is that rule's
    const next = last
      ? (major === last.major && minor === last.minor + 1) || (major === last.major + 1 && minor === 1)
      : minor === 1 && (major === 1 || String(major) === this.part);
    if (!next) return false;
    this.decimal = { major, minor };
    this.paragraph = undefined;
    this.top = label;
    this.clauses = undefined;
    this.open('section', label, this.part ? `Part-${this.part}` : undefined);
    return true;
  }

  /** "4.2." within Sec. 4: a subsection with its own clause lists. */
  private trySubsection(label: string): boolean {
    if (this.section === undefined || label.split('.')[0] !== this.section) return false;
    this.top = label;
    this.clauses = undefined;
    this.open('section', label, this.section);
    return true;
  }

  /**
   * Carter-era numbering (1977-81): "1-1." opens a group of section 1 and "1-101." the first
   * paragraph of that group, "1-2." the next group and "1-201." its first paragraph. A number
   * starts a unit only where it continues that sequence, so "Public Law 95-452." never does; and
   * after a sentence, unless it is the very next number (a list of officials ends with no stop, EO 12065).
   */
  private tryCarter(label: string, ended: boolean): boolean {
    const [majorText, minorText] = label.split('-');
    const major = Number(majorText);
    const minor = Number(minorText);
    const isItem = minorText.length >= 3;
    const group = isItem ? Math.floor(minor / 100) : minor;
    const item = isItem ? minor % 100 : 0;
    const last = this.carter;
    const sectionNo = this.section !== undefined && /^\d+$/.test(this.section) ? Number(this.section) : undefined;
    const startsMajor = group === 1 && item <= 1;
    if (!last) {
      if (!startsMajor || (sectionNo !== undefined ? major !== sectionNo : major !== 1)) return false;
      if (!ended) return false;
    } else if (major === last.major) {
      const next = (group === last.group && item > last.item) || (group === last.group + 1 && item <= 1);
      const veryNext = (group === last.group && item === last.item + 1) || (group === last.group + 1 && item === 0);
      if (!next || !(ended || veryNext)) return false;
    } else if (major !== last.major + 1 || !startsMajor || !ended) {
      return false;
    }
    const section = sectionNo === major ? this.section : undefined;
    const sameGroup = last && last.major === major && last.group === group ? last.groupPath : undefined;
    const path = label;
    const parentPath = isItem ? (sameGroup ?? section) : section;
    this.carter = { major, group, item, groupPath: isItem ? sameGroup : path };
    this.paragraph = undefined;
    this.top = path;
    this.clauses = undefined;
    this.open(isItem ? 'paragraph' : 'section', path, parentPath);
    return true;
  }

  private tryPart(numeral: string): boolean {
    const n = numberOf(numeral);
    const last = this.part === undefined ? 0 : numberOf(this.part);
    if (n !== last + 1) return false;
    this.part = numeral;
    this.paragraphsBefore = this.paragraph;
    this.paragraph = undefined;
    this.top = `Part-${numeral}`;
    this.clauses = undefined;
    this.open('part', this.top, undefined);
    return true;
  }

  private tryParagraph(n: number): boolean {
    // a part's first paragraph is its "1." or goes on with the numbers of the part before ("PART II 5.", EO 9832)
    // or is numbered by the part, as a section of a part's rules is: "PART II 201. The provisions of this Part" (EO 9841)
    const goesOn =
      this.paragraph === undefined &&
      ((this.paragraphsBefore !== undefined && n === this.paragraphsBefore + 1) ||
        (this.part !== undefined && n === numberOf(this.part) * 100 + 1));
    if (this.section !== undefined || !(n === (this.paragraph ?? 0) + 1 || goesOn)) return false;
    this.paragraph = n;
    const path = this.part ? `Part-${this.part}.${n}` : String(n);
    this.top = path;
    this.clauses = undefined;
    this.open('paragraph', path, this.part ? `Part-${this.part}` : undefined);
    return true;
  }

  /** A ClauseStack for the clauses of `top`: the one the last unit had is no longer read, and is emptied for this one. */
  private emptyClauses(top: string): ClauseStack {
    this.clauseStack = this.clauseStack ? this.clauseStack.reset(top) : new ClauseStack(top);
    return this.clauseStack;
  }

  /**
   * "b." after a stop or "; and": an item when it is a letter that opens or goes on with the list (acceptsLetterDot), and
   * not a label of a text an amendment sets out. A list opens at "a." before a capital only ("a. m." is a time); its
   * later items may start in lower case ("the Commission shall: a. Analyze ...; b. review ...", EO 12310). Only under a numbered unit of the order's own: the lettered items of a
   * text an order with no numbers inserts ("... inserting in its place: Section 1-209. Agencies ...: a. The Office of
   * Enforcement", EO 12559) are that text's.
   */
  private tryLetterDot(label: string, previous: string, unitFrom: number, at: number, length: number): boolean {
    if (this.top === undefined || this.quotedClause(label, unitFrom, at, at + length)) return false;
    if (label === 'a' && !CAPITAL_AFTER.test(this.text.slice(at + length, at + length + 4))) return false;
    const clauses = this.openClauses();
    if (!clauses.acceptsLetterDot(label)) return false;
    const path = clauses.push(label, COLON_END.test(previous), true);
    this.open('clause', path, clauses.parentPath());
    return true;
  }

  private tryClause(label: string, opensList: boolean, after: 'sentence' | 'list' | 'comma'): boolean {
    const clauses = this.openClauses();
    if (!clauses.accepts(label, opensList, after)) return false;
    const path = clauses.push(label, opensList);
    this.open('clause', path, clauses.parentPath());
    return true;
  }

  /** The clauses of the open unit, made for its first clause: most sections of a long order have none. */
  private openClauses(): ClauseStack {
    return (this.clauses ??= this.emptyClauses(this.top ?? ''));
  }
}

/** The body cut into units, in order; the first unit (no kind) holds the text before any label. */
export function cutUnits(body: string): Unit[] {
  const scanner = new Scanner(body);
  const re = new RegExp(CANDIDATE.source, 'g');
  let unitFrom = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (m.index > 0 && body[m.index - 1] !== ' ') continue;
    const current = scanner.units[scanner.units.length - 1];
    if (!scanner.accept(m, unitFrom)) continue;
    current.raw = body.slice(unitFrom, m.index).trim();
    unitFrom = m.index + m[0].length;
  }
  scanner.units[scanner.units.length - 1].raw = body.slice(unitFrom).trim();
  return scanner.units;
}
