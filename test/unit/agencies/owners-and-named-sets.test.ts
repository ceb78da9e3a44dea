/**
 * Mentions that are not who a directive speaks of, and sets of officials the text names. Real lines of the
 * corpus, quoted with their order and date, run through the parser as a user would see them on the directive.
 */
import { parseDocument } from '../../../src/ingest/parse';

function order(number: number, signedOn: string, body: string) {
  return parseDocument(`Executive Order ${number}\n\n${body}`, {
    kind: 'EXECUTIVE_ORDER',
    number: String(number),
    signedOn,
  });
}

describe('the owner of records is not the subject', () => {
  it('does not make "the Office of the President" of "records of the Office of the President" an actor (EO 13205, 2001)', () => {
    const model = order(
      13205,
      '2001-03-09',
      "Sec. 4. Records. The records and files of the Board are records of the Office of the President and upon the Board's termination shall be maintained in the physical custody of the National Mediation Board.",
    );
    const words = model.directives.flatMap((d) => d.assignments.map((a) => a.actorText));
    expect(words).not.toContain('the Office of the President');
  });
});

/** Each directive as "its text's first words -> its leads" (actor id, or the words when unresolved). */
function leads(model: ReturnType<typeof order>): string[] {
  return model.directives.map(
    (d) =>
      `${d.text.split(/\s+/).slice(0, 4).join(' ')} -> ${d.assignments
        .filter((a) => a.role === 'LEAD')
        .map((a) => a.actorId ?? a.actorText)
        .join(', ')}`,
  );
}

describe('a board the order establishes in lower case', () => {
  it('reads "The board shall" as the "board of three members" the order creates, not its members (EO 12384, 1982)', () => {
    const model = order(
      12384,
      '1982-09-28',
      [
        '1-101. There is established, effective October 1, 1982, a board of three members to be appointed by the President to investigate this dispute. No member shall be pecuniarily or otherwise interested in any organization of railroad employees or any commuter authority providing commuter rail service.',
        '1-102. The board shall conduct a public hearing on the dispute at which each party shall appear and provide testimony.',
        '1-105. Within 15 days after the submission of final offers, the board shall submit a report to the President setting forth its selection of the most reasonable offer.',
      ].join('\n\n'),
    );
    expect(leads(model)).toEqual([
      'The board shall conduct -> body-eo-12384-board-of-three-members',
      'Within 15 days after -> body-eo-12384-board-of-three-members',
    ]);
  });

  it('makes no directive of the board for what its members are, or for what others do after its report (EO 9713, 1946; EO 12531, 1985)', () => {
    const members = order(
      9713,
      '1946-05-15',
      'NOW, THEREFORE, by virtue of the authority vested in me by section 10 of the Railway Labor Act, as amended (45 U.S.C. 160), I hereby create a board of three members, to be appointed by me, to investigate the said dispute. No member of the said board shall be pecuniarily or otherwise interested in any organization of railway employees or any carrier.',
    );
    expect(leads(members)).toEqual([]);
    const conditions = order(
      12531,
      '1985-08-21',
      [
        'Section 1. Establishment of Board. There is established, effective August 21, 1985, a board of three members to be appointed by the President to investigate this dispute.',
        'Sec. 3. Maintaining Conditions. As provided by Section 10 of the Act, as amended, from the date of the creation of the board and for 30 days after the board has made its report to the President, no change, except by agreement of the parties, shall be made by the carriers or the employees in the conditions out of which the dispute arose.',
      ].join('\n\n'),
    );
    expect(leads(conditions)).toEqual([]);
  });
});

describe('the Administrator of the National Recovery Administration in the words of 1933-1934', () => {
  it('reads "the Administrator for National Recovery" as the NRA (EO 6723, 1934)', () => {
    const model = order(
      6723,
      '1934-05-26',
      'Pursuant to authority vested in me by Title I of the National Industrial Recovery Act, I, Franklin D. Roosevelt, President of the United States, do hereby direct that all provisions in codes of such service trades or industries as shall hereafter be designated by the Administrator for National Recovery be hereby suspended, until further orders, except provisions governing child labor, maximum hours of work and minimum rates of pay.',
    );
    expect(leads(model)).toEqual(['Pursuant to authority vested -> nra']);
  });
});

