import { Driver } from 'neo4j-driver';
import { Graph } from '../../../src/graph/run';
import { importCatalogueFile } from '../../../src/federal-register/import';
import { freshGraph } from '../../support/neo4j';
import { seedGraph } from '../../support/seed';
import { graphSnapshot } from '../../support/snapshot';
import { SAMPLE } from './support';

describe('text ingest and catalogue import in either order', () => {
  let graph: Graph;
  let driver: Driver;
  beforeAll(async () => ({ graph, driver } = await freshGraph()));
  afterAll(() => driver.close());

  it('gives the same graph whether the texts or the catalogue come first', async () => {
    await seedGraph(graph);
    await importCatalogueFile(graph, SAMPLE);
    const textFirst = await graphSnapshot(graph);

    await graph.write('MATCH (n) DETACH DELETE n');
    await importCatalogueFile(graph, SAMPLE);
    await seedGraph(graph);
    const catalogueFirst = await graphSnapshot(graph);

    expect(catalogueFirst).toEqual(textFirst);
    const [eo14010] = await graph.read<{ president: string; inPart: boolean }>(
      "MATCH (d {id: 'eo-14010'})-[r:REVOKES]->({id: 'eo-13767'}) RETURN d.president AS president, r.inPart AS inPart",
    );
    expect(eo14010).toEqual({ president: 'Joseph R. Biden Jr.', inPart: false });
  });
});
