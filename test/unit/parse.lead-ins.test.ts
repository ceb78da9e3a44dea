/**
 * A sentence that ends "shall:" hands its verb to the clauses under it: each clause is a directive of
 * the sentence's actors. Orders often put how, when or with whom between "shall" and the colon, and
 * a clause that names no deadline of its own is due when the sentence says (issue 15).
 */
import { readCorpus } from '../../src/corpus/lines';
import { Directive } from '../../src/ingest/model';
import { parseDocument } from '../../src/ingest/parse';
import { delegatesToClauses, namesDutiesOfClauses } from '../../src/ingest/parse/actions';

function directivesOf(number: string): Directive[] {
  const line = readCorpus().find((l) => l.number === number)!;
  return parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number, signedOn: line.signedOn }).directives;
}

const under = (directives: Directive[], provision: string) =>
  directives.filter((d) => d.provisionId === provision || d.provisionId.startsWith(`${provision}(`));

const actors = (d: Directive) => d.assignments.map((a) => `${a.role}:${a.actorId}`);

describe('what stands between "shall" and the colon', () => {
  it('"The Secretary of Education shall, consistent with applicable law:" makes each clause a directive of the Secretary (EO 14000)', () => {
    const clauses = under(directivesOf('14000'), 'eo-14000:2(a)');
    expect(clauses.length).toBeGreaterThanOrEqual(4);
    expect(clauses.every((d) => d.provisionId !== 'eo-14000:2(a)')).toBe(true);
    expect(clauses.every((d) => actors(d).join() === 'LEAD:ed')).toBe(true);
    expect(
      clauses.find((d) => /^develop a Safer Schools and Campuses Best Practices Clearinghouse/.test(d.text)),
    ).toBeDefined();
  });

  it('"The Secretary of Defense shall, in consultation with the Secretary of State, the Secretary of Commerce, the Secretary of Energy, and the Administrator of ... NASA:" gives every clause the Secretary and the four consulted (EO 13972)', () => {
    const clauses = under(directivesOf('13972'), 'eo-13972:4(b)');
    expect(clauses.map((d) => d.text)).toContain('pilot a transportable micro-reactor prototype;');
    for (const d of clauses)
      expect(actors(d)).toEqual([
        'LEAD:dod',
        'CONSULTATION:state',
        'CONSULTATION:commerce',
        'CONSULTATION:doe',
        'CONSULTATION:nasa',
      ]);
  });

  it('"The head of each executive department and agency (agency) shall, within 90 days of the date of this order and every 2 years thereafter:" gives both clauses the heads and the 90 days (EO 13966)', () => {
    const clauses = under(directivesOf('13966'), 'eo-13966:2');
    expect(clauses.map((d) => d.provisionId)).toEqual(['eo-13966:2(a)', 'eo-13966:2(b)']);
    for (const d of clauses) {
      expect(actors(d)).toEqual(['LEAD:executive-departments-and-agencies']);
      expect(d).toMatchObject({ deadlineDays: 90, dueOn: '2021-03-14' });
    }
  });

  it('keeps one directive when a verb stands before the colon: "The Chairman shall, from time to time, invite the following to participate in the meetings of the Council:" (EO 12301)', () => {
    const directives = under(directivesOf('12301'), 'eo-12301:1(c)');
    expect(directives.map((d) => d.provisionId)).toEqual(['eo-12301:1(c)']);
    expect(directives[0].text).toMatch(/^The Chairman shall, from time to time, invite the following/);
  });
});

describe('a deadline stated before "shall:"', () => {
  it('"Within 90 days of the date of this order, the Secretary of Labor shall: (i) identify ... (ii) issue a Request for Information" makes both due in 90 days (EO 13650)', () => {
    const clauses = under(directivesOf('13650'), 'eo-13650:6(e)');
    expect(clauses.map((d) => d.provisionId)).toEqual(['eo-13650:6(e)(i)', 'eo-13650:6(e)(ii)']);
    for (const d of clauses) expect(d).toMatchObject({ deadlineDays: 90, dueOn: '2013-10-30' });
  });
});

