/**
 * Who a sentence orders, read from how orders are drafted (issue 15, audit of seed 7717): the verb after "shall" is
 * read as a word ("shall notify" is no "shall not"), and the agency it names is its object, not a second actor.
 */
import { parseDocument } from '../../src/ingest/parse';
import { actorsByReference } from '../../src/ingest/parse/by-reference';
import { mainShall } from '../../src/ingest/parse/main-shall';
import { actorsOf, directiveOf, parsedOrder } from './corpus-lines';

describe('"shall notify", "shall note": a verb, not "shall not"', () => {
  it('orders the Director of OMB alone in "the Director of OMB ... shall notify the granting agency" (EO 14005, 2021)', () => {
    const d = directiveOf('14005', /would not be consistent with applicable law .* shall notify the granting agency/);
    expect(actorsOf(d)).toEqual(['LEAD:omb']);
  });

  it('orders the one who notifies, not those notified: "The Secretary of the Interior shall notify the Secretary of Agriculture and the Secretary of the Army" (EO 10584, 1954)', () => {
    const d = directiveOf('10584', /^The Secretary of the Interior shall notify the Secretary of Agriculture/);
    expect(actorsOf(d)).toEqual(['LEAD:doi']);
  });

  it('reads "The Director of OPM shall notify the President" (EO 13745, 2016) and "The local board shall note in column 4" (EO 10001, 1948) as directives', () => {
    expect(actorsOf(directiveOf('13745', /^The Director of OPM shall notify the President/))).toEqual(['LEAD:opm']);
    expect(actorsOf(directiveOf('10001', /^The local board shall note in column 4/))).toEqual(['LEAD:sss']);
  });

  it('still reads "shall not" as no command: "(g) This section shall not apply to an employee" (EO 14284, 2025)', () => {
    expect(mainShall('This section shall not apply to an employee serving a probationary period')).toBeUndefined();
    const order = parsedOrder('14284');
    expect(order.directives.filter((d) => /^This section shall not apply/.test(d.text))).toEqual([]);
  });
});

describe('functions transferred to an agency: it acts, not the one they came from', () => {
  it('"All functions vested in the Temporary Controls Administrator ... are transferred to the Secretary of Commerce and shall be performed by him" orders Commerce (EO 9841, 1947)', () => {
    const d = directiveOf('9841', /^All functions vested in the Temporary Controls Administrator/);
    expect(actorsOf(d)).toEqual(['LEAD:commerce']);
  });

  it('"are hereby transferred to, and shall be exercised and performed by, the Secretary of Agriculture" orders Agriculture, not the War Food Administrator (EO 9577, 1945)', () => {
    const d = directiveOf('9577', /^The functions, duties, and powers of the War Food Administrator/);
    expect(actorsOf(d)).toEqual(['LEAD:usda']);
  });

  it('"there are hereby transferred to the Interstate Commerce Commission the remaining records ... of the Office of Defense Transportation ... as the Bureau of the Budget shall determine" leads the Bureau, who determines, neither the Commission nor the Office (EO 10065, 1949)', () => {
    const d = directiveOf('10065', /there are hereby transferred to the Interstate Commerce Commission/);
    expect(d.text).toMatch(/as the Bureau of the Budget shall determine/);
    expect(actorsOf(d)).toEqual(['LEAD:bob']);
  });

  it('"There are transferred to the respective agencies ..., so much as the Director of the Bureau of the Budget shall determine ..., of the records ... of the War Department and of the Navy Department" leads the Director alone (EO 9630, 1945)', () => {
    const d = directiveOf(
      '9630',
      /^There are transferred to the respective agencies to which functions are transferred/,
    );
    expect(actorsOf(d)).toEqual(['LEAD:bob']);
  });

  it('"The functions of the Federal Board for Vocational Education are transferred to the Department of the Interior, and the Board shall act in an advisory capacity": the Board\'s command orders nothing of Interior (EO 6166, 1933)', () => {
    const d = directiveOf(
      '6166',
      /are transferred to the Department of the Interior, and the Board shall act in an advisory capacity/,
    );
    expect(actorsOf(d)).not.toContain('LEAD:doi');
    expect(actorsOf(d)).toEqual(['LEAD:?']);
  });

  it('owners named in one list all gave up what moves: "funds of the Foreign Operations Administration (including those of the Institute of Inter-American Affairs, the International Development Advisory Board, and the Office of Small Business, ...)" leads State alone (EO 10610, 1955)', () => {
    const d = directiveOf('10610', /^There are hereby transferred to the Department of State all other records/);
    expect(actorsOf(d)).toEqual(['LEAD:state']);
  });

  it('keeps "All other functions transferred to the Department of Labor by this order shall be administered" as it was: no "is" or "are" moves them here (EO 9617, 1945)', () => {
    const d = directiveOf('9617', /^All other functions transferred to the Department of Labor by this order/);
    expect(actorsOf(d)).toEqual(['LEAD:labor']);
  });

  it('keeps a body that is moved itself as an actor: "The Federal Fire Council ... is hereby transferred to and established in the Department of Commerce" (EO 11654, 1972, with a command joined)', () => {
    const sentence =
      'The Federal Fire Council, an advisory agency in matters relating to the protection of Federal employees and property from fire, which was established within the General Services Administration by Executive Order No. 7397 of June 20, 1936, as amended by Executive Order No. 10257 of June 23, 1951, is hereby transferred to and established in the Department of Commerce, and shall report to the Secretary of Commerce.';
    const model = parseDocument(`Executive Order 11654\n\nSECTION 1. ${sentence}`, {
      kind: 'EXECUTIVE_ORDER',
      number: '11654',
      signedOn: '1972-03-13',
    });
    expect(model.directives.map(actorsOf)).toEqual([['LEAD:body-eo-10257-federal-fire-council', 'LEAD:commerce']]);
  });
});

