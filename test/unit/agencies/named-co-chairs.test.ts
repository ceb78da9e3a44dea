/**
 * "The Co-Chairs shall ..." where the order names the officials who co-chair its body ("(i) the Attorney General, who
 * shall serve as Co-Chair; (ii) the Secretary of Defense, who shall serve as Co-Chair"): those officials act, each as
 * his agency, as a named chair does. Co-chairs the order leaves to be chosen, or names only in part, stay the body's.
 * Each on real lines of the corpus, quoted with their order.
 */
import { resolver } from '../../support/agency-resolver';
import { AgencyResolver } from '../../../src/ingest/parse/agencies';
import { directiveOf } from '../corpus-lines';

/** The agencies or bodies the mentions of `text` resolve to, in order. */
function actorsOf(r: AgencyResolver, text: string): string[] {
  return r.mentions(text).map((m) => `${m.actor} ${m.actorId ?? '?'}`);
}

describe('co-chairs the order names', () => {
  it('reads "The Co-Chairs" as the Attorney General and the Secretary of Defense the list made Co-Chairs (EO 13493, 2009)', () => {
    const r = resolver(
      'eo-13493',
      '2009-01-22',
      'There shall be established a Special Task Force on Detainee Disposition (Special Task Force) to identify lawful options for the disposition of individuals captured or apprehended in connection with armed conflicts and counterterrorism operations.',
      'The Special Task Force shall consist of the following members, or their designees:',
      'the Attorney General, who shall serve as Co-Chair;',
      'the Secretary of Defense, who shall serve as Co-Chair;',
      'the Secretary of State;',
    );
    expect(
      actorsOf(
        r,
        'The Co-Chairs shall convene meetings of the Special Task Force, determine its agenda, and direct its work.',
      ).slice(0, 2),
    ).toEqual(['AGENCY doj', 'AGENCY dod']);
  });

  it('reads co-chairs named after "co-chaired by" (EO 13955, 2020) and past an acronym in brackets (EO 13702, 2015)', () => {
    const trees = resolver(
      'eo-13955',
      '2020-10-13',
      'There is hereby established the United States One Trillion Trees Interagency Council (Council).',
      'The Council shall be co-chaired by the Secretary of the Interior and the Secretary of Agriculture, or by their designees (Co-Chairs).',
    );
    expect(
      actorsOf(
        trees,
        'The Co-Chairs shall keep the Council apprised of all Federal efforts related to the subject of this order.',
      ).slice(0, 2),
    ).toEqual(['AGENCY doi', 'AGENCY usda']);
    const nsci = resolver(
      'eo-13702',
      '2015-07-29',
      'To ensure accountability for and coordination of research, development, and deployment activities within the NSCI, there is established an NSCI Executive Council to be co-chaired by the Director of the Office of Science and Technology Policy (OSTP) and the Director of the Office of Management and Budget (OMB).',
    );
    expect(
      actorsOf(
        nsci,
        'The Co-Chairs shall prepare a report each year until 5 years from the date of this order on the status of the NSCI for the President.',
      ),
    ).toEqual(['AGENCY ostp', 'AGENCY omb']);
  });

  it('reads co-chairs whose titles hold acronyms in brackets (EO 13522, 2009)', () => {
    const r = resolver(
      'eo-13522',
      '2009-12-09',
      'There is established a National Council on Federal Labor-Management Relations (Council).',
      'The Council shall be composed of the following members:',
      'the Director of the Office of Personnel Management (OPM) and Deputy Director for Management of the Office of Management and Budget (OMB), who shall serve as Co-Chairs of the Council;',
    );
    expect(
      actorsOf(
        r,
        'The Co-Chairs shall convene and preside at meetings of the Council, determine its agenda, and direct its work.',
      ).slice(0, 2),
    ).toEqual(['AGENCY opm', 'AGENCY omb']);
  });

  it('reads a chair who is an "Assistant to the President" (EO 13389, 2005)', () => {
    const r = resolver(
      'eo-13389',
      '2005-11-01',
      'There is established, within the Executive Office of the President, the Gulf Coast Recovery and Rebuilding Council (the “Council”). The Assistant to the President for Economic Policy shall serve as the Chairman of the Council (the “Chairman”).',
    );
    expect(
      actorsOf(
        r,
        'The Chairman, in consultation with the Coordinator, shall convene and preside over meetings of the Council.',
      )[0],
    ).toBe('AGENCY nec');
  });
});

