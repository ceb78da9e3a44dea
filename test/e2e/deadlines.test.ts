import { Driver } from 'neo4j-driver';
import { readCorpus } from '../../src/corpus/lines';
import { corpusHints } from '../../src/corpus/model';
import { Graph } from '../../src/graph/run';
import { ingestText } from '../../src/ingest/ingest';
import { Api } from '../../src/server';
import { gql, startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';

/** A compliance office asks what is due when: every form of deadline reaches the API as the text gave it. */
const FIXTURE = ['13546', '13174', '12501', '10789', '13435', '12677', '14055', '14084'].map((n) => `eo-${n}`);

describe('deadlines through the API', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    // besides the deadline forms: yearly duties of March 15, December 31, January 15 (EO 10789, 13435, 12677)
    // and duties that come back each quarter (EO 14055) and twice a year (EO 14084)
    for (const id of FIXTURE) {
      const line = readCorpus().find((l) => `eo-${l.number}` === id)!;
      await ingestText(graph, line.text, corpusHints({ ...line, id }));
    }
    ({ api, url } = await startApi(graph));
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  const directives = async (id: string) => {
    const response = await gql(
      url,
      `{ document(id: "${id}") { directives(first: 100) { edges { node { text deadlineDays deadlineMonths deadlineEvent dueOn dueEachYearOn repeatsEvery } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    return (response.data as any).document.directives.edges.map((e: any) => e.node);
  };

  it('gives months and the due date of "no later than 4 months from the date of this order" (EO 13546, signed 2010-07-02)', async () => {
    const found = (await directives('eo-13546')).find((d: any) =>
      /no later than 4 months from the date of this order/.test(d.text),
    );
    expect(found).toMatchObject({ deadlineDays: null, deadlineMonths: 4, deadlineEvent: null, dueOn: '2010-11-02' });
  });

  it('gives the months and the event, and no due date, of "Not later than 12 months after the first meeting of the Commission" (EO 13174)', async () => {
    const found = (await directives('eo-13174')).find((d: any) =>
      /^Not later than 12 months after the first meeting of the Commission/.test(d.text),
    );
    expect(found).toMatchObject({
      deadlineMonths: 12,
      deadlineEvent: 'the first meeting of the Commission',
      dueOn: null,
    });
  });

  it('gives a standing yearly duty its day of every year and no due date: "Not later than January 31 of each year, the Commission shall: (1) submit to the President and Congress a report" (EO 12501)', async () => {
    const found = (await directives('eo-12501')).find((d: any) =>
      /^submit to the President and Congress a report/.test(d.text),
    );
    expect(found).toMatchObject({ dueEachYearOn: '--01-31', dueOn: null, deadlineDays: null });
  });

  /** A compliance office's calendar: the standing duties due in a span of the year, in calendar order. */
  const yearly = async (filter: string) => {
    const response = await gql(
      url,
      `{ directives(first: 100, orderBy: DUE_EACH_YEAR_ON, filter: ${filter}) { totalCount edges { node { documentId dueEachYearOn dueOn } } } }`,
    );
    return response;
  };
  const days = (response: any) =>
    response.data.directives.edges.map((e: any) => `${e.node.documentId} ${e.node.dueEachYearOn}`);

  it('lists the standing yearly duties and only them, in calendar order, none with a due date', async () => {
    const everyDirective = (await Promise.all(FIXTURE.map(directives))).flat();
    const withYearlyDay = everyDirective.filter((d: any) => d.dueEachYearOn !== null).length;
    const response: any = await yearly('{ dueEachYear: true }');
    expect(response.errors).toBeUndefined();
    expect(response.data.directives.totalCount).toBe(withYearlyDay);
    const found = response.data.directives.edges.map((e: any) => e.node);
    expect(found.every((d: any) => d.dueEachYearOn !== null && d.dueOn === null)).toBe(true);
    const inOrder = found.map((d: any) => d.dueEachYearOn);
    expect(inOrder).toEqual([...inOrder].sort());
    expect(inOrder).toEqual(expect.arrayContaining(['--01-15', '--01-31', '--03-15', '--12-31']));
    const others: any = await yearly('{ dueEachYear: false }');
    expect(others.data.directives.totalCount).toBe(everyDirective.length - withYearlyDay);
  });

  it('gives the duties due each year between two days, and a span over the new year ("--12-01" to "--01-31")', async () => {
    const spring: any = await yearly('{ dueEachYearFrom: "--03-01", dueEachYearTo: "--06-30" }');
    expect(days(spring)).toEqual(['eo-10789 --03-15']);
    const winter: any = await yearly('{ dueEachYearFrom: "--12-01", dueEachYearTo: "--01-31" }');
    expect(days(winter)).toEqual(['eo-12677 --01-15', 'eo-12501 --01-31', 'eo-12501 --01-31', 'eo-13435 --12-31']);
    const fromDecember: any = await yearly('{ dueEachYearFrom: "--12-01" }');
    expect(days(fromDecember)).toEqual(['eo-13435 --12-31']);
  });

  it('refuses a day that is not a day of every year, saying the form it wants', async () => {
    for (const bad of ['"--02-30"', '"03-15"', '"2021-03-15"']) {
      const response = await yearly(`{ dueEachYearFrom: ${bad} }`);
      expect(response.data).toBeUndefined();
      expect(response.errors![0].message).toMatch(
        /MonthDay must be a day of every year.*"--MM-DD" \("--03-15" for March 15\)/,
      );
    }
    const leapDay: any = await yearly('{ dueEachYearTo: "--02-29" }');
    expect(leapDay.errors).toBeUndefined();
  });

  it('says how often a standing duty comes back, and lists those that come back each quarter', async () => {
    const quarterly = (await directives('eo-14055')).find((d: any) =>
      /^On a quarterly basis, each agency shall report to the Office of Management and Budget/.test(d.text),
    );
    expect(quarterly).toMatchObject({ repeatsEvery: 'P3M', dueOn: null });
    const twiceAYear = (await directives('eo-14084')).find((d: any) =>
      /^The Committee shall meet twice a year/.test(d.text),
    );
    expect(twiceAYear).toMatchObject({ repeatsEvery: 'P6M' });
    // a duty due on a day of every year comes back every year
    const yearlyDay = (await directives('eo-10789')).find((d: any) => d.dueEachYearOn === '--03-15');
    expect(yearlyDay).toMatchObject({ repeatsEvery: 'P1Y' });

    const everyDirective = (await Promise.all(FIXTURE.map(directives))).flat();
    const ask = async (filter: string) =>
      (await gql(
        url,
        `{ directives(first: 100, filter: ${filter}) { totalCount edges { node { repeatsEvery } } } }`,
      )) as any;
    const repeating = await ask('{ repeats: true }');
    expect(repeating.data.directives.totalCount).toBe(everyDirective.filter((d: any) => d.repeatsEvery).length);
    const everyQuarter = await ask('{ repeatsEvery: "P3M" }');
    expect(everyQuarter.data.directives.totalCount).toBe(
      everyDirective.filter((d: any) => d.repeatsEvery === 'P3M').length,
    );
    expect(everyQuarter.data.directives.edges.every((e: any) => e.node.repeatsEvery === 'P3M')).toBe(true);
    const notADuration = await ask('{ repeatsEvery: "quarterly" }');
    expect(notADuration.errors[0].message).toMatch(/Duration/);
  });
});
