/**
 * A Federal Register citation written after a Presidential document's name is where that
 * document was published: it stays on the reference ("frCitation"), and is not a rule of its own.
 */
import { parseDocument } from '../../src/ingest/parse';
import { corpusOrder, hintsOf } from './corpus-lines';

const parsedText = (number: string, text = corpusOrder(number).text) =>
  parseDocument(text, hintsOf(corpusOrder(number)));
const refOf = (model: ReturnType<typeof parseDocument>, id: string) =>
  model.referencedDocuments.find((r) => r.id === id);

describe('"Executive Order No. 9177 of May 30, 1942 (7 F.R. 4195)" (EO 9768)', () => {
  const m = parsedText('9768');

  it('gives the reference its publication, "7 FR 4195"', () => {
    expect(refOf(m, 'eo-9177')).toMatchObject({ signedOn: '1942-05-30', frCitation: '7 FR 4195' });
  });

  it("makes no rule of the order's own publication", () => {
    expect(m.entities.map((e) => e.id)).not.toContain('fr-7-4195');
    expect(m.citations.map((c) => c.targetId)).not.toContain('fr-7-4195');
  });
});

describe('"Executive Order Nos. 11490 (34 Fed. Reg. 17567 (October 28, 1969)), 12148 (44 Fed. Reg. 43239 ..." (EO 12657)', () => {
  const line = corpusOrder('12657');

  it('reads the publication with its date in parentheses, and the list goes on after it', () => {
    const m = parsedText('12657');
    expect(refOf(m, 'eo-11490')?.frCitation).toBe('34 FR 17567');
    expect(refOf(m, 'eo-12148')).toBeDefined();
  });

  it('reads the same from a web page that sets "Fed. Reg." in italics ("34 *Fed. Reg.* 17567")', () => {
    const web = line.text.replace(/Fed\. Reg\./g, '*Fed. Reg.*');
    expect(web).toContain('34 *Fed. Reg.* 17567');
    expect(refOf(parsedText('12657', web), 'eo-11490')?.frCitation).toBe('34 FR 17567');
  });
});

describe('"85 FR 70951" after a comma, as recent orders cite', () => {
  // The form of EO 14148 and its kind, on a real reference of EO 9768 re-cited the modern way.
  it('is the publication of the order it follows', () => {
    const line = corpusOrder('9768');
    const modern = line.text.replace(
      'Executive Order No. 9177 of May 30, 1942 (7 F.R. 4195)',
      'Executive Order 9177 of May 30, 1942, 7 FR 4195',
    );
    expect(modern).not.toBe(line.text);
    expect(refOf(parsedText('9768', modern), 'eo-9177')?.frCitation).toBe('7 FR 4195');
  });
});