describe('co-chairs named as "the Secretaries of" two departments', () => {
  it('reads "The Co-Chairs" of a Council "co-chaired by the Secretaries of Labor and Veterans Affairs" as both (EO 13518, 2009)', () => {
    const r = resolver(
      'eo-13518',
      '2009-11-09',
      'There is hereby established an interagency Council on Veterans Employment (Council), to be co-chaired by the Secretaries of Labor and Veterans Affairs.',
    );
    expect(
      actorsOf(
        r,
        'The Co-Chairs shall convene meetings of the Council, determine its agenda, and direct its work.',
      ).slice(0, 2),
    ).toEqual(['AGENCY labor', 'AGENCY va']);
  });

  it('reads three: "to be co-chaired by the Secretaries of Defense, Agriculture, and HHS" (EO 13676, 2014)', () => {
    const r = resolver(
      'eo-13676',
      '2014-09-18',
      'There is hereby established the Task Force for Combating Antibiotic-Resistant Bacteria (Task Force), to be co-chaired by the Secretaries of Defense, Agriculture, and HHS.',
    );
    expect(actorsOf(r, 'The Co-Chairs shall convene meetings of the Task Force.').slice(0, 3)).toEqual([
      'AGENCY dod',
      'AGENCY usda',
      'AGENCY hhs',
    ]);
  });
});

describe('co-chairs the order does not name, or not all of them', () => {
  it('keeps the Commission whose Co-Chairs the President designates from its members (EO 13426, 2007)', () => {
    const r = resolver(
      'eo-13426',
      '2007-03-06',
      "There is established the President's Commission on Care for America's Returning Wounded Warriors (Commission).",
      'The Commission shall be composed of nine members appointed by the President. The President shall designate two Co-Chairs from among the members of the Commission.',
    );
    expect(actorsOf(r, 'The Co-Chairs shall convene and preside at the meetings of the Commission.')[0]).toMatch(
      /^BODY body-eo-13426/,
    );
  });

  it("keeps the Task Force co-chaired by the Attorney General's designee and a Co-Chair of another group (EO 13183, 2000)", () => {
    const r = resolver(
      'eo-13183',
      '2000-12-23',
      "There is hereby established the President's Task Force on Puerto Rico's Status (Task Force).",
      "The Task Force shall be co-chaired by the Attorney General's designee and a Co-Chair of the Interagency Group.",
    );
    expect(actorsOf(r, 'The Co-Chairs shall convene the Task Force.')[0]).toMatch(/^BODY body-eo-13183/);
  });

  it('keeps the body that reports "through the Co-Chairs" (EO 13602, 2012)', () => {
    const r = resolver(
      'eo-13602',
      '2012-03-15',
      'There is established a White House Council on Strong Cities, Strong Communities (Council) within the Department of Housing and Urban Development, to be chaired by the Secretary of Housing and Urban Development and the Assistant to the President for Domestic Policy (Co-Chairs).',
    );
    expect(actorsOf(r, 'provide recommendations to the President, through the Co-Chairs on:')).not.toContain(
      'AGENCY hud',
    );
    expect(actorsOf(r, 'The Co-Chairs shall convene regular meetings of the Council.').slice(0, 2)).toEqual([
      'AGENCY hud',
      'AGENCY dpc',
    ]);
  });

  it('shows each co-chair with the words that name them all: "The Co-Chairs shall convene" (EO 13486) is Defense and HHS, each as "The Co-Chairs"', () => {
    const d = directiveOf('13486', /^The Co-Chairs shall convene/);
    expect(d.assignments.map((a) => [a.actorId, a.actorText, a.role])).toEqual([
      ['dod', 'The Co-Chairs', 'LEAD'],
      ['hhs', 'The Co-Chairs', 'LEAD'],
    ]);
  });
});
