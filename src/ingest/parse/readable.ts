/**
 * Whether a body is text a reader would recognise as an order: sentences of words, not a run of
 * letters or labels behind a real header (an EO header followed by 100 KB of "a" is not an order).
 */
import type { DraftVisitor } from './outline';

/** Words every English sentence of an order uses; a body without any of them is not prose. */
const FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'by',
  'is',
  'be',
  'shall',
  'for',
  'as',
  'or',
  'that',
  'with',
  'hereby',
  'on',
  'any',
]);

/**
 * A body needs this many distinct words. Counting stops there: collecting more made a string of
 * every word of a body that repeats fewer than fifty words (a long order of one-line sections).
 */
const MIN_DISTINCT = 3;

/**
 * One pass over the words; ~linear whatever the shape of the text. `operative` is the text after
 * the authority clause; `whole` includes it (older orders often act in that one sentence and
 * follow it with a bare list of names).
 */
export function unreadableBody(operative: string, whole: string): string | undefined {
  return judge(operative.length < 200 ? operative : undefined, addWords(operative, newStats()), whole);
}

/**
 * unreadableBody of every provision but the preamble, its heading and text, as if joined by spaces; `drafts` hands each
 * provision to its visitor (see visitDrafts), none made yet. Read piece by piece (a word never crosses the space between
 * two pieces): the join was a copy of a 2 MB body in ten thousand pieces, and a list of the pieces, two a provision,
 * was 70 MB of arrays for 1.33 M provisions.
 */
export function unreadableOperative(drafts: (visit: DraftVisitor) => void, body: string): string | undefined {
  let blank = true;
  let length = -1; // the joined text's: one space fewer than the pieces
  // the pieces while their join is short: a short text is read whole, as it is asked whether it says only that it was
  // not published
  const short: string[] = [];
  const stats = newStats();
  drafts((path, _parentPath, text, heading = '') => {
    if (path === 'preamble') return;
    length += heading.length + text.length + 2;
    if (blank) blank = !/\S/.test(heading) && !/\S/.test(text);
    if (length < 200) short.push(heading, text);
    addWords(heading, stats);
    addWords(text, stats);
  });
  if (blank) return 'the body has no text after its preamble';
  if (length < 200) return unreadableBody(short.join(' '), body);
  return judge(undefined, stats, body);
}

/** `short`: the operative text, when under 200 characters. */
function judge(short: string | undefined, stats: WordStats, whole: string): string | undefined {
  if (short !== undefined && /\bwas not published\b/i.test(short))
    return 'the text says only that the order was not published';
  const { wordChars, distinct, letters } = stats;
  const functionWords = new Set<string>();
  for (const [w] of whole.matchAll(/[A-Za-z]+/g)) {
    if (FUNCTION_WORDS.has(w.toLowerCase())) functionWords.add(w.toLowerCase());
    if (functionWords.size >= 1) break;
  }
  if (distinct.size < MIN_DISTINCT) return `the body has ${distinct.size} distinct word(s) after the header`;
  if (functionWords.size < 1) return 'the body has no sentences of English words (no "the", "of", "shall" ...)';
  if (wordChars < letters * 0.6) return 'most of the body is not words (long runs of letters or symbols)';
  return undefined;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** What is not counted as a letter: space, digits, punctuation. */
const NOT_LETTER = /[\s\d.,;:()'"\-\u2014$%&/[\]]/;
const ASCII_NOT_LETTER = Uint8Array.from({ length: 128 }, (_, c) => (NOT_LETTER.test(String.fromCharCode(c)) ? 1 : 0));

interface WordStats {
  wordChars: number;
  distinct: Set<string>;
  letters: number;
}

function newStats(): WordStats {
  return { wordChars: 0, distinct: new Set<string>(), letters: 0 };
}

/**
 * The words of `body` as the pattern `[A-Za-z]+(?:['-][A-Za-z]+)*` reads them, added to `stats`: the letters of
 * those of at most 30 characters, the first MIN_DISTINCT distinct ones longer than one letter (lower case); and
 * how many characters are letters or symbols, not space, digits or punctuation. Read by character codes: a
 * match object and a string for each of the hundreds of thousands of words of a 2 MB body, and a
 * copy of it without punctuation, were a tenth of its parse time.
 */
function addWords(body: string, stats: WordStats): WordStats {
  let wordChars = 0;
  let letters = 0;
  const distinct = stats.distinct;
  const n = body.length;
  // one pass: a character outside a word is counted where it is stepped over, the letters of a word
  // (all ASCII letters, counted) and its apostrophes and hyphens (punctuation, not counted) as it is read
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (!isLetter(c)) {
      if (!(c < 128 ? ASCII_NOT_LETTER[c] : NOT_LETTER.test(body[i]))) letters++;
      i++;
      continue;
    }
    const start = i;
    let joints = 0; // the apostrophes and hyphens inside the word
    while (i < n && isLetter(body.charCodeAt(i))) i++;
    for (
      let c = body.charCodeAt(i);
      (c === 39 || c === 45) && isLetter(body.charCodeAt(i + 1));
      c = body.charCodeAt(i)
    ) {
      i++;
      joints++;
      while (i < n && isLetter(body.charCodeAt(i))) i++;
    }
    letters += i - start - joints;
    const length = i - start;
    if (length > 30) continue; // "aaaa…": no English word is that long
    wordChars += length;
    if (distinct.size < MIN_DISTINCT && length > 1) distinct.add(body.slice(start, i).toLowerCase());
  }
  stats.wordChars += wordChars;
  stats.letters += letters;
  return stats;
}