describe('a clause under "shall:" that goes on to sentences of its own', () => {
  it('"agencies shall: (a) Within 180 days of the date of this order, issue written procedures ... Agency heads shall submit ..." keeps the first sentence the agencies\' directive, due in 180 days (EO 13272)', () => {
    const clauses = under(directivesOf('13272'), 'eo-13272:3');
    const issue = clauses.find((d) =>
      /^Within 180 days of the date of this order, issue written procedures/.test(d.text),
    );
    expect(issue).toMatchObject({ provisionId: 'eo-13272:3(a)', deadlineDays: 180 });
    expect(actors(issue!)).toEqual(['LEAD:executive-departments-and-agencies']);
    expect(issue!.text).not.toMatch(/Agency heads shall submit/);
    const notify = clauses.find((d) => d.provisionId === 'eo-13272:3(b)');
    expect(notify?.text).toMatch(/^Notify Advocacy of any draft rules .* under the Act\.$/);
    // the sentences that name their own subject keep their numbers
    expect(clauses.find((d) => d.id === 'eo-13272:3(a)#1')?.text).toMatch(/^Agency heads shall submit/);
  });

  it('reads a clause\'s short heading with the sentence after it: "(a) Facilities protection. Provide industry protection guidance materials ..." (EO 10998)', () => {
    const clause = under(directivesOf('10998'), 'eo-10998:4(a)');
    expect(clause.map((d) => d.text.slice(0, 44))).toEqual(['Facilities protection. Provide industry prot']);
    expect(actors(clause[0])).toEqual(['LEAD:usda']);
  });

  it('reads a heading\'s next sentence whose "shall" goes on from its own verb: "(d) Rural defense information and education. Conduct ... and shall work with farmers" (EO 10998)', () => {
    // "and shall work" is the clause's second verb, not another subject's: the stem's Secretary of Agriculture leads it
    const clause = under(directivesOf('10998'), 'eo-10998:4(d)');
    expect(clause.map((d) => d.text.slice(0, 50))).toEqual(['Rural defense information and education. Conduct a']);
    expect(clause[0].text).toMatch(/and shall work with farmers/);
    expect(actors(clause[0])).toEqual(['LEAD:usda']);
  });
});

describe('a clause under "shall:" that only qualifies the clauses under it', () => {
  it('"The Secretary of Transportation shall: (i) to better protect consumers ..., and as appropriate and consistent with applicable law: (A) not later than 30 days after the date of this order, appoint ..." makes each of (A)-(F) the Secretary\'s (EO 14036)', () => {
    const clauses = under(directivesOf('14036'), 'eo-14036:5(m)(i)').filter((d) =>
      /\(m\)\(i\)\([A-F]\)$/.test(d.provisionId),
    );
    expect(clauses.map((d) => d.provisionId.slice(-3))).toEqual(['(A)', '(B)', '(C)', '(D)', '(E)', '(F)']);
    for (const d of clauses) expect(actors(d)).toEqual(['LEAD:dot']);
    expect(clauses.map((d) => d.deadlineDays)).toEqual([30, undefined, 45, 45, 60, 90]);
  });

  it('leaves the topics of a report: "(i) within 365 days of the date of this order, submit to the President a report that addresses the use of AI in the criminal justice system, including any use in: (A) sentencing;" (EO 14110)', () => {
    const topics = under(directivesOf('14110'), 'eo-14110:7.1(b)(i)');
    expect(topics.map((d) => d.provisionId)).toEqual(['eo-14110:7.1(b)(i)']);
  });
});

describe('"shall:" with the period the outline puts after its colon', () => {
  it('"General The head of each Federal department and agency, as appropriate, shall:." makes each numbered clause the heads\' directive (EO 12656)', () => {
    const directives = under(directivesOf('12656'), 'eo-12656:201');
    expect(directives.map((d) => d.provisionId)).not.toContain('eo-12656:201');
    const prepared = directives.find((d) => d.provisionId === 'eo-12656:201(1)');
    expect(prepared?.text).toMatch(/^Be prepared to respond adequately to all national security emergencies/);
    expect(actors(prepared!)).toEqual(['LEAD:executive-departments-and-agencies']);
    expect(directives.length).toBeGreaterThanOrEqual(15);
  });

  it('keeps one directive where a verb stands before "to the following requirements:." (EO 12291)', () => {
    const directives = under(directivesOf('12291'), 'eo-12291:2').filter((d) => d.provisionId === 'eo-12291:2');
    // the heading "General Requirements", run into the sentence with no stop, is the section's heading, not its text
    expect(directives.map((d) => d.text.slice(0, 20))).toEqual(['In promulgating new ']);
  });
});

