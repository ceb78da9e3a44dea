import fs from 'node:fs';
import { Driver } from 'neo4j-driver';
import { Graph } from '../../src/graph/run';
import { ingestFile } from '../../src/ingest/ingest';
import { loadDocument, loadDocuments } from '../../src/ingest/load';
import { parseDocument } from '../../src/ingest/parse';
import { seedEntries } from '../../src/ingest/seed';
import { Source } from '../../src/ingest/sources';
import { freshGraph } from '../support/neo4j';
import { seedGraph } from '../support/seed';
import { graphSnapshot } from '../support/snapshot';

/** The snapshot with every node's `sources` sorted. */
function sourcesAsSets(snapshot: { nodes: string[]; relationships: string[] }) {
  const nodes = snapshot.nodes.map((line) => {
    const node = JSON.parse(line);
    if (Array.isArray(node.props.sources)) node.props.sources = [...node.props.sources].sort();
    return JSON.stringify(node);
  });
  return { nodes: nodes.sort(), relationships: snapshot.relationships };
}

const seed = (name: string): Source => seedEntries().find((entry) => entry.file.endsWith(name))!;

describe('loading documents into Neo4j', () => {
  let graph: Graph;
  let driver: Driver;
  beforeAll(async () => ({ graph, driver } = await freshGraph()));
  afterAll(() => driver.close());
  beforeEach(() => graph.write('MATCH (n) DETACH DELETE n'));

  it('gives the same graph from the web page and from the signed PDF of EO 14010', async () => {
    const web = seed('eo-14010.web.txt');
    await ingestFile(graph, web.file, web.hints);
    const fromWeb = await graphSnapshot(graph);

    await graph.write('MATCH (n) DETACH DELETE n');
    const signed = seed('eo-14010.signed.txt');
    await ingestFile(graph, signed.file, signed.hints);
    const fromSigned = await graphSnapshot(graph);

    expect(fromWeb.nodes.length).toBeGreaterThan(100);
    expect(fromSigned).toEqual(fromWeb);
  });

  it('changes nothing when the same document is loaded twice', async () => {
    const web = seed('eo-14010.web.txt');
    const first = await ingestFile(graph, web.file, web.hints);
    const once = await graphSnapshot(graph);
    const second = await ingestFile(graph, web.file, web.hints);
    expect(first.nodesCreated).toBeGreaterThan(0);
    expect(second.nodesCreated).toBe(0);
    expect(second.relationshipsCreated).toBe(0);
    expect(await graphSnapshot(graph)).toEqual(once);
  });

  it('leaves the graph as it was when a write fails half way', async () => {
    const eo13767 = seed('eo-13767.fr-markdown.txt');
    await ingestFile(graph, eo13767.file, eo13767.hints);
    const before = await graphSnapshot(graph);

    const web = seed('eo-14010.web.txt');
    const model = parseDocument(fs.readFileSync(web.file, 'utf8'), web.hints);
    // Neo4j refuses a map as a property value; directives are written after the document,
    // its agencies, entities and provisions, so this fails in the middle of the transaction.
    const broken = {
      ...model,
      directives: model.directives.map((d, i) =>
        i === 5 ? { ...d, text: { not: 'a string' } as unknown as string } : d,
      ),
    };
    await expect(loadDocument(graph, broken)).rejects.toThrow(/Property values can only be of primitive types/);

    expect(await graphSnapshot(graph)).toEqual(before);
  });

  it('writes a batch of documents as the same graph as loading them one by one, and a second batch adds nothing', async () => {
    const models = seedEntries().map((entry) => parseDocument(fs.readFileSync(entry.file, 'utf8'), entry.hints));
    await seedGraph(graph);
    const oneByOne = await graphSnapshot(graph);

    await graph.write('MATCH (n) DETACH DELETE n');
    const batch = await loadDocuments(graph, models);
    expect(batch.documentIds).toEqual(models.map((model) => model.document.id));
    // A batch writes its documents before the ones they name, so a node's `sources` may list
    // the same documents in another order: provenance is the set of documents.
    const batched = await graphSnapshot(graph);
    expect(sourcesAsSets(batched)).toEqual(sourcesAsSets(oneByOne));

    const again = await loadDocuments(graph, models);
    expect(again.nodesCreated).toBe(0);
    expect(again.relationshipsCreated).toBe(0);
    expect(await graphSnapshot(graph)).toEqual(batched);
  });

  it('writes none of a batch when one of its documents fails', async () => {
    const models = seedEntries().map((entry) => parseDocument(fs.readFileSync(entry.file, 'utf8'), entry.hints));
    const last = models[models.length - 1];
    const broken = {
      ...last,
      directives: last.directives.map((d, i) =>
        i === 0 ? { ...d, text: { not: 'a string' } as unknown as string } : d,
      ),
    };
    await expect(loadDocuments(graph, [...models.slice(0, -1), broken])).rejects.toThrow(
      /Property values can only be of primitive types/,
    );
    const [{ nodes }] = await graph.read<{ nodes: number }>('MATCH (n) RETURN count(n) AS nodes');
    expect(nodes).toBe(0);
  });

  it('links documents ingested separately into one revocation chain: EO 14159 → EO 14010 → EO 13767', async () => {
    await seedGraph(graph);
    const chain = await graph.read<{ ids: string[]; provisions: string[] }>(`
      MATCH p = (:PresidentialDocument {id: 'eo-14159'})-[:REVOKES]->(:PresidentialDocument {id: 'eo-14010'})-[:REVOKES]->(:PresidentialDocument {id: 'eo-13767'})
      RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.provision] AS provisions`);
    expect(chain).toEqual([
      { ids: ['eo-14159', 'eo-14010', 'eo-13767'], provisions: ['eo-14159:3(a)', 'eo-14010:4(a)(ii)(F)(1)'] },
    ]);
    const documents = await graph.read<{ id: string; stub: boolean; copies: number }>(`
      MATCH (d:PresidentialDocument) WHERE d.id IN ['eo-14159', 'eo-14010', 'eo-13767']
      RETURN d.id AS id, d.stub AS stub, count(*) AS copies ORDER BY id`);
    expect(documents).toEqual([
      { id: 'eo-13767', stub: false, copies: 1 },
      { id: 'eo-14010', stub: false, copies: 1 },
      { id: 'eo-14159', stub: false, copies: 1 },
    ]);
  });

  it('keeps provenance on every node and relationship it writes', async () => {
    await seedGraph(graph);
    const [nodes] = await graph.read<{ without: number }>(
      'MATCH (n) WHERE size(coalesce(n.sources, [])) = 0 RETURN count(n) AS without',
    );
    const [relationships] = await graph.read<{ without: number }>(
      'MATCH ()-[r]->() WHERE r.source IS NULL RETURN count(r) AS without',
    );
    expect(nodes.without).toBe(0);
    expect(relationships.without).toBe(0);
  });
});
