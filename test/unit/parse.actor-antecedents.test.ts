/**
 * Who a sentence orders where its words name them indirectly (issue 15, audit of seed 3301): a pronoun that stands for
 * the subject of its opening clause or of the sentence before, a proviso with a subject of its own, functions that
 * "shall vest in" an agency, an owner's history in a parenthesis.
 */
import { actorsOf, directiveOf, parsedOrder } from './corpus-lines';

/** The order's directives whose sentence matches `words`. */
const directivesMatching = (number: string, words: RegExp) =>
  parsedOrder(number).directives.filter((d) => words.test(d.text));

const AGENCIES = 'LEAD:executive-departments-and-agencies';

describe('"it" or "they" after an opening clause stands for the clause\'s subject', () => {
  it('"If an agency determines that a new version is a nationally recognized code, it shall ensure" orders each agency (EO 13717, 2016)', () => {
    expect(actorsOf(directiveOf('13717', /^If an agency determines that a new version/))).toEqual([AGENCIES]);
  });

  it('"Before an agency terminates the service of an employee ..., it shall notify such employee" orders each agency (EO 14284, 2025)', () => {
    expect(actorsOf(directiveOf('14284', /Before an agency terminates the service/))).toEqual([AGENCIES]);
  });

  it('"As agencies continue to use cloud technology, they shall do so in a coordinated, deliberate way" orders the agencies (EO 14028, 2021)', () => {
    expect(actorsOf(directiveOf('14028', /^As agencies continue to use cloud technology/))).toEqual([AGENCIES]);
  });

  it('gives nothing where the clause\'s subject is no actor: "If the proposed Executive order or proclamation is disapproved by the Director of the Bureau of the Budget ..., it shall not thereafter be presented" (EO 11030, 1962)', () => {
    expect(directivesMatching('11030', /^If the proposed Executive order or proclamation is disapproved/)).toEqual([]);
  });

  it('still orders the one the main clause names: "Whenever an agency notifies a submitter ..., the agency shall also notify the requester" (EO 12600, 1987)', () => {
    expect(actorsOf(directiveOf('12600', /^Whenever an agency notifies a submitter that it may be required/))).toEqual([
      AGENCIES,
    ]);
  });
});

describe('a pronoun stands for the subject of the sentence before, where that subject is one actor', () => {
  it('after a sentence that orders no one: "The Surgeon General may order the retirement of an officer ... He shall forward to the Administrator" (EO 9655, 1945)', () => {
    expect(actorsOf(directiveOf('9655', /^He shall forward to the Administrator any order granting/))).toEqual([
      'LEAD:phs',
    ]);
  });

  it('after "is authorized and directed to": "The Secretary of the Interior is authorized and directed to maintain customary working conditions ... He shall recognize" (EO 9728, 1946)', () => {
    expect(actorsOf(directiveOf('9728', /^He shall recognize the right of the workers/))).toEqual(['LEAD:doi']);
  });

  it('and goes on standing for it: "The Task Force shall seek ... It shall ensure ... It shall provide advice ... It shall also provide advice" (EO 13183, 2000)', () => {
    const task = ['LEAD:body-eo-13183-president-s-task-force-on-puerto-rico-s-status'];
    expect(actorsOf(directiveOf('13183', /^It shall provide advice and recommendations on such matters/))).toEqual(
      task,
    );
    expect(actorsOf(directiveOf('13183', /^It shall also provide advice and recommendations/))).toEqual(task);
  });

  it('gives nothing where the sentence before names no actor: "No man is relieved from complying with the selective service law ... He shall perform the duties" (EO 10001, 1948)', () => {
    expect(directivesMatching('10001', /^He shall perform the duties and shall be accorded the rights/)).toEqual([]);
  });

  it('gives nothing after "Regulations shall be as simple and clear as possible. They shall achieve legislative goals" (EO 12044, 1978)', () => {
    expect(directivesMatching('12044', /^They shall achieve legislative goals/)).toEqual([]);
  });
});

