/**
 * One paragraph of running text, whatever its line breaks: every run of white space one space, no
 * space after "(" or before ")", "," and ";", "COVID- 19" closed up, "FairExpedited" spaced.
 */

/** A run of white space that is not one space already: the common single space is left where it is. */
const RUN = /\s{2,}|[^\S ]/;
const RUNS = new RegExp(RUN.source, 'g');

/**
 * The four edits of a text whose white space is single spaces, in one pass: "( ", a space before
 * ")", "," or ";", "COVID- 19" (a line-break hyphen the web page kept as a space) and "FairExpedited"
 * (a space lost in web renderings). None of them can take a character another needs, so one pass
 * matches what four passes in turn did; each pass over a 2 MB text made a copy of it.
 */
const EDIT = /\( | ([),;])|\b([A-Z]{2,})- (\d)|([a-z]{3})([A-Z][a-z]{2,})/g;

function edited(
  _all: string,
  closing?: string,
  capitals?: string,
  digit?: string,
  before?: string,
  word?: string,
): string {
  if (closing !== undefined) return closing;
  if (capitals !== undefined) return `${capitals}-${digit}`;
  if (before !== undefined) return `${before} ${word}`;
  return '(';
}

/** One paragraph of running text, whatever its line breaks: single spaces, no space before ")". */
export function flatten(text: string): string {
  return flattenLines([text]);
}

/** flatten(lines.join(' ')). */
export function flattenLines(lines: string[]): string {
  // blank lines left out: around them the spaces that join lines would be runs to collapse
  let text = lines.filter((line) => line !== '').join(' ');
  if (RUN.test(text)) text = text.replace(RUNS, ' ');
  return text.replace(EDIT, edited).trim();
}
