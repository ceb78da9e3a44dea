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