describe('a proviso with its own subject and "shall" orders that subject too', () => {
  it('"are transferred to and shall be held, exercised, and performed by the Commissioner of Internal Revenue ...: Provided, That the Attorney General shall continue to exercise the power" orders both (EO 6639, 1934)', () => {
    const d = directiveOf(
      '6639',
      /^The authority, rights, privileges, powers, and duties conferred and imposed upon the Attorney General/,
    );
    expect(actorsOf(d)).toEqual(['LEAD:irs', 'LEAD:doj']);
  });

  it('not a proviso that permits: "provided that the Postmaster General may reject the name of any person" leaves the Commission alone (EO 6203, 1933)', () => {
    const d = directiveOf('6203', /^When such examination has been held and the papers submitted/);
    expect(d.text).toMatch(/provided that the Postmaster General may reject/);
    expect(actorsOf(d)).toEqual(['LEAD:csc']);
  });
});

describe('functions that "shall vest in" an agency: it acts, not the one they came from', () => {
  it('"the responsibility and authority conferred upon the Secretary of Interior ... shall vest in the Administrator of the Environmental Protection Agency" orders EPA (EO 11548, 1970)', () => {
    expect(actorsOf(directiveOf('11548', /^Upon the taking effect of Reorganization Plan No. 3 of 1970/))).toEqual([
      'LEAD:epa',
    ]);
  });

  it('"the functions to be performed by the Department of the Treasury (Coast Guard) ... shall vest in and be performed by the Department of the Navy (Coast Guard)" orders the Navy (EO 10402, 1952)', () => {
    expect(actorsOf(directiveOf('10402', /^Whenever the Coast Guard operates as a part of the Navy/))).toEqual([
      'LEAD:navy',
    ]);
  });

  it('still reads "shall be vested in such persons as shall be designated by the Administrator of Veterans\' Affairs" as the Administrator\'s (EO 6090, 1933)', () => {
    expect(actorsOf(directiveOf('6090', /^Exclusive jurisdiction for the review of emergency officers/))).toEqual([
      'LEAD:vadmin',
    ]);
  });
});

describe('an owner named again in a parenthesis of its history owns what is moved', () => {
  it('"those informational functions of the Office of Inter-American Affairs (established as the Office of the Coordinator of Inter-American Affairs by Executive Order No. 8840 ...)" does not lead the Office; the Director of the Bureau of the Budget who determines does (EO 9608, 1945)', () => {
    expect(
      actorsOf(
        directiveOf(
          '9608',
          /^There are transferred to and consolidated in an Interim International Information Service/,
        ),
      ),
    ).toEqual(['LEAD:bob']);
  });
});

describe('a saving clause with a parenthetical after "shall" orders no one', () => {
  it('"All outstanding delegations ... relating to the Bureau of the Budget ... shall, until amended or revoked, remain in full force and effect" is no directive to the Bureau (EO 11541, 1970)', () => {
    expect(directivesMatching('11541', /^All outstanding delegations, rules, regulations/)).toEqual([]);
  });

  it('"All rules and regulations issued or continued in effect by the Secretary of Commerce ... shall, until amended or revoked by the Secretary of Commerce, remain in full force and effect" orders no one (EO 12444, 1983)', () => {
    expect(
      directivesMatching('12444', /^All rules and .*ulations issued or continued in effect by the Secretary/),
    ).toEqual([]);
  });

  it('still orders one who "shall, within constraints of law and appropriations therefor, continue all current efforts" (EO 11625, 1971)', () => {
    expect(
      actorsOf(directiveOf('11625', /^Each Federal department or agency shall, within constraints of law/)),
    ).toEqual([AGENCIES]);
  });
});

