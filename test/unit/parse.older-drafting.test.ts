/**
 * Rules for the drafting of 1933-1999 (American Presidency Project pages) and for list
 * numbering, each built from a real order of the corpus (quoted where the line is short).
 */
import { parseDocument } from '../../src/ingest/parse';
import { mainShall } from '../../src/ingest/parse/main-shall';
import { corpusOrder, hintsOf } from './corpus-lines';

const parsed = (number: string) => {
  const line = corpusOrder(number);
  return parseDocument(line.text, hintsOf(line));
};
const paths = (number: string) => parsed(number).provisions.map((p) => p.path);

describe('an order with no header and numbered paragraphs (EO 6101, 1933)', () => {
  // "By virtue of the authority vested in me by the Act of Congress entitled ... it is hereby ordered that:
  //     (1) For the purpose of carrying out the provisions of said Act Robert Fechner is hereby appointed ..."
  // and at the end: "FRANKLIN D ROOSEVELT\nThe White House,April 5, 1933."
  const m = parsed('6101');

  it('is accepted, its authority clause a preamble and each "(n)" a provision', () => {
    expect(m.provisions.map((p) => p.path)).toEqual(['preamble', '(1)', '(2)', '(3)', '(4)', '(5)']);
    expect(m.provisions[0].text).toMatch(/^By virtue of the authority vested in me .* it is hereby ordered that:$/);
  });

  it('ends the last provision before the signature run together with "The White House,<date>."', () => {
    expect(m.provisions[5].text).toMatch(/in accordance with instructions of the President\.$/);
    expect(m.document.president).toBe('Franklin D. Roosevelt');
  });

  it('finds the directive of "(2) The Secretary of War, ... each shall appoint a representative"', () => {
    expect(m.directives.some((d) => d.provisionId === 'eo-6101:(2)')).toBe(true);
  });
});

describe('numbered paragraphs "1." (EO 6111, 1933)', () => {
  // "1. Until further order, the earmarking for foreign account and the export of gold coin ..."
  it('become provisions 1 to 5, the closing sentence kept in the last', () => {
    expect(paths('6111')).toEqual(['preamble', '1', '2', '3', '4', '5']);
    expect(parsed('6111').provisions[5].text).toMatch(/This order may be modified or revoked at any time\.$/);
  });
});

describe('an order with no numbering at all (EO 7000, 1935)', () => {
  // "Whereas the Federal Alcohol Control Administration has submitted for my approval ...
  //  Now, Therefore, by virtue of and pursuant to the authority vested in me ... I hereby approve said amendments ..."
  it('has its recitals as preamble and its enacting sentence as the body', () => {
    const m = parsed('7000');
    expect(m.provisions.map((p) => p.path)).toEqual(['preamble', 'body']);
    expect(m.provisions[0].text).toMatch(/^Whereas the Federal Alcohol Control Administration/);
    expect(m.provisions[1].text).toMatch(/^Now, Therefore, by virtue of .* I hereby approve said amendments/);
  });
});

describe('"PART I-..." headings over "SEC. 101." sections (EO 10000, 1948)', () => {
  // "PART I-ADDITIONAL COMPENSATION IN FOREIGN AREAS\nSECTION 101. Definitions. As used in this Part, (a) the words ..."
  const m = parsed('10000');
  const p = (path: string) => m.provisions.find((x) => x.path === path);

  it('reads each part with its heading and its sections under it', () => {
    expect(p('Part-I')?.heading).toBe('ADDITIONAL COMPENSATION IN FOREIGN AREAS');
    expect(p('101')).toMatchObject({ parentPath: 'Part-I', heading: 'Definitions' });
    expect(p('102')?.heading).toBe('Additional Compensation by reason of environment');
    expect(p('201')?.parentPath).toBe('Part-II');
  });

  it('cuts "the following: (a) ..., (b) ..., or (c) ..." into clauses, but not "Part, (a) the words" mid-sentence', () => {
    expect(m.provisions.filter((x) => x.parentPath === '103').map((x) => x.path)).toEqual([
      '103(a)',
      '103(b)',
      '103(c)',
    ]);
    expect(p('101(a)')).toBeUndefined();
    expect(p('101')?.text).toContain('(a) the words "foreign areas" mean');
  });
});

describe('an all-capitals title before running text (EO 12000, 1977)', () => {
  // "EXEMPTION OF ARTHUR S. FLEMMING FROM MANDATORY RETIREMENT\nArthur S. Flemming, Commissioner on Aging, ..."
  it('is the title, and the body starts at the first sentence', () => {
    const line = corpusOrder('12000');
    const m = parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number: line.number, signedOn: line.signedOn });
    expect(m.document.title).toBe('Exemption of Arthur S. Flemming from Mandatory Retirement');
    expect(m.provisions[0].text).toMatch(/^Arthur S\. Flemming, Commissioner on Aging/);
    expect(m.document.president).toBe('Jimmy Carter');
  });
});

