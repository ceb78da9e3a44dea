/**
 * Rules that read a bare word ("the Task Force", "the Administrator", "the Secretaries") through
 * what the order said before: the body it establishes under a defined term, the office it named
 * in full. Each on real lines of the corpus, quoted with their order and date.
 */
import { read, resolver } from '../../support/agency-resolver';

describe('bodies established in other words', () => {
  it('takes "shall also create an interagency working group (Working Group)" (EO 13339, 2004)', () => {
    const r = resolver(
      'eo-13339',
      '2004-05-13',
      '(b) The Secretary shall also create an interagency working group (Working Group) whose activities shall be coordinated by the Department of Commerce.',
    );
    expect(r.bodies.map((b) => b.id)).toEqual(['body-eo-13339-interagency-working-group']);
  });

  it('takes "a Property Review Board, which is hereby established" (EO 11508, 1970)', () => {
    const r = resolver(
      'eo-11508',
      '1970-02-10',
      'The reports required of the Administrator of General Services by section 2 of this order shall be made to the President through a Property Review Board, which is hereby established.',
    );
    expect(r.bodies.map((b) => b.name)).toEqual(['Property Review Board']);
    expect(read(r, 'The Board shall have an Executive Secretary, who shall be appointed by the President.')).toEqual([
      'The Board -> BODY body-eo-11508-property-review-board',
    ]);
  });

  it('reads past a misprinted stop inside the name being established (EO 11412, 1968)', () => {
    const r = resolver(
      'eo-11412',
      '1968-06-10',
      '(a) There is hereby established a National. Commission on the Causes and Prevention of Violence (hereinafter referred to as the "Commission").',
    );
    expect(r.bodies.map((b) => b.name)).toEqual(['National Commission on the Causes and Prevention of Violence']);
    expect(read(r, 'The Commission shall investigate and make recommendations with respect to:')).toEqual([
      'The Commission -> BODY body-eo-11412-national-commission-on-the-causes-and-prevention-of-violence',
    ]);
  });

  it('reads "an interagency Emerging Firearms Threats Task Force" whole, not as a name that starts "in" (EO 14127, 2023)', () => {
    const r = resolver(
      'eo-14127',
      '2023-09-22',
      'There is hereby established an interagency Emerging Firearms Threats Task Force (Task Force).',
    );
    expect(r.bodies.map((b) => b.name)).toEqual(['Emerging Firearms Threats Task Force']);
    expect(
      read(r, 'The Task Force shall be chaired by the Director of the Office of Gun Violence Prevention.')[0],
    ).toBe('The Task Force -> BODY body-eo-14127-emerging-firearms-threats-task-force');
  });

  it('takes a body whose defined term comes before "is hereby established" (EO 13923, 2020; EO 13597, 2012)', () => {
    const forced = resolver(
      'eo-13923',
      '2020-05-15',
      'The Forced Labor Enforcement Task Force (Task Force) is hereby established to monitor United States enforcement of the prohibition under section 307 of the Tariff Act of 1930.',
    );
    expect(forced.bodies.map((b) => b.name)).toEqual(['Forced Labor Enforcement Task Force']);
    const travel = resolver(
      'eo-13597',
      '2012-01-19',
      'A Task Force on Travel and Competitiveness (Task Force) is hereby established to develop the National Travel and Tourism Strategy described in this section.',
    );
    expect(travel.bodies.map((b) => b.name)).toEqual(['Task Force on Travel and Competitiveness']);
  });

  it('takes a body an official is told to establish and co-chair (EO 14076, 2022)', () => {
    const r = resolver(
      'eo-14076',
      '2022-07-08',
      'The Secretary of Health and Human Services and the Director of the Gender Policy Council shall establish and co-chair an Interagency Task Force on Reproductive Healthcare Access (Task Force).',
    );
    expect(r.bodies.map((b) => b.name)).toEqual(['Interagency Task Force on Reproductive Healthcare Access']);
  });

  it("drops the closing quotes of a name in ``quotes'' (EO 13274, 2002)", () => {
    const r = resolver(
      'eo-13274',
      '2002-09-18',
      "There is established, within the Department of Transportation for administrative purposes, the interagency ``Transportation Infrastructure Streamlining Task Force'' (Task Force) to: (i) monitor and assist agencies",
    );
    expect(r.bodies.map((b) => b.name)).toEqual(['Transportation Infrastructure Streamlining Task Force']);
    expect(read(r, 'The Task Force shall promote interagency cooperation.')[0]).toBe(
      'The Task Force -> BODY body-eo-13274-transportation-infrastructure-streamlining-task-force',
    );
  });
});

