import { Driver } from 'neo4j-driver';
import { readCorpus } from '../../src/corpus/lines';
import { corpusHints } from '../../src/corpus/model';
import { Graph } from '../../src/graph/run';
import { ingestText } from '../../src/ingest/ingest';
import { Api } from '../../src/server';
import { gql, startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';

/** An order the text names with where it was published ("Executive Order 9177 of May 30, 1942 (7 F.R. 4195)"): the citation reaches the named order. */
describe('what a text says of the orders it names', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    const line = readCorpus().find((l) => l.number === '9768')!;
    await ingestText(graph, line.text, corpusHints({ ...line, id: 'eo-9768' }));
    ({ api, url } = await startApi(graph));
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  it('gives EO 9177, named by EO 9768, its signing date and its Federal Register citation, and makes no rule of the citation', async () => {
    const response = await gql(
      url,
      '{ document(id: "eo-9177") { signedOn frCitation } rule: node(id: "fr-7-4195") { id } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ document: { signedOn: '1942-05-30', frCitation: '7 FR 4195' }, rule: null });
  });
});
