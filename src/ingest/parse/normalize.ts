/**
 * Turns one rendering of a document (web page, PDF extraction, Federal Register markdown or
 * pdftotext -layout) into the same plain lines, so everything downstream sees one text.
 */

/** Lines that belong to the page, not the document: running heads, print codes, page numbers. */
const NOISE_LINES: RegExp[] = [
  /^Federal Register \/ Vol\./,
  /^\d+\s+Federal Register \/ Vol\./,
  /^VerDate\b/,
  /^\S+ on DSK\w+ with /,
  /^\[FR Doc\.?/,
  /^Filed \d/,
  /^Billing code/i,
  /^Presidential Documents$/,
  /\.EPS\b/,
  /^<\/?GPH>/,
  /^\d{1,5}$/, // a stray page number (Federal Register pages run past 9999)
  /^\[\[Page \d+\]\]$/, // govinfo page marks
  /^\[Filed with the Office of the Federal Register\b/i,
  /^#{1,6}\s+Preamble$/i, // the corpus scraper's heading, not the order's
  /^(?:-\s*){3,}$/, // "- - - - - - -" under a PDF title
  /^https?:\/\/\S+$/,
  /^###\s+Authority$/i,
];

/** The noise patterns as two alternations, one per case rule: one test a line instead of seventeen. */
const NOISE = [false, true]
  .map((ignoreCase) => NOISE_LINES.filter((re) => re.ignoreCase === ignoreCase))
  .filter((res) => res.length)
  .map((res) => new RegExp(res.map((re) => `(?:${re.source})`).join('|'), res[0].flags));

function isNoise(line: string): boolean {
  for (const re of NOISE) if (re.test(line)) return true;
  return false;
}

/** Prefixes whose hyphen is part of the word, not a line-break artefact ("non-protection-related"). */
export const KEEP_HYPHEN = new Set([
  'non',
  'self',
  'cross',
  'well',
  'so',
  'anti',
  'multi',
  'ex',
  'quasi',
  'co',
  'case',
]);

/** Quotes, dashes and spaces of one meaning that renderings spell differently: what unifyCharacters replaces. */
const UNIFIABLE = String.raw`\u2018\u2019\u201B\u2032\u201C\u201D\u201E\u2033\u2013\u2011\u2010\u00A0\u2002-\u200A\u202F\t\u00AD`;

/** A pair of single quotes (a double quote), matched before the single one, or any other character to unify. */
const UNIFY = new RegExp(String.raw`[\u2018\u2019\u201B\u2032]{2}|[${UNIFIABLE}]`, 'g');

/** What each becomes; the rest are spaces. */
const UNIFIED: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u2013': '-',
  '\u2011': '-',
  '\u2010': '-',
  '\u00AD': '',
};

/** One pass, not one a character: the pair of single quotes is a double quote, so it is matched before the single one. */
function unifyCharacters(line: string): string {
  return line.replace(UNIFY, (ch) => (ch.length === 2 ? '"' : (UNIFIED[ch] ?? ' ')));
}

/** Web and Markdown markup around the words: escapes, emphasis, HTML tags and entities. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  nbsp: ' ',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  sect: '\u00A7',
  mdash: '\u2014',
  ndash: '-',
  rsquo: "'",
  lsquo: "'",
  rdquo: '"',
  ldquo: '"',
};

function decodeEntities(line: string): string {
  return line.replace(/&(#\d{1,6}|[a-z]{2,6});/g, (all, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? all),
  );
}

function stripEmphasis(line: string): string {
  const plain = line.replace(/\*\*/g, '');
  return plain.includes('*') ? plain.replace(/(^|[\s(])\*(?=\S)([^*\n]{1,300}?\S)\*(?=[\s.,;:)]|$)/gm, '$1$2') : plain;
}

/**
 * The cleaning of a line, in order, each step with the string it needs: characters unified, markup
 * read away, links and runs of spaces gone. A step runs only on a line where its string occurs.
 */
