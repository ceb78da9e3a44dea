import { readCorpus } from '../../src/corpus/lines';
import { cataloguePairs, textPairs } from '../../src/corpus/recall';
import { buildReport } from '../../src/corpus/report';
import { reportMarkdown } from '../../src/corpus/report-markdown';
import { readCatalogueFile } from '../../src/federal-register/catalogue';

const corpus = readCorpus();
const lines = (...numbers: string[]) => corpus.filter((l) => numbers.includes(l.number));
const catalogue = cataloguePairs(
  readCatalogueFile(`${__dirname}/../fixtures/federal-register/executive-orders.sample.json`).orders,
);

describe('the corpus report', () => {
  const report = buildReport(lines('14010', '14159', '9558'), catalogue);

  it('counts texts, accepted and refused per decade, refusals grouped by reason', () => {
    expect(
      report.decades.map(({ decade, texts, accepted, refused }) => ({ decade, texts, accepted, refused })),
    ).toEqual([
      { decade: '1940s', texts: 1, accepted: 0, refused: 1 },
      { decade: '2020s', texts: 2, accepted: 2, refused: 0 },
    ]);
    expect(report.refusals).toEqual([{ reason: expect.stringMatching(/not published/), numbers: ['9558'] }]);
    expect(report.total.directives).toBeGreaterThan(10);
    expect(report.total.resolvedMentions).toBeLessThanOrEqual(report.total.agencyMentions);
  });

  it('measures recall on the catalogue notes whose revoking order is in the texts given: EO 14010 revokes EO 13767', () => {
    const stated = catalogue.filter((p) => p.from === 'eo-14010' || p.from === 'eo-14159');
    expect(stated).toContainEqual({ from: 'eo-14010', to: 'eo-13767' });
    expect(report.catalogueRecall.expected).toBe(stated.length);
    expect(report.catalogueRecall.missed).not.toContainEqual({ from: 'eo-14010', to: 'eo-13767' });
    expect(report.catalogueRecall.found + report.catalogueRecall.missed.length).toBe(stated.length);
  });

  it('reads the texts-only proxy from sentences that say an order "is hereby revoked"', () => {
    expect(textPairs(lines('6550'))).toEqual([{ from: 'eo-6550', to: 'eo-6548' }]); // "Executive Order No. 6548, dated January 3, 1934, is hereby revoked"
    expect(textPairs(lines('6344'))).toEqual([{ from: 'eo-6344', to: 'eo-6223' }]); // "supersedes Executive Order No. 6223 ..., which is hereby revoked"
    // A list under "The following Presidential documents are revoked:" names its orders after the
    // verb: the proxy leaves it to the catalogue measure (EO 14010 revokes EO 13767 that way).
    expect(textPairs(lines('14010'))).toEqual([]);
    // "The following-described orders, amending section 1 of Executive Order No. 10673, are hereby
    // revoked:" revokes the amending orders, not EO 10673.
    expect(textPairs(lines('10931')).map((p) => p.to)).not.toContain('eo-10673');
  });

  it("leaves out an order revoked in the new text an amendment quotes: the amended order's words (EO 11785)", () => {
    // "Section 12 of Executive Order No. 10450 ... is revised to read in its entirety as follows: \"Sec. 12. Executive
    // Order No. 9835 of March 21, 1947, as amended, is hereby revoked.\"", then in its own words "SEC. 4. Executive Order
    // No. 11605 of July 2, 1971, is revoked."
    expect(textPairs(lines('11785'))).toEqual([{ from: 'eo-11785', to: 'eo-11605' }]);
    // after a quotation closed: "... the words \"the Atomic Energy Commission,\". Executive Order No. 10223 of March 10,
    // 1951, is hereby revoked." (EO 10281)
    expect(textPairs(lines('10281')).map((p) => p.to)).toContain('eo-10223');
  });

  it('counts the directives that recur: EO 12770 "The Secretary shall report to the President annually"', () => {
    const one = buildReport(lines('12770'), catalogue);
    const recurring = one.decades[0];
    expect(recurring.repeating).toBeGreaterThanOrEqual(1);
    expect(recurring.repeating).toBeLessThanOrEqual(recurring.directives);
    expect(reportMarkdown(one, '2026-01-01')).toMatch(/\| recurring \|/);
  });

  it('writes one table row per decade and the total', () => {
    const markdown = reportMarkdown(report, '2026-01-01');
    expect(markdown).toMatch(/\| 1940s \| 1 \| 0 \| 1 \|/);
    expect(markdown).toMatch(/\| \*\*all\*\* \| 3 \| 2 \| 1 \|/);
  });
});