describe('bodies set up in a sentence that defines their term', () => {
  it('takes "shall establish, within ..., a Performance Improvement Council (Council)" (EO 13450, 2007)', () => {
    const r = resolver(
      'eo-13450',
      '2007-11-13',
      'The Director shall establish, within the Office of Management and Budget for administrative purposes only, a Performance Improvement Council (Council), consistent with this order.',
    );
    expect(r.bodies.map((b) => b.name)).toEqual(['Performance Improvement Council']);
    expect(read(r, 'The Council shall consist exclusively of the Deputy Director for Management.')[0]).toBe(
      'The Council -> BODY body-eo-13450-performance-improvement-council',
    );
  });

  it('takes "a Federal Leadership Committee (Committee) for the Chesapeake Bay is established" (EO 13508, 2009)', () => {
    const r = resolver(
      'eo-13508',
      '2009-05-12',
      'In order to begin a new era of shared Federal leadership with respect to the protection and restoration of the Chesapeake Bay, a Federal Leadership Committee (Committee) for the Chesapeake Bay is established to oversee the development and coordination of programs and activities.',
    );
    expect(r.bodies.map((b) => b.name)).toEqual(['Federal Leadership Committee']);
  });

  it('does not take a heading "Establishment of Emergency Board (Board)" for the board\'s name (EO 13452, 2007)', () => {
    const r = resolver(
      'eo-13452',
      '2007-11-28',
      'Establishment of Emergency Board (Board) There is established, effective 12:01 a.m. eastern time on November 30, 2007, a board of three members to be appointed by the President to investigate and report on this dispute.',
    );
    expect(r.bodies.map((b) => b.name)).not.toContain('Establishment of Emergency Board');
  });
});

describe('terms the order defines', () => {
  it('reads a term of three words (EO 13331, 2004)', () => {
    const r = resolver(
      'eo-13331',
      '2004-02-27',
      'The Chief Executive Officer of the Corporation for National and Community Service (Chief Executive Officer) shall, in coordination with the USA Freedom Corps Council, review and evaluate existing policies governing national and community service programs.',
    );
    expect(
      read(
        r,
        'To that end, the Chief Executive Officer shall, to the extent permitted by law, amend all such existing policies',
      )[0],
    ).toBe('the Chief Executive Officer -> AGENCY cncs');
  });

  it('reads "the Administrator" as the Administrator the order defined, not the last Administrator named (EO 12580, 1987)', () => {
    const r = resolver(
      'eo-12580',
      '1987-01-23',
      'The responsibility for the revision of the NCP and all of the other functions vested in the President by Sections 105(a), (b), (c), and (g), 125, and 301(f) of the Act is delegated to the Administrator of the Environmental Protection Agency ("the Administrator").',
      'The exercise of authority under Section 104(h) of the Act shall be subject to the approval of the Administrator of the Office of Federal Procurement Policy.',
    );
    expect(read(r, 'The Administrator shall prescribe regulations.')[0]).toBe('The Administrator -> AGENCY epa');
  });

  it('reads a title that ends an office\'s name: "The Housing and Home Finance Administrator (hereinafter referred to as the Administrator)" (EO 11004, 1962)', () => {
    const r = resolver(
      'eo-11004',
      '1962-02-26',
      'The Housing and Home Finance Administrator (hereinafter referred to as the Administrator) shall prepare national emergency plans and develop preparedness programs.',
    );
    expect(read(r, 'The Administrator shall develop plans for the construction of new housing.')[0]).toBe(
      'The Administrator -> AGENCY hhfa',
    );
  });

  it('reads "the Administrator" as the head of the body the order establishes (EO 10161, 1950)', () => {
    const r = resolver(
      'eo-10161',
      '1950-09-09',
      'There is hereby created a new and independent agency to be known as the Economic Stabilization Agency, hereafter in this Part referred to as the Agency.',
      'There shall be at the head of the Agency an Economic Stabilization Administrator, hereafter in this Part referred to as the Administrator, who shall be appointed by the President.',
    );
    expect(read(r, 'The Administrator shall perform his duties subject to the direction of the President.')[0]).toBe(
      'The Administrator -> BODY body-eo-10161-economic-stabilization-agency',
    );
  });
});