describe('quoted text an amendment puts into another order: its own subject acts, not the amending words', () => {
  it('"Paragraphs (2) and (3) of Executive Order No. 6474 ..., relating to the establishment of the Federal Alcohol Control Administration, etc., are hereby amended to read as follows: "(2) The Administration shall" leads the Administration alone (EO 6576, 1934)', () => {
    const d = directiveOf('6576', /^Paragraphs \(2\) and \(3\) of Executive Order No\. 6474/);
    expect(actorsOf(d)).toEqual(['LEAD:body-eo-6474-federal-alcohol-control-administration']);
  });

  it('"Section 3(d) of Executive Order 13539 ... (President\'s Council of Advisors on Science and Technology), is further amended to read as follows: "The Department of Energy shall" leads Energy (EO 13596, 2011)', () => {
    const d = directiveOf('13596', /^Section 3\(d\) of Executive Order 13539/);
    expect(actorsOf(d)).toEqual(['LEAD:doe']);
  });

  it('orders no one in "the last sentence of Section 1-102 of Executive Order No. 12173 ... is amended to read, "This delegation shall be effective until May 15, 1980."" (EO 12203, 1980)', () => {
    expect(parsedOrder('12203').directives.filter((d) => /This delegation shall be effective/.test(d.text))).toEqual(
      [],
    );
  });

  it('keeps the subject before a colon that opens its own duties: "the Director: "(i) shall ... be responsible for" (EO 13764, 2017)', () => {
    const d = directiveOf('13764', /^With respect to the Suitability Executive Agent functions, the Director: /);
    expect(actorsOf(d)).toEqual(['LEAD:opm']);
  });
});