describe('the agencies whose employees a sentence speaks of', () => {
  it('orders no agency to excuse its employees: "Employees of the several executive departments, ..., including the General Accounting Office and the Government Printing Office, ... shall be excused from duty" (EO 11503, 1969)', () => {
    const model = order(
      11503,
      '1969-12-23',
      [
        'SEC. 1. Employees of the several executive departments, independent establishments, and other governmental agencies, including the General Accounting Office and the Government Printing Office, and their field services (except those employees of the Department of State, the Department of Defense, or other agencies who in the judgment of their agency heads should be at their posts of duty for national security or other public reasons, and those employees whose absence from duty would be inconsistent with the provisions of existing law) shall be excused from duty on Friday, December 26, 1969, the day following Christmas Day.',
        'SEC. 2. The heads of departments, agencies, and independent establishments shall, to the extent consistent with the needs of the service, adopt a liberal policy for the granting of annual leave to all employees who wish to take such leave over the holiday period.',
      ].join('\n\n'),
    );
    expect(leads(model)).toEqual(['The heads of departments, -> executive-departments-and-agencies']);
  });

  it('reads "Employees of the Commission shall be paid" as no act of the Commission, but what employees of an agency are ordered to do as the agency\'s (EO 11744, 1973)', () => {
    const paid = order(
      11744,
      '1973-10-24',
      '(a) Employees of the Federal Maritime Commission shall be paid at a GS rate of salary determined for their respective positions.',
    );
    expect(leads(paid)).toEqual([]);
    const act = order(
      11744,
      '1973-10-24',
      [
        '(a) Employees of the Federal Maritime Commission shall assist the Secretary of Labor in the survey.',
        '(b) Employees of the Department of Labor shall be appointed by the Secretary of Labor.',
      ].join('\n\n'),
    );
    expect(leads(act)).toEqual(['Employees of the Federal -> fmc', 'Employees of the Department -> labor']);
  });

  it('still orders the agency whose employees are to do or be made something: only what employees are (excused, paid, subject to) orders no one (EO 10590, 1955; variants of EO 11744 and the holiday orders)', () => {
    // a real line: the departments and agencies are to advise their people
    const advised = order(
      10590,
      '1955-01-18',
      'Sec. 3. All officials and employees of each department and agency shall be advised of the name of its Employment Policy Officer.',
    );
    expect(leads(advised)).toEqual(['All officials and employees -> executive-departments-and-agencies']);
    // near misses of EO 11744's "Employees of the Commission shall be paid at" and the holiday orders' "employees of the
    // several executive departments ... shall be excused": same opening, an act the employer answers for
    const variants = order(
      11744,
      '1973-10-24',
      [
        '(a) Employees of the Department of State shall be responsible for maintaining the records.',
        '(b) Within 90 days, employees of the Department of Labor shall be trained.',
        '(c) Employees of the Department of Labor shall be excused from duty on Friday, December 26, 1969.',
      ].join('\n\n'),
    );
    expect(leads(variants)).toEqual(['Employees of the Department -> state', 'Within 90 days, employees -> labor']);
  });

  it('reads "No member of the said Board shall be pecuniarily ... interested" as no act of the board (EO 10630, 1955)', () => {
    const model = order(
      10630,
      '1955-08-13',
      'I hereby create a board of three members, to be appointed by me, to investigate the said dispute. No member of the said Board shall be pecuniarily or otherwise interested in any organization of railway employees or any carrier. The board shall report its findings to the President with respect to the said dispute within thirty days from the date of this order.',
    );
    expect(leads(model)).toEqual(['The board shall report -> body-eo-10630-board-of-three-members']);
  });
});

