/** Every official a role phrase lists gets that role, each read on its own (issue 15). */
import { readCorpus } from '../../src/corpus/lines';
import { parseDocument } from '../../src/ingest/parse';
import { loadReference } from '../../src/ingest/reference';
import { AgencyResolver } from '../../src/ingest/parse/agencies';
import { assignRoles, listedOfficials } from '../../src/ingest/parse/roles';

function parsedOrder(number: string) {
  const line = readCorpus().find((l) => l.number === number)!;
  return parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number: line.number, signedOn: line.signedOn });
}

/** An order of one provision: its label, then the sentence (a real line, or a variant of one). */
function oneSentenceOrder(sentence: string, label = 'Sec. 1.', number = '14999', signedOn = '2025-01-20') {
  return parseDocument(`Executive Order ${number}\n\n${label} ${sentence}`, {
    kind: 'EXECUTIVE_ORDER',
    number,
    signedOn,
  });
}

/** The officials a sentence lists, as its words, and with the role each is given. */
const listedNames = (text: string) => listedOfficials(text).map((l) => text.slice(l.start, l.end));
const listedWithRoles = (text: string) => listedOfficials(text).map((l) => [text.slice(l.start, l.end), l.role]);

function directive(number: string, words: RegExp) {
  const found = parsedOrder(number).directives.find((d) => words.test(d.text));
  if (!found) throw new Error(`no directive of EO ${number} matches ${words}`);
  return found;
}

