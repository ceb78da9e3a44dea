/**
 * A section head in capitals ("SEC. 2", "SEC 602") names no agency: read as the acronym of the Securities and Exchange
 * Commission it made the Commission lead sentences it has nothing to do with, and made a bare "the Commission" of the
 * order stand for it (issue 15).
 */
import { actorsOf as actors, directiveOf as directive, parsedOrder } from './corpus-lines';

describe('a section head in capitals', () => {
  it('"SEC. 2 The Commission is authorized and directed to make a survey" is led by the order\'s Commission alone (EO 10392, 1952)', () => {
    expect(actors(directive('10392', /^SEC\. 2 The Commission is authorized and directed/))).toEqual([
      'LEAD:body-eo-10392-president-s-commission-on-immigration-and-naturalization',
    ]);
  });

  it('"SEC. 3 The rates or tariffs of fees ... shall be published" orders no Commission (EO 10718, 1957)', () => {
    expect(parsedOrder('10718').directives.filter((d) => /^SEC\. 3 The rates or tariffs/.test(d.text))).toEqual([]);
  });

  it('leaves "the Commission" of the civil-service rules to the Civil Service Commission (EO 10577, 1954)', () => {
    const d = directive('10577', /The Commission shall list positions that it excepts from the competitive service/);
    expect(actors(d)).toEqual(['LEAD:csc']);
  });

  it('keeps "the SEC" named as an agency among others (EO 14067, 2022)', () => {
    const d = directive('14067', /independent regulatory agencies such as the FTC, the SEC, the CFTC/);
    expect(actors(d)).toContain('LEAD:sec');
  });
});
