/**
 * Abbreviations whose period does not end a sentence in these documents; "Cum." of a citation "(3 CFR Cum. Supp.)" (EO
 * 9567, 9767, 9998), which cut "Section 2(c) of Executive Order No. 9095 ..., as amended by ... (3 CFR Cum. Supp.), is
 * amended to read" from its verb. A capital alone is an initial ("Franklin D. Roosevelt"), but not the letter of a
 * schedule or part a sentence ends on: "... shall have been included under Schedule A. This section shall not apply"
 * (EO 9691), "... Regulation No. 1(a), Part I. However, ..." (EO 6230).
 */
const ABBREVIATIONS =
  /(?:\b(?:U\.S|Fed|Reg|C\.F\.R|U\.S\.C|Sec|No|Nos|Jr|Sr|Mr|Mrs|Ms|Dr|St|Inc|e\.g|i\.e|et seq|Pub|L|Stat|Div|Co|Corp|Gen|Gov|Dept|Cum|(?<!\b(?:Schedules?|Parts?|Sections?|Titles?|Appendix|Annex|Exhibit|Attachment|Subpart|Category) )[A-Z])\.)$/;

/** Splits flattened text into sentences, keeping abbreviations such as "Fed. Reg." inside. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  readSentences(text, (s) => {
    out.push(s);
    return true;
  });
  return out;
}

/** A sentence as splitSentences gives it, with where it starts in the text. */
export interface SentenceSpan {
  text: string;
  start: number;
}

/** splitSentences with each sentence's offset, known as it is cut (not searched for again in the text afterwards). */
export function sentenceSpans(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  readSentences(text, (s, start) => {
    out.push({ text: s, start });
    return true;
  });
  return out;
}

/** The first sentence of `text`, as splitSentences gives it, without reading the rest (a unit may be a 2 MB paragraph). */
export function firstSentence(text: string): string | undefined {
  // no callback: asked of every unit, its closure was garbage by the ten thousand
  BOUNDARY.lastIndex = 0;
  const m = sentenceEnd(text, 0);
  if (m) return text.slice(0, m.index + m[0].trimEnd().length).trim();
  return text.trim() || undefined;
}

/**
 * One or more clause labels and a capital after them: "(d) The Secretary", "(a)(1) "The"; and the quotation mark that
 * opens each item of a quoted text ('... to the Board. "(b) The Board shall', EO 12363).
 */
const LABELS_THEN_CAPITAL = String.raw`["\u201c]?(?:\(\w{1,4}\)\s*)+["\u201c(]?[A-Z]`;

/**
 * How much of a sentence's end ABBREVIATIONS reads: "Attachment A." is exactly 13, the longest word its look-behind
 * asks for, a space and the letter; reading only this much kept a paragraph full of "Sec." and "No." from going
 * quadratic.
 */
const ABBREVIATION_REACH = 13;

/**
 * Where a sentence may end; one regex for every call (a literal in the function is a new object each time), reset before use.
 * A capital may follow a clause's label: "... to the Co-Chairs. (d) The Secretary of the Interior shall maintain" (EO
 * 13751) is two sentences with their own actors, now that a quoted text's labels stay inline in the amending item.
 */
const BOUNDARY = new RegExp(String.raw`[.!?]["')]?\s+(?=["(]?[A-Z]|${LABELS_THEN_CAPITAL})`, 'g');

/**
 * A paragraph's roman numeral alone, "II." of "... is due to the natural progress of the disease. II. That for the
 * purposes of Part I" (EO 6089): a label, as "(a)" is, and no sentence of its own.
 */
const NUMERAL_ONLY = /^[IVXL]{1,7}\.$/;

/**
 * "et seq." ends a sentence where a word follows it ("5 U.S.C. 551 et seq. If in any case such rescission", EO 13992),
 * not where the name of the Act in parentheses goes on with the sentence ("... et seq. (Vacancies Act), during", EO 13753).
 */
const ET_SEQ_THEN_WORD = /\bet seq\.\s+[A-Z][a-z]/y;

/** Whether the boundary at `end` (just past its period) ends no sentence: an abbreviation. */
function isNoEnd(text: string, start: number, end: number): boolean {
  if (!ABBREVIATIONS.test(text.slice(Math.max(start, end - ABBREVIATION_REACH), end))) return false;
  ET_SEQ_THEN_WORD.lastIndex = end - 7;
  return !(end >= 7 && ET_SEQ_THEN_WORD.test(text));
}

/** The next boundary after BOUNDARY.lastIndex that ends the sentence begun at `start`, not an abbreviation. */
function sentenceEnd(text: string, start: number): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text))) {
    if (!isNoEnd(text, start, m.index + 1)) return m;
  }
  return null;
}

/**
 * Where a sentence ends though splitSentences reads on: a period before a subsection's own letter or number and a capital
 * ("the local board shall prepare and place in the file a written summary of such facts. (b) The local board shall
 * forward", EO 9988), a section sign ("accomplished. § 631.5 Calls by the Director", EO 10001) or a section number
 * ("therewith. 1-106. (a) All agency reports", EO 12113). Regulations printed whole in an order, and orders whose
 * subsections run on in one paragraph, are written so.
 */
const INNER_END = new RegExp(String.raw`[.]["'\u201d]?\s+(?=§|(?:\d+(?:-\d+)*\.\s+)?${LABELS_THEN_CAPITAL})`, 'g');

/**
 * The sentence of `text` that holds the character at `at`, where `text` is one sentence as splitSentences gives it but
 * may hold several (see INNER_END); `text` itself when it holds one. Read once from the start up to the next end after
 * `at`, so a caller asking once per sentence reads each once.
 */
export function ownSentence(text: string, at: number): string {
  let start = 0;
  INNER_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INNER_END.exec(text))) {
    const end = m.index + 1;
    if (ABBREVIATIONS.test(text.slice(Math.max(0, end - ABBREVIATION_REACH), end))) continue;
    if (end > at) return text.slice(start, end);
    start = m.index + m[0].length;
  }
  return start === 0 ? text : text.slice(start);
}

/** Hands each sentence to `take` in order, while it asks for more. */
function readSentences(text: string, take: (sentence: string, start: number) => boolean): void {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = sentenceEnd(text, start))) {
    const raw = text.slice(start, m.index + m[0].trimEnd().length);
    const sentence = raw.trim();
    if (!isNumeralOnly(sentence) && !take(sentence, start + leadingSpace(raw))) return;
    start = m.index + m[0].length;
  }
  const raw = text.slice(start);
  const rest = raw.trim();
  if (rest && !isNumeralOnly(rest)) take(rest, start + leadingSpace(raw));
}

/** Whether a piece cut as a sentence is only a paragraph's roman numeral (see NUMERAL_ONLY); short pieces are asked. */
function isNumeralOnly(sentence: string): boolean {
  return sentence.length <= 8 && NUMERAL_ONLY.test(sentence);
}

/** Where the trimmed text starts: counted, not searched for (the search for a 2 MB last sentence read it twice). */
function leadingSpace(raw: string): number {
  return raw.length - raw.trimStart().length;
}

/** "CREATING A FRAMEWORK TO ADDRESS" → "Creating a Framework to Address" (used only for all-caps titles). */
export function titleCase(text: string): string {
  const small = new Set([
    'a',
    'an',
    'the',
    'and',
    'or',
    'nor',
    'of',
    'at',
    'to',
    'in',
    'on',
    'for',
    'by',
    'with',
    'from',
    'as',
  ]);
  return text
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
