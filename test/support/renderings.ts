/**
 * Re-renders one order's text in the other families the parser must read: PDF text (wrapped,
 * running heads, page numbers, hyphenation, a print footer in the middle of a list), pdftotext
 * -layout (indented, justified), a web page (Markdown escapes and HTML), govinfo text
 * ([[Page N]]) and one flattened paragraph. Each keeps the words and their order, so the parser
 * must read the same graph from every one.
 */
import { KEEP_HYPHEN, normalizeLines } from '../../src/ingest/parse/normalize';

export type Family = 'pdf' | 'layout' | 'web' | 'govinfo' | 'paragraph';
export const FAMILIES: Family[] = ['pdf', 'layout', 'web', 'govinfo', 'paragraph'];

/** Where the order was printed: "86 FR 8267" gives the running head's volume and first page. */
export interface PrintPlace {
  volume: number;
  page: number;
}

/** The order's paragraphs, one a line, as every rendering starts from. */
function paragraphs(text: string): string[] {
  return normalizeLines(text).filter(Boolean);
}

/** A word of eight letters or more breaks after its fourth letter, as a typesetter's hyphenation would. */
function hyphenate(word: string): [string, string] | undefined {
  const covid = /^([A-Z]{2,}-)(\d+\S*)$/.exec(word);
  if (covid) return [covid[1], covid[2]];
  const m = /^([A-Za-z]{4})([a-z]{4,}[,.;:)]*)$/.exec(word);
  if (!m || KEEP_HYPHEN.has(m[1].toLowerCase())) return undefined;
  return [`${m[1]}-`, m[2]];
}

/** Wraps a paragraph at `width`, hyphenating some long words at the break; a bare number never sits alone on a line. */
function wrap(paragraph: string, width: number, hyphenation: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      const split = hyphenation ? hyphenate(word) : undefined;
      if (split && line.length + 1 + split[0].length <= width + 4) {
        lines.push(`${line} ${split[0]}`);
        line = split[1];
        continue;
      }
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  const last = lines[lines.length - 1];
  if (lines.length > 1 && /^\d+$/.test(last)) lines.splice(-2, 2, `${lines[lines.length - 2]} ${last}`);
  return lines;
}

function runningHead(place: PrintPlace, page: number): string {
  return `Federal Register / Vol. ${place.volume}, No. 25 / Tuesday, February 9, 2021 / Presidential Documents ${place.page + page}`;
}

const FOOTER =
  'VerDate Sep<11>2014 19:47 Feb 08, 2021 Jkt 253001 PO 00000 Frm 00003 Fmt 4705 Sfmt 4790 E:\\FR\\FM\\09FEE0.SGM 09FEE0';

/** Every `every` lines a page ends: footer, blank, running head, page number. */
function paginate(lines: string[], every: number, place: PrintPlace, layout: boolean): string[] {
  const out = [runningHead(place, 0), ''];
  lines.forEach((l, k) => {
    out.push(l);
    if (k > 0 && k % every === 0) {
      const page = k / every;
      out.push(
        FOOTER,
        '',
        layout ? `${place.page + page}    ${runningHead(place, page)}` : runningHead(place, page),
        '',
        String(place.page + page),
        '',
      );
    }
  });
  return out;
}

function pdf(text: string, place: PrintPlace): string {
  const lines = paragraphs(text).flatMap((p) => [...wrap(p, 68, true), '']);
  return paginate(lines, 37, place, false).join('\n');
}

function layout(text: string, place: PrintPlace): string {
  const lines = paragraphs(text).flatMap((p) => {
    const indent = /^\(/.test(p) ? '          ' : '     ';
    return [...wrap(p, 74, true).map((l) => indent + l.replace(/ /g, (s, i: number) => (i % 5 === 0 ? '   ' : s))), ''];
  });
  return paginate(lines, 52, place, true).join('\n');
}

/** A web page: paragraphs in <p>, section words underlined, labels and brackets escaped, "&" as an entity. */
function web(text: string): string {
  const body = paragraphs(text).map((p) => {
    const escaped = p
      .replace(/&/g, '&amp;')
      .replace(/[()[\]*_]/g, (c) => `\\${c}`)
      .replace(/^(Section|Sec\.)(?= \d)/, '<span style="text-decoration: underline">$1</span>');
    return `<p>${escaped}</p>`;
  });
  return ['<div class="body-content">', ...body, '</div>'].join('\n\n');
}

function govinfo(text: string, place: PrintPlace): string {
  const lines = paragraphs(text).flatMap((p) => [...wrap(p, 72, false), '']);
  return lines
    .flatMap((l, k) => (k > 0 && k % 45 === 0 ? ['', `[[Page ${place.page + k / 45}]]`, '', l] : [l]))
    .join('\n');
}

export function render(text: string, family: Family, place: PrintPlace = { volume: 86, page: 8267 }): string {
  switch (family) {
    case 'pdf':
      return pdf(text, place);
    case 'layout':
      return layout(text, place);
    case 'web':
      return web(text);
    case 'govinfo':
      return govinfo(text, place);
    case 'paragraph':
      return paragraphs(text).join(' ');
  }
}
