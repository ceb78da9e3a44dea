/**
 * "the Secretary of X", "Director of the Y": an official named by title and agency, with the "the" before the title
 * when one stands there (the titles are scanned for without it, and the "the" read after).
 */
import { AgencyResolver } from '../../../src/ingest/parse/agencies';
import { loadReference } from '../../../src/ingest/reference';

function mentionsOf(signedOn: string, text: string): string[] {
  const provisions = [{ id: 'eo-1:1', path: '1', text, order: 0 }];
  const r = new AgencyResolver(loadReference(), { docId: 'eo-1', signedOn, provisions });
  return r.mentions(text, 0).map((m) => `${m.text} -> ${m.actor}${m.actorId ? ` ${m.actorId}` : ''}`);
}

describe('officials named by title and agency', () => {
  it('takes the "the" before the title, across a line break, and not the end of another word', () => {
    expect(
      mentionsOf('1950-01-01', 'The\nSecretary of Agriculture and the Secretary of Commerce shall report.'),
    ).toEqual(['The\nSecretary of Agriculture -> AGENCY usda', 'the Secretary of Commerce -> AGENCY commerce']);
    expect(mentionsOf('1950-01-01', 'Lathe Secretary of Agriculture')).toEqual([
      'Secretary of Agriculture -> AGENCY usda',
    ]);
  });
});

describe('the Representative to the United Nations by the titles orders give him', () => {
  it('"(a) The United States Ambassador to the United Nations shall immediately submit formal written notification" is the Mission\'s head (EO 14162, 2025)', () => {
    expect(
      mentionsOf(
        '2025-01-20',
        "The United States Ambassador to the United Nations shall immediately submit formal written notification of the United States' withdrawal from the Paris Agreement",
      ),
    ).toEqual(['The United States Ambassador to the United Nations -> AGENCY un-ambassador']);
  });

  it('"in coordination with the United States Representative to the United Nations (UN Ambassador)" (EO 14199, 2025), as "the Representative of the United States to the United Nations" (EO 10108, 1950)', () => {
    expect(
      mentionsOf(
        '2025-02-04',
        'This review shall be led by the Secretary, in coordination with the United States Representative to the United Nations (UN Ambassador)',
      ),
    ).toContain('the United States Representative to the United Nations -> AGENCY un-ambassador');
    expect(
      mentionsOf(
        '1950-02-09',
        'The Representative of the United States to the United Nations shall be the Chief of Mission',
      ),
    ).toContain('The Representative of the United States to the United Nations -> AGENCY un-ambassador');
  });

  it('names no one for an ambassador elsewhere: "United States Ambassador to the United Kingdom" (EO 13251, 2001)', () => {
    expect(mentionsOf('2001-12-28', 'United States Ambassador to the United Kingdom shall act')).not.toEqual(
      expect.arrayContaining([expect.stringContaining('un-ambassador')]),
    );
  });
});