describe('an actor inside a modifier of the subject is not its lead', () => {
  it('leads "In consonance with national civil defense programs developed by the Department of Defense, the Attorney General shall:" with the Attorney General alone (EO 11310, 1966)', () => {
    const model = order(
      11310,
      '1966-10-11',
      [
        'Sec. 3. In consonance with national civil defense programs developed by the Department of Defense, the Attorney General shall:',
        '(a) Local law enforcement. Upon request, consult with and assist the Department of Defense to plan, develop, and distribute materials for use in the instruction and training of law-enforcement personnel for civil defense emergency operations.',
      ].join('\n\n'),
    );
    expect(leads(model)).toEqual(['Local law enforcement. Upon -> doj']);
  });

  it('reads the department whose "plans, programs, and operations" an opening phrase names as no lead (EO 11490, 1969; EO 11092, 1963)', () => {
    const model = order(
      11490,
      '1969-10-28',
      [
        'Sec. 1. In consonance with national civil defense plans, programs, and operations of the Department of Defense under Executive Order No. 10952, the Secretary of Housing and Urban Development shall:',
        '(1) Transitional activities. Develop plans for the orderly transfer of people from fallout shelters and from billets to temporary or permanent housing.',
        'Sec. 2. With respect to emergency welfare services as defined above, and in consonance with national civil defense plans, programs, and operations of the Department of Defense under Executive Order No. 10952, the Secretary of Health, Education, and Welfare shall:',
        '(1) Federal support. Cooperate in the development of Federal support procedures.',
        'Sec. 3. In consonance with the national preparedness, security, and mobilization readiness plans, programs, and operations of the Office of Emergency Preparedness under Executive Order No. 11051 of September 27, 1962, and subject to the provisions of the preceding parts, the head of each department and agency shall:',
        '(1) Priorities and allocations. Develop plans and procedures.',
      ].join('\n\n'),
    );
    expect(leads(model)).toEqual([
      'Transitional activities. Develop plans -> hud',
      'Federal support. Cooperate in -> hew',
      'Priorities and allocations. Develop -> executive-departments-and-agencies',
    ]);
  });

  it('leads with a lower-case subject "components of" or "staff of" an agency after an opening phrase (near misses of EO 11490\'s "In consonance with ..., programs, and operations of the Department of Defense")', () => {
    const model = order(
      14999,
      '2025-01-20',
      [
        'Sec. 1. In an emergency, components of the Department of Homeland Security, including the Coast Guard, shall provide support.',
        'Sec. 2. In an emergency, staff of the Department of Labor, the Department of Commerce, and the Department of State shall assist.',
      ].join('\n\n'),
    );
    expect(leads(model)).toEqual([
      'In an emergency, components -> dhs, uscg',
      'In an emergency, staff -> labor, commerce, state',
    ]);
  });

  it("still leads with the subject after a phrase of plain words, or with what the phrase's comma does not close (near misses of EO 11490)", () => {
    const model = order(
      11490,
      '1969-10-28',
      [
        'Sec. 1. In time of war, programs of the Department of Defense shall be expanded.',
        'Sec. 2. In carrying out programs, policies, and operations, the Secretary of Defense shall consult the Attorney General.',
        'Sec. 3. Under plans, the Department of Defense shall prepare reports.',
        'Sec. 4. At the request of the Chair, executive departments and agencies, including the Departments of Labor and Energy, shall assist the Council.',
      ].join('\n\n'),
    );
    expect(leads(model)).toEqual([
      'In time of war, -> dod',
      'In carrying out programs, -> dod',
      'Under plans, the Department -> dod',
      'At the request of -> executive-departments-and-agencies',
    ]);
  });

  it('reads the service an official acts "with respect to" as no lead (EO 12790, 1992; EO 13723, 2016)', () => {
    const list = order(
      12790,
      '1992-03-03',
      'Sec. 3. The Secretaries of the Military Departments, with the approval of the Secretary of Defense; the Secretary of Transportation, with respect to the Coast Guard when it is not operating as a service in the Navy; the Secretary of Commerce, with respect to the National Oceanic and Atmospheric Administration; and the Secretary of Health and Human Services, with respect to the Public Health Service, are directed to prescribe uniform regulations governing the award and wearing of the Southwest Asia Service Medal.',
    );
    expect(leads(list)).toEqual(['The Secretaries of the -> military-departments, dot, commerce, hhs']);
    const medal = order(
      13723,
      '2016-03-30',
      'Section 1. Except as limited in section 2 of this order, and under regulations to be prescribed by the Secretary of Defense, or under regulations to be prescribed by the Secretary of Homeland Security with respect to the Coast Guard when it is not operating as a service in the Navy, the Inherent Resolve Campaign Medal shall be awarded to members of the Armed Forces of the United States who serve or have served in Iraq, Syria, or contiguous waters or airspace on or after June 15, 2014.',
    );
    expect(leads(medal)).toEqual([]);
    // near misses: the service is the subject, or its Secretary acts for it
    const nearMiss = order(
      13723,
      '2016-03-30',
      [
        'Sec. 3. The Coast Guard, with respect to its vessels, shall maintain records of the award.',
        'Sec. 4. The Secretary of Homeland Security, with respect to the Coast Guard, shall prescribe regulations.',
      ].join('\n\n'),
    );
    expect(leads(nearMiss)).toEqual(['The Coast Guard, with -> uscg', 'The Secretary of Homeland -> dhs']);
  });

  it('leads with the body what its members do, not what they are (EO 9735, 1946; EO 10194, 1950)', () => {
    const acts = order(
      9735,
      '1946-06-11',
      '1. In view of the urgency of the solution of various problems relating to the displaced Jews in Europe and to Palestine, there is hereby established under the Chairmanship of the Secretary of State, a Cabinet Committee on Palestine and Related Problem (hereinafter referred to as the Committee) composed of the Secretaries of State, War, and the Treasury. 2. Each member of the Committee shall designate a fully deputized alternate to act for and in his behalf.',
    );
    expect(leads(acts)).toEqual([
      'Each member of the -> body-eo-9735-cabinet-committee-on-palestine-and-related-problem',
    ]);
    const are = order(
      10194,
      '1950-12-19',
      'Section 1. There is hereby established in the Department of Labor the Federal Safety Council, hereinafter referred to as the Council. The members of the Council shall serve without additional compensation.',
    );
    expect(leads(are)).toEqual([]);
  });

  it('does not lead with the actor of a clause before the subject, unless the subject is "he" (EO 12800, 1992; EO 11602, 1971)', () => {
    const clause = order(
      12800,
      '1992-04-13',
      'Sec. 7. Whenever the Secretary of Labor invokes section 6(a) or 6(b) of this order, the contracting department or agency shall report the results of the action it has taken to the Secretary within such time as the Secretary shall specify.',
    );
    expect(leads(clause).filter((l) => l.endsWith('labor'))).toEqual([]);
    const he = order(
      11602,
      '1971-06-29',
      '(b) Whenever the Administrator of the Environmental Protection Agency determines that the condition which gave rise to a conviction has been corrected, he shall promptly remove the facility and the name and address of the person concerned from the list.',
    );
    expect(leads(he)).toEqual(['Whenever the Administrator of -> epa']);
  });

  it('does not lead with the actor of a verb in a period or a rule before the subject: "Within 60 days of the Secretary issuing regulations" (EO 13658, 2014), "Subject to any exceptions OPM may establish" (EO 13562, 2010), "Within 120 days of the date on which OMB issues" (EO 13891, 2019)', () => {
    const period = order(
      13658,
      '2014-02-12',
      'Sec. 4. (b) Within 60 days of the Secretary issuing regulations pursuant to subsection (a) of this section, agencies shall take steps, to the extent permitted by law, to exercise any applicable authority to ensure that contracts as described in section 7(d)(i)(C) and (D) of this order, entered into after January 1, 2015, consistent with the effective date of such agency action, comply with the requirements set forth in sections 2 and 3 of this order.',
    );
    expect(leads(period)).toEqual(['Within 60 days of -> executive-departments-and-agencies']);
    const rule = order(
      13562,
      '2010-12-27',
      'Sec. 3. (b) Subject to any exceptions OPM may establish by regulation, agencies shall provide Interns with meaningful developmental work and set clear expectations regarding the work experience of the intern.',
    );
    expect(leads(rule)).toEqual(['Subject to any exceptions -> executive-departments-and-agencies']);
    const onWhich = order(
      13891,
      '2019-10-09',
      'Sec. 3. (b) Within 120 days of the date on which OMB issues an implementing memorandum under section 6 of this order, each agency shall review its guidance documents and, consistent with applicable law, rescind those guidance documents that it determines should no longer be in effect.',
    );
    expect(leads(onWhich)).toEqual(['Within 120 days of -> executive-departments-and-agencies']);
  });

  it('reads "intends to" as the clause actor\'s verb: "Upon receiving notice that the Director intends to submit views ..., the agency shall" (EO 12291, 1981)', () => {
    const model = order(
      12291,
      '1981-02-17',
      "(2) Upon receiving notice that the Director intends to submit views with respect to any final Regulatory Impact Analysis or final rule, the agency shall, subject to Section 8(a)(2) of this Order, refrain from publishing its final Regulatory Impact Analysis or final rule until the agency has responded to the Director's views.",
    );
    expect(leads(model).flatMap((l) => l.split(' -> ')[1].split(', '))).toEqual(['executive-departments-and-agencies']);
  });

  it('reads a clause after the number its sentence opens with: "(C) If any disagreement arises between affected agencies and the Center regarding the referral review period, the Director of the Information Security Oversight Office shall" (EO 13526, 2009)', () => {
    const model = order(
      13526,
      '2009-12-29',
      '(C) If any disagreement arises between affected agencies and the Center regarding the referral review period, the Director of the Information Security Oversight Office shall determine the appropriate period of review of referred records.',
    );
    expect(leads(model).flatMap((l) => l.split(' -> ')[1].split(', '))).toEqual(['isoo']);
  });

  it('takes the whole list a clause\'s verb closes, and no list a comma ends: "Under such regulations as the Secretary of Defense and the Secretary of Transportation may prescribe" (EO 11929, 1976); "Upon the request of the Attorney General, the heads of agencies may detail personnel" (EO 13896, 2019)', () => {
    const list = order(
      11929,
      '1976-07-26',
      'Sec. 114. Under such regulations as the Secretary of Defense and the Secretary of Transportation may prescribe with respect to enlisted members within their respective jurisdictions, any enlisted member who has been required by competent orders to perform duty as a crew member involving frequent and regular participation in aerial flight shall, if he is involuntarily removed from the performance of that duty, under circumstances prescribed by such regulations with less than 120 days advance notice, be deemed to have fulfilled all of the requirements for payment of incentive pay.',
    );
    expect(leads(list)).toEqual([]);
    const request = order(
      13896,
      '2019-10-28',
      'Sec. 3. (e) Upon the request of the Attorney General, the heads of agencies may detail personnel to the Commission to assist in carrying out its functions, and shall endeavor to provide such personnel and other assistance to the Commission to the extent practicable, consistent with applicable law and within existing appropriations, through appropriate interagency agreements, including agreements under the Economy Act.',
    );
    expect(leads(request)[0]).toMatch(/executive-departments-and-agencies/);
  });

  it('leads with the one "who shall" after "delegated to" (EO 11846, 1975)', () => {
    const model = order(
      11846,
      '1975-03-27',
      '(c) The functions of the President under Section 133 of the Act with respect to public hearings in connection with certain trade negotiations are delegated to the Special Representative for Trade Negotiations, who shall designate an interagency committee to hold and conduct any such hearings.',
    );
    expect(leads(model)).toEqual(['The functions of the -> ustr']);
  });
});

