/**
 * Who a sentence orders, read from how orders are drafted (issue 15, audit of seed 7717): the verb after "shall" is
 * read as a word ("shall notify" is no "shall not"), and the agency it names is its object, not a second actor.
 */
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
