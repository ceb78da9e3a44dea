/** Deadlines counted from another event keep the days and the event, and no due date (issue 15). */
import { readCorpus } from '../../src/corpus/lines';
import { parseDocument } from '../../src/ingest/parse';
import { deadlineDays, deadlineEvent } from '../../src/ingest/parse/dates';

describe('what a deadline is counted from', () => {
  it('reads "within 60 days after submitting its final report" as counted from that event (EO 13326)', () => {
    const text = 'The Commission shall terminate within 60 days after submitting its final report.';
    expect([deadlineDays(text), deadlineEvent(text)]).toEqual([60, 'submitting its final report']);
  });

  it('keeps a numbered subsection in the event: "within 180 days of submitting the report required under subsection 4.5(a)" (EO 14110)', () => {
    const text = 'Within 180 days of submitting the report required under subsection 4.5(a) of this section, and updated periodically thereafter, the Secretary of Commerce';
    expect(deadlineEvent(text)).toBe('submitting the report required under subsection 4.5(a) of this section');
  });

  it('reads "Within 180 days of the establishment of the framework pursuant to subsection 4.4(b)(i) of this section" (EO 14110)', () => {
    const text = 'Within 180 days of the establishment of the framework pursuant to subsection 4.4(b)(i) of this section, all agencies that fund life-sciences research shall';
    expect(deadlineEvent(text)).toBe('the establishment of the framework pursuant to subsection 4.4(b)(i) of this section');
  });

  it('has no event when the days count from this order: "within 90 days of the date of this order" (EO 14010)', () => {
    expect(deadlineEvent('The Secretary of State shall, within 90 days of the date of this order, submit a report')).toBeUndefined();
    expect(deadlineEvent('within ninety days after the date of this order')).toBeUndefined();
  });
});

describe('directives with a deadline counted from another event', () => {
  it('keeps days and event but gives no due date: "Within 120 days of publishing the preliminary update, the Secretary of Commerce ... shall publish a final version" (EO 14144)', () => {
    const line = readCorpus().find((l) => l.number === '14144')!;
    const model = parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number: line.number, signedOn: line.signedOn });
    const notify = model.directives.find((d) => /^Within 120 days of publishing the preliminary update/.test(d.text));
    expect(notify).toMatchObject({ deadlineDays: 120, deadlineEvent: 'publishing the preliminary update' });
    expect(notify?.dueOn).toBeUndefined();
    const fromOrder = model.directives.filter((d) => d.deadlineDays !== undefined && d.deadlineEvent === undefined);
    expect(fromOrder.every((d) => d.dueOn !== undefined)).toBe(true);
  });
});