describe('all executive departments and agencies, in the forms orders write them', () => {
  it('reads "agencies shall" after a clause, "Departments and agencies", "Federal departments and agencies" and "the head of each department, agency, and establishment" as the group (EO 13211, 2001; EO 11797, 1974; EO 11049, 1962; EO 11258, 1965)', () => {
    const subjects = [
      order(
        13211,
        '2001-05-18',
        'Sec. 2. (a) To the extent permitted by law, agencies shall prepare and submit a Statement of Energy Effects to the Administrator of the Office of Information and Regulatory Affairs, Office of Management and Budget, for those matters identified as significant energy actions.',
      ),
      order(
        11797,
        '1974-07-31',
        'Departments and agencies shall cooperate with the Secretary of Agriculture in the preparation of the annual reports required by section 901(b), as amended.',
      ),
      order(
        11049,
        '1962-09-14',
        'Sec. 3. Federal departments and agencies receiving allocations of funds appropriated pursuant to the Act shall make such regular reports and provide such other information to the Secretary of Commerce as he deems necessary.',
      ),
      order(
        11258,
        '1965-11-17',
        'Sec. 3. (b) The head of each department, agency, and establishment shall present to the Director of the Bureau of the Budget, by July 1, 1967, and by the first of each fiscal year thereafter, an annual report describing progress.',
      ),
    ];
    expect(subjects.flatMap(leads).map((l) => l.split(' -> ')[1])).toEqual([
      'executive-departments-and-agencies',
      'executive-departments-and-agencies',
      'executive-departments-and-agencies',
      'executive-departments-and-agencies',
    ]);
  });

  it('does not lead with agencies that only install what "shall" speaks of (EO 11258, 1965)', () => {
    const model = order(
      11258,
      '1965-11-17',
      '(i) Any waste treatment facilities installed by any department, agency, or establishment shall as far as practicable be constructed so as to conform with any areawide program.',
    );
    expect(leads(model)).toEqual([]);
  });
});

