/** Abbreviations whose period does not end a sentence in these documents. */
const ABBREVIATIONS =
  /(?:\b(?:U\.S|Fed|Reg|C\.F\.R|U\.S\.C|Sec|No|Nos|Jr|Sr|Mr|Mrs|Ms|Dr|St|Inc|e\.g|i\.e|et seq|Pub|L|Stat|Div|Co|Corp|Gen|Gov|Dept|[A-Z])\.)$/;

/** Splits flattened text into sentences, keeping abbreviations such as "Fed. Reg." inside. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const boundary = /[.!?]["')]?\s+(?=["(]?[A-Z])/g;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text))) {
    const end = m.index + 1;
    // Only the end of the sentence so far is read (the longest abbreviation and the character before
    // it): the whole of it made a paragraph full of "Sec." and "No." quadratic.
    if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 13), end))) continue;
    out.push(text.slice(start, m.index + m[0].trimEnd().length).trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
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
