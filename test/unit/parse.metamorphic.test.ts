/**
 * The metamorphic test: an order re-rendered as PDF text, pdftotext -layout, a web page, govinfo
 * text and one paragraph gives the same graph as its corpus text: documents, provisions,
 * directives with their assignments and targets, revocations, citations and references.
 * A deterministic sample: every 22nd line of the corpus, 259 orders from 1933 to 2025.
 */
import { DocumentModel } from '../../src/ingest/model';
import { parseDocument, ParseError } from '../../src/ingest/parse';
import { FAMILIES, PrintPlace, render } from '../support/renderings';
import { citationOf, corpus, hintsOf } from './corpus-lines';

/** The graph the loader writes, or the refusal, as one comparable value. */
function graphOf(text: string, hints: ReturnType<typeof hintsOf>): DocumentModel | string {
  try {
    return parseDocument(text, hints);
  } catch (e) {
    if (e instanceof ParseError) return `refused: ${e.message}`;
    throw e;
  }
}

/** The running head names the page the order was printed on; older orders get a page of their own year's volume. */
function placeOf(citation: string | undefined, signedOn: string): PrintPlace {
  const m = /^(\d+) FR (\d+)$/.exec(citation ?? '');
  return m ? { volume: Number(m[1]), page: Number(m[2]) } : { volume: Number(signedOn.slice(0, 4)) - 1935, page: 1001 };
}

const sample = corpus().filter((_, i) => i % 22 === 0);

describe('every rendering of an order gives the same graph', () => {
  it('samples orders from every decade', () => {
    expect(sample.length).toBeGreaterThanOrEqual(250);
    expect(new Set(sample.map((l) => l.signedOn.slice(0, 3))).size).toBe(10);
  });

  it.each(FAMILIES)('%s rendering', (family) => {
    const differing: string[] = [];
    for (const line of sample) {
      const hints = hintsOf(line);
      const rendered = render(line.text, family, placeOf(citationOf(line), line.signedOn));
      expect(rendered).not.toBe(line.text);
      const expected = graphOf(line.text, hints);
      const actual = graphOf(rendered, hints);
      // an old order has no citation of its own: the running head's page is the only one it gets
      if (!citationOf(line) && typeof actual !== 'string') delete actual.document.frCitation;
      try {
        expect(actual).toEqual(expected);
      } catch {
        differing.push(`EO ${line.number} (${line.signedOn})`);
      }
    }
    expect(differing).toEqual([]);
  });
});