describe('a clause under "shall:" whose "shall" belongs to a clause inside it', () => {
  it('"Designate a senior member of his staff who shall ensure effective compliance ... and shall also chair a Departmental committee" is the Secretary\'s directive (EO 11652)', () => {
    const clause = under(directivesOf('11652'), 'eo-11652:7(B)(2)');
    expect(clause.map((d) => d.text.slice(0, 40))).toEqual(['Designate a senior member of his staff w']);
    expect(actors(clause[0])).toEqual(['LEAD:hew']);
  });

  it('"within 45 days of this order, revise its discipline ... policies ..., and shall further revise such policies" is the agency heads\', not OPM\'s (EO 13839)', () => {
    const clause = under(directivesOf('13839'), 'eo-13839:7(b)(i)');
    expect(clause).toHaveLength(1);
    expect(actors(clause[0])).toEqual(['LEAD:executive-departments-and-agencies']);
    expect(clause[0]).toMatchObject({ deadlineDays: 45 });
  });

  it('leaves a passive clause to the agent it names: "be supported by the Assistant Director for General Management of the Office of Management and Budget, who shall advise and assist the Chairman" (EO 12816)', () => {
    const clause = under(directivesOf('12816'), 'eo-12816:3(f)');
    expect(clause.map(actors)).toEqual([['LEAD:omb']]);
  });

  it('leaves a clause that opens clauses of its own: "submit to the Secretaries annual reports that shall:" (EO 12747)', () => {
    const clauses = under(directivesOf('12747'), 'eo-12747:3(d)');
    expect(clauses.map((d) => d.provisionId)).toEqual(['eo-12747:3(d)(1)', 'eo-12747:3(d)(2)']);
  });
});

describe('an adverb right before the colon (audit, seeds 6247 and 9133)', () => {
  it('"shall each:" and "shall also:" hand the verb to the clauses, with the sentence\'s deadline: "the Administrator of the United States Agency for International Development shall each: ... (ii) within 150 days of the date of the release of the National Action Plan, develop and submit" (EO 13595), "In addition to the foregoing tasks, the Committee shall also: (a) Review and analyze" (EO 11849), "no later than 30 days from the date of this order, the Secretary of State ... shall also: (a) Evaluate and adjust" (EO 14161)', () => {
    const plans = under(directivesOf('13595'), 'eo-13595:3(b)');
    expect(plans.map((d) => d.provisionId)).toEqual(['eo-13595:3(b)(i)', 'eo-13595:3(b)(ii)', 'eo-13595:3(b)(iii)']);
    expect(actors(plans[1])).toEqual(['LEAD:state', 'LEAD:dod', 'LEAD:usaid']);
    expect(plans[1].deadlineDays).toBe(150);
    expect(plans[1].deadlineEvent).toBe('the date of the release of the National Action Plan');
    expect(under(directivesOf('11849'), 'eo-11849:3').map((d) => d.provisionId)).toContain('eo-11849:3(a)');
    const evaluate = directivesOf('14161').find((d) => d.provisionId === 'eo-14161:3(a)')!;
    expect(evaluate.text).toMatch(/^Evaluate and adjust all existing regulations/);
    expect(evaluate.deadlineDays).toBe(30);
  });

  it('"shall promptly:" too (EO 14268, EO 13994); not a verb whose clauses are its objects ("The Task Force shall submit to the President ...:" keeps its sentence, EO 13920)', () => {
    expect(under(directivesOf('14268'), 'eo-14268:3(a)').map((d) => d.provisionId)).toContain('eo-14268:3(a)(i)');
    expect(under(directivesOf('13994'), 'eo-13994:3').map((d) => d.provisionId)).toEqual([
      'eo-13994:3(a)',
      'eo-13994:3(b)',
      'eo-13994:3(c)',
    ]);
    const report = directivesOf('13920').find((d) => d.id === 'eo-13920:3(f)#1');
    expect(report?.provisionId).toBe('eo-13920:3(f)');
  });
});

