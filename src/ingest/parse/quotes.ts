/**
 * Where quotations stand in a text: the words of another text (an amended order's new text, a quoted name), which
 * hold no command, limit or interval of this order's own. Read by roles and voices (quoteOpenAt), deadlines
 * (inQuotation) and recurring (quotationsUpTo), one reading of the marks for all.
 */

/** The opening quote mark of the quotation that holds offset `at`, or -1 outside any. */
export function quoteOpenAt(text: string, at: number): number {
  const curly = text.lastIndexOf('\u201c', at);
  if (curly > text.lastIndexOf('\u201d', at)) return curly;
  let straight = -1;
  let inside = false;
  for (let k = text.indexOf('"'); k !== -1 && k < at; k = text.indexOf('"', k + 1)) {
    inside = !inside;
    straight = k;
  }
  return inside ? straight : -1;
}

const QUOTE_MARK = /["“”]/;
/** What quoteMarkOpens asks of the characters beside a straight mark, declared once (a literal is a new object a call). */
const OPENS_AFTER = /^[\w([‘'“]/;
const WORD_CHARACTER = /\w/;

/**
 * Whether the character at `k` opens a quotation (true), closes one (false), or is no quotation mark (undefined). A
 * straight mark opens where a word, a parenthesis or a bracket follows it and no word goes right before it (a directive
 * may start inside the quotation: "... component." "(ii) ... no later than June 24, 2019", EO 13869).
 */
export function quoteMarkOpens(text: string, k: number): boolean | undefined {
  const c = text[k];
  if (c === '“') return true;
  if (c === '”') return false;
  if (c !== '"') return undefined;
  return OPENS_AFTER.test(text.slice(k + 1, k + 2)) && !WORD_CHARACTER.test(text[k - 1] ?? '');
}

/**
 * Whether a place in `text` is inside a quotation (the last mark before it opens one), asked of places in order: the
 * marks are read once, up to the place asked, so a long text is read once.
 */
export function quotationsUpTo(text: string): (at: number) => boolean {
  let read = text.search(QUOTE_MARK);
  if (read < 0) return () => false;
  let inside = false;
  return (at) => {
    for (; read < at; read++) inside = quoteMarkOpens(text, read) ?? inside;
    return inside;
  };
}

/** Whether offset `at` of `text` is inside a quotation: for one place (see quotationsUpTo for places in order). */
export function inQuotation(text: string, at: number): boolean {
  return quotationsUpTo(text)(at);
}