describe('list numbering past (z) (EO 13526, 2009, Sec. 6.1 definitions)', () => {
  // "(z) "Intelligence Community" means ...", "(aa) "Mandatory declassification review" means ...",
  // "(hh) "Records" means ...", "(ii) "Records having permanent historical value" means ..."
  const m = parsed('13526');
  const byPath = new Map(m.provisions.map((p) => [p.path, p]));

  it('reads (aa), (bb) after (z) as letters of the same list, not text of (z)', () => {
    expect(byPath.get('6.1(z)')?.text).toMatch(/^"Intelligence Community" means/);
    expect(byPath.get('6.1(z)')?.text).not.toContain('Mandatory declassification review');
    expect(byPath.get('6.1(aa)')).toMatchObject({ parentPath: '6.1' });
    expect(byPath.get('6.1(bb)')?.text).toMatch(/^"Multiple sources" means/);
  });

  it('reads (ii) after (hh) as the next letter, not a roman sub-item of (hh)', () => {
    expect(byPath.get('6.1(ii)')).toMatchObject({ parentPath: '6.1' });
    expect(byPath.get('6.1(ii)')?.text).toMatch(/^"Records having permanent historical value" means/);
    expect(byPath.get('6.1(hh)(ii)')).toBeUndefined();
  });

  it('still reads (ii) under a lettered clause as a roman sub-item (EO 13921 Sec. 12(a))', () => {
    // "(a) Nothing in this order shall be construed to impair or otherwise affect:\n    (i) ...; or\n    (ii) the functions of the Director ..."
    expect(parsed('13921').provisions.find((p) => p.path === '12(a)(ii)')?.parentPath).toBe('12(a)');
  });
});

describe('a section heading with no period before its first clause (EO 13921, 2020)', () => {
  // "### Section 5.\n\n**reg**\n\n(a) Within 90 days of the date of this order, the Secretary of Commerce ..."
  it('still opens the clause list at (a)', () => {
    expect(paths('13921')).toEqual(expect.arrayContaining(['5', '5(a)', '5(b)', '5(c)']));
  });
});

