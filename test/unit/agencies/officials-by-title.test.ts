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