describe('the boards of the Selective Service System', () => {
  it('reads "The local board shall" and "the appeal board shall" of the Selective Service Regulations as the System (EO 9988, 1948; EO 10363, 1952)', () => {
    const local = order(
      9988,
      '1948-08-20',
      [
        'PART 621-CLASSIFICATION PROCEDURE. The Selective Service Regulations are amended as follows.',
        '(f) The local board shall mail a Classification Questionnaire (SSS Form No. 100) to a registrant as soon as he reaches the nineteenth anniversary of the day of his birth.',
      ].join('\n\n'),
    );
    expect(leads(local)).toEqual(['The local board shall -> sss']);
    const appeal = order(
      10363,
      '1952-06-17',
      [
        'Sec. 1. The Selective Service Regulations are amended as follows.',
        '(c) Upon receipt of the report of the Department of Justice, the appeal board shall determine the classification of the registrant.',
      ].join('\n\n'),
    );
    expect(leads(appeal)).toEqual(['Upon receipt of the -> sss']);
  });

  it('reads no board of the System where the order does not speak of Selective Service, nor "local board member" as the board (EO 10202, 1951)', () => {
    const other = order(11000, '1962-02-16', 'Sec. 1. The local board shall report to the Governor.');
    expect(leads(other)).toEqual([]);
    const member = order(
      10202,
      '1951-01-31',
      'Sec. 2. (b) Whenever the State Director of Selective Service establishes panels in a local board, the chairman of such local board shall assign at least three members of the local board to each such panel. Each local board member, including the chairman, shall be assigned to a panel.',
    );
    expect(leads(member)).toEqual(['Whenever the State Director -> sss']);
  });
});