describe('officials listed after a role phrase', () => {
  it('splits "in consultation with A, B, C, and D, shall" into its four officials (EO 13597), and not at "Housing and Urban" (EO 13903)', () => {
    const text =
      'The Director of the National Economic Council and the Director of the Domestic Policy Council, in consultation with the Director of the Office of Management and Budget, the Assistant to the President for Homeland Security and Counterterrorism, the Assistant to the President for Economic Policy, and the Assistant to the President for Domestic Policy, shall';
    expect(listedWithRoles(text)).toEqual([
      ['the Director of the Office of Management and Budget', 'CONSULTATION'],
      ['the Assistant to the President for Homeland Security and Counterterrorism', 'CONSULTATION'],
      ['the Assistant to the President for Economic Policy', 'CONSULTATION'],
      ['the Assistant to the President for Domestic Policy', 'CONSULTATION'],
    ]);
    // EO 13903, clause (b)
    const hud =
      'The Secretary of Health and Human Services, in consultation with the Secretary of Housing and Urban Development, shall establish an internal working group';
    expect(listedNames(hud)).toEqual(['the Secretary of Housing and Urban Development']);
  });

  it('reads "the Secretaries of State, the Treasury, Defense, and Labor, the United States Trade Representative, ..." as every department of the Secretaries and the officials after them (EO 13603)', () => {
    const d = directive('13603', /in consultation with the Secretaries of State, the Treasury, Defense, and Labor/);
    expect(d.assignments.map((a) => `${a.role}:${a.actorId}`)).toEqual([
      'LEAD:commerce',
      'CONSULTATION:state',
      'CONSULTATION:treasury',
      'CONSULTATION:dod',
      'CONSULTATION:labor',
      'CONSULTATION:ustr',
      'CONSULTATION:odni',
      'CONSULTATION:executive-departments-and-agencies',
    ]);
  });

  it('ends the list with the departments\' own "and" where no later "and" closes it: "in consultation with the Secretaries of the Treasury, Defense, Labor, and Veterans Affairs, the Secretary of Health and Human Services shall" leads with HHS (EO 13877, its subject after the list)', () => {
    const sentence =
      'Within 180 days of the date of this order, in consultation with the Secretaries of the Treasury, Defense, Labor, and Veterans Affairs, the Secretary of Health and Human Services shall increase access to de-identified claims data from taxpayer-funded healthcare programs.';
    const model = oneSentenceOrder(sentence, 'Sec. 3. (a)', '13877', '2019-06-24');
    expect(model.directives.map((d) => d.assignments.map((a) => `${a.role}:${a.actorId}`))).toEqual([
      ['LEAD:hhs', 'CONSULTATION:treasury', 'CONSULTATION:dod', 'CONSULTATION:labor', 'CONSULTATION:va'],
    ]);
  });

  it('does not make the official after "the Secretaries of the Treasury, Defense, Labor, and Veterans Affairs, and ..." a lead (EO 13877)', () => {
    const d = directive(
      '13877',
      /in consultation with the Secretaries of the Treasury, Defense, Labor, and Veterans Affairs/,
    );
    expect(d.assignments.map((a) => `${a.role}:${a.actorId}`)).toEqual([
      'LEAD:hhs',
      'CONSULTATION:treasury',
      'CONSULTATION:dod',
      'CONSULTATION:labor',
      'CONSULTATION:va',
      'CONSULTATION:opm',
    ]);
  });

  it('gives "in consultation with" its own list after "acting through": "the Secretary of Commerce, acting through the Director of NIST, in consultation with the Secretary of Defense ..." consults Defense, and NIST supports (EO 14028)', () => {
    const d = directive(
      '14028',
      /Secretary of Commerce, acting through the Director of NIST, in consultation with the Secretary of Defen/,
    );
    const roleOf = new Map(d.assignments.map((a) => [a.actorId, a.role]));
    expect([roleOf.get('commerce'), roleOf.get('nist'), roleOf.get('dod'), roleOf.get('omb')]).toEqual([
      'LEAD',
      'SUPPORT',
      'CONSULTATION',
      'CONSULTATION',
    ]);
  });

  it('keeps a "through" inside a list item with its item: "in coordination with the Department of Justice, through the NIPC, and the Department of the Treasury, through the Secret Service" (EO 13231)', () => {
    const d = directive('13231', /in coordination with the Department of Justice, through the NIPC/);
    const roleOf = new Map(d.assignments.map((a) => [a.actorId, a.role]));
    expect([roleOf.get('doj'), roleOf.get('treasury'), roleOf.get('secret-service')]).toEqual([
      'COORDINATION',
      'COORDINATION',
      'SUPPORT',
    ]);
  });

  it('keeps "the Secretary of Health, Education, and Welfare" one official of a list (EO 11868)', () => {
    const text =
      'The Commission shall, through the Secretary of Health, Education, and Welfare, submit two reports of its findings and recommendations to the President.';
    expect(listedWithRoles(text)[0]).toEqual(['the Secretary of Health, Education, and Welfare', 'SUPPORT']);
  });

  it('ends a list at "U.S." only when a sentence ends: "the Secretary of the Treasury, the U.S. Trade Representative, the Secretary of State, and the Secretary of Commerce, shall" (EO 13733)', () => {
    const d = directive('13733', /in consultation with the Secretary of the Treasury, the U\.S\. Trade Representative/);
    const roleOf = new Map(d.assignments.map((a) => [a.actorId, a.role]));
    expect(['ustr', 'state', 'commerce'].map((id) => roleOf.get(id))).toEqual([
      'CONSULTATION',
      'CONSULTATION',
      'CONSULTATION',
    ]);
    expect(roleOf.get('nec')).toBe('LEAD');
  });

  it('never reads the third and fourth listed officials as leads (EO 13597, section 2(b))', () => {
    const sentence =
      'The Secretaries of Commerce and the Interior, in consultation with the Director of the Office of Management and Budget, the Assistant to the President for Homeland Security and Counterterrorism, the Assistant to the President for Economic Policy, and the Assistant to the President for Domestic Policy, shall coordinate the overall work of the Task Force and assist its members in performing the responsibilities described herein.';
    const resolver = new AgencyResolver(loadReference(), { docId: 'eo-13597', signedOn: '2012-01-19', provisions: [] });
    const assignments = assignRoles(sentence, resolver.mentions(sentence), sentence.indexOf('shall'));
    // The two Secretaries lead; none of the officials listed after "in consultation with" does.
    expect(assignments.filter((a) => a.role === 'LEAD').map((a) => a.actorId)).toEqual(['commerce', 'doi']);
    expect(assignments.filter((a) => a.role === 'CONSULTATION').map((a) => a.actorId)).toEqual(
      expect.arrayContaining(['omb', 'hsc', 'nec', 'dpc']),
    );
  });

  it('reads a bare title inside a listed official where the sentence says it: "through the Director of NIST, shall, in consultation with other agencies as determined by the Director" is NIST\'s Director, not the last Director named before the list read alone (EO 14081)', () => {
    const roles = (d: { assignments: { role: string; actorId?: string; actorText?: string }[] }) =>
      d.assignments.map((a) => `${a.role}:${a.actorId ?? '?' + a.actorText}`);
    expect(roles(directive('14081', /lexicon for the bioeconomy/))).toEqual([
      'LEAD:commerce',
      'CONSULTATION:executive-departments-and-agencies',
      'SUPPORT:nist',
    ]);
  });

  it('consults each department of a long "the Secretaries of" list, read in its sentence', () => {
    const list = ', the Treasury, Defense'.repeat(2_000);
    const model = parseDocument(
      `Executive Order 14999\n\nSec. 1. The Secretary of Commerce, in consultation with the Secretaries of State${list}, and Labor, shall report.`,
      { kind: 'EXECUTIVE_ORDER', number: '14999', signedOn: '2025-01-20' },
    );
    const [d] = model.directives;
    expect(d.assignments.map((a) => `${a.role}:${a.actorId}`)).toEqual([
      'LEAD:commerce',
      'CONSULTATION:state',
      'CONSULTATION:treasury',
      'CONSULTATION:dod',
      'CONSULTATION:labor',
    ]);
  });

  it('gives who helps "with the assistance of" or "with the advice and assistance of" a support role, not a second lead (EO 11185, 1964; EO 9784, 1946; EO 14268, 2025)', () => {
    const roles = (d: { assignments: { role: string; actorId?: string }[] }) =>
      d.assignments.map((a) => `${a.role}:${a.actorId}`);
    expect(roles(directive('11185', /with the assistance of the Commissioner of Education/))).toEqual([
      'LEAD:hew',
      'SUPPORT:office-of-education',
    ]);
    expect(roles(directive('9784', /with the advice and assistance of the National Archives/))).toEqual([
      'LEAD:bob',
      'SUPPORT:national-archives',
    ]);
    expect(
      roles(directive('14268', /with the assistance of the Secretary of State and the Secretary of Commerce/)),
    ).toEqual(['LEAD:dod', 'SUPPORT:state', 'SUPPORT:commerce']);
    // "with the advice of" asks counsel: the Board is consulted (EO 12677, 1989)
    expect(roles(directive('12677', /with the advice of the Board of Advisors/))).toEqual([
      'LEAD:ed',
      'CONSULTATION:body-eo-12677-president-s-board-of-advisors-on-historically-black-colleges-and-universities-the',
    ]);
  });

  it('keeps the officials of a subject whose first one acts "with the approval of" another: approval is no help given (EO 6858, 1934)', () => {
    const d = directive('6858', /with the approval of the Secretary of Labor\), the Bureau of Labor Statistics/);
    expect(d.assignments.map((a) => `${a.role}:${a.actorId}`)).toEqual([
      'LEAD:body-eo-6858-textile-labor-relations-board',
      'LEAD:bls',
      'LEAD:ftc',
    ]);
  });
});

