/**
 * A bare officer's title ("the Chairman", "the Director") after the order has said who fills that office over a
 * named body ("who shall be Chairman of the Council", "shall serve as Director of the Office"): the officer of that
 * body. Each on real lines of the corpus, quoted with their order and date.
 */
import { appointedOfficers } from '../../../src/ingest/parse/appointed-officers';
import { read, resolver } from '../../support/agency-resolver';

describe('officers the order appoints over a named body', () => {
  it('reads "the Chairman" as the Council\'s, not the Chairman of the Joint Chiefs of Staff it invites (EO 12675, 1989)', () => {
    const r = resolver(
      'eo-12675',
      '1989-04-20',
      'There is established the National Space Council ("the Council").',
      'The Council shall be composed of the following members: (1) The Vice President, who shall be Chairman of the Council; (2) The Secretary of State;',
      'The Chairman shall, from time to time, invite the following to participate in meetings of the Council: (1) The Chairman of the Joint Chiefs of Staff; and (2) The heads of other executive departments and agencies and other senior officials in the Executive Office of the President.',
    );
    expect(
      read(r, 'The Chairman shall report to the President on the activities and recommendations of the Council.')[0],
    ).toBe('The Chairman -> AGENCY national-space-council');
  });

  it('reads "the Director" as the head of the Office the order establishes (EO 11455, 1969)', () => {
    const r = resolver(
      'eo-11455',
      '1969-02-14',
      'There is hereby established in the Executive Office of the President an Office of Intergovernmental Relations (hereinafter referred to as the Office).',
      'A person designated by the Vice President shall serve as Director of the Office.',
    );
    expect(
      read(r, 'The Director shall perform such duties as the Vice President may from time to time direct.'),
    ).toEqual(['The Director -> BODY body-eo-11455-office-of-intergovernmental-relations']);
  });

  it('reads "the Director" through "a Director of the Energy Policy Office" (EO 11726, 1973)', () => {
    const r = resolver(
      'eo-11726',
      '1973-06-29',
      'There is hereby established in the Executive Office of the President an Energy Policy Office. The office shall be under the immediate supervision and direction of a Director of the Energy Policy Office who shall be designated or appointed by the President.',
    );
    expect(read(r, 'The Director shall also be responsible for—')).toEqual([
      'The Director -> BODY body-eo-11726-energy-policy-office',
    ]);
  });

  it('does not take a member of a list ("..., and the Chairman of the Federal Trade Commission") for an appointment (EO 11136, 1964)', () => {
    const line =
      'the Secretary of Labor, the Secretary of Health, Education, and Welfare, the Housing and Home Finance Administrator, the Chairman of the Federal Trade Commission, and the Chairman of the Council of Economic Advisers; such other Government officials or employees as the President may designate';
    expect(appointedOfficers([{ id: 'eo-11136:1', path: '1', text: line, order: 0 }])).toEqual([]);
  });
});

describe('a chair whose sentence names one body', () => {
  it('reads "The Chair shall convene the Board" as the Board\'s chair (EO 13729, 2016)', () => {
    const r = resolver(
      'eo-13729',
      '2016-05-18',
      'PSD-10 directed the establishment of an interagency Atrocities Prevention Board (Board), with the primary purpose of coordinating a whole-of-government approach to prevent mass atrocities and genocide.',
    );
    expect(
      read(
        r,
        'The Chair shall convene the Board on a monthly basis to perform the responsibilities set forth in section 3 of this order.',
      ),
    ).toEqual(['The Chair -> AGENCY apb', 'the Board -> AGENCY apb']);
  });

  it("reads each chair of one text by its own sentence's body, and none where the sentence names two", () => {
    const r = resolver(
      'eo-13729',
      '2016-05-18',
      'PSD-10 directed the establishment of an interagency Atrocities Prevention Board (Board), with the primary purpose of coordinating a whole-of-government approach to prevent mass atrocities and genocide.',
      'The National Security Council (Council) shall advise the President.',
    );
    const chairs = read(
      r,
      'The Chair shall convene the Board on a monthly basis. The Chair shall report to the Council; the Vice Chair shall meet with the Board and the Council. The Chair of the Board shall act, and the Chair shall consult the Board.',
    ).filter((m) => /Chair ->/.test(m));
    expect(chairs).toEqual([
      'The Chair -> AGENCY apb',
      'The Chair -> AGENCY nsc',
      'the Vice Chair -> UNRESOLVED',
      'the Chair -> AGENCY apb',
    ]);
  });

  it('leaves a chair unresolved where its sentence names no body (EO 13741, 2016, read alone)', () => {
    const r = resolver('eo-13741', '2016-09-29');
    expect(read(r, "The Chair shall select a Vice Chair to act in the Chair's absence.")[0]).toBe(
      'The Chair -> UNRESOLVED',
    );
  });
});

describe("an officer of another order's body, named in full", () => {
  it('reads "The Chair of the National Energy Dominance Council" as the Council EO 14213 established (EO 14261, 2025)', () => {
    const r = resolver('eo-14261', '2025-04-08');
    expect(
      read(
        r,
        'The Chair of the National Energy Dominance Council (NEDC) shall designate coal as a “mineral” as defined in section 2 of Executive Order 14241 of March 20, 2025',
      )[0],
    ).toBe(
      'The Chair of the National Energy Dominance Council -> BODY body-eo-14213-national-energy-dominance-council',
    );
  });
});
