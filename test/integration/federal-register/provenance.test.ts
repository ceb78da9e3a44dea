/** The catalogue import meeting documents ingested from their text, and what the graph says of it. */
import { Driver } from 'neo4j-driver';
import { importCatalogueFile } from '../../../src/federal-register/import';
import { documentStatus, IncomingRelation } from '../../../src/federal-register/status';
import { documentStatuses, revocationDisagreements } from '../../../src/graph/provenance';
import { Graph } from '../../../src/graph/run';
import { freshGraph } from '../../support/neo4j';
import { seedGraph } from '../../support/seed';
import { SAMPLE } from './support';

describe('the catalogue merged with the seed texts', () => {
  let graph: Graph;
  let driver: Driver;
  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    await importCatalogueFile(graph, SAMPLE);
  });
  afterAll(() => driver.close());

  it('holds the revocation chain EO 13767 <- EO 14010 <- EO 14148 and EO 14159', async () => {
    const chains = await graph.read<{ head: string }>(
      `MATCH (head:PresidentialDocument)-[:REVOKES]->(:PresidentialDocument {id: 'eo-14010'})
             -[:REVOKES]->(:PresidentialDocument {id: 'eo-13767'})
       RETURN head.id AS head ORDER BY head`,
    );
    expect(chains.map((c) => c.head)).toEqual(['eo-14148', 'eo-14159']);
  });

  it('keeps EO 14010 as one node with both its text and its catalogue record', async () => {
    const rows = await graph.read("MATCH (d {id: 'eo-14010'}) RETURN labels(d) AS labels, properties(d) AS p");
    expect(rows).toHaveLength(1);
    expect(rows[0].p).toMatchObject({
      textIngested: true,
      fromCatalogue: true,
      stub: false,
      documentNumber: '2021-02561',
      publishedOn: '2021-02-05',
      number: '14010',
    });
    const [{ provisions }] = await graph.read<{ provisions: number }>(
      "MATCH (:PresidentialDocument {id: 'eo-14010'})-[:HAS_PROVISION]->(p) RETURN count(p) AS provisions",
    );
    expect(provisions).toBeGreaterThan(0);
  });

  it("gives one REVOKES eo-14010 -> eo-13767 carrying the text's and the catalogue's provenance", async () => {
    const rows = await graph.read(
      `MATCH (:PresidentialDocument {id: 'eo-14010'})-[r:REVOKES]->(:PresidentialDocument {id: 'eo-13767'})
       RETURN properties(r) AS p`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].p).toMatchObject({
      fromText: true,
      provision: 'eo-14010:4(a)(ii)(F)(1)',
      fromCatalogue: true,
      notes: expect.arrayContaining(['Revokes: EO 13767, January 25, 2017', 'Revoked by: EO 14010, February 2, 2021']),
      statedBy: expect.arrayContaining(['eo-14010', 'eo-13767']),
    });
  });

  it("lists what EO 14010's text revokes and its note omits: Proclamation 9880 and three memoranda", async () => {
    const rows = await revocationDisagreements(graph, 'eo-14010');
    expect(rows.map((r) => [r.to, r.statedBy])).toEqual([
      ['pm-2018-04-04', 'TEXT'],
      ['pm-2018-04-06', 'TEXT'],
      ['pm-2019-04-29', 'TEXT'],
      ['proc-9880', 'TEXT'],
    ]);
    expect(rows.find((r) => r.to === 'proc-9880')).toMatchObject({ provision: 'eo-14010:4(a)(ii)(F)(2)', notes: [] });
    // EO 14159's text and note agree; EO 13767 (text and note) revokes nothing.
    expect((await revocationDisagreements(graph)).map((r) => r.from)).toEqual(rows.map(() => 'eo-14010'));
  });

  it('lists a revocation only the catalogue states', async () => {
    await graph.write(
      `MATCH (a:PresidentialDocument {id: 'eo-14159'}), (b:PresidentialDocument {id: 'eo-13767'})
       CREATE (a)-[:REVOKES {fromCatalogue: true, notes: ['Revokes: EO 13767'], statedBy: ['eo-14159'], inPart: false}]->(b)`,
    );
    try {
      expect(await revocationDisagreements(graph, 'eo-14159')).toEqual([
        {
          from: 'eo-14159',
          to: 'eo-13767',
          statedBy: 'CATALOGUE',
          provision: null,
          notes: ['Revokes: EO 13767'],
          inPart: false,
        },
      ]);
    } finally {
      await graph.write(
        "MATCH (:PresidentialDocument {id: 'eo-14159'})-[r:REVOKES]->(:PresidentialDocument {id: 'eo-13767'}) DELETE r",
      );
    }
  });

  it('derives statuses as src/federal-register/status.ts does, for every document in the graph', async () => {
    const incoming = await graph.read<IncomingRelation & { id: string }>(
      `MATCH (d:PresidentialDocument) OPTIONAL MATCH (s:PresidentialDocument)-[r]->(d)
       RETURN d.id AS id, type(r) AS type, s.id AS from, d.id AS to, coalesce(r.inPart, false) AS inPart`,
    );
    const ids = [...new Set(incoming.map((r) => r.id))].sort();
    const expected = ids.map((id) => ({
      id,
      ...documentStatus(
        id,
        incoming.filter((r) => r.type),
      ),
    }));
    expect(await documentStatuses(graph, ids)).toEqual(expected);
    expect(new Set(expected.map((e) => e.status))).toEqual(
      new Set(['IN_FORCE', 'REVOKED', 'REVOKED_IN_PART', 'SUPERSEDED']),
    );
  });

  it('answers statuses in the order asked, leaving out unknown ids', async () => {
    expect(await documentStatuses(graph, ['eo-14159', 'no-such-id', 'eo-14010', 'eo-11063', 'eo-12903'])).toEqual([
      { id: 'eo-14159', status: 'IN_FORCE', by: [] },
      { id: 'eo-14010', status: 'REVOKED', by: ['eo-14148', 'eo-14159'] },
      { id: 'eo-11063', status: 'REVOKED_IN_PART', by: ['eo-12892', 'eo-12893'] },
      { id: 'eo-12903', status: 'SUPERSEDED', by: ['eo-12955'] },
    ]);
    expect(await documentStatuses(graph, [])).toEqual([]);
  });
});
