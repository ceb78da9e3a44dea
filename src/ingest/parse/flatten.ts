/**
 * One paragraph of running text, whatever its line breaks: every run of white space one space, no
 * space after "(" or before ")", "," and ";", "COVID- 19" closed up, "FairExpedited" spaced.
 */

/**
 * Every edit in one pass: "(" and the white space after it; white space before ")", "," or ";";
 * "COVID- 19" (a line-break hyphen the web page kept as a space); "FairExpedited" (a space lost in
 * web renderings); a run of white space that is not one space already (the common single space is
 * left where it is). No edit can take a character another needs, so one pass matches what five
 * passes in turn did, non-overlapping matches included; each pass over a 2 MB text copied it.
 */
const EDIT = /\(\s+|\s+([),;])|\b([A-Z]{2,})-\s+(\d)|([a-z]{3})([A-Z][a-z]{2,})|\s{2,}|[^\S ]/g;

function edited(all: string, closing?: string, capitals?: string, digit?: string, before?: string, word?: string) {
  if (closing !== undefined) return closing;
  if (capitals !== undefined) return `${capitals}-${digit}`;
  if (before !== undefined) return `${before} ${word}`;
  return all[0] === '(' ? '(' : ' ';
}

/** One paragraph of running text, whatever its line breaks: single spaces, no space before ")". */
export function flatten(text: string): string {
  return text.replace(EDIT, edited).trim();
}

/** flatten(lines.join(' ')). */
export function flattenLines(lines: string[]): string {
  return flatten(withoutBlankLines(lines).join(' '));
}

/**
 * The lines but blank ones, when they are many: the spaces around a blank line are a run to replace, and
 * a text with no other edit is then left as it is, not copied. A handful is left in: the copy of a list
 * of 300,000 lines would cost more than their runs.
 */
function withoutBlankLines(lines: string[]): string[] {
  let blank = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i] === '') blank++;
  if (blank * 100 < lines.length) return lines;
  const kept = new Array<string>(lines.length - blank);
  for (let i = 0, k = 0; i < lines.length; i++) if (lines[i] !== '') kept[k++] = lines[i];
  return kept;
}