describe('numbered subsections "4.1." (EO 14110, 2023)', () => {
  // "Sec. 4. Ensuring the Safety and Security of AI Technology. 4.1. Developing Guidelines, Standards, and Best Practices ..."
  it('each keep their own (a), (b) lists, so no path is used twice', () => {
    const all = paths('14110');
    expect(all).toEqual(expect.arrayContaining(['4', '4.1', '4.1(a)', '4.2', '4.2(a)']));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('a body that opens on the order it revokes (EO 7005 and EO 7081, 1935)', () => {
  // EO 7005: "Executive Order No. 6832, of August 23, 1934, making funds available for expenses of
  // the National Railroad Adjustment Board, is hereby revoked."
  // EO 7081: "Executive Order No. 6497 of December 15, 1933, amending Executive Order No. 6247 of
  // August 10, 1933, is hereby revoked."
  it('keeps "Executive Order No. N" as the subject of the body, not a header, and yields the revocation', () => {
    expect(parsed('7005').provisions[0].text).toMatch(/^Executive Order No\. 6832, of August 23, 1934/);
    expect(parsed('7005').revocations.map((r) => r.target.id)).toEqual(['eo-6832']);
    expect(parsed('7081').provisions[0].text).toMatch(/^Executive Order No\. 6497 of December 15, 1933, amending/);
    expect(parsed('7081').revocations.map((r) => r.target.id)).toContain('eo-6497');
    expect(parsed('7081').revocations.map((r) => r.target.id)).not.toContain('eo-6247');
  });
});

describe('a "shall" of the clause before the command (EO 9957, 1948; EO 10438, 1953; EO 10925, 1961)', () => {
  const directivesMatching = (number: string, words: RegExp) =>
    parsed(number).directives.filter((d) => words.test(d.text));

  it('gives no directive to "the Secretary" of "Except so far as the Secretary shall from time to time otherwise provide ..., the boards of directors ... of such carriers shall continue the operation" (EO 9957)', () => {
    expect(
      directivesMatching('9957', /^Except so far as the Secretary shall from time to time otherwise provide/),
    ).toEqual([]);
  });

  it('gives none to "If the Committee shall so direct, contracting agencies shall not enter into contracts" (EO 10925): its command is a "shall not"', () => {
    expect(directivesMatching('10925', /^If the Committee shall so direct, contracting agencies shall not/)).toEqual(
      [],
    );
  });

  it('reads "as the Director of the Budget shall determine to be necessary shall be utilized by the Secretary of the Treasury" as an order to the Treasury alone (EO 9608)', () => {
    const [d] = directivesMatching(
      '9608',
      /as the Director of the Bureau of the Budget shall determine to be necessary shall be utilized by the Secretary of the Treasury/,
    );
    expect(d.assignments.map((a) => `${a.role}:${a.actorId}`)).toEqual(['LEAD:treasury']);
  });

  it('reads "As the Secretary shall direct, the Administrator shall report" at the sentence\'s start as the clause before the command, the Administrator its subject, and the one in "as the Director of the Budget shall determine" still (EO 9608)', () => {
    const text = 'As the Secretary shall direct, the Administrator of General Services shall report within 30 days.';
    expect(mainShall(text)?.index).toBe(text.lastIndexOf('shall'));
    // and the clause's actor is no subject: the Administrator alone reports
    const model = parseDocument(`Executive Order 14999\n\nSec. 1. ${text}`, {
      kind: 'EXECUTIVE_ORDER',
      number: '14999',
      signedOn: '2025-01-20',
    });
    expect(model.directives.map((d) => d.assignments.map((a) => `${a.role}:${a.actorId ?? a.actorText}`))).toEqual([
      ['LEAD:gsa'],
    ]);
    const corpus = 'as the Director of the Bureau of the Budget shall determine to be necessary shall be utilized';
    expect(mainShall(corpus)?.index).toBe(corpus.lastIndexOf('shall'));
  });

  it('keeps the first "shall" where the clause has no later one: "When two or more such registrants have the same date of birth they shall, as among themselves, be selected" (EO 10292)', () => {
    const text =
      'When two or more such registrants have the same date of birth they shall, as among themselves be selected in alphabetical order.';
    expect(mainShall(text)?.index).toBe(text.indexOf('shall'));
    // and a condition closed by no comma keeps its own: "If the objections of the registrant are found to be sustained
    // the Department of Justice shall recommend to the appeal board (1) that if the registrant is inducted into the armed
    // forces, he shall be assigned to noncombatant service" (EO 11350)
    const [d] = directivesMatching(
      '11350',
      /^If the objections of the registrant are found to be sustained the Department of Justice shall recommend/,
    );
    expect(d.assignments.map((a) => `${a.role}:${a.actorId}`)).toEqual(['LEAD:doj']);
  });

  it('reads no command in a "shall" of a relative of measure after a verb that permits: "The Commission may prescribe such rules ... as it shall deem appropriate" (EO 10401, 1952), "is authorized to prescribe ... as he shall deem necessary" (EO 11198, 1965)', () => {
    const permits =
      'The Commission may prescribe such rules and regulations for the conduct of investigations under this paragraph as it shall deem appropriate.';
    expect(mainShall(permits)).toBeUndefined();
    expect(directivesMatching('10401', /^The Commission may prescribe such rules and regulations/)).toEqual([]);
    expect(directivesMatching('11198', /is authorized to prescribe from time to time such regulations/)).toEqual([]);
    // an order's amending text that quotes the rule: "under such regulations as the Secretary of Defense shall
    // prescribe" names no actor of the amendment (EO 10677, 1956)
    expect(directivesMatching('10677', /is hereby amended to read as follows/)).toEqual([]);
  });

  it('keeps the command of a list clause, with no verb that permits before its relative: "Submit to the Secretary on an annual basis a report containing such information as the Secretary shall prescribe" (EO 11807, 1974)', () => {
    const item =
      'Submit to the Secretary on an annual basis a report containing such information as the Secretary shall prescribe.';
    expect(mainShall(item)?.index).toBe(item.indexOf('shall'));
    expect(directivesMatching('11807', /^Submit to the Secretary on an annual basis a report/)).toHaveLength(1);
  });

  it('keeps a "shall" joined by "and" to the verb that permits, past a relative with its own verb: "may order examinations ... as he deems necessary ... in the Regular Corps and shall prescribe the subjects" (EO 9897, 1948)', () => {
    const joined =
      'The Surgeon General may order examinations to be held in such professions and for such grades as he deems necessary for the purpose of providing merit rolls of eligible candidates for appointment in the Regular Corps and shall prescribe the subjects relating to each such profession in which candidates will be examined.';
    expect(mainShall(joined)?.index).toBe(joined.indexOf('shall prescribe'));
    const commands = directivesMatching('9897', /in the Regular Corps and shall prescribe the subjects/);
    expect(commands).toHaveLength(1);
    expect(commands[0].assignments.map((a) => a.role)).toContain('LEAD');
  });

  it('takes no owner of regulations for their actor: "The regulations of the Secretaries of the departments with respect to the award of the Purple Heart shall, so far as practicable, be uniform" (EO 11016, also EO 10409, EO 13830)', () => {
    expect(directivesMatching('11016', /^The regulations of the Secretaries of the departments/)).toEqual([]);
    expect(directivesMatching('13830', /^The regulations of the Secretaries of the military departments/)).toEqual([]);
  });
});

describe('a saving clause orders no one (orders of 1934 to 2016)', () => {
  const directivesOf = (number: string, words: RegExp) => parsed(number).directives.filter((d) => words.test(d.text));
  const oneSentence = (sentence: string) =>
    parseDocument(`Executive Order 9999\n\nSec. 5. ${sentence}`, {
      kind: 'EXECUTIVE_ORDER',
      number: '9999',
      signedOn: '1945-10-01',
    }).directives.map((d) => d.assignments.map((a) => `${a.role}:${a.actorId}`));

  it('"All prior regulations, rulings, and other directives relating to the Office of Economic Stabilization shall remain in effect except insofar as ..." (EO 9620, 1945)', () => {
    expect(directivesOf('9620', /shall remain in effect/)).toEqual([]);
  });

  it('"Any rules, regulations, orders, ... taken pursuant to the functions transferred ... from the Office of Management and Budget to the Administrator of General Services, shall remain in effect until amended" (EO 12024, 1977)', () => {
    expect(directivesOf('12024', /shall remain in effect until amended/)).toEqual([]);
    // the order's commands stay: "The Director of the Office of Management and Budget shall take all actions necessary"
    expect(directivesOf('12024', /shall take all actions necessary/)).toHaveLength(1);
  });

  it('keeps an actor who continues something in effect, and a "shall" whose clause comes before the saving one', () => {
    expect(oneSentence('The Secretary of the Treasury shall continue in effect the regulations now in force.')).toEqual(
      [['LEAD:treasury']],
    );
    expect(
      oneSentence(
        'The Secretary of the Treasury shall prescribe regulations, which shall remain in effect until revoked.',
      ),
    ).toEqual([['LEAD:treasury']]);
  });

  it('keeps a duty joined to a saving clause by a second "shall", with its deadline', () => {
    const withDeadline = (sentence: string) =>
      parseDocument(`Executive Order 9999\n\nSec. 5. ${sentence}`, {
        kind: 'EXECUTIVE_ORDER',
        number: '9999',
        signedOn: '2024-10-01',
      }).directives.map((d) => [
        d.assignments.map((a) => `${a.role}:${a.actorId ?? a.actorText}`),
        d.deadlineDays ?? d.deadlineMonths,
      ]);
    expect(
      withDeadline(
        'The Interagency Council established by section 2 shall remain in effect until September 30, 2027, and shall submit a final report to the President within 1 year.',
      ),
    ).toEqual([[['LEAD:The Interagency Council'], 12]]);
    expect(
      withDeadline(
        'The Commission shall continue in effect and shall, within 180 days, submit a report to the President.',
      ),
    ).toEqual([[['LEAD:The Commission'], 180]]);
    expect(
      withDeadline(
        'Delegations made to the Secretary of Labor under Executive Order 13000 shall remain in effect, and the Secretary of Labor shall report to the President within 90 days.',
      ),
    ).toEqual([[['LEAD:labor'], 90]]);
    // a "shall" in the clause that qualifies the saving, or a "nothing ... shall", joins no command
    expect(
      oneSentence(
        'Delegations made to the Secretary of Labor shall remain in effect until the Secretary of Labor shall provide otherwise.',
      ),
    ).toEqual([]);
    expect(
      oneSentence(
        'Regulations issued by the Secretary of Defense shall remain in effect, and nothing in this order shall affect the authority of the Attorney General.',
      ),
    ).toEqual([]);
  });

  it('reads an object after "continue in (full) force (and effect)", also after a parenthetical, as an order', () => {
    for (const sentence of [
      'The Secretary of the Treasury shall continue in full force and effect the designations made under section 2.',
      'The Secretary of the Treasury shall continue in effect emergency measures taken under section 2.',
      'The Secretary of the Treasury shall also continue in effect regulations previously issued under section 2.',
      'The Secretary of the Treasury shall continue in effect, as necessary, the orders issued under section 2.',
      'The Secretary of the Treasury shall continue in effect, until revoked by the President, the regulations issued under section 2.',
    ])
      expect(oneSentence(sentence)).toEqual([['LEAD:treasury']]);
    // a qualifier between commas is no object
    for (const sentence of [
      'Regulations issued by the Secretary of Defense shall continue in effect, until revoked by the President.',
      'Regulations issued by the Secretary of Defense shall remain in effect, unless sooner rescinded, until the termination of the emergency.',
    ])
      expect(oneSentence(sentence)).toEqual([]);
  });
});
