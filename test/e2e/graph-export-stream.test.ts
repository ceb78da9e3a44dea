import 'reflect-metadata'; // before anything that reaches type-graphql decorators
import http from 'node:http';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Driver } from 'neo4j-driver';
import { identifyLines } from '../../src/corpus/ids';
import { readCorpus } from '../../src/corpus/lines';
import { loadCorpus } from '../../src/corpus/load';
import { CorpusProgress } from '../../src/corpus/progress';
import { query } from '../../src/graph/queries';
import { Graph } from '../../src/graph/run';
import { Api } from '../../src/server';
import { startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';

/** The latest orders of the corpus: the richest in agencies, directives and revocations. */
const SLICE_SIZE = 250;

const graphmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (name, _p, _l, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
});

/** An edge as Cypher and the files both name it: ends and type (the file's id adds `~n` to parallel ones). */
const edgeKey = (source: string, type: string, target: string) => `${source} ${type} ${target}`;

describe('GET /export/graph without focus: the whole graph, streamed', () => {
  let driver: Driver;
  let graph: Graph;
  let api: Api;
  let url: string;
  // A connection of its own per file: the test parses megabytes between requests, long enough
  // for the server to close an idle kept-alive socket just as fetch reuses it (ECONNRESET).
  const get = (query: string) => fetch(`${url}/export/graph?${query}`, { headers: { connection: 'close' } });

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    const corpus = identifyLines(readCorpus());
    await loadCorpus(graph, {
      corpus: { ...corpus, lines: corpus.lines.slice(-SLICE_SIZE) },
      progress: new CorpusProgress(false),
    });
    ({ api, url } = await startApi(graph));
  }, 300_000);
  afterAll(async () => {
    await api?.stop();
    await driver?.close();
  });

  const cypherNodes = async (labels?: string[]) =>
    (
      await graph.read<{ id: string }>(
        'MATCH (n) WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels) RETURN n.id AS id',
        { labels: labels ?? null },
      )
    ).map((r) => r.id);
  const cypherEdges = async (labels?: string[], types?: string[]) =>
    (
      await graph.read<{ source: string; type: string; target: string }>(
        `MATCH (a)-[r]->(b) WHERE ($types IS NULL OR type(r) IN $types)
           AND ($labels IS NULL OR (any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)))
         RETURN a.id AS source, type(r) AS type, b.id AS target`,
        { labels: labels ?? null, types: types ?? null },
      )
    ).map((e) => edgeKey(e.source, e.type, e.target));

  it('serves GraphML that parses and holds every node and relationship of the database', async () => {
    const response = await get('format=graphml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="graph.graphml"');
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = graphmlParser.parse(xml);
    expect(doc.graphml.graph.edgedefault).toBe('directed');
    const nodes = doc.graphml.graph.node as Array<{ id: string; data: Array<{ key: string; '#text': string }> }>;
    const edges = doc.graphml.graph.edge as Array<{
      id: string;
      source: string;
      target: string;
      data: Array<{ key: string; '#text': string }>;
    }>;

    const expectedNodes = await cypherNodes();
    expect(expectedNodes.length).toBeGreaterThan(SLICE_SIZE);
    expect(nodes.map((n) => n.id).sort()).toEqual(expectedNodes.sort());
    const typeKey = doc.graphml.key.find((k: any) => k.for === 'edge' && k['attr.name'] === 'type').id;
    const fileEdges = edges.map((e) => edgeKey(e.source, e.data.find((d) => d.key === typeKey)!['#text'], e.target));
    expect(fileEdges.sort()).toEqual((await cypherEdges()).sort());
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);

    // Every key a data element names is declared, with a GraphML type.
    const keys = new Map(doc.graphml.key.map((k: any) => [k.id, k['attr.type']]));
    for (const element of [...nodes, ...edges]) for (const d of element.data ?? []) expect(keys.has(d.key)).toBe(true);
    expect([...keys.values()].every((t) => ['string', 'boolean', 'long', 'double'].includes(t as string))).toBe(true);
  });

  it('serves nodes.csv and edges.csv with the columns Gephi reads, one row a node and a relationship', async () => {
    const nodesResponse = await get('format=csv&part=nodes');
    expect(nodesResponse.headers.get('content-disposition')).toBe('attachment; filename="nodes.csv"');
    const nodesText = await nodesResponse.text();
    expect(nodesText.split('\r\n')[0].startsWith('id,label,kind,')).toBe(true);
    const nodeRows = parse(nodesText, { columns: true }) as Record<string, string>[];
    expect(nodeRows.map((r) => r.id).sort()).toEqual((await cypherNodes()).sort());
    const [order] = await graph.read<{ id: string; number: string; signedOn: string }>(
      'MATCH (d:ExecutiveOrder) WHERE d.corpusLoaded RETURN d.id AS id, d.number AS number, toString(d.signedOn) AS signedOn ORDER BY d.id LIMIT 1',
    );
    expect(nodeRows.find((r) => r.id === order.id)).toMatchObject({
      label: `EO ${order.number}`,
      kind: 'EXECUTIVE_ORDER',
      signedOn: order.signedOn,
    });

    const edgesText = await (await get('format=csv&part=edges')).text();
    expect(edgesText.split('\r\n')[0].startsWith('id,source,target,relationship,label')).toBe(true);
    const edgeRows = parse(edgesText, { columns: true }) as Record<string, string>[];
    expect(edgeRows.map((r) => edgeKey(r.source, r.relationship, r.target)).sort()).toEqual(
      (await cypherEdges()).sort(),
    );
    expect(edgeRows.every((r) => r.label === r.relationship)).toBe(true);
  });

  it('gives only the chosen kinds, and only the chosen relationships among them', async () => {
    const kinds = 'kinds=EXECUTIVE_ORDER,AGENCY&relationships=REVOKES,SUPERSEDES,ASSIGNED_TO';
    const nodeRows = parse(await (await get(`format=csv&part=nodes&${kinds}`)).text(), { columns: true }) as Record<
      string,
      string
    >[];
    expect(new Set(nodeRows.map((r) => r.kind))).toEqual(new Set(['EXECUTIVE_ORDER', 'AGENCY']));
    expect(nodeRows.map((r) => r.id).sort()).toEqual((await cypherNodes(['ExecutiveOrder', 'Agency'])).sort());

    const doc = graphmlParser.parse(await (await get(`format=graphml&${kinds}`)).text());
    const typeKey = doc.graphml.key.find((k: any) => k.for === 'edge' && k['attr.name'] === 'type').id;
    const edges = (doc.graphml.graph.edge ?? []).map((e: any) =>
      edgeKey(e.source, e.data.find((d: any) => d.key === typeKey)['#text'], e.target),
    );
    const expected = await cypherEdges(['ExecutiveOrder', 'Agency'], ['REVOKES', 'SUPERSEDES', 'ASSIGNED_TO']);
    // ASSIGNED_TO runs from directives: none is exported, so none of those edges either.
    expect(expected.some((e) => e.includes(' REVOKES '))).toBe(true);
    expect(edges.sort()).toEqual(expected.sort());
    expect(doc.graphml.graph.node).toHaveLength(nodeRows.length);
  });

  it.each([
    ['format=graphml&kinds=PERSON', /kinds: unknown kind "PERSON"; use one of EXECUTIVE_ORDER/],
    ['format=csv&part=edges&relationships=LIKES', /relationships: unknown type "LIKES"; use one of REVOKES/],
    ['format=xlsx', /format: use one of cytoscape, graphml, d3, csv, not "xlsx"/],
    ['format=csv', /part: csv comes as two files, use part=nodes or part=edges/],
    ['format=graphml&limit=100', /limit: without focus, graphml is the whole graph .*drop limit, or give focus=<id>/],
    ['format=csv&part=nodes&depth=2', /depth: without focus, csv is the whole graph/],
  ])('answers %s with 400 saying what to change', async (q, message) => {
    const response = await get(q);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(message);
  });

  /** The export's reads (of nodes, then of edges) Neo4j is running now. */
  const exportReads = async () =>
    (
      await graph.read<{ n: number }>(
        'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery IN $texts RETURN count(*) AS n',
        {
          texts: [query('export', 'nodes'), query('export', 'edges')],
        },
      )
    )[0].n;

  it('reads Neo4j only as fast as the client takes the file, and stops the read when the client leaves', async () => {
    // A client that takes the first chunk and then nothing: the server may write only what the
    // socket buffers hold, so the read stays open behind it.
    const request = http.get(`${url}/export/graph?format=graphml`);
    const response = await new Promise<http.IncomingMessage>((resolve) => request.on('response', resolve));
    await new Promise((resolve) => response.once('data', resolve));
    response.pause();
    expect(await exportReads()).toBe(1);

    request.destroy();
    while ((await exportReads()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    const next = await get('format=csv&part=nodes&kinds=AGENCY');
    expect(next.status).toBe(200);
    const agencies = parse(await next.text(), { columns: true }) as Record<string, string>[];
    expect(agencies.map((r) => r.id).sort()).toEqual((await cypherNodes(['Agency'])).sort());
  });
});
