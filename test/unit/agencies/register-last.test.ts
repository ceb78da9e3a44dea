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
  it('takes the Telecommunications Advisor of EO 10297 for that office of 1951-1953 (EO 10297, 1951)', () => {
    expect(
      resolved('eo-10297', '1951-10-09', [
        'There shall be in the Executive Office of the President a Telecommunications Advisor to the President who shall be appointed by the President.',
        'The Telecommunications Advisor shall assist and advise the President with respect to the following-described telecommunications functions and such other telecommunications functions as the President may designate:',
      ]),
    ).toEqual(['The Telecommunications Advisor -> AGENCY telecom-advisor']);
  });

  it('takes "the National Coordinator" its order defined for the HHS office (EO 13335, 2004)', () => {
    expect(
      resolved('eo-13335', '2004-04-27', [
        'The National Health Information Technology Coordinator (National Coordinator), appointed by the Secretary in consultation with the President or his designee, will report directly to the Secretary.',
        'The National Coordinator shall report to the Secretary regarding progress on the development and implementation of the strategic plan within 90 days after the date of this order and shall provide updates to the Secretary and President thereafter.',
      ]),
    ).toContain('The National Coordinator -> AGENCY onc');
  });

  it('takes the Environment for the Americas Board of section 610 of the Act (EO 12757, 1991)', () => {
    expect(
      resolved('eo-12757', '1991-03-19', [
        'Pursuant to section 610(c) of the Act, the Environment for the Americas Board shall also advise the Secretary of State on the negotiations of the environmental framework agreements.',
      ]),
    ).toContain('the Environment for the Americas Board -> AGENCY americas-board');
  });
  it('takes the Oil Policy Committee an order continues for that committee, not unresolved words (EO 11703, 1973)', () => {
    expect(
      resolved('eo-11703', '1973-02-07', [
        'The Oil Policy Committee, as reconstituted by this order, is hereby continued.',
        'The Oil Policy Committee shall consult with and advise the Chairman on oil import policy, including the operation of the control program under Proclamation No. 3279, as amended, and on recommendations for changes in the program by the issuance of new proclamations with respect to it, or otherwise.',
      ]),
    ).toContain('The Oil Policy Committee -> AGENCY oil-policy-committee');
  });

  it("takes the President's Committee for Traffic Safety of 1954, which the order continues, and its defined term (EO 10858, 1960)", () => {
    const continued =
      "There is hereby continued, subject to the provisions of this order, the President's Committee for Traffic Safety, established on April 13, 1954.";
    const named =
      "The President's Committee for Traffic Safety (hereinafter referred to as the Committee) shall be composed of not more than twelve members appointed by the President, including individuals as may be designated from the Federal Government.";
    const later =
      'The Committee, on behalf of the President, shall promote State and community application of the Action Program of traffic safety measures.';
    expect(resolved('eo-10858', '1960-01-13', [continued, named, later])).toEqual(['The Committee -> AGENCY pcts']);
  });

  it('takes the Economic Adjustment Committee the Secretary of Defense works through (EO 12788, 1992)', () => {
    expect(
      resolved('eo-12788', '1992-01-15', [
        'The Secretary of Defense shall, through the Economic Adjustment Committee, design and establish a Defense Economic Adjustment Program.',
      ]),
    ).toContain('the Economic Adjustment Committee -> AGENCY economic-adjustment-committee');
  });

  it('takes the Board of PSD-10 an order keeps in operation for the Atrocities Prevention Board (EO 13729, 2016)', () => {
    const named =
      'PSD-10 directed the establishment of an interagency Atrocities Prevention Board (Board), with the primary purpose of coordinating a whole-of-government approach to prevent mass atrocities and genocide.';
    const later = 'The Board shall continue to operate and will have the following structure and protocols:';
    expect(resolved('eo-13729', '2016-05-18', [named, later])).toEqual(['The Board -> AGENCY apb']);
  });
  it('takes the Interdepartmental Committee on Trade Agreements and its defined term (EO 9832, 1947)', () => {
    const named =
      'An Interdepartmental Committee on Trade Agreements (hereinafter referred to as the Interdepartmental Committee) shall act as the agency through which the President shall, in accordance with section 4 of said act, seek information and advice with respect to each proposed trade agreement.';
    const later =
      'The chairman of the Interdepartmental Committee shall be the representative from the Department of State.';
    expect(resolved('eo-9832', '1947-02-25', [named, later])).toContain(
      'the Interdepartmental Committee -> AGENCY ictra',
    );
  });

  it('takes the Mitigation Framework Leadership Group FEMA acts for (EO 13690, 2015)', () => {
    expect(
      resolved('eo-13690', '2015-01-30', [
        'during the comment period, the Mitigation Framework Leadership Group shall host public meetings with stakeholders to solicit input; and',
      ]),
    ).toEqual(['the Mitigation Framework Leadership Group -> AGENCY mitflg']);
  });
});