describe('a pronoun as the whole subject', () => {
  it('reads "He shall" and "It shall" as the subject of the sentence before (EO 11004, 1962; EO 12078, 1978)', () => {
    const he = order(
      11004,
      '1962-02-16',
      'Sec. 5. (a) Interagency cooperation. The Housing and Home Finance Administrator shall assume the initiative in developing joint plans for the coordination of civilian housing emergency programs of those departments and agencies which normally have responsibilities for any segment of such activities. He shall utilize to the maximum those capabilities of other agencies qualified to perform or assist in the performance of assigned functions by contractual or other agreements.',
    );
    expect(leads(he)).toEqual(['The Housing and Home -> hhfa', 'He shall utilize to -> hhfa']);
    const it = order(
      12078,
      '1978-09-05',
      [
        '1-101. There is established the Presidential Commission on World Hunger.',
        '1-201. The Commission shall develop factual data as to the causes of world hunger and malnutrition. It shall review existing authorities and programs, public and private, national and international, which seek to address the problems of hunger and malnutrition.',
      ].join('\n\n'),
    );
    expect(leads(it).map((l) => l.split(' -> ')[1])).toEqual([
      'body-eo-12078-presidential-commission-on-world-hunger',
      'body-eo-12078-presidential-commission-on-world-hunger',
    ]);
  });

  it('does not read "It shall be provided" after a department\'s sentence as the department (EO 12134, 1979)', () => {
    const model = order(
      12134,
      '1979-05-08',
      '(b) The Department of the Navy shall be primarily responsible for providing to the Office of Administration, both on-site and off site, that common and usual administrative support and service related to printing and duplication. It shall be provided in a manner consistent with available funds and other resources.',
    );
    expect(leads(model)).toEqual(['The Department of the -> navy']);
  });
});

describe('an official the order names for each agency', () => {
  it('reads "The Chief FOIA Officer of each agency", and the bare title after it, as that officer of each agency (EO 13392, 2005)', () => {
    const model = order(
      13392,
      '2005-12-14',
      [
        'Sec. 2. Agency Chief FOIA Officers. (a) Designation. The head of each agency shall designate within 30 days of the date of this order a senior official of such agency (at the Assistant Secretary or equivalent level), to serve as the Chief FOIA Officer of that agency.',
        "Sec. 3. Review, Plan, and Report. (a) Review. Each agency's Chief FOIA Officer shall review and evaluate the agency's implementation of FOIA.",
        "(b) Plan. The Chief FOIA Officer of each agency shall develop an agency-specific plan. The Chief FOIA Officer shall also consider whether the agency's implementation of other means would facilitate the processing of FOIA requests.",
      ].join('\n\n'),
    );
    const officer = model.directives.flatMap((d) =>
      d.assignments
        .filter((a) => /Chief FOIA Officer/.test(a.actorText))
        .map((a) => `${a.actorText} -> ${a.actor} ${a.actorId ?? ''}`),
    );
    expect(officer).toEqual([
      'The Chief FOIA Officer -> GROUP executive-departments-and-agencies',
      'The Chief FOIA Officer -> GROUP executive-departments-and-agencies',
    ]);
  });
});

describe('a definitions section defines its words for the whole order', () => {
  it('reads "The Secretary shall" by \'the word "Secretary" means the Secretary of the Army\' at the end of the order (EO 11574, 1970)', () => {
    const model = order(
      11574,
      '1970-12-23',
      [
        'SEC. 2. Responsibilities of Federal agencies. (a) The Secretary shall, after consultation with the Administrator respecting water quality matters, issue and amend, as appropriate, regulations, procedures, and instructions for receiving, processing, and evaluating applications for permits.',
        'SEC. 3. Council on Environmental Quality. (b) The Council on Environmental Quality, after consultation with the Secretary, the Administrator, the Secretary of the Interior, the Secretary of Commerce, and the Attorney General, shall advise the President.',
        'SEC. 4. Definitions. As used in this order, the word "Secretary" means the Secretary of the Army, and the word "Administrator" means the Administrator of the Environmental Protection Agency.',
      ].join('\n\n'),
    );
    const bare = model.directives.flatMap((d) =>
      d.assignments
        .filter((a) => /^the (?:Secretary|Administrator)$/i.test(a.actorText))
        .map((a) => `${a.actorText} -> ${a.actorId ?? a.actor}`),
    );
    expect(bare).toEqual([
      'The Secretary -> army',
      'the Administrator -> epa',
      'the Secretary -> army',
      'the Administrator -> epa',
    ]);
  });
});

