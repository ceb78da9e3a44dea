/**
 * Supersessions and amendments stated by an order's text reach the graph, and meet the
 * Federal Register catalogue's statement of the same relation on one relationship, each side
 * keeping its provenance (as revocations do).
 */
import { Driver } from 'neo4j-driver';
import { readCorpus } from '../../src/corpus/lines';
import { importCatalogueFile } from '../../src/federal-register/import';
import { Graph } from '../../src/graph/run';
import { loadDocument } from '../../src/ingest/load';
import { parseDocument } from '../../src/ingest/parse';
import { freshGraph } from '../support/neo4j';
import { record, tempDir, writePage } from './federal-register/support';

interface Edge {
  type: string;
  to: string;
  provision: string | null;
  inPart: boolean | null;
  targetProvision: string | null;
  fromText: boolean | null;
  fromCatalogue: boolean | null;
}

const EDGES = `MATCH (:PresidentialDocument {id: $id})-[r:REVOKES|SUPERSEDES|AMENDS]->(b)
  RETURN type(r) AS type, b.id AS to, r.provision AS provision, r.inPart AS inPart, r.targetProvision AS targetProvision,
         r.fromText AS fromText, r.fromCatalogue AS fromCatalogue ORDER BY type, to`;

function corpusModel(number: string) {
  const line = readCorpus().find((l) => l.number === number);
  if (!line) throw new Error(`EO ${number} is not in the corpus`);
  return parseDocument(line.text, { kind: 'EXECUTIVE_ORDER', number: line.number, signedOn: line.signedOn });
}

describe('relations stated by the text, in the graph', () => {
  let graph: Graph;
  let driver: Driver;
  beforeAll(async () => ({ graph, driver } = await freshGraph()));
  afterAll(() => driver.close());
  beforeEach(() => graph.write('MATCH (n) DETACH DELETE n'));

  it('writes "Sections 1 and 2 of Executive Order 13708 ... are hereby superseded" as SUPERSEDES in part, with both provisions (EO 13811)', async () => {
    await loadDocument(graph, corpusModel('13811'));
    const edges = await graph.read<Edge>(EDGES, { id: 'eo-13811' });
    expect(edges).toEqual([
      {
        type: 'REVOKES',
        to: 'eo-13805',
        provision: 'eo-13811:3',
        inPart: false,
        targetProvision: null,
        fromText: true,
        fromCatalogue: null,
      },
      {
        type: 'SUPERSEDES',
        to: 'eo-13708',
        provision: 'eo-13811:3',
        inPart: true,
        targetProvision: 'Sections 1 and 2',
        fromText: true,
        fromCatalogue: null,
      },
    ]);
  });

  it('writes "Executive Order 12824 ... is hereby amended" as AMENDS and meets the catalogue\'s "Amends:" on the same relationship (EO 13569)', async () => {
    await loadDocument(graph, corpusModel('13569'));
    const dir = tempDir();
    const notes = 'Amends: EO 12824, April 28, 1992; EO 12835, January 25, 1993\r\nRevokes: EO 13507, April 8, 2009';
    await importCatalogueFile(graph, writePage(dir, 'page.json', [record(13569, notes)]));

    const edges = await graph.read<Edge>(EDGES, { id: 'eo-13569' });
    const amends = edges.filter((e) => e.type === 'AMENDS');
    expect(amends.map((e) => [e.to, e.provision, e.fromText, e.fromCatalogue])).toEqual([
      ['eo-12824', 'eo-13569:1', true, true],
      ['eo-12835', 'eo-13569:2', true, true],
      ['eo-13532', 'eo-13569:4', true, null],
    ]);
    const [count] = await graph.read<{ n: number }>(
      `MATCH (:PresidentialDocument {id: 'eo-13569'})-[r:AMENDS]->(:PresidentialDocument {id: 'eo-12824'}) RETURN count(r) AS n`,
    );
    expect(Number(count.n)).toBe(1);
    expect(edges.find((e) => e.type === 'REVOKES')).toMatchObject({
      to: 'eo-13507',
      fromText: true,
      fromCatalogue: true,
    });
  });
});
