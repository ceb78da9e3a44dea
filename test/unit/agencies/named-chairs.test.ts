/**
 * "the Chairman" where the order names the official who chairs its body ("(1) The Deputy Director of the Office of
 * Management and Budget, who shall be Chairman of the Council"): that official acts, as his agency. A chair the order
 * does not name, or one of another body, stays the body's. Each on real lines of the corpus, quoted with their order.
 */
import { namedChairs } from '../../../src/ingest/parse/named-chairs';
import { read, resolver } from '../../support/agency-resolver';

const COUNCIL_12479 = [
  'There is hereby established the President\'s Council on Management Improvement (hereinafter referred to as the "Council").',
  'The Council shall be composed of the following members: (1) The Deputy Director of the Office of Management and Budget, who shall be Chairman of the Council; (2) The Director of the Office of Personnel Management;',
];

describe('a chair the order names', () => {
  it('reads "the Chairman" as the Deputy Director of OMB the order made Chairman of the Council (EO 12479, 1984)', () => {
    const r = resolver('eo-12479', '1984-05-24', ...COUNCIL_12479);
    expect(
      read(
        r,
        'The Chairman shall: (a) establish, in consultation with the members of the Council, procedures for the Council',
      )[0],
    ).toBe('The Chairman -> AGENCY omb');
  });

  it('reads a chair named in the list of members ("composed of ..., who shall serve as Chairman", EO 12816, 1992)', () => {
    const r = resolver(
      'eo-12816',
      '1992-10-23',
      "There is hereby established the President's Council on Management Improvement (the Council).",
      'The Council shall be composed of the Deputy Director for Management of the Office of Management and Budget, who shall serve as Chairman, and one senior career official from each agency.',
    );
    expect(read(r, 'The Chairman shall provide agency heads with summary reports.')[0]).toBe(
      'The Chairman -> AGENCY omb',
    );
  });

  it('reads a chair named with "or his representative" (EO 12661, 1988) and "who" without a comma (EO 12301, 1981)', () => {
    const chairs = namedChairs([
      {
        id: 'eo-12661:1',
        path: '1',
        order: 0,
        text: 'The Secretary of Commerce or his representative shall be the Chairman of the interagency group.',
      },
      {
        id: 'eo-12301:1',
        path: '1',
        order: 1,
        text: '(1) The Deputy Director of the Office of Management and Budget who shall be the Chairman of the Council;',
      },
    ]);
    expect(chairs.map((c) => [c.holder, c.of])).toEqual([
      ['The Secretary of Commerce', 'group'],
      ['The Deputy Director of the Office of Management and Budget', 'Council'],
    ]);
  });
});

describe('a chair named with commas', () => {
  it('reads the Deputy Director for Management, Office of Management and Budget, as Chair of the Council (EO 13467, 2008)', () => {
    const r = resolver(
      'eo-13467',
      '2008-06-30',
      'There is hereby established a Suitability and Security Clearance Performance Accountability Council (Council).',
      "The Deputy Director for Management, Office of Management and Budget, shall serve as Chair of the Council and shall have authority, direction, and control over the Council's functions.",
    );
    expect(read(r, "The Chair shall select a Vice Chair to act in the Chair's absence.")[0]).toBe(
      'The Chair -> AGENCY omb',
    );
  });

  it('reads a chair named with ", or the Secretary\'s designee," (EO 13330, 2004)', () => {
    const r = resolver(
      'eo-13330',
      '2004-02-24',
      'There is hereby established, within the Department of Transportation, the Interagency Transportation Coordinating Council on Access and Mobility (Council).',
      "The Secretary of Transportation, or the Secretary's designee, shall serve as the Chairperson of the Council.",
    );
    expect(read(r, 'The Chairperson shall convene and preside at meetings of the Council.')[0]).toBe(
      'The Chairperson -> AGENCY dot',
    );
  });

  it('names no one in "The member designated from the Department of State, or his alternate, shall serve as Chairman" (EO 10393, 1952)', () => {
    expect(
      namedChairs([
        {
          id: 'eo-10393:1',
          path: '1',
          order: 0,
          text: 'The member designated from the Department of State, or his alternate, shall serve as Chairman.',
        },
      ]),
    ).toEqual([]);
  });
});