describe('officials one works with or is helped by: "in cooperation with", ", assisted by"', () => {
  const roles = (d: { assignments: { actorId?: string; actorText: string; role: string }[] }) =>
    d.assignments.map((a) => `${a.role}:${a.actorId ?? a.actorText}`).sort();

  it('reads "The Secretary of Energy, in cooperation with the Secretary of State and the heads of other agencies, as appropriate, shall" as Energy leading, the others coordinating (EO 14008, 2021)', () => {
    const d = directive('14008', /^The Secretary of Energy, in cooperation with the Secretary of State and the heads/);
    expect(roles(d)).toEqual(['COORDINATION:executive-departments-and-agencies', 'COORDINATION:state', 'LEAD:doe']);
    // "The Chairman of the Committee, in cooperation with the Budget Office of the Department of Labor, shall" (EO 10640, 1955)
    const chair = directive('10640', /^The Chairman of the Committee, in cooperation with the Budget Office/);
    expect(chair.assignments.find((a) => a.actorId === 'labor')?.role).toBe('COORDINATION');
  });

  it('ends the list at another relation: "The Steering Committee, in coordination with the heads of relevant agencies and under the direction of the Chair, shall: (a) provide guidance" gives the Chair no coordination (EO 13689, 2015)', () => {
    const d = directive('13689', /^provide guidance and coordinate efforts to implement the priorities/);
    expect(roles(d)).toEqual([
      'COORDINATION:executive-departments-and-agencies',
      'LEAD:body-eo-13689-arctic-executive-steering-committee',
    ]);
  });

  it('reads "in close coordination with" as coordination: "The Secretary of the Treasury and the Secretary of Commerce, in close coordination with the Assistant to the President for Economic Policy, shall" (EO 14196, 2025)', () => {
    const d = directive('14196', /^The Secretary of the Treasury and the Secretary of Commerce, in close coordination/);
    expect(roles(d)).toEqual(['COORDINATION:nec', 'LEAD:commerce', 'LEAD:treasury']);
  });

  it('gives support to those "assisted by" names after a comma: "The Director of OMB, assisted by the Attorney General and the Director of OPM, shall coordinate" (EO 14151, 2025)', () => {
    const d = directive(
      '14151',
      /^The Director of the Office of Management and Budget \(OMB\), assisted by the Attorney General/,
    );
    expect(roles(d)).toEqual(['LEAD:omb', 'SUPPORT:doj', 'SUPPORT:opm']);
  });

  it('ends the list at a deadline after a comma: "in cooperation with State and tribal fish and wildlife agencies, not later than 1 year following the conclusion of the Conference" lists no Conference (EO 13443, 2007)', () => {
    const d = directive('13443', /^The Chairman shall prepare, consistent with applicable law/);
    expect(d.assignments.map((a) => a.actorText)).not.toContain('the Conference');
    expect(d.assignments.find((a) => a.actorId === 'executive-departments-and-agencies')?.role).toBe('COORDINATION');
  });

  it('gives support to "with the cooperation and assistance of the Federal agencies" (EO 11051, 1962)', () => {
    const d = directive(
      '11051',
      /the Director, with the cooperation and assistance of the Federal agencies, shall develop/,
    );
    expect(roles(d)).toEqual(['LEAD:oep', 'SUPPORT:executive-departments-and-agencies']);
  });

  it('lists no one after "assisted by" with no comma before it, a thing helped: "housing administered or assisted by the Public Housing Administration" (EO 10573)', () => {
    expect(
      listedNames(
        'that housing administered or assisted by the Public Housing Administration under the said title shall',
      ),
    ).toEqual([]);
    // nor does "in cooperation with" after the verb take the subject's lead: "shall be to promote and facilitate the
    // civil defense of the United States in cooperation with the several States" (EO 10186) keeps its Administration
    expect(roles(directive('10186', /^The basic purpose of the Administration shall be to promote/))).toEqual([
      'LEAD:fcda',
    ]);
  });
});

describe('officials whose help is measured out: "with such assistance of", "with appropriate support from"', () => {
  const roles = (d: { assignments: { role: string; actorId?: string }[] }) =>
    d.assignments.map((a) => `${a.role}:${a.actorId}`);

  it('"The Director of the United States Information Agency, with such assistance of the Department of State and the Department of Commerce as may be appropriate, shall prepare" (EO 10716, 1957)', () => {
    expect(roles(directive('10716', /with such assistance of the Department of State/))).toEqual([
      'LEAD:usia',
      'SUPPORT:state',
      'SUPPORT:commerce',
    ]);
  });

  it('"The Director of the Office of Management and Budget, with such assistance from the Chairman of the Council on Environmental Quality as the Director may require, shall monitor" (EO 13432, 2007)', () => {
    expect(roles(directive('13432', /with such assistance from the Chairman of the Council/))).toEqual([
      'LEAD:omb',
      'SUPPORT:ceq',
    ]);
  });

  it('gives no role to the Chairman who asks: "shall furnish it with such assistance as the Chairman may request" (EO 11451, 1969)', () => {
    expect(roles(directive('11451', /furnish it with such assistance as the Chairman may request/))).toEqual([
      'LEAD:executive-departments-and-agencies',
    ]);
  });
});

