/**
 * Directives in the passive voice: "X shall be done by the Secretary" orders the Secretary, as "the
 * Secretary shall do X" does. Orders of every decade write both (issue 15).
 */
import { readCorpus } from '../../src/corpus/lines';
import { Directive } from '../../src/ingest/model';
import { parseDocument } from '../../src/ingest/parse';
import { actionOf } from '../../src/ingest/parse/actions';

function directivesOf(number: string): Directive[] {
  const line = readCorpus().find((l) => l.number === number)!;
  return parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number, signedOn: line.signedOn }).directives;
}

const said = (number: string, words: RegExp) => directivesOf(number).filter((d) => words.test(d.text));
const actors = (d: Directive) => d.assignments.map((a) => `${a.role}:${a.actorId}`);

describe('the actor after "by"', () => {
  it('"Possession ... taken under this Order, shall be terminated by the Secretary of War within 60 days after he determines ..." orders the Secretary of War to terminate (EO 9560, 1945)', () => {
    const [d] = said('9560', /shall be terminated by the Secretary of War/);
    expect(actors(d)).toEqual(['LEAD:war']);
    expect(d).toMatchObject({ action: 'TERMINATE', deadlineDays: 60 });
    expect(d.dueOn).toBeUndefined();
  });

  it('"Regulations and orders issued pursuant to Section 1 hereof shall be signed by the Director." (EO 10253, 1951)', () => {
    expect(said('10253', /shall be signed by the Director/).map(actors)).toEqual([['LEAD:bob']]);
  });

  it('"One member shall be nominated by the Civil Service Commission." (EO 11171, 1964)', () => {
    expect(said('11171', /^One member shall be nominated by the Civil Service Commission/).map(actors)).toEqual([
      ['LEAD:csc'],
    ]);
  });

  it('takes no actor from the "by" of another verb: "shall be given priority ... when so requested by the Secretary of Commerce" (EO 6838, 1934)', () => {
    expect(said('6838', /when so requested by the Secretary of Commerce/)).toEqual([]);
  });

  it('takes no permission for an order: "These guidelines shall be authorized for use by the Archivist of the United States" (EO 12065, 1978)', () => {
    expect(said('12065', /shall be authorized for use by the Archivist/)).toEqual([]);
  });
});

describe('the actor "by or under" whom a thing shall be done', () => {
  it('"The functions of negotiating and entering into international agreements under the Act shall be performed by or under the authority of the Secretary of State." (EO 10841, 1959)', () => {
    expect(said('10841', /shall be performed by or under the authority of the Secretary of State/).map(actors)).toEqual(
      [['LEAD:state']],
    );
  });

  it('"the functions transferred by section 101 hereof shall be carried out by or under the International Cooperation Administration" orders the Administration, not the Secretary of the opening "Except as" (EO 10742, 1957)', () => {
    expect(
      said('10742', /^Except as may be otherwise provided by the Secretary of State, the functions/).map(actors),
    ).toEqual([['LEAD:ica']]);
  });

  it('"All necessary steps pertaining to such termination shall be taken by or under the direction of the Director" (EO 10917, 1961)', () => {
    expect(said('10917', /shall be taken by or under the direction of the Director/).map(actors)).toEqual([
      ['LEAD:bob'],
    ]);
  });

  it('orders no agency "by or under the direction of the President", and none from "by or under" a statute', () => {
    const of = (sentence: string) =>
      parseDocument(`Executive Order 10999\n\nSec. 2. ${sentence}`, {
        kind: 'EXECUTIVE_ORDER',
        number: '10999',
        signedOn: '1961-02-10',
      }).directives.map(actors);
    expect(of('All necessary steps shall be taken by or under the direction of the President.')).toEqual([]);
    expect(
      of('Nothing in this order shall supersede any requirement made by or under the Atomic Energy Act of 1954.'),
    ).toEqual([]);
  });
});

describe('the subject of a passive is what is done, not who does it', () => {
  it('"The chairman of the Committee shall be designated by the Director from the Committee\'s membership." orders the Director of the Bureau of the Budget, not the Committee (EO 9674, 1946)', () => {
    expect(said('9674', /shall be designated by the Director from/).map(actors)).toEqual([['LEAD:bob']]);
  });

  it('"The Chairman of the Committee shall be designated annually by the President." orders no agency (EO 9912, 1947)', () => {
    expect(said('9912', /shall be designated annually by the President/)).toEqual([]);
  });

  it('"Funds for the operation of the Council shall be provided by the Department of Agriculture." orders Agriculture, not the Council (EO 12720, 1990)', () => {
    expect(said('12720', /^Funds for the operation of the Council/).map(actors)).toEqual([['LEAD:usda']]);
  });

  it('"... which are applicable to the Committee, shall be performed by the Secretary of Agriculture" orders the Secretary alone (EO 11937, 1976)', () => {
    expect(said('11937', /shall be performed by the Secretary of Agriculture/).map(actors)).toEqual([['LEAD:usda']]);
  });

  it('"Any recommendation by the Civil Service Commission submitted to the head of an agency ... shall be complied with by the head of the agency." orders the agencies (EO 10988, 1962)', () => {
    expect(said('10988', /shall be complied with by the head of the agency/).map(actors)).toEqual([
      ['LEAD:executive-departments-and-agencies'],
    ]);
  });

  it('takes no owner for the one "by" whom: "... strategic plan ... shall be informed by the Attorney General\'s review" (EO 14074, its words with one "shall" and a department\'s plan)', () => {
    const model = parseDocument(
      "Executive Order 14074\n\nSec. 3. (g) With respect to the goal described in subsection (d)(iii) of this section, the Secretary of Homeland Security's strategic plan shall be informed by the Attorney General's review conducted pursuant to subsection (f) of this section.",
      { kind: 'EXECUTIVE_ORDER', number: '14074', signedOn: '2022-05-25' },
    );
    expect(model.directives.map(actors)).toEqual([['LEAD:dhs']]);
  });

  it('keeps the subject where the passive says how it is run: "The Committee shall be chaired by the Special Representative for Trade Negotiations ... and shall meet" (EO 11143, 1964)', () => {
    expect(said('11143', /^The Committee shall be chaired by the Special Representative/).map(actors)).toEqual([
      ['LEAD:body-eo-11143-public-advisory-committee-for-trade-negotiations'],
    ]);
  });
});

describe('the action of a passive verb', () => {
  it('reads the participle as its verb: "shall be submitted", "shall be terminated", "shall be reviewed"', () => {
    expect([' be submitted to the President', ' be terminated', ' be reviewed by the Board'].map(actionOf)).toEqual([
      'SUBMIT',
      'TERMINATE',
      'REVIEW',
    ]);
  });

  it('reads the verb after "to": "The Secretary shall be prepared to implement all appropriate plans developed under this order." (EO 11001, 1962)', () => {
    expect(said('11001', /shall be prepared to implement all appropriate plans/).map((d) => d.action)).toEqual([
      'IMPLEMENT',
    ]);
  });

  it('reads "shall be considered absent without leave" as no action, and as no directive of the agency that only authorizes the time (EO 13837, 2018)', () => {
    expect(actionOf(' be considered absent without leave')).toBe('OTHER');
    // "Any employee who uses taxpayer-funded union time ... for purposes not specifically authorized by the agency,
    // shall be considered absent without leave": the employee is its subject
    expect(said('13837', /shall be considered absent without leave/)).toEqual([]);
  });
});