describe('what is held "shall be vested in" an agency: it acts, not the one it was held by', () => {
  it('"The authority conferred by the Uniform Code of Military Justice upon the Secretary of the Navy shall be vested in the Federal Security Administrator" (EO 10349, 1952)', () => {
    const d = directiveOf(
      '10349',
      /^The authority conferred by the Uniform Code of Military Justice upon the Secretary/,
    );
    expect(actorsOf(d)).toEqual(['LEAD:fsa']);
  });

  it('"The Secretary of the Navy\'s interest in, and control over, the moneys ... shall hereafter be vested in and exercised by the Secretary of the Interior" (EO 10525, 1954)', () => {
    const d = directiveOf('10525', /^The Secretary of the Navy's interest in, and control over, the moneys/);
    expect(actorsOf(d)).toEqual(['LEAD:doi']);
  });

  it('orders no one in "The executive power of the Government of the Ryukyu Islands shall be vested in a Chief Executive" (EO 10713, 1957)', () => {
    expect(
      parsedOrder('10713').directives.filter((d) =>
        /^The executive power of the Government of the Ryukyu/.test(d.text),
      ),
    ).toEqual([]);
  });
});

describe('a deeming clause orders no one (issue 15, audit of seed 5521)', () => {
  const deeming = (number: string, words: RegExp) => parsedOrder(number).directives.filter((d) => words.test(d.text));

  it('"The functions delegated to the Director of the Foreign Operations Administration ... shall be deemed to include the authority to redelegate" (EO 10476, 1953)', () => {
    expect(deeming('10476', /shall be deemed to include the authority to redelegate/)).toEqual([]);
  });

  it('"... each Department in possession shall be deemed to be the originating Department" (EO 11652, 1972) and "Nothing in my Executive Order ... shall be or be deemed to be in modification" (EO 6207, 1933)', () => {
    expect(deeming('11652', /shall be deemed to be the originating Department/)).toEqual([]);
    expect(deeming('6207', /shall be or be deemed to be in modification/)).toEqual([]);
  });

  it('keeps the command whose clause only holds a deeming: "The Task Force shall endeavor to make any decision ... by consensus, which shall be deemed to exist" (EO 13923, 2020)', () => {
    const d = directiveOf('13923', /^The Task Force shall endeavor to make any decision/);
    expect(actorsOf(d)).toEqual(['LEAD:body-eo-13923-forced-labor-enforcement-task-force']);
  });

  it('keeps a command joined after a deeming by "and": "... shall be deemed to be abolished, and the Secretary shall ..."', () => {
    const parsed = parseDocument(
      'Executive Order 9999\n\nSec. 5. The Committee established by Executive Order 9998 shall be deemed to be abolished, and the Secretary of Labor shall wind up its affairs.',
      { kind: 'EXECUTIVE_ORDER', number: '9999', signedOn: '1960-10-01' },
    );
    expect(parsed.directives.map(actorsOf)).toEqual([['LEAD:labor']]);
  });
});

describe('"Agency Heads shall": the defined term, bare and capitalised, is each agency', () => {
  it('EO 14243 (2025): "Within 30 days of the date of this order, Agency Heads shall ... rescind or modify all agency guidance" is each agency\'s duty, due in 30 days', () => {
    const d = directiveOf('14243', /^Within 30 days of the date of this order, Agency Heads shall/);
    expect(actorsOf(d)).toEqual(['LEAD:executive-departments-and-agencies']);
    expect(d.deadlineDays).toBe(30);
  });

  it('EO 14210 (2025): "Agency Heads shall promptly undertake preparations to initiate large-scale reductions in force" is each agency\'s duty', () => {
    const d = directiveOf('14210', /^Agency Heads shall promptly undertake preparations/);
    expect(actorsOf(d)).toEqual(['LEAD:executive-departments-and-agencies']);
  });

  it('EO 14158 (2025): "the USDS Administrator shall work with Agency Heads" still orders the Administrator alone, and "Agency Heads may exempt" (EO 14210) orders nothing', () => {
    expect(actorsOf(directiveOf('14158', /the USDS Administrator shall work with Agency Heads/))).toEqual([
      'LEAD:usds',
    ]);
    expect(parsedOrder('14210').directives.filter((d) => /^Agency Heads may exempt/.test(d.text))).toEqual([]);
  });
});

describe('"The Departments of A, B, and C shall": each department the list names leads, as "the Secretaries of" do', () => {
  it('EO 13625 (2012): "the Departments of Veterans Affairs and Health and Human Services shall establish" within 180 days', () => {
    const d = directiveOf('13625', /the Departments of Veterans Affairs and Health and Human Services shall/);
    expect(actorsOf(d)).toEqual(['LEAD:va', 'LEAD:hhs']);
    expect(d.deadlineDays).toBe(180);
  });

  it('EO 12512 (1985): "the Departments of Agriculture and the Interior shall take such steps as are appropriate"', () => {
    const d = directiveOf('12512', /the Departments of Agriculture and the Interior shall take such steps/);
    expect(actorsOf(d)).toEqual(['LEAD:usda', 'LEAD:doi']);
  });

  it('EO 12103 (1978): "requested by the Chairman of the Commission or by the Departments of Labor or Energy, the General Services Administration shall provide": the departments after "by" request, they do not act', () => {
    const d = directiveOf(
      '12103',
      /or by the Departments of Labor or Energy, the General Services Administration shall/,
    );
    expect(actorsOf(d)).toContain('LEAD:gsa');
    expect(actorsOf(d)).not.toContain('LEAD:labor');
  });
});

describe('a Division the order establishes is a body, and "the Division shall" its duty', () => {
  it('EO 14060 (2021): "There shall be established a USCTOC Strategic Division (Division)" ... "The Division, within 120 days of the date of this order, shall submit to the USCTOC a report"', () => {
    const d = directiveOf('14060', /^The Division, within 120 days of the date of this order, shall submit/);
    expect(actorsOf(d)[0]).toBe('LEAD:body-eo-14060-usctoc-strategic-division');
    expect(d.deadlineDays).toBe(120);
  });

  it('EO 7075 (1935): "there is hereby established the Division of Review. The Division of Review shall assemble, analyze, and report"', () => {
    const d = directiveOf('7075', /^The Division of Review shall assemble/);
    expect(actorsOf(d)).toEqual(['LEAD:body-eo-7075-division-of-review']);
  });

  it('a Division the order does not establish stays no body: "the Federal Register Division" (EO 10647, 1955) makes none', () => {
    expect(parsedOrder('10647').bodies.filter((b) => /Division/.test(b.name))).toEqual([]);
  });
});

describe('agencies the order names by an acronym ("FCEB agencies", "Federal LEAs") as the subject of a duty are a group of agencies', () => {
  it('EO 14144 (2025): "Within 90 days of the date of this order, FCEB agencies shall take steps" is each agency\'s, due in 90 days', () => {
    const d = directiveOf('14144', /^Within 90 days of the date of this order, FCEB agencies shall take steps/);
    expect(actorsOf(d)).toEqual(['LEAD:executive-departments-and-agencies']);
    expect(d.deadlineDays).toBe(90);
  });

  it('EO 14074 (2022): "The heads of Federal LEAs shall, within 365 days of the date of this order, incorporate annual ... training"', () => {
    const d = directiveOf('14074', /^The heads of Federal LEAs shall, within 365 days/);
    expect(actorsOf(d)).toEqual(['LEAD:executive-departments-and-agencies']);
    expect(d.deadlineDays).toBe(365);
  });

  it('EO 14074: "the Attorney General shall encourage State, Tribal, local, and territorial LEAs to contribute": the LEAs after the verb are not ordered', () => {
    const d = directiveOf('14074', /the Attorney General shall encourage State, Tribal, local, and territorial LEAs/);
    expect(actorsOf(d)).toEqual(['LEAD:doj']);
  });

  it('a plural acronym of something else is no kind of agency: "the establishment or management of MPAs shall" is not the group twice (EO 13158, 2000)', () => {
    const text =
      'Sec. 3. MPA Establishment, Protection, and Management. Each Federal agency whose authorities provide for the ' +
      'establishment or management of MPAs shall take appropriate actions to enhance or expand protection of existing MPAs.';
    const d = parseDocument(text, { kind: 'EXECUTIVE_ORDER', number: '13158', signedOn: '2000-05-26' }).directives[0];
    expect(d.assignments.map((a) => a.actorText)).toEqual(['Each Federal agency']);
  });
});

describe('a subject named by reference to another provision: those it names, not every agency', () => {
  it('EO 13266 2(b): "Each department and office included in section 2(a) shall report ... within 90 days" is a duty of its words, with its deadline', () => {
    const d = directiveOf('13266', /^Each department and office included in section 2\(a\) shall report/);
    expect(d.assignments[0]).toMatchObject({
      role: 'LEAD',
      actor: 'UNRESOLVED',
      actorText: 'Each department and office included in section 2(a)',
    });
    expect(d.deadlineDays).toBe(90);
  });

  it('EO 13342 4(a): "each of the three Centers described in section 1 of this order shall" leads its words', () => {
    const d = directiveOf('13342', /each of the three Centers described in section 1 of this order shall/);
    expect(d.assignments[0]).toMatchObject({
      role: 'LEAD',
      actor: 'UNRESOLVED',
      actorText: 'each of the three Centers described in section 1 of this order',
    });
    expect(d.deadlineDays).toBe(180);
  });

  it('EO 11256 5(b) and EO 11398 5(b): "Each department [or agency] the head of which is named in section 1 (b) of this order shall" is not the all-agencies group', () => {
    for (const [number, words] of [
      ['11256', /^Each department the head of which is named in section 1 \(b\)/],
      ['11398', /^Each department or agency the head of which is referred to in section 1 of this order shall/],
    ] as const) {
      const d = directiveOf(number, words);
      expect(d.assignments.map((a) => `${a.role}:${a.actor}`)).toEqual(['LEAD:UNRESOLVED']);
    }
  });

  it('EO 11200 2(b): "The officials described in Section 1 (b) of this Order shall, before January 1,1966, and at least annually thereafter, review" keeps its date and recurrence', () => {
    const d = directiveOf('11200', /^The officials described in Section 1 \(b\) of this Order shall/);
    expect(d.assignments.map((a) => `${a.role}:${a.actor}:${a.actorText}`)).toEqual([
      'LEAD:UNRESOLVED:The officials described in Section 1 (b) of this Order',
    ]);
    expect(d.dueOn).toBe('1966-01-01');
  });

  it('near miss: "the functions described in section 1 shall be performed by" and "the establishment of the Center described in section 3.7 of this order shall" name no actor by reference', () => {
    expect(actorsByReference('The functions described in section 1 shall be performed by the Secretary.')).toEqual([]);
    expect(
      actorsByReference('the establishment of the Center described in section 3.7 of this order shall not be delayed'),
    ).toEqual([]);
    expect(
      actorsByReference('the heads of agencies identified in section 3(a) of this order shall').map((m) => m[0]),
    ).toEqual(['the heads of agencies identified in section 3(a) of this order']);
  });
});
