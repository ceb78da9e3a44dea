/**
 * Register entries for the last actors the corpus left unresolved: officials and bodies an act or an earlier order
 * created, which the orders task by name. Real lines of the corpus, quoted with their order and date.
 */
import { AgencyResolver } from '../../../src/ingest/parse/agencies';
import { loadReference } from '../../../src/ingest/reference';

/** What each mention of the last of `texts` resolved to: "words -> KIND id". */
function resolved(docId: string, signedOn: string, texts: string[]): string[] {
  const provisions = texts.map((text, order) => ({
    id: `${docId}:${order + 1}`,
    path: String(order + 1),
    text,
    order,
  }));
  const r = new AgencyResolver(loadReference(), { docId, signedOn, provisions });
  return r
    .mentions(texts[texts.length - 1], texts.length - 1)
    .map((m) => `${m.text} -> ${m.actor}${m.actorId ? ` ${m.actorId}` : ''}`);
}

describe('register entries for named officials and bodies', () => {
  it('takes the Chief of Mission, under the Secretary of State, for the Department of State (EO 10608, 1955)', () => {
    expect(
      resolved('eo-10608', '1955-05-05', [
        'The Chief of Mission shall exercise his authority under the supervision of the Secretary of State and subject to ultimate direction by the President.',
      ]),
    ).toContain('The Chief of Mission -> AGENCY state');
  });

  it("takes the Loyalty Review Board of EO 9835 for the Civil Service Commission's board (EO 10422, 1953)", () => {
    expect(
      resolved('eo-10422', '1953-01-09', [
        'The Regional Loyalty Board, or the Loyalty Review Board on appeal, shall transmit its determinations, together with the reasons therefor stated in such detail as security considerations permit, to the Secretary of State for transmission to the Secretary General of the United Nations for his use in exercising his functions under the Charter of the United Nations.',
      ]),
    ).toContain('the Loyalty Review Board -> AGENCY loyalty-review-board');
  });

  it('takes the Energy Resources Council of the Energy Reorganization Act of 1974 (EO 11814, 1974)', () => {
    expect(
      resolved('eo-11814', '1974-10-11', [
        'The Energy Resources Council shall perform such functions as are assigned to it by section 108 of the Energy Reorganization Act of 1974, shall develop a single national energy policy and program, and shall perform such other functions as may be assigned to it, from time to time, by the President.',
      ]),
    ).toEqual(['The Energy Resources Council -> AGENCY erc']);
  });

  it('takes the CPB Board for the Corporation for Public Broadcasting (EO 14290, 2025)', () => {
    expect(
      resolved('eo-14290', '2025-05-01', [
        'The CPB Board shall cancel existing direct funding to the maximum extent allowed by law and shall decline to provide future funding.',
      ]),
    ).toEqual(['The CPB Board -> AGENCY cpb']);
  });

  it('does not take the Energy Resources Council before the act created it (1973)', () => {
    expect(
      resolved('eo-11700', '1973-01-01', ['The Energy Resources Council shall report to the President.']),
    ).not.toContain('The Energy Resources Council -> AGENCY erc');
  });
});
