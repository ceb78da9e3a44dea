/** Abbreviations whose period does not end a sentence in these documents. */
const ABBREVIATIONS =
  /(?:\b(?:U\.S|Fed|Reg|C\.F\.R|U\.S\.C|Sec|No|Nos|Jr|Sr|Mr|Mrs|Ms|Dr|St|Inc|e\.g|i\.e|et seq|Pub|L|Stat|Div|Co|Corp|Gen|Gov|Dept|[A-Z])\.)$/;

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
  let first: string | undefined;
  readSentences(text, (s) => {
    first = s;
    return false;
  });
  return first;
}

/** Hands each sentence to `take` in order, while it asks for more. */
/** Where a sentence may end; one regex for every call (a literal in the function is a new object each time), reset before use. */
const BOUNDARY = /[.!?]["')]?\s+(?=["(]?[A-Z])/g;

function readSentences(text: string, take: (sentence: string, start: number) => boolean): void {
  let start = 0;
  const boundary = BOUNDARY;
  boundary.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text))) {
    const end = m.index + 1;
    // Only the end of the sentence so far is read (the longest abbreviation and the character before
    // it): the whole of it made a paragraph full of "Sec." and "No." quadratic.
    if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 13), end))) continue;
    const raw = text.slice(start, m.index + m[0].trimEnd().length);
    const sentence = raw.trim();
    // what trim took off the front is white space, which the sentence does not start with
    if (!take(sentence, start + raw.indexOf(sentence))) return;
    start = m.index + m[0].length;
  }
  const raw = text.slice(start);
  const rest = raw.trim();
  if (rest) take(rest, start + raw.indexOf(rest));
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