describe('officials consulted "after consultation with"', () => {
  const roles = (sentence: string, number: string, signedOn: string) =>
    oneSentenceOrder(sentence, 'Sec. 1.', number, signedOn).directives.map((d) =>
      d.assignments.map((a) => `${a.role}:${a.actorId ?? a.actorText}`),
    );

  it('consults the official "after consultation with" names, before the subject or after it (EO 10610, 1955; EO 13934, 2020)', () => {
    expect(
      roles(
        'The Secretary of State, after consultation with the Secretary of Defense, shall make appropriate arrangements for carrying out the function of coordination referred to in section 102 (c) (1) of Executive Order No. 10575 of November 6, 1954.',
        '10610',
        '1955-05-09',
      ),
    ).toEqual([['LEAD:state', 'CONSULTATION:dod']]);
    expect(
      roles(
        "After consulting with the Task Force, the Administrator of General Services shall promptly revise and thereafter operate the General Service Administration's (GSA's) Art in Architecture (AIA) Policies and Procedures.",
        '13934',
        '2020-07-03',
      ),
    ).toEqual([['LEAD:gsa', 'CONSULTATION:the Task Force']]);
    // near miss: the same words after "shall" consult too, and "after" alone opens no list
    expect(
      roles(
        'The Secretary of State shall, after consultation with the Secretary of Defense, make appropriate arrangements. After the Secretary of Defense reports, the Secretary of State shall act.',
        '10610',
        '1955-05-09',
      ),
    ).toEqual([['LEAD:state', 'CONSULTATION:dod'], ['LEAD:state']]);
  });

  it('ends a sentence-opening "After consultation with" at its comma, and a mid-sentence one at the comma that closes it, so the subject stays the lead (variants of EO 13934, 2020, and of EO 10610, 1955, dated 2025 for the Department of Energy)', () => {
    // near misses of EO 13934's "After consulting with the Task Force, the Administrator of General Services shall":
    // a subject of two, and no comma at all
    expect(
      roles(
        'After consultation with the Attorney General, the Secretary of Labor and the Secretary of Commerce shall issue regulations.',
        '13934',
        '2020-07-03',
      ),
    ).toEqual([['LEAD:labor', 'LEAD:commerce', 'CONSULTATION:doj']]);
    expect(
      roles(
        'After consultation with the Attorney General the Secretary of Labor shall issue regulations.',
        '13934',
        '2020-07-03',
      ),
    ).toEqual([['LEAD:labor', 'CONSULTATION:doj']]);
    // near miss of EO 10610's "The Secretary of State, after consultation with the Secretary of Defense, shall": the
    // comma after the consulted official closes the phrase, and "and the Secretary of Energy" joins the subject
    expect(
      roles(
        'The Secretary of Defense, after consulting with the Secretary of State, and the Secretary of Energy shall jointly submit a report.',
        '14999',
        '2025-01-20',
      ),
    ).toEqual([['LEAD:dod', 'LEAD:doe', 'CONSULTATION:state']]);
  });

  it('consults no one of a second clause: "After consultation with affected agencies, the Secretary of Defense may ..., and the Director of Central Intelligence may" (EO 13292, 2003)', () => {
    const model = parseDocument(
      'Executive Order 13292\n\nSec. 3. (h) (3) The Director of the Information Security Oversight Office shall ensure that agencies provide the Archivist with adequate and current declassification guides. (c) After consultation with affected agencies, the Secretary of Defense may establish special procedures for systematic review for declassification of classified cryptologic information, and the Director of Central Intelligence may establish special procedures for systematic review for declassification of classified information pertaining to intelligence activities (including special activities), or intelligence sources or methods.',
      { kind: 'EXECUTIVE_ORDER', number: '13292', signedOn: '2003-03-25' },
    );
    const consulted = model.directives.flatMap((d) =>
      d.assignments.filter((a) => a.role === 'CONSULTATION').map((a) => a.actorId),
    );
    expect(consulted).not.toContain('dod');
    expect(consulted).not.toContain('dci');
  });
});

