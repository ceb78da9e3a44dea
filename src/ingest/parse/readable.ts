/**
 * Whether a body is text a reader would recognise as an order: sentences of words, not a run of
 * letters or labels behind a real header (an EO header followed by 100 KB of "a" is not an order).
 */

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
 * One pass over the words; ~linear whatever the shape of the text. `operative` is the text after
 * the authority clause; `whole` includes it (older orders often act in that one sentence and
 * follow it with a bare list of names).
 */
export function unreadableBody(operative: string, whole: string): string | undefined {
  const body = operative;
  if (body.length < 200 && /\bwas not published\b/i.test(body))
    return 'the text says only that the order was not published';
  let wordChars = 0;
  const distinct = new Set<string>();
  const functionWords = new Set<string>();
  // iterated, not collected: a 2 MB body is hundreds of thousands of words
  for (const [w] of body.matchAll(/[A-Za-z]+(?:['-][A-Za-z]+)*/g)) {
    if (w.length > 30) continue; // "aaaa…": no English word is that long
    wordChars += w.length;
    if (distinct.size < 50 && w.length > 1) distinct.add(w.toLowerCase());
  }
  for (const [w] of whole.matchAll(/[A-Za-z]+/g)) {
    if (FUNCTION_WORDS.has(w.toLowerCase())) functionWords.add(w.toLowerCase());
    if (functionWords.size >= 1) break;
  }
  const letters = body.replace(/[\s\d.,;:()'"\-\u2014$%&/[\]]/g, '').length;
  if (distinct.size < 3) return `the body has ${distinct.size} distinct word(s) after the header`;
  if (functionWords.size < 1) return 'the body has no sentences of English words (no "the", "of", "shall" ...)';
  if (wordChars < letters * 0.6) return 'most of the body is not words (long runs of letters or symbols)';
  return undefined;
}
