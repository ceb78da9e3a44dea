/**
 * Whom the subject must hear or win over before it acts (issue 15, audit of seed 8867): "after obtaining the views of"
 * and "with the concurrence of" name officials consulted, not a second subject, and not an owner of a thing.
 */
import { actorsOf, directiveOf } from './corpus-lines';

describe('"after obtaining the views of", "after receiving the advice of": consulted, not a second subject', () => {
  it('"The Committee, after obtaining the views of the head of each agency concerned, shall submit" leads the Committee and consults the agencies (EO 9781, 1946)', () => {
    const d = directiveOf('9781', /^The Committee, after obtaining the views of the head of each agency concerned/);
    expect(actorsOf(d)).toEqual([
      'LEAD:body-eo-9781-air-coordinating-committee',
      'CONSULTATION:executive-departments-and-agencies',
    ]);
  });

  it('"the Board shall" after "The President having approved any national security policy after receiving the advice of the National Security Council" leads the Board, not the Council (EO 10700, 1957)', () => {
    const d = directiveOf(
      '10700',
      /after receiving the advice of the National Security Council thereon, the Board shall/,
    );
    expect(actorsOf(d)).toEqual(['LEAD:body-eo-10700-operations-coordinating-board', 'CONSULTATION:nsc']);
  });
});

describe('"with the concurrence of": the one who must agree is consulted', () => {
  it('"the Secretary of State, with the concurrence of the Attorney General, shall perform" leads State and consults the Attorney General (EO 10244, 1951)', () => {
    const d = directiveOf('10244', /^It is the policy of this order that the Secretary of State, with the concurrence/);
    expect(actorsOf(d)).toEqual(['LEAD:state', 'CONSULTATION:doj']);
  });

  it('"The Secretary of Defense, with the concurrence of the Administrator of General Services, the Administrator of the National Aeronautics and Space Administration, and such other agency heads ..., shall amend the Federal Acquisition Regulation" leads Defense and consults the others (EO 12829, 1993)', () => {
    const d = directiveOf(
      '12829',
      /^The Secretary of Defense, with the concurrence of the Administrator of General Services/,
    );
    expect(actorsOf(d)).toEqual([
      'LEAD:dod',
      'CONSULTATION:gsa',
      'CONSULTATION:nasa',
      'CONSULTATION:executive-departments-and-agencies',
    ]);
  });

  it('keeps "The Board, with the approval of the President, shall make and prescribe such rules" as it was: the Board alone (EO 6751, 1934)', () => {
    const d = directiveOf('6751', /^The Board, with the approval of the President, shall make and prescribe/);
    expect(actorsOf(d)).toEqual(['LEAD:body-eo-6751-national-steel-labor-relations-board']);
  });

  it('keeps "The Secretary of Defense shall obtain the concurrence of the Secretary of State and the Secretary of Commerce" as it was: Defense alone (EO 13637, 2013)', () => {
    const d = directiveOf('13637', /^The Secretary of Defense shall obtain the concurrence of the Secretary of State/);
    expect(actorsOf(d)).toEqual(['LEAD:dod']);
  });
});
