/**
 * Whether a short pattern matches texts joined by spaces, asked without joining them: a long order's 2 MB of texts
 * joined into one string cost 15 ms, to find that most orders say no such thing.
 */

/**
 * Whether `re` matches the `texts` joined by single spaces. `re` is not global, has no anchors, lookarounds or word boundaries and
 * no match of it is longer than `longest`: a match across joins then lies in the joined text's last `longest`
 * characters before the last join it crosses, that space and the first `longest` characters of the text after it.
 */
export function matchesJoined(re: RegExp, texts: readonly { text: string }[], longest: number): boolean {
  let before = '';
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k].text;
    if (re.test(text) || (k > 0 && re.test(`${before} ${text.slice(0, longest)}`))) return true;
    before = (k > 0 ? `${before} ${text.slice(-longest)}` : text.slice(-longest)).slice(-longest);
  }
  return false;
}
