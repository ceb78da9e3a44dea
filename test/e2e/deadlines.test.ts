import { Driver } from 'neo4j-driver';
import { readCorpus } from '../../src/corpus/lines';
import { corpusHints } from '../../src/corpus/model';
import { Graph } from '../../src/graph/run';
import { ingestText } from '../../src/ingest/ingest';
import { Api } from '../../src/server';
import { gql, startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';

/** A compliance office asks what is due when: every form of deadline reaches the API as the text gave it. */
describe('deadlines through the API', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    for (const number of ['13546', '13174', '12501']) {
      const line = readCorpus().find((l) => l.number === number)!;
      await ingestText(graph, line.text, corpusHints({ ...line, id: `eo-${number}` }));
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
      `{ document(id: "${id}") { directives(first: 100) { edges { node { text deadlineDays deadlineMonths deadlineEvent dueOn dueEachYearOn } } } } }`,
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
});