describe('commands in other voices than "X shall"', () => {
  const leads = (d: { assignments: { role: string; actorId?: string }[] }) =>
    d.assignments.filter((a) => a.role === 'LEAD').map((a) => a.actorId);

  it('reads "X is hereby authorized and directed, <a phrase>, to take possession" as a directive X leads (EO 9552, 1945)', () => {
    // "The Secretary of War is hereby authorized and directed, through and with the aid of any persons or
    // instrumentalities that he may designate, to take possession of the plants and facilities of the Cocker Machine ..."
    const d = directive('9552', /^The Secretary of War is hereby authorized and directed, through and with the aid/);
    expect(d.provisionId).toBe('eo-9552:1');
    expect(leads(d)).toEqual(['war']);
  });

  it('reads the action after "is directed to" (EO 14178, 2025: "The Secretary of the Treasury is directed to immediately revoke")', () => {
    const d = directive('14178', /^The Secretary of the Treasury is directed to immediately revoke/);
    expect(leads(d)).toEqual(['treasury']);
    expect(d.action).toBe('REVOKE');
  });

  it('reads "It shall be the duty of the Director to further proper preparations" with the Director as lead (EO 9674, 1946)', () => {
    const d = directive('9674', /^It shall be the duty of the Director to further proper preparations/);
    expect(leads(d)).toEqual(['bob']);
  });

  it('hands "It shall be the duty of the said Committee:" to its clauses "(a) To maintain ..." (EO 10302, 1951)', () => {
    const m = parsedOrder('10302');
    const clauses = m.directives.filter((d) => /^eo-10302:2\([a-f]\)$/.test(d.provisionId));
    expect(clauses.map((d) => d.provisionId)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((c) => `eo-10302:2(${c})`));
    expect(new Set(clauses.flatMap(leads))).toEqual(
      new Set(['body-eo-10302-interdepartmental-committee-on-narcotics']),
    );
    // "(c) To examine and study problems and developments arising in the administration and enforcement ..."
    expect(clauses[2].action).toBe('REVIEW');
  });

  it('hands "In addition to such duties, the Committee is directed to:" to its clauses "(a) Foster cooperation ..." (EO 11470, 1969)', () => {
    const m = parsedOrder('11470');
    const clauses = m.directives.filter((d) => /^eo-11470:3\([a-d]\)$/.test(d.provisionId));
    expect(clauses).toHaveLength(4);
    expect(clauses[0].text).toMatch(/^Foster cooperation among the various departments and agencies/);
    expect(leads(clauses[0])).toEqual(['body-eo-11470-cabinet-committee-on-voluntary-action']);
  });

  it('hands the clauses to the one "is directed to:." they follow, the last of its provision, not to one before it', () => {
    const m = parseDocument(
      'Executive Order 14999\n\nSec. 1. Duties. (a) The Secretary of Labor is directed to:. The Secretary of Commerce is directed to:.\n(1) review the plan;\n(2) report to the President.\n',
      { kind: 'EXECUTIVE_ORDER', number: '14999', signedOn: '2025-01-20' },
    );
    const clauses = m.directives.filter((d) => /^eo-14999:1\(a\)\(\d\)$/.test(d.provisionId));
    expect(clauses.map((d) => d.text)).toEqual(['review the plan;', 'report to the President.']);
    for (const d of clauses) expect(leads(d)).toEqual(['commerce']);
  });

  it('reads a request as what the order asks: "The International Trade Commission is requested to advise the Special Representative" (EO 11846, 1975)', () => {
    expect(leads(directive('11846', /^The International Trade Commission is requested to advise/))).toEqual(['usitc']);
    // "The Attorney General is requested to render to the heads of departments and agencies such advice" (EO 10450)
    expect(leads(directive('10450', /^The Attorney General is requested to render/))).toEqual(['doj']);
  });

  it('reads the President\'s own "I hereby authorize and direct the Secretary of Defense to call" as a directive the Secretary leads (EO 11118, 1963)', () => {
    const d = directive('11118', /^I hereby authorize and direct the Secretary of Defense to call into the active/);
    expect(d.provisionId).toBe('eo-11118:3');
    expect(leads(d)).toEqual(['dod']);
  });

  it('gives "I hereby direct the Secretary of Commerce, in consultation with the Secretary of State, to take" its lead and the one consulted (EO 13338, 2004)', () => {
    const d = directive(
      '13338',
      /I hereby direct the Secretary of Commerce, in consultation with the Secretary of State, to take/,
    );
    expect(d.assignments.map((a) => [a.actorId, a.role])).toEqual([
      ['commerce', 'LEAD'],
      ['state', 'CONSULTATION'],
    ]);
  });

  it('hands "I hereby direct the Secretary of Commerce, within 90 days of the date of this order, to:" to its clauses with the deadline (EO 14110, 2023)', () => {
    const clauses = parsedOrder('14110').directives.filter((d) => /^eo-14110:4\.2\(c\)\(i+\)$/.test(d.provisionId));
    expect(clauses).toHaveLength(3);
    expect(clauses[0].text).toMatch(/^Propose regulations that require United States IaaS Providers/);
    for (const d of clauses) {
      expect(leads(d)).toEqual(['commerce']);
      expect(d.deadlineDays).toBe(90);
    }
  });

  it('reads no command in "I have directed the Secretary of Defense to ensure" (told, EO 14100) nor in "I also direct that the flag shall be flown" (no one named, EO 11620)', () => {
    expect(parsedOrder('14100').directives.some((d) => /I have directed/.test(d.text))).toBe(false);
    expect(parsedOrder('11620').directives).toEqual([]);
  });

  it('leaves a permission alone: "The Secretary of the Treasury, in consultation with the Secretary of State, is hereby authorized to take such actions" (EO 12543)', () => {
    expect(parsedOrder('12543').directives.some((d) => /is hereby authorized to take such actions/.test(d.text))).toBe(
      false,
    );
  });

  it('leaves the passive "the publication of the said codification ... is hereby authorized and directed to be made" (EO 9930)', () => {
    expect(parsedOrder('9930').directives.some((d) => /directed to be made/.test(d.text))).toBe(false);
  });

  it('gives "all agencies of which are hereby directed" to the agencies, not to the Secretary who may redelegate (EO 12810)', () => {
    // "The Secretary of the Treasury may redelegate any of these functions to other officers and agencies of the United
    // States Government, all agencies of which are hereby directed to take all appropriate measures within their authority"
    const d = directive('12810', /all agencies of which are hereby directed to take all appropriate measures/);
    expect(leads(d)).toEqual(['executive-departments-and-agencies']);
  });

  it('does not make the official of an opening phrase the actor: "On request of the Chairman of the Council, each executive department or agency is authorized and directed" (EO 11627)', () => {
    const d = directive('11627', /^On request of the Chairman of the Council, each executive department or agency/);
    expect(leads(d)).toEqual(['executive-departments-and-agencies']);
  });

  it('makes no directive when the subject names no agency: "each and every United States financial institution is directed and compelled to transfer" (EO 12817)', () => {
    expect(
      parsedOrder('12817').directives.some((d) => /financial institution is directed and compelled/.test(d.text)),
    ).toBe(false);
  });

  it('numbers them after the provision\'s "shall" directives, whose ids stay as they were (EO 6840)', () => {
    // "Sec. 2 The Board is hereby authorized and directed to - (a) Inquire ..." comes before "Sec. 3 The Board shall make,
    // through the Secretary of Labor to the President, a report no later than October 1, 1934" in the one body, after
    // "Each member of the Board shall receive necessary traveling and subsistence expenses", no directive of the Board.
    const m = parsedOrder('6840');
    expect(m.directives.find((d) => /^Sec\. 3 The Board shall make/.test(d.text))?.id).toBe('eo-6840:body#2');
    const directed = m.directives.find((d) => /^Sec\. 2 The Board is hereby authorized and directed to/.test(d.text));
    expect(directed?.id).toBe(`eo-6840:body#${m.directives.filter((d) => d.provisionId === 'eo-6840:body').length}`);
  });
});

