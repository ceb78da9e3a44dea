import 'reflect-metadata'; // before anything that reaches type-graphql decorators
import cytoscape from 'cytoscape';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Driver } from 'neo4j-driver';
import { Api } from '../../src/server';
import { startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';
import { seedGraph } from '../support/seed';

describe('GET /export/graph on the seeded graph', () => {
  let driver: Driver;
  let api: Api;
  let url: string;
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/export/graph?${query}`, { headers });
  const FOCUS = 'focus=eo-14010&depth=1';

  beforeAll(async () => {
    let graph;
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    process.env.CORS_ORIGINS = 'http://viz.example, http://localhost:5173';
    try {
      ({ api, url } = await startApi(graph));
    } finally {
      delete process.env.CORS_ORIGINS;
    }
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  it('serves Cytoscape.js elements that load into headless cytoscape', async () => {
    const response = await get(`${FOCUS}&format=cytoscape`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="graph.cytoscape.json"');
    // Parsed here, not by fetch's response.json(): that builds objects in Node's realm, outside
    // jest's sandbox, and cytoscape's plain-object check (constructor === Object) would skip them.
    const { elements } = JSON.parse(await response.text());
    expect(elements.nodes).toHaveLength(13);
    const cy = cytoscape({ headless: true, elements });
    expect(cy.nodes().length).toBe(13);
    expect(cy.edges().length).toBe(12);
    const revokes = cy.getElementById('eo-14159-REVOKES-eo-14010');
    expect([revokes.source().id(), revokes.target().id()]).toEqual(['eo-14159', 'eo-14010']);
  });

  it('serves GraphML with typed keys, a directed graph, nodes and edges with data', async () => {
    const response = await get(`${FOCUS}&format=graphml`);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="graph.graphml"');
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      isArray: (name, _p, _l, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
    }).parse(xml);
    expect(doc.graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(
      doc.graphml.key.every(
        (k: any) =>
          ['node', 'edge'].includes(k.for) && ['string', 'boolean', 'long', 'double'].includes(k['attr.type']),
      ),
    ).toBe(true);
    expect(doc.graphml.graph.edgedefault).toBe('directed');
    expect(doc.graphml.graph.node).toHaveLength(13);
    expect(doc.graphml.graph.edge).toHaveLength(12);
    const labelKey = doc.graphml.key.find((k: any) => k.for === 'node' && k['attr.name'] === 'label').id;
    const eo = doc.graphml.graph.node.find((n: any) => n.id === 'eo-14010');
    expect(eo.data.find((d: any) => d.key === labelKey)['#text']).toBe('EO 14010');
    const edge = doc.graphml.graph.edge.find((e: any) => e.id === 'eo-14010-REVOKES-eo-13767');
    expect([edge.source, edge.target]).toEqual(['eo-14010', 'eo-13767']);
  });

  it('serves d3-force nodes and links', async () => {
    const response = await get(`${FOCUS}&format=d3`);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="graph.d3.json"');
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['links', 'nodes', 'truncated']);
    const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
    expect(ids.size).toBe(13);
    expect(body.links).toHaveLength(12);
    for (const link of body.links) expect(ids.has(link.source) && ids.has(link.target)).toBe(true);
  });

  it('serves nodes.csv and edges.csv that csv-parse reads back', async () => {
    const nodes = await get(`${FOCUS}&format=csv&part=nodes`);
    expect(nodes.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(nodes.headers.get('content-disposition')).toBe('attachment; filename="nodes.csv"');
    const nodeRows = parse(await nodes.text(), { columns: true }) as Record<string, string>[];
    expect(nodeRows).toHaveLength(13);
    expect(nodeRows.find((r) => r.id === 'eo-14010')).toMatchObject({
      label: 'EO 14010',
      kind: 'EXECUTIVE_ORDER',
      signedOn: '2021-02-02',
    });
    const edges = await get(`${FOCUS}&format=csv&part=edges`);
    expect(edges.headers.get('content-disposition')).toBe('attachment; filename="edges.csv"');
    const edgeRows = parse(await edges.text(), { columns: true }) as Record<string, string>[];
    expect(edgeRows).toHaveLength(12);
    expect(edgeRows.find((r) => r.id === 'eo-14159-REVOKES-eo-14010')).toMatchObject({
      source: 'eo-14159',
      target: 'eo-14010',
      relationship: 'REVOKES',
    });
  });

  it.each([
    ['focus=eo-14010', /format: use one of/],
    ['format=csv', /part: csv comes as two files/],
    ['format=d3&depth=9', /depth: must be a whole number from 0 to 4/],
    ['format=d3&kinds=PERSON', /kinds: unknown kind "PERSON"/],
    ['focus=eo-14010&format=graphml&limit=lots', /limit: must be a whole number/],
  ])('answers %s with 400 and a JSON error', async (query, message) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await response.json()).error).toMatch(message);
  });

  it('allows the configured origins (CORS), on exports and on /graphql, and no others', async () => {
    const allowed = await get(`${FOCUS}&format=d3`, { origin: 'http://viz.example' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://viz.example');
    const preflight = await fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const other = await get(`${FOCUS}&format=d3`, { origin: 'http://elsewhere.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // The query itself, after the preflight (a JSON POST, served outside express: http/graphql-post.ts).
    const query = (origin: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const asked = await query('http://localhost:5173');
    expect(await asked.json()).toEqual({ data: { __typename: 'Query' }, extensions: { roundTrips: 0 } });
    expect(asked.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect((await query('http://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