describe('a qualifier joined by "and" before the colon (audit, seeds 6247 and 9133)', () => {
  it('"the Secretary shall, consistent with the National Infrastructure Protection Plan (NIPP), in coordination with the Secretary of Transportation, and in consultation with the heads of other relevant agencies:" hands the verb to each clause, with its own deadline (EO 13416); "shall, in the interest of assisting the President ..., and on behalf of the President:" (EO 10161)', () => {
    const dhs = under(directivesOf('13416'), 'eo-13416:3');
    expect(dhs.map((d) => d.provisionId)).toEqual([
      'eo-13416:3(a)',
      'eo-13416:3(b)',
      'eo-13416:3(c)',
      'eo-13416:3(d)',
      'eo-13416:3(e)',
      'eo-13416:3(f)',
    ]);
    expect(dhs.every((d) => actors(d)[0] === 'LEAD:dhs')).toBe(true);
    expect(dhs[1].dueOn).toBe('2006-12-31');
    expect(dhs[3].deadlineDays).toBe(180);
    expect(under(directivesOf('10161'), 'eo-10161:802').map((d) => d.provisionId)).toContain('eo-10161:802(a)');
  });

  it('not a verb joined by "and": ", in consultation with the Secretary of Labor, and submit to the President:" keeps its verb', () => {
    expect(delegatesToClauses(', in consultation with the Secretary of Labor, and submit to the President:')).toBe(
      false,
    );
    expect(
      delegatesToClauses(', in consultation with the Secretary of Labor, and in coordination with the Director:'),
    ).toBe(true);
  });
});

describe('a lead-in that names the duties its clauses list (deadlines audit)', () => {
  it('EO 13648: "the Task Force shall perform the following functions: (a) not later than 180 days after the date of this order, produce a National Strategy ... that shall include ...:" makes each clause a duty of the Task Force, with its own deadline', () => {
    const functions = under(directivesOf('13648'), 'eo-13648:4');
    expect(functions.map((d) => d.provisionId)).toEqual([
      'eo-13648:4(a)',
      'eo-13648:4(b)',
      'eo-13648:4(c)',
      'eo-13648:4(d)',
    ]);
    expect(
      functions.every((d) => actors(d).join() === 'LEAD:body-eo-13648-presidential-task-force-on-wildlife-trafficking'),
    ).toBe(true);
    expect(functions[0].deadlineDays).toBe(180);
    expect(functions[1].deadlineDays).toBe(90);
  });

  it('EO 12780: "The Agency Recycling Coordinator shall be responsible for: (a) coordinating the development of an effective agency waste reduction and recycling program"; EO 11836: "The Attorney General shall be responsible for: (1) developing and conducting programs"', () => {
    // the first directive of 602 is its first sentence: "Each Federal agency shall designate ... Agency Recycling Coordinator"
    expect(under(directivesOf('12780'), 'eo-12780:602').map((d) => d.id)).toEqual([
      'eo-12780:602#1',
      'eo-12780:602(a)#1',
      'eo-12780:602(b)#1',
      'eo-12780:602(c)#1',
    ]);
    const doj = under(directivesOf('11836'), 'eo-11836:2');
    expect(doj.map((d) => d.provisionId)).toEqual(['eo-11836:2(1)', 'eo-11836:2(2)']);
    expect(doj.every((d) => actors(d).join() === 'LEAD:doj')).toBe(true);
  });

  it('not a lead-in that lists members: "the Task Force shall have the following members: (a) the Deputy Attorney General, who shall serve as Chair" (EO 13271) keeps its sentence', () => {
    expect(namesDutiesOfClauses(' perform the following-described functions and duties:')).toBe(true);
    expect(namesDutiesOfClauses(' have the following members:')).toBe(false);
    const members = under(directivesOf('13271'), 'eo-13271:2');
    expect(members.find((d) => d.provisionId === 'eo-13271:2')?.assignments[0].actorId).toBe(
      'body-eo-13271-corporate-fraud-task-force',
    );
    expect(members.find((d) => d.provisionId === 'eo-13271:2(a)')?.assignments[0].actorId).toBe('doj');
  });
});