describe('an office named by the words of a body', () => {
  it('reads "the Administrator" as the head of the body its words open, among bodies of other names', () => {
    const r = resolver(
      'eo-10161',
      '1950-09-09',
      'There is hereby established the Council on Prices. There is hereby established the Council on Wages.',
      'There is hereby created a new and independent agency to be known as the Economic Stabilization Agency, hereafter in this Part referred to as the Agency.',
      'There shall be at the head of the Agency an Economic Stabilization Administrator, hereafter in this Part referred to as the Administrator, who shall be appointed by the President.',
    );
    expect(read(r, 'The Administrator shall report.')[0]).toBe(
      'The Administrator -> BODY body-eo-10161-economic-stabilization-agency',
    );
  });
});

describe('"the Secretaries"', () => {
  it('reads them as the two Secretaries the order defined as such (EO 13855, 2018)', () => {
    const r = resolver(
      'eo-13855',
      '2018-12-21',
      'In recognition of these regulatory, policy, and coordinating challenges, the Secretary of the Interior and the Secretary of Agriculture (the Secretaries) each shall implement the following policies in their respective departments:',
    );
    expect(
      read(r, 'the Secretaries shall each develop goals and implementation plans').map((m) => m.split(' -> ')[1]),
    ).toEqual(['AGENCY doi', 'AGENCY usda']);
  });

  it('reads them as the Secretaries of a series, not what one acts through (EO 11239, 1965)', () => {
    const r = resolver(
      'eo-11239',
      '1965-07-31',
      'SECTION 1. The Secretary of State, the Secretary of the Treasury (acting through the Coast Guard), the Secretary of Commerce (acting through the Weather Bureau), and the Federal Communications Commission, respectively, are hereby directed, in relation to the fulfillment of the obligations undertaken by the Government of the United States of America under the Convention, to perform the functions and duties therein prescribed.',
    );
    expect(
      read(
        r,
        'Each of the Secretaries and the Commission shall cooperate and assist the others in carrying out the duties imposed by the Convention and by this order.',
      )
        .slice(0, 3)
        .map((m) => m.split(' -> ')[1]),
    ).toEqual(['AGENCY state', 'AGENCY treasury', 'AGENCY commerce']);
  });

  it('reads them as the heads of two departments named together (EO 10216, 1951)', () => {
    const r = resolver(
      'eo-10216',
      '1951-02-23',
      'The provisions of Part I of Executive Order No. 10210 of February 2, 1951, entitled "Authorizing the Department of Defense and the Department of Commerce to Exercise the Functions and Powers Set Forth in Title II of the First War Powers Act, 1941" are hereby extended to the Department of Agriculture.',
    );
    expect(
      read(
        r,
        'all the functions and authority vested in and granted by the said Part I to the Secretaries named therein',
      ).map((m) => m.split(' -> ')[1]),
    ).toEqual(['AGENCY dod', 'AGENCY commerce']);
  });

  it('reads them as the pair of Secretaries named last (EO 14141, 2025)', () => {
    const r = resolver(
      'eo-14141',
      '2025-01-14',
      'the Secretary of Defense and the Secretary of Energy shall, if possible, each identify a minimum of 3 sites on Federal lands.',
    );
    expect(
      read(r, 'The Secretaries shall consult with the Attorney General on the implications of selections.').map(
        (m) => m.split(' -> ')[1],
      ),
    ).toEqual(['AGENCY dod', 'AGENCY doe', 'AGENCY doj']);
  });
});