describe('a body the order continues under the name another order gave it', () => {
  it('reads "Each Council" after "There is hereby continued a Federal Regional Council" as the council EO 11647 established (EO 12149, 1979)', () => {
    const model = order(
      12149,
      '1979-07-20',
      [
        '1-101. There is hereby continued a Federal Regional Council for each of the ten standard Federal regions (Office of Management and Budget Circular No. A-105).',
        '1-102. Each Council shall be composed of a representative designated by the head of each of the following agencies: (a) The Department of the Interior. (b) The Department of Agriculture.',
      ].join('\n\n'),
    );
    const council = model.directives.flatMap((d) =>
      d.assignments.filter((a) => /Council$/.test(a.actorText)).map((a) => `${a.actorText} -> ${a.actorId ?? a.actor}`),
    );
    expect(council).toEqual(['Each Council -> body-eo-11647-federal-regional-council']);
  });
});

describe('bodies established past the law they are set up under, or "also"', () => {
  it('establishes the body of "There is established, pursuant to the Federal Advisory Committee Act, as amended (5 U.S.C. App.), the “President\'s Council ...” (Council)" (EO 13177, 2000)', () => {
    const model = order(
      13177,
      '2000-12-04',
      [
        "Sec. 5. Establishment and Membership. (a) There is established, pursuant to the Federal Advisory Committee Act, as amended (5 U.S.C. App.), the “President's Council on the Use of Offsets in Commercial Trade” (Council). (b) The Council shall be composed of the appointed members of the Commission or their designees.",
      ].join('\n\n'),
    );
    expect(model.bodies.map((b) => b.name)).toContain("President's Council on the Use of Offsets in Commercial Trade");
  });

  it('establishes the body of "There is also established a Steering Committee" and reads "The Steering Committee shall" as it (EO 13629, 2012)', () => {
    const model = order(
      13629,
      '2012-10-26',
      [
        '(c) Steering Committee. There is also established a Steering Committee, chaired by the Chair of the Council, to provide guidance to the Council and perform other functions as set forth in this order.',
        "The Steering Committee shall include a representative at the Deputy agency head level, or that representative's designee, from the following agencies.",
      ].join('\n\n'),
    );
    const committee = model.directives.flatMap((d) =>
      d.assignments.filter((a) => /Steering Committee/.test(a.actorText)).map((a) => a.actorId ?? a.actor),
    );
    expect(committee).toEqual(['body-eo-13629-steering-committee']);
  });
});

describe('a mission is a body', () => {
  it('establishes "the United States Sinai Support Mission" and reads its Director as it (EO 11896, 1976)', () => {
    const model = order(
      11896,
      '1976-01-13',
      [
        'SECTION 1. (a) In accordance with the Foreign Assistance Act of 1961, as amended, there is hereby established the United States Sinai Support Mission, hereinafter referred to as the Mission.',
        '(b) At the head of the Mission there shall be a Director, who shall be appointed by the President.',
        '(c) The Director shall exercise immediate supervision and direction over the Mission.',
      ].join('\n\n'),
    );
    expect(model.bodies.map((b) => b.name)).toEqual(['United States Sinai Support Mission']);
    const director = model.directives.flatMap((d) =>
      d.assignments.filter((a) => a.actorText === 'The Director').map((a) => a.actorId ?? a.actor),
    );
    expect(director).toEqual(['body-eo-11896-united-states-sinai-support-mission']);
  });
});

describe('a defined term closed by a single quote', () => {
  it("reads 'The Advisory Council for Minority Enterprise (hereinafter referred to as \"the Council')' and the Council after it as the council of EO 11458 (EO 11625, 1971)", () => {
    const model = order(
      11625,
      '1971-10-13',
      [
        'SEC. 2. Advisory Council for Minority Enterprise. (a) The Advisory Council for Minority Enterprise (hereinafter referred to as "the Council\'), established by Executive Order No. 11458 of March 5, 1969, shall continue in existence under the terms of this order.',
        '(b) The President shall designate one of the members of the Council as the Chairman of the Council.',
        '(c) The Council shall meet at the call of the Secretary.',
      ].join('\n\n'),
    );
    const council = model.directives.flatMap((d) =>
      d.assignments.filter((a) => a.actorText === 'The Council').map((a) => a.actorId ?? a.actor),
    );
    expect(council).toEqual(['body-eo-11458-advisory-council-for-minority-enterprise']);
  });
});