const STEPS: [mark: string | RegExp, clean: (line: string) => string][] = [
  [new RegExp(`[${UNIFIABLE}]`), unifyCharacters],
  ['[[Page ', (line) => line.replace(/\[\[Page \d+\]\]/g, ' ')],
  ['<', (line) => line.replace(/<\/?[A-Za-z][^<>\n]{0,300}>/g, '')],
  ['&', decodeEntities],
  ['\\', (line) => line.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')],
  ['*', stripEmphasis],
  ['://', (line) => line.replace(/https?:\/\/\S+/g, ' ')],
  ['  ', (line) => line.replace(/ {2,}/g, ' ')],
];

/** A character only a step's string has: a line without one, and without one of CLEANING_STRINGS, is clean as it is. */
const CLEANING_CHARACTER = new RegExp(String.raw`[${UNIFIABLE}<&\\*]`);

/** The strings of steps that start with a common character ("[", ":", " "); patterns: includes('  ') is slow. */
const CLEANING_STRINGS = [/\[\[Page /, /:\/\//, / {2}/];

function hasAny(line: string, strings: RegExp[]): boolean {
  for (let i = 0; i < strings.length; i++) if (strings[i].test(line)) return true;
  return false;
}

function cleanLine(line: string): string {
  let out = line;
  for (const [mark, clean] of STEPS)
    if (typeof mark === 'string' ? out.includes(mark) : mark.test(out)) out = clean(out);
  return out;
}

/** The text's lines; a line break is "\n", "\r\n", "\r" or a form feed, and a byte order mark at the start goes. */
function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.includes('\r') || body.includes('\f') ? body.split(/\r\n?|[\n\f]/) : body.split('\n');
}

/**
 * The text's lines, cleaned one by one: no step crosses a line break, and each whole-text pass that changed
 * anything made a copy of 2 MB (4 MB in two-byte characters). In place: the array is the one split made.
 */
function cleanLines(text: string): string[] {
  const lines = splitLines(text);
  // scans of the whole text spare a line the searches for strings it cannot have, and a plain text a test a line
  const strings = CLEANING_STRINGS.filter((re) => re.test(text));
  if (strings.length === 0 && !CLEANING_CHARACTER.test(text)) return lines;
  let broken = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!CLEANING_CHARACTER.test(line) && !hasAny(line, strings)) continue;
    const clean = cleanLine(line);
    lines[i] = clean;
    broken ||= clean.includes('\n');
  }
  // an entity spelled a line break ("&#10;"): its pieces are lines of their own
  return broken ? lines.join('\n').split('\n') : lines;
}

/**
 * A Markdown heading of a section: "### Section 4." and what follows on its line. The scraper broke a decimal number
 * ("Sec. 1.1." in EO 13526, "Sec. 9.1 Coverage" in EO 11315) at its point: "### Section 1. 1", "### Section 9. 1
 * Coverage"; the digits after the point are the number's own when the line ends there or a heading goes on, never
 * when a reference to a text does ("### Section 2. 1 Section 1-102 of Executive Order No 12163 ... is further amended",
 * EO 12738: a stray digit before the sentence).
 */
const MARKDOWN_SECTION =
  /^#{1,6}\s+((?:Section|Sec\.)\s+\d+)\.(?: (\d{1,2})(?=\s*$|\s+(?!(?:Section|Sec\.|SEC\.)\s)[A-Z]))?\s*(.*)$/;

/**
 * Whether the digits after a heading's "Section 1." are the second half of its decimal number: the first of a series
 * ("1.1", "9.1") or the next of the last one joined ("1.2" after "1.1"). A lone "36. 8" or "6. 51" is a section's number
 * and a stray figure, as a series of decimals starts at ".1" (EO 10932, EO 12698).
 */
function decimalSeries(): (section: string, digits: string | undefined) => boolean {
  let last: string | undefined;
  return (section, digits) => {
    if (digits === undefined) return false;
    const major = section.slice(section.lastIndexOf(' ') + 1);
    const joins = digits === '1' || last === `${major}.${Number(digits) - 1}`;
    if (joins) last = `${major}.${digits}`;
    return joins;
  };
}

/** Markdown headings "### Section 4." followed by a heading line become "Section 4. Heading." (in place: `lines` is the caller's own) */
function foldMarkdownHeadings(lines: string[]): string[] {
  const joinsDecimal = decimalSeries();
  let to = 0;
  for (let i = 0; i < lines.length; i++) {
    // both patterns start with "#": most lines are skipped on their first character
    const m = lines[i][0] === '#' ? MARKDOWN_SECTION.exec(lines[i]) : null;
    if (!m) {
      lines[to++] = lines[i][0] === '#' ? lines[i].replace(/^#{1,6}\s+/, '') : lines[i];
      continue;
    }
    const number = joinsDecimal(m[1], m[2]) ? `${m[1]}.${m[2]}` : `${m[1]}.`;
    // digits that are no decimal's stay where they stood: "### Section 36. 8 LANDS EXCLUDED" (EO 10932)
    const rest = m[2] !== undefined && !number.endsWith(m[2]) ? `${m[2]} ${m[3]}` : m[3];
    let head = rest;
    let j = i + 1;
    while (!head && j < lines.length && lines[j] === '') j++;
    if (!head && j < lines.length && looksLikeHeading(lines[j])) {
      head = lines[j];
      i = j;
    }
    lines[to++] = head ? `${number} ${head.replace(/\.?$/, '.')}` : number;
  }
  lines.length = to;
  return lines;
}

function looksLikeHeading(line: string): boolean {
  return wordCount(line) <= 30 && /^[A-Z]/.test(line) && !/[.:;]$/.test(line) && !/\bshall\b/.test(line);
}

/** `text.split(' ').length`, without the list of words. */
function wordCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) n++;
  return n;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The letters before a line's final hyphen, read backwards so a long run costs one pass, not a regex backtrack per start. */
function wordBeforeHyphen(line: string): string | undefined {
  if (!line.endsWith('-')) return undefined;
  let k = line.length - 1;
  while (k > 0 && isAsciiLetter(line.charCodeAt(k - 1))) k--;
  return k < line.length - 1 ? line.slice(k, -1) : undefined;
}

/**
 * Joins "Home-" + "land" across a line break (blank lines between, as PDF extraction leaves
 * them); "COVID-" + "19" keeps its hyphen, since a word never breaks before a digit.
 * In place: `lines` is the caller's own.
 */
function joinHyphenated(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const word = wordBeforeHyphen(lines[i]);
    if (!word) continue;
    let j = i + 1;
    while (j < lines.length && lines[j] === '') j++;
    const next = /^([a-z\d][\w'-]*[,.;:)"]*)\s*(.*)$/.exec(lines[j] ?? '');
    if (!next) continue;
    const joiner = KEEP_HYPHEN.has(word.toLowerCase()) || /^\d/.test(next[1]) ? '-' : '';
    lines[i] = lines[i].slice(0, -1) + joiner + next[1];
    lines[j] = next[2];
  }
  return lines;
}

/** Clean, trimmed lines; empty strings mark blank lines. */
export function normalizeLines(text: string): string[] {
  // kept lines are moved up in the array split made: a second array of 300,000 lines grew by copies
  const lines = cleanLines(text);
  let kept = 0;
  let headings = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (isNoise(line)) continue;
    if (line[0] === '#') headings = true;
    lines[kept++] = line;
  }
  lines.length = kept;
  // only a Markdown rendering has lines to fold; folding and joining keep trimmed lines trimmed
  return joinHyphenated(headings ? foldMarkdownHeadings(lines) : lines);
}