describe('offices the register gained from the unresolved list', () => {
  it('reads "the Administrator" of an order under title I of the National Industrial Recovery Act as the NRA (EO 6353, 1933), not in 1950', () => {
    const nira =
      'By virtue of the authority vested in me by title I of the National Industrial Recovery Act of June 16, 1933 (Public, No. 67, 73d Cong.), I hereby prescribe the following procedure and delegate the following authority with respect to complaints and investigations under section 3(e) of said title:';
    const line =
      'The Administrator shall prescribe regulations to govern the making of complaints under said section 3(e) of said title and may receive such complaints.';
    expect(read(resolver('eo-6353', '1933-10-23', nira), line)).toEqual(['The Administrator -> AGENCY nra']);
    expect(read(resolver('eo-0', '1950-01-01', nira), line)).toEqual(['The Administrator -> UNRESOLVED']);
  });

  it('reads the Tariff Commission before 1975 and the International Trade Commission after (EO 9832, 1947)', () => {
    const line =
      'In the course of any investigation under the preceding paragraph, the Tariff Commission shall hold public hearings.';
    expect(read(resolver('eo-9832', '1947-02-25'), line)).toEqual(['the Tariff Commission -> AGENCY ustc']);
    expect(
      read(resolver('eo-0', '1980-01-01'), 'The United States International Trade Commission shall report.'),
    ).toEqual(['The United States International Trade Commission -> AGENCY usitc']);
  });

  it('reads "The Chief of the United States Diplomatic Mission" as the Department of State (EO 10338, 1952)', () => {
    const line =
      'The Chief of the United States Diplomatic Mission in each country, as the representative of the President and acting on his behalf, shall coordinate the activities of the United States representatives.';
    expect(read(resolver('eo-10338', '1952-04-04'), line)[0]).toBe(
      'The Chief of the United States Diplomatic Mission -> AGENCY state',
    );
  });
});

describe('bodies other orders established', () => {
  it('reads "the Air Coordinating Committee" in 1948 as the committee EO 9781 established (EO 9990), with its node named, not re-established', () => {
    const r = resolver('eo-9990', '1948-08-21');
    expect(read(r, 'The Air Coordinating Committee shall examine aviation problems.')).toEqual([
      'The Air Coordinating Committee -> BODY body-eo-9781-air-coordinating-committee',
    ]);
    expect([...r.namedBodies.values()]).toEqual([
      expect.objectContaining({ id: 'body-eo-9781-air-coordinating-committee', establishedBy: 'eo-9781' }),
    ]);
    expect(r.bodies).toEqual([]);
  });

  it('reads "The Board" after "the Pay Board ... established by ... Executive Order No. 11627" as that board (EO 11660, 1972)', () => {
    const r = resolver(
      'eo-11660',
      '1972-03-23',
      'The Pay Board and Price Commission established by sections 7 and 8 of Executive Order No. 11627 of October 15, 1971, are hereby continued.',
    );
    expect(read(r, 'The Board shall issue standards.')).toEqual(['The Board -> BODY body-eo-11627-pay-board']);
  });

  it('does not read a body into an order signed before it was established', () => {
    expect(
      read(resolver('eo-0', '1940-01-01'), 'The Air Coordinating Committee shall examine aviation problems.'),
    ).toEqual(['The Air Coordinating Committee -> UNRESOLVED']);
  });
});