describe("an officer over a body is not the body's name", () => {
  it('reads "The Council shall" after "the Chairman of the Council" as the Federal Fire Council the order names (EO 11654, 1972)', () => {
    const model = order(
      11654,
      '1972-03-13',
      [
        'SECTION 1. The Federal Fire Council, an advisory agency in matters relating to the protection of Federal employees and property from fire, which was established within the General Services Administration by Executive Order No. 7397 of June 20, 1936, as amended by Executive Order No. 10257 of June 23, 1951, is hereby transferred to and established in the Department of Commerce. The Federal Fire Council, hereinafter referred to as the Council, shall, in the exercise of its functions, be responsible to the Secretary of Commerce. The Secretary or his designee shall serve as Chairman of the Council.',
        'SEC. 2. The Council shall have a governing body composed of the Chairman of the Council, who shall also serve as its Chairman.',
        'SEC. 3. The Council shall report the results of such investigations and studies to the head of the agency concerned, together with its recommendations.',
      ].join('\n\n'),
    );
    const council = model.directives
      .filter((d) => /report the results/.test(d.text))
      .flatMap((d) => d.assignments.map((a) => `${a.actorText} -> ${a.actorId ?? a.actor}`));
    expect(council).toEqual(['The Council -> body-eo-10257-federal-fire-council']);
  });
});

describe('a short name the order gives an official', () => {
  it('reads "the Secretary" by "of which the Secretary of Education (Secretary) shall serve as Chair", not by the departments a list named since (EO 14045, 2021)', () => {
    const model = order(
      14045,
      '2021-09-13',
      [
        "Sec. 2. (a) To advance equity in our Nation's schools and to promote the economic opportunity that follows it, there is established in the Department of Education (Department), the White House Initiative on Advancing Educational Equity, Excellence, and Economic Opportunity for Hispanics (Initiative), of which the Secretary of Education (Secretary) shall serve as Chair.",
        '(i) The Interagency Working Group shall consist of senior officials from the following: (A) the Department of State; (B) the Department of the Treasury; (O) the Department of Homeland Security;',
        'Sec. 6. (d) Insofar as the Federal Advisory Committee Act, as amended (5 U.S.C. App.), may apply to the administration of the Commission, any functions of the President under that Act, except that of reporting to the Congress, shall be performed by the Secretary, in accordance with guidelines issued by the Administrator of General Services.',
      ].join('\n\n'),
    );
    const performed = model.directives.filter((d) => /shall be performed by the Secretary/.test(d.text));
    expect(performed.map((d) => d.assignments.map((a) => `${a.role}:${a.actorId}`))).toEqual([['LEAD:ed']]);
  });
});

describe("a body's short name inside the name of a law", () => {
  it('does not read the "Advisory Committee" of "the Federal Advisory Committee Act" as the body, only "the Committee" (EO 12303, 1981)', () => {
    const model = order(
      12303,
      '1981-05-22',
      [
        'Section 1. Establishment. (a) There is established the Presidential Advisory Committee on Federalism (Advisory Committee).',
        'Sec. 4. General. (a) Notwithstanding the provisions of any other Executive Order, the functions of the President under the Federal Advisory Committee Act, as amended, except that of reporting annually to the Congress, which are applicable to the Committee, shall be performed by the Secretary of the Treasury.',
      ].join('\n\n'),
    );
    const words = model.directives.flatMap((d) => d.assignments.map((a) => a.actorText));
    expect(words).not.toContain('Advisory Committee');
  });
});

describe('a body continued under a new name given inside the clause', () => {
  it('establishes "the President\'s Committee for People with Intellectual Disabilities (Committee)" that "... and renamed ..., is hereby continued" names, and its Chair (EO 13446, 2007)', () => {
    const model = order(
      13446,
      '2007-09-28',
      [
        "Sec. 5. Committee Continued and Responsibilities Expanded. (a) The President's Committee on Mental Retardation, with expanded membership and expanded responsibilities, and renamed the President's Committee for People with Intellectual Disabilities (Committee), is hereby continued in operation.",
        '(b) The Chair shall preside over meetings of the Committee and represent the Committee on appropriate occasions.',
      ].join('\n\n'),
    );
    expect(model.bodies.map((b) => b.name)).toEqual([
      "President's Committee for People with Intellectual Disabilities",
    ]);
    const chair = model.directives.flatMap((d) =>
      d.assignments.filter((a) => a.actorText === 'The Chair').map((a) => a.actorId ?? a.actor),
    );
    expect(chair).toEqual(['body-eo-13446-president-s-committee-for-people-with-intellectual-disabilities']);
  });
});

describe('a board named whole in two words', () => {
  it('reads "The Pay Board" as the board EO 11627 established, a later order continuing it (EO 11640, 1972)', () => {
    const model = order(
      11640,
      '1972-01-26',
      'SECTION 1. (a) The Pay Board and Price Commission established by sections 7 and 8 of Executive Order No. 11627 of October 15, 1971, are hereby continued and shall act as agencies of the United States.',
    );
    const lead = model.directives[0].assignments[0];
    expect([lead.actorText, lead.actor, lead.actorId]).toEqual(['The Pay Board', 'BODY', 'body-eo-11627-pay-board']);
  });
});