describe('"this order shall" orders no agency an opening phrase names', () => {
  it('"With respect to acquisitions ... under the rules of a national securities exchange registered with the Securities and Exchange Commission ..., this order shall be effective" orders no one (EO 11464, 1969)', () => {
    expect(directivesMatching('11464', /this order shall be effective for acquisitions/)).toEqual([]);
  });

  it('"As required by Section 901 of the Department of Energy Organization Act, this Order shall be published in the FEDERAL REGISTER" orders no one (EO 12009, 1977)', () => {
    expect(directivesMatching('12009', /this Order shall be published in the FEDERAL REGISTER/)).toEqual([]);
  });

  it('still reads "of which possession is taken under this order shall be terminated by the Secretary of the Navy" as the Navy\'s (EO 9542, 1945)', () => {
    expect(actorsOf(directiveOf('9542', /of which possession is taken under this order shall be terminated/))).toEqual([
      'LEAD:navy',
    ]);
  });

  it('still orders the subject "this order" ends: "Each agency subject to this order shall provide its Office or unit with appropriate staff" (EO 13317, 2003)', () => {
    expect(actorsOf(directiveOf('13317', /^Each agency subject to this order shall provide/))).toEqual([AGENCIES]);
  });
});

describe('a pronoun opening a clause stands for the subject of the clause before it', () => {
  it('"(a) The Director shall represent the President ... (b) He shall provide advice and guidance to the States" orders the Director (EO 11051, 1962)', () => {
    expect(actorsOf(directiveOf('11051', /^He shall provide advice and guidance to the States/))).toEqual(['LEAD:oep']);
  });

  it('"(b) The Task Force shall work with the Cabinet Council on Legal Policy. (c) It shall advise the President" orders the Task Force (EO 12360, 1982)', () => {
    expect(actorsOf(directiveOf('12360', /^It shall advise the President and the Attorney General/))).toEqual([
      'LEAD:body-eo-12360-president-s-task-force-on-victims-of-crime',
    ]);
  });

  it('gives nothing where a clause before the pronoun has a subject of its own: "If the President determines ..., he shall so certify" (EO 12117, 1979)', () => {
    expect(directivesMatching('12117', /^If the President determines that the Government of Uganda/)).toEqual([]);
  });

  it('still reads "Before initiating any such study, he shall give at least thirty days notice" as the Administrator\'s (EO 10579, 1954)', () => {
    expect(actorsOf(directiveOf('10579', /^Before initiating any such study, he shall give/))).toEqual(['LEAD:gsa']);
  });
});

describe('a body the order names by a defined term of its own head (issue 15, audit of seed 5521)', () => {
  it('"the White House Council on Supply Chain Resilience (Council) established on November 27, 2023" (EO 14123, 2023): "The Council shall conduct" is that Council, not the Council on Environmental Quality', () => {
    const d = directiveOf('14123', /^The Council shall conduct a quadrennial supply chain review/);
    expect(actorsOf(d)).toEqual(['LEAD:body-eo-14123-white-house-council-on-supply-chain-resilience']);
  });

  it('"to convene a GHSA Interagency Review Council (Council)" (EO 13747, 2016): "The Council shall meet" is that Council, not the National Security Council', () => {
    const d = directiveOf('13747', /^The Council shall meet not less than four times per year/);
    expect(actorsOf(d)).toEqual(['LEAD:body-eo-13747-ghsa-interagency-review-council']);
  });

  it('keeps another order\'s body so defined: "The Cost of Living Council (hereinafter referred to as the Council), established by ... Executive Order No. 11615" (EO 11627, 1971)', () => {
    const d = directiveOf('11627', /^The Council shall he composed of the following members/);
    expect(actorsOf(d)).toEqual(['LEAD:body-eo-11615-cost-of-living-council']);
  });

  it('keeps "The Chair" of the register\'s National Space Council where the order names a "Users\' Advisory Group (Group)" (EO 13803, 2017)', () => {
    const d = directiveOf('13803', /^The Chair shall serve as the President's principal advisor/);
    expect(actorsOf(d)).toEqual(['LEAD:national-space-council']);
    expect(actorsOf(directiveOf('13803', /^The Group shall report directly to the Council/))).toEqual([
      'LEAD:body-eo-13803-users-advisory-group',
    ]);
  });
});