describe('whom an actor acts through, and a role phrase that opens the sentence', () => {
  const roles = (number: string, words: RegExp) =>
    directive(number, words).assignments.map((a) => `${a.role}:${a.actorId ?? a.actorText}`);

  it('gives every official of a "through" list that opens the sentence support: "Through the Secretary of Defense, the Secretary of State, and the Attorney General, the Director shall"; one where the comma after him ends the phrase ("Through the Commanding General, the Secretary of Defense shall", EO 11485)', () => {
    const list =
      'Through the Secretary of Defense, the Secretary of State, and the Attorney General, the Director of the Office of Management and Budget shall coordinate.';
    expect(listedWithRoles(list)).toEqual([
      ['the Secretary of Defense', 'SUPPORT'],
      ['the Secretary of State', 'SUPPORT'],
      ['the Attorney General', 'SUPPORT'],
    ]);
    const one = 'Through the Commanding General, the Secretary of Defense shall command the forces.';
    expect(listedNames(one)).toEqual(['the Commanding General']);
    // after an actor, "through" still names one official of a subject that lists others (EO 14028)
    const subject =
      'the Secretary of Defense acting through the Director of the NSA, the Attorney General, and the Director of National Intelligence shall';
    expect(listedNames(subject)).toEqual(['the Director of the NSA']);
  });

  it('keeps "the Secretary acting through the Director" the subject where no comma closes the clause before it (EO 13921, its comma after "order" taken out)', () => {
    // EO 13921 sec. 5(a): "Within 90 days of the date of this order, the Secretary of Commerce, acting through the
    // Administrator of the National Oceanic and Atmospheric Administration (NOAA), shall issue, as appropriate and
    // consistent with applicable law, a notice of proposed rulemaking ..."
    const sentence =
      'Within 90 days of this order the Secretary of Commerce acting through the Administrator of the National Oceanic and Atmospheric Administration (NOAA), shall issue, as appropriate and consistent with applicable law, a notice of proposed rulemaking.';
    const model = oneSentenceOrder(sentence, 'Sec. 5. (a)', '13921', '2020-05-07');
    expect(model.directives.map((d) => d.assignments.map((a) => `${a.role}:${a.actorId}`))).toEqual([
      ['LEAD:commerce', 'SUPPORT:noaa'],
    ]);
    expect(model.directives[0].deadlineDays).toBe(90);
  });

  it('names one official after "acting through" in a subject that lists others after it: "the Secretary of Defense acting through the Director of the NSA, the Attorney General, the Secretary of Homeland Security, and the Director of National Intelligence shall" (EO 14028)', () => {
    expect(
      roles(
        '14028',
        /the Secretary of Defense acting through the Director of the NSA, the Attorney General, the Secretary of Homeland Security, and the Director of National Intelligence shall/,
      ),
    ).toEqual(['LEAD:dod', 'LEAD:doj', 'LEAD:dhs', 'LEAD:odni', 'SUPPORT:nsa']);
  });

  it('leads with the last of a subject whose items each act through another (EO 14225, EO 14008)', () => {
    // "the Secretary of the Interior, through the Director of the United States Fish and Wildlife Service (FWS), and the
    // Secretary of Commerce, through the Assistant Administrator for Fisheries ..., shall"
    expect(
      roles('14225', /the Secretary of the Interior, through the Director of the United States Fish and Wildlife/),
    ).toEqual(expect.arrayContaining(['LEAD:doi', 'LEAD:commerce', 'SUPPORT:fws']));
    // "the Secretary of Commerce, through the Administrator of the National Oceanic and Atmospheric Administration, the
    // Secretary of Homeland Security, through the Administrator of the Federal Emergency Management Agency, and the
    // Director of the Office of Science and Technology Policy, in coordination with the heads of other agencies"
    expect(
      roles(
        '14008',
        /through the Administrator of the Federal Emergency Management Agency, and the Director of the Office of Science/,
      ),
    ).toEqual([
      'LEAD:commerce',
      'LEAD:dhs',
      'LEAD:ostp',
      'COORDINATION:executive-departments-and-agencies',
      'SUPPORT:noaa',
      'SUPPORT:fema',
    ]);
  });

  it('does not cut "including through Title X clinics, HRSA-funded health centers, and the Indian Health Service" short: the Secretary of HHS leads (EO 14101)', () => {
    expect(
      roles('14101', /including through Title X clinics, HRSA-funded health centers, and the Indian Health Service/),
    ).toEqual(['LEAD:hhs', 'SUPPORT:ihs']);
  });

  it('reads "in collaboration with" as coordination: "The Attorney General, through the Federal Enforcement Working Group, in collaboration with the Secretary of Labor and the Secretary of Homeland Security, shall:" (EO 13903)', () => {
    const d = parsedOrder('13903').directives.find((x) => x.provisionId === 'eo-13903:3(a)(i)');
    expect(d?.assignments.map((a) => `${a.role}:${a.actorId}`)).toEqual([
      'LEAD:doj',
      'COORDINATION:labor',
      'COORDINATION:dhs',
      'SUPPORT:body-eo-13903-internal-working-group-to-develop-and-incorporate-practical-strategies-for-state',
    ]);
  });

  it('takes the words right before "shall" for the subject after a role phrase that opens the sentence: "In consultation with the affected agencies, the Attorney General shall" (EO 12250), "In coordination with the affected States, HHS shall" (EO 14108)', () => {
    // the affected agencies are consulted, never ordered
    expect(roles('12250', /^In consultation with the affected agencies, the Attorney General shall/)).toEqual([
      'LEAD:doj',
      'CONSULTATION:executive-departments-and-agencies',
    ]);
    expect(roles('14108', /^In coordination with the affected States, HHS shall/)).toEqual(['LEAD:hhs']);
    expect(
      roles('14156', /^In collaboration with the Secretaries of Interior and Energy, the Secretary of Defense shall/),
    ).toEqual(['LEAD:dod', 'COORDINATION:doi', 'COORDINATION:doe']);
    // a list the role phrase closes with "and" keeps its last item: "Within 90 days of the date of this order, and in
    // consultation with ... , the Secretary ... shall" is unchanged
    const text = 'The Secretary of Defense, in consultation with the Secretary of State, shall';
    expect(listedNames(text)).toEqual(['the Secretary of State']);
  });
});

