/** Importing Federal Register catalogue pages into a real Neo4j. */
import fs from 'node:fs';
import { Driver } from 'neo4j-driver';
import { importCatalogueFile, importPage, readPage } from '../../../src/federal-register/import';
import { Graph } from '../../../src/graph/run';
import { freshGraph } from '../../support/neo4j';
import { SAMPLE, record, snapshot, tempDir, writePage } from './support';

describe('importing the Federal Register catalogue', () => {
  let graph: Graph;
  let driver: Driver;
  const dir = tempDir();
  beforeEach(async () => ({ graph, driver } = await freshGraph()));
  afterEach(() => driver.close());
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports the sample twice to the same graph: same counts, same content', async () => {
    const first = await importCatalogueFile(graph, SAMPLE);
    const once = await snapshot(graph);
    const second = await importCatalogueFile(graph, SAMPLE);
    const twice = await snapshot(graph);

    expect(first).toMatchObject({ orders: 93, documentsUpdated: 0, relationshipsMerged: 0 });
    // 252 distinct relations; the documents are the 93 orders and every other one the notes name.
    expect(first.relationshipsCreated).toBe(252);
    expect(once.relationships).toHaveLength(252);
    expect(once.nodes).toHaveLength(first.documentsCreated);
    expect(second).toMatchObject({ orders: 93, documentsCreated: 0, documentsUpdated: 0, relationshipsCreated: 0 });
    expect(second.relationshipsMerged).toBe(252);
    expect(twice).toEqual(once);
  });

  it('writes one relationship for a relation stated from both ends, with both lines as provenance', async () => {
    await importCatalogueFile(graph, SAMPLE);
    const rows = await graph.read(
      `MATCH (:PresidentialDocument {id: 'eo-14010'})-[r:REVOKES]->(:PresidentialDocument {id: 'eo-13767'})
       RETURN r.notes AS notes, r.statedBy AS statedBy, r.fromCatalogue AS fromCatalogue, r.inPart AS inPart`,
    );
    expect(rows).toEqual([
      {
        notes: expect.arrayContaining([
          'Revokes: EO 13767, January 25, 2017',
          'Revoked by: EO 14010, February 2, 2021',
        ]),
        statedBy: expect.arrayContaining(['eo-14010', 'eo-13767']),
        fromCatalogue: true,
        inPart: false,
      },
    ]);
  });

  it('meets the two ends of a relation imported from different pages on one relationship', async () => {
    const { results } = JSON.parse(fs.readFileSync(SAMPLE, 'utf8')) as {
      results: Array<{ executive_order_number: number }>;
    };
    const isOld = (r: { executive_order_number: number }) => r.executive_order_number === 13767;
    await importCatalogueFile(
      graph,
      writePage(
        dir,
        'most.json',
        results.filter((r) => !isOld(r)),
      ),
    );
    const second = await importCatalogueFile(graph, writePage(dir, 'eo-13767.json', results.filter(isOld)));

    expect(second).toMatchObject({
      orders: 1,
      documentsCreated: 0,
      documentsUpdated: 1,
      relationshipsCreated: 0,
      relationshipsMerged: 1,
    });
    const rows = await graph.read(
      `MATCH (:PresidentialDocument {id: 'eo-14010'})-[r:REVOKES]->(:PresidentialDocument {id: 'eo-13767'})
       RETURN r.notes AS notes, r.statedBy AS statedBy`,
    );
    expect(rows).toEqual([
      {
        notes: ['Revokes: EO 13767, January 25, 2017', 'Revoked by: EO 14010, February 2, 2021'],
        statedBy: ['eo-14010', 'eo-13767'],
      },
    ]);
    expect((await snapshot(graph)).relationships).toHaveLength(252);
  });

  it("sets an order's metadata and makes the documents its notes name into stubs with what the note says", async () => {
    await importCatalogueFile(graph, SAMPLE);
    const [order] = await graph.read("MATCH (d:ExecutiveOrder {id: 'eo-14010'}) RETURN properties(d) AS p");
    expect(order.p).toMatchObject({
      kind: 'EXECUTIVE_ORDER',
      number: '14010',
      documentNumber: '2021-02561',
      frCitation: '86 FR 8267',
      signedOn: '2021-02-02',
      publishedOn: '2021-02-05',
      president: 'Joseph R. Biden Jr.',
      stub: false,
      fromCatalogue: true,
    });
    const stubs = await graph.read(
      `MATCH (d:PresidentialDocument) WHERE d.id IN ['eo-11063', 'pm-2020-01-29', 'notice-2026-03-24', 'fr-59-25809']
       RETURN d.id AS id, d.stub AS stub, d.kind AS kind, d.number AS number, d.signedOn AS signedOn,
              d.frCitation AS frCitation, labels(d) AS labels ORDER BY id`,
    );
    expect(stubs).toEqual([
      {
        id: 'eo-11063',
        stub: true,
        kind: 'EXECUTIVE_ORDER',
        number: '11063',
        signedOn: '1962-11-20',
        frCitation: null,
        labels: expect.arrayContaining(['ExecutiveOrder']),
      },
      {
        id: 'fr-59-25809',
        stub: true,
        kind: 'FR_DOCUMENT',
        number: null,
        signedOn: null,
        frCitation: '59 FR 25809',
        labels: ['PresidentialDocument', 'FederalRegisterDocument'],
      },
      {
        id: 'notice-2026-03-24',
        stub: true,
        kind: 'NOTICE',
        number: null,
        signedOn: '2026-03-24',
        frCitation: '91 FR 15511',
        labels: ['PresidentialDocument', 'Notice'],
      },
      {
        id: 'pm-2020-01-29',
        stub: true,
        kind: 'MEMORANDUM',
        number: null,
        signedOn: '2020-01-29',
        frCitation: null,
        labels: expect.arrayContaining(['Memorandum']),
      },
    ]);
  });

  it('imports the rest of a page with a broken record and an unreadable note item, and reports both', async () => {
    const page = writePage(dir, 'broken.json', [
      record(90001, 'Revokes: EO 90002, January 1, 2000; EO 90003 of the Moon\r\nSee: Bulletin 7'),
      { ...record(90004, null), executive_order_number: 'twelve' },
      record(90005, 'Amended by: EO 90001, January 2, 2099'),
    ]);
    const summary = await importCatalogueFile(graph, page);

    expect(summary.orders).toBe(2);
    expect(summary.problems).toEqual([
      expect.objectContaining({
        kind: 'RECORD',
        source: page,
        position: 1,
        documentNumber: '2099-90004',
        reason: expect.stringMatching(/executive_order_number/),
      }),
      expect.objectContaining({ kind: 'NOTE', orderId: 'eo-90001', item: 'EO 90003 of the Moon', kept: true }),
      expect.objectContaining({ kind: 'NOTE', orderId: 'eo-90001', line: 'See: Bulletin 7', kept: false }),
    ]);
    const documents = await graph.read<{ id: string; stub: boolean }>(
      'MATCH (d:PresidentialDocument) RETURN d.id AS id, d.stub AS stub ORDER BY id',
    );
    expect(documents).toEqual([
      { id: 'eo-90001', stub: false },
      { id: 'eo-90002', stub: true },
      { id: 'eo-90003', stub: true },
      { id: 'eo-90005', stub: false },
    ]);
    const relations = await graph.read(
      'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to ORDER BY to',
    );
    expect(relations).toEqual([
      { from: 'eo-90001', type: 'REVOKES', to: 'eo-90002' },
      { from: 'eo-90001', type: 'REVOKES', to: 'eo-90003' },
      { from: 'eo-90001', type: 'AMENDS', to: 'eo-90005' },
    ]);
  });

  it('writes a page all or nothing: a page the database refuses leaves no trace', async () => {
    // An ExecutiveOrder node without the PresidentialDocument label (a hand-made mistake):
    // the import's MERGE creates a second node, and the id constraint refuses the label.
    await graph.write("CREATE (:ExecutiveOrder {id: 'eo-90005'})");
    const page = readPage(
      writePage(dir, 'refused.json', [record(90001, 'Revokes: EO 90002, January 1, 2000'), record(90005, null)]),
    );

    await expect(importPage(graph, page)).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    const [{ count }] = await graph.read<{ count: number }>('MATCH (n) RETURN count(n) AS count');
    expect(count).toBe(1);
  });
});