describe('officers of what a bare word names', () => {
  it('reads "the Chairman of the Council" and "The Council" through the term the order defined for a body of an earlier order (EO 11654, 1972)', () => {
    const r = resolver(
      'eo-11654',
      '1972-03-13',
      'The Federal Fire Council, hereinafter referred to as the Council, shall, in the exercise of its functions, be responsible to the Secretary of Commerce.',
    );
    const line =
      'The Council shall have a governing body composed of the Chairman of the Council, who shall also serve as its Chairman.';
    expect(read(r, line).slice(0, 2)).toEqual([
      'The Council -> BODY body-eo-10257-federal-fire-council',
      'the Chairman of the Council -> BODY body-eo-10257-federal-fire-council',
    ]);
  });
});

describe('"the Commission" of the Civil Service Rules', () => {
  it('reads it as the Civil Service Commission in an order that amends the Rules (EO 11315, 1966), not after the Commission was abolished', () => {
    const rules =
      'The Civil Service Rules are amended by the addition of Civil Service Rule IX reading as follows: RULE IX EXECUTIVE ASSIGNMENT SYSTEM FOR POSITIONS IN GRADES GS-16, 17, AND 18 OF THE GENERAL SCHEDULE.';
    const line =
      'After appropriate consultation with the agency concerned the Commission shall establish specific qualification standards for assignment to a Career Executive Assignment.';
    expect(read(resolver('eo-11315', '1966-11-17', rules), line)).toContain('the Commission -> AGENCY csc');
    expect(read(resolver('eo-0', '1990-01-01', rules), line)).toContain('the Commission -> UNRESOLVED');
  });
});

describe('"the Administrator" of a Veterans\' Regulation', () => {
  it("reads it as the Administrator of Veterans' Affairs (EO 6158, 1933)", () => {
    const r = resolver(
      'eo-6158',
      '1933-06-06',
      'Now, Therefore, by virtue of the authority vested in me by said law, the following Regulation is hereby promulgated cancelling Veterans Regulation No. 9, and substituting Veterans Regulation No. 9(a) to read as follows:',
    );
    expect(
      read(
        r,
        'Where an honorably discharged veteran of any war dies after discharge, the Administrator, in his discretion and with due regard to the circumstances in each case, shall pay, for burial and funeral expenses',
      ),
    ).toEqual(['the Administrator -> AGENCY vadmin']);
  });
});

describe('phrases that are no actors', () => {
  it('does not count "the Civil Service Rules" or a service medal as an unresolved actor (EO 9961, 1948; EO 13154, 2000)', () => {
    const r = resolver('eo-9961', '1948-05-19');
    expect(
      read(
        r,
        'Executive Order No. 9830 of February 24, 1947, entitled "Amending the Civil Service Rules and Providing for Federal Personnel Administration," be, and it is hereby, amended',
      ),
    ).toEqual([]);
    expect(
      read(
        r,
        'Notwithstanding section 3 of Executive Order 10977 of December 4, 1961, establishing the Armed Forces Expeditionary Medal and section 3 of Executive Order 12985 of January 11, 1996, establishing the Armed Forces Service Medal',
      ),
    ).toEqual([]);
  });

  it("reads a definitions section's title of two words, an officer under a department (EO 11491, 1969)", () => {
    const r = resolver(
      'eo-11491',
      '1969-10-29',
      '(h) "Panel" means the Federal Service Impasses Panel established by this Order; and (i) "Assistant Secretary" means the Assistant Secretary of Labor for Labor-Management Relations.',
    );
    expect(
      read(
        r,
        'The Assistant Secretary shall prescribe regulations needed to administer his functions under this Order.',
      ),
    ).toEqual(['The Assistant Secretary -> AGENCY labor']);
  });
});