describe('a phrase that opens the sentence on a preposition, up to its comma', () => {
  const leads = (number: string, words: RegExp) =>
    directive(number, words)
      .assignments.filter((a) => a.role === 'LEAD')
      .map((a) => a.actorId ?? a.actorText);

  it('names no lead in "Under foreign policy guidance of the Secretary of State, the Export-Import Bank shall develop plans" (EO 11094)', () => {
    expect(
      leads('11094', /^Under foreign policy guidance of the Secretary of State, the Export-Import Bank shall/),
    ).toEqual(['exim']);
  });

  it('names none in "Following approval by the Department of Justice, each agency shall publish its guidance document" (EO 13166) nor in "Pursuant to requests by the Board, all Federal departments and agencies shall furnish the Board" (EO 9905)', () => {
    expect(leads('13166', /^Following approval by the Department of Justice, each agency shall publish/)).toEqual([
      'executive-departments-and-agencies',
    ]);
    expect(
      leads('9905', /^Pursuant to requests by the Board, all Federal departments and agencies shall furnish/),
    ).toEqual(['executive-departments-and-agencies']);
  });

  const sentenceLeads = (sentence: string) =>
    oneSentenceOrder(sentence).directives.map((d) => d.assignments.map((a) => `${a.role}:${a.actorId ?? a.actorText}`));

  it('takes a mention after no preposition for the subject, with no comma to close the phrase: "During the emergency the Secretary of Defense, in consultation with the Attorney General, shall"', () => {
    expect(
      sentenceLeads(
        'During the emergency the Secretary of Defense, in consultation with the Attorney General, shall issue guidance.',
      ),
    ).toEqual([['LEAD:dod', 'CONSULTATION:doj']]);
    expect(
      sentenceLeads(
        'In fiscal year 2026 the Administrator of General Services, acting through the Commissioner, shall issue guidance.',
      ),
    ).toEqual([['LEAD:gsa', 'SUPPORT:the Commissioner']]);
    expect(
      sentenceLeads(
        'For purposes of this order the Secretary of State, the Secretary of Defense, and the Attorney General shall issue guidance.',
      ),
    ).toEqual([['LEAD:state', 'LEAD:dod', 'LEAD:doj']]);
  });

  it('runs the phrase to the end of a list of its own that "and" closes: "With respect to the Department of the Interior, the Department of Agriculture, and the Department of Energy, the Director of OMB shall"; not past the comma of "the Secretary of State, the Export-Import Bank shall" (EO 11094)', () => {
    expect(
      sentenceLeads(
        'With respect to the Department of the Interior, the Department of Agriculture, and the Department of Energy, the Director of the Office of Management and Budget shall issue guidance.',
      ),
    ).toEqual([['LEAD:omb']]);
    expect(
      sentenceLeads(
        'Under the direction of the Secretary of State, the Secretary of Defense and the Attorney General shall issue guidance.',
      ),
    ).toEqual([['LEAD:dod', 'LEAD:doj']]);
  });

  it('reads the phrase\'s list that "or" closes as the phrase\'s: "Upon the request of the Secretary of the Interior, the Secretary of Homeland Security, or the Administrator of General Services, the Secretary of Defense, the Attorney General, and the Secretary of Homeland Security shall" (EO 13933)', () => {
    expect(
      leads(
        '13933',
        /^Upon the request of the Secretary of the Interior, the Secretary of Homeland Security, or the Administrator of General Services, the Secretary of Defense/,
      ),
    ).toEqual(['dod', 'doj', 'dhs']);
  });

  it('keeps the mentions of a clause or a name inside the phrase: "In any case wherein the Federal Power Commission, ... cannot agree" (EO 10485), "In the case of the President\'s Committee and the Executive Committee, the Chairman shall" (EO 10640), "In establishing the Office, the Secretary shall" (EO 13793)', () => {
    expect(leads('13793', /^In establishing the Office, the Secretary shall consider/)).toEqual(['va']);
    expect(
      leads('10640', /^In the case of the President's Committee and the Executive Committee, the Chairman shall/),
    ).toEqual(['body-eo-10640-advisory-council-on-employment-of-the-physically-handicapped']);
    expect(leads('10485', /^In any case wherein the Federal Power Commission/)).toEqual(['state', 'dod', 'fpc']);
  });

  it('keeps the mention of the phrase where nothing after its comma leads: "Upon the request of the Secretary of the Navy ..., the Department of Justice, through the Federal Bureau of Investigation, shall" still leads with Justice (EO 9542)', () => {
    expect(leads('9542', /the Department of Justice, through the Federal Bureau of Investigation, shall/)).toEqual([
      'doj',
    ]);
  });
});

describe('a department set off by commas after an office says where the office is', () => {
  const actors = (d: { assignments: { role: string; actorId?: string; actorText: string }[] }) =>
    d.assignments.map((a) => `${a.role}:${a.actorId ?? a.actorText}`);

  it('"withdrawn on requisition by the Chief of the Forest Service, Department of Agriculture, for the purchase" orders the Forest Service alone (EO 6160, 1933; EO 6208)', () => {
    expect(actors(directive('6160', /requisition by the Chief of the Forest Service/))).toEqual(['LEAD:usfs']);
    expect(actors(directive('6208', /requisition by the Chief of the Forest Service/))).toEqual(['LEAD:usfs']);
  });

  it('"the Office of Education, Department of Health, Education, and Welfare, shall facilitate" is the Office (EO 11155, 1964)', () => {
    expect(actors(directive('11155', /the Office of Education, Department of Health/))).toEqual([
      'LEAD:office-of-education',
    ]);
  });

  it('keeps a department that is an item of a list: no "the", but a list after it or "and" closing it', () => {
    const [list] = oneSentenceOrder(
      'The Secretary of State, Department of the Treasury, Department of Commerce, and the Secretary of Labor shall report.',
      'Sec. 1.',
      '6999',
      '1934-01-01',
    ).directives;
    expect(actors(list)).toEqual(['LEAD:state', 'LEAD:treasury', 'LEAD:commerce', 'LEAD:labor']);
    const [closed] = oneSentenceOrder(
      'The Chief of the Forest Service, Department of Agriculture, and the Secretary of Labor shall report.',
      'Sec. 1.',
      '6999',
      '1934-01-01',
    ).directives;
    expect(actors(closed)).toEqual(['LEAD:usfs', 'LEAD:usda', 'LEAD:labor']);
    const [withThe] = oneSentenceOrder(
      'The Chief of the Forest Service, the Department of Agriculture, shall report.',
      'Sec. 1.',
      '6999',
      '1934-01-01',
    ).directives;
    expect(actors(withThe)).toEqual(['LEAD:usfs', 'LEAD:usda']);
  });
});

describe('the title of an order the sentence cites names no actor of it', () => {
  const actors = (d: { assignments: { role: string; actorId?: string; actorText: string }[] }) =>
    d.assignments.map((a) => `${a.role}:${a.actorId ?? a.actorText}`);

  it('\'Executive Order No. 11230 of June 28, 1965, entitled "Delegating Certain Functions of the President to the Director of the Bureau of the Budget," be, and it is hereby, amended\' orders no Director (EO 11275, 1965)', () => {
    expect(
      parsedOrder('11275').directives.filter((d) => /entitled "Delegating Certain Functions/.test(d.text)),
    ).toEqual([]);
  });

  it('\'Section 3(a) of Executive Order 13241 of December 18, 2001, entitled "Providing an Order of Succession Within the Department of Agriculture," is replaced with the following\' orders no Department (EO 13261, 2001)', () => {
    expect(
      parsedOrder('13261').directives.filter((d) => /Order of Succession Within the Department of/.test(d.text)),
    ).toEqual([]);
  });

  it('keeps an actor named outside the title, and one "entitled" to something with no title in quotes', () => {
    const [outside] = oneSentenceOrder(
      'The Secretary of Agriculture shall carry out Executive Order 13241 of December 18, 2001, entitled "Providing an Order of Succession Within the Department of Agriculture."',
      'Sec. 1.',
      '14998',
      '2002-01-01',
    ).directives;
    expect(actors(outside)).toEqual(['LEAD:usda']);
    const [entitledTo] = oneSentenceOrder(
      'The Secretary of Agriculture, entitled to the compensation of his office, shall serve as Chairman.',
      'Sec. 1.',
      '14998',
      '2002-01-01',
    ).directives;
    expect(actors(entitledTo)).toEqual(['LEAD:usda']);
  });
});

describe('officials of the order a sentence cites: "the Secretaries named therein"', () => {
  const actors = (d: { assignments: { role: string; actorId?: string }[] }) =>
    d.assignments.map((a) => `${a.role}:${a.actorId}`);

  it('"all the functions and authority vested in and granted by the said Part I to the Secretaries named therein" leads the Tennessee Valley Authority only (EO 10231, 1951)', () => {
    expect(actors(directive('10231', /to the Secretaries named therein/))).toEqual(['LEAD:tva']);
  });

  it('the same for the Defense Materials Procurement Agency, "granted by Part I of the said Executive Order No. 10210 to the Secretaries named therein" (EO 10281, 1951)', () => {
    expect(actors(directive('10281', /to the Secretaries named therein/))).toEqual(['LEAD:dmpa']);
  });

  it('keeps the Secretary of Commerce "authorized to perform and exercise" what Part I gave the Secretaries named therein (EO 10210, 1951)', () => {
    expect(actors(directive('10210', /the Secretary of Commerce is authorized to perform and exercise/))).toEqual([
      'LEAD:commerce',
    ]);
  });
});
