/**
 * Revocation recall over the whole corpus (issue 15): of the texts whose words say a numbered
 * order is (hereby) revoked, the share that yields it, decade by decade; and the catalogue
 * sample's revocations whose revoking text is in the corpus. Read from each text's lines as they
 * stand (bench/revocation-recall.ts), so the floor is the relation rules', and through
 * parseDocument. `npm run bench:recall` prints the same figures.
 */
import { readCorpus } from '../../src/corpus/lines';
import { RecallReport, SAMPLE_CATALOGUE, measureRecall } from '../../bench/revocation-recall';

const FLOOR = 0.98;

describe('revocation recall over the corpus', () => {
  let report: RecallReport;
  beforeAll(() => {
    report = measureRecall(readCorpus(), SAMPLE_CATALOGUE, 'lines');
  });

  it('covers every decade from the 1930s to the 2020s with texts that revoke', () => {
    expect([...report.texts.keys()].sort()).toEqual([
      '1930s',
      '1940s',
      '1950s',
      '1960s',
      '1970s',
      '1980s',
      '1990s',
      '2000s',
      '2010s',
      '2020s',
    ]);
    const total = [...report.texts.values()].reduce((n, t) => n + t.expected, 0);
    expect(total).toBeGreaterThan(400);
  });

  it(`yields the revoked order from at least ${FLOOR * 100}% of those texts in every decade`, () => {
    const below = [...report.texts.entries()].filter(([, t]) => t.found / t.expected < FLOOR);
    expect({ below, missed: report.missed.filter((m) => m.startsWith('text')) }).toEqual({
      below: [],
      missed: expect.any(Array),
    });
  });

  it(`yields at least ${FLOOR * 100}% of the catalogue sample's revocations whose revoking text is in the corpus`, () => {
    const tallies = [...report.catalogue.values()];
    const expected = tallies.reduce((n, t) => n + t.expected, 0);
    const found = tallies.reduce((n, t) => n + t.found, 0);
    expect(expected).toBeGreaterThan(100);
    expect(found / expected).toBeGreaterThanOrEqual(FLOOR);
  });

  it(`through parseDocument, as the corpus load reads them, yields at least ${FLOOR * 100}% in every decade`, () => {
    const parsed = measureRecall(readCorpus(), SAMPLE_CATALOGUE, 'parser');
    const below = [...parsed.texts.entries()].filter(([, t]) => t.found / t.expected < FLOOR);
    expect(below).toEqual([]);
    const catalogue = [...parsed.catalogue.values()];
    expect(
      catalogue.reduce((n, t) => n + t.found, 0) / catalogue.reduce((n, t) => n + t.expected, 0),
    ).toBeGreaterThanOrEqual(FLOOR);
  });
});