describe('a chair the order does not name, or not here', () => {
  it('keeps the chair of a body the order names no chair for ("The Chairman shall be designated by the President", EO 11007, 1962)', () => {
    expect(
      namedChairs([
        { id: 'eo-11007:1', path: '1', order: 0, text: 'The Chairman shall be designated by the President.' },
        {
          id: 'eo-11455:1',
          path: '1',
          order: 1,
          text: 'A person designated by the Vice President shall serve as Director of the Office.',
        },
      ]),
    ).toEqual([]);
  });

  it("keeps the Board's chairman where the Secretary of the Treasury chairs the Council (EO 11627, 1971)", () => {
    const r = resolver(
      'eo-11627',
      '1971-10-15',
      'There is hereby established the Cost of Living Council (hereinafter referred to as the Council).',
      'The Secretary of the Treasury shall serve as Chairman of the Council and the Chairman of the Council of Economic Advisers shall serve as Vice Chairman.',
    );
    const chair = read(
      r,
      'The Chairman shall designate an Executive Director of the Board who shall serve under the direction of the Chairman of the Board.',
    )[0];
    expect(chair).not.toMatch(/treasury/);
  });

  it('keeps the body that acts "through the Chairman" (EO 13366, 2004)', () => {
    const r = resolver('eo-12479', '1984-05-24', ...COUNCIL_12479);
    expect(
      read(r, 'Agencies shall provide the Council such information as the Council, through the Chairman, may request.'),
    ).not.toContain('the Chairman -> AGENCY omb');
  });
});

describe('a vice chair the order names', () => {
  it('reads "the Vice Chair" as the Director of OPM the order made Vice Chair of the Council (EO 13518, 2009)', () => {
    const r = resolver(
      'eo-13518',
      '2009-11-09',
      'There is hereby established an interagency Council on Veterans Employment (Council), to be co-chaired by the Secretaries of Labor and Veterans Affairs.  The Director of the Office of Personnel Management (OPM) shall serve as Vice Chair of the Council.',
    );
    expect(read(r, 'The Vice Chair shall designate an Executive Director for the Council.')[0]).toBe(
      'The Vice Chair -> AGENCY opm',
    );
  });

  it('reads "The Vice Chairman" as the Secretary of Labor "hereby designated Vice Chairman of the Committee" (EO 10925, 1961)', () => {
    const r = resolver(
      'eo-10925',
      '1961-03-06',
      "There is hereby established the President's Committee on Equal Employment Opportunity, which shall be composed as follows:",
      '(b) The Secretary of Labor, who is hereby designated Vice Chairman of the Committee and who shall act as Chairman in the absence of the Chairman.',
    );
    expect(
      read(r, 'The Vice Chairman shall have general supervision and direction of the work of the Committee.')[0],
    ).toBe('The Vice Chairman -> AGENCY labor');
  });

  it('names no one of "the Secretary of State, who shall serve as a Vice Chair" (EO 14011, 2021): one of several', () => {
    const r = resolver(
      'eo-14011',
      '2021-02-02',
      'There is established the Interagency Task Force on the Reunification of Families (Task Force).',
      '(ii) the Secretary of State, who shall serve as a Vice Chair; (iii) the Secretary of Health and Human Services, who shall serve as a Vice Chair;',
    );
    expect(read(r, 'The Chair, in consultation with the Vice Chair, shall determine the agenda.')).not.toContain(
      'the Vice Chair -> AGENCY state',
    );
    expect(read(r, 'The Chair, in consultation with the Vice Chair, shall determine the agenda.')).not.toContain(
      'the Vice Chair -> AGENCY hhs',
    );
  });
});
