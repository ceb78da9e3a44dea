import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toGraphml } from '../../../src/export/graphml';
import { SAMPLE } from './fixture';

const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
  }).parse(xml);

describe('GraphML export', () => {
  const xml = toGraphml(SAMPLE);
  const doc = parse(xml);
  const keyFor = (domain: string, name: string) =>
    doc.graphml.key.find((k: any) => k.for === domain && k['attr.name'] === name);
  const dataOf = (element: any, domain: string, name: string) =>
    element.data.find((d: any) => d.key === keyFor(domain, name)?.id)?.['#text'];

  it('is well-formed XML with the GraphML namespace and a directed graph', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(doc.graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(doc.graphml.graph.edgedefault).toBe('directed');
  });

  it('declares every attribute with a typed key before the graph', () => {
    expect(xml.lastIndexOf('<key ')).toBeLessThan(xml.indexOf('<graph '));
    const types = Object.fromEntries(doc.graphml.key.map((k: any) => [`${k.for}:${k['attr.name']}`, k['attr.type']]));
    expect(types).toMatchObject({
      'node:label': 'string',
      'node:kind': 'string',
      'node:property_kind': 'string',
      'node:stub': 'boolean',
      'node:order': 'long',
      'node:weight': 'double',
      'node:sources': 'string',
      'edge:type': 'string',
      'edge:inPart': 'boolean',
      'edge:source': 'string',
    });
    expect(types['node:id']).toBeUndefined();
    expect(new Set(doc.graphml.key.map((k: any) => k.id)).size).toBe(doc.graphml.key.length);
  });

  it('writes nodes and edges with their ids, ends and data, text escaped', () => {
    const nodes = doc.graphml.graph.node;
    const edges = doc.graphml.graph.edge;
    expect(nodes.map((n: any) => n.id)).toEqual(['eo-14010', 'eo-13767', 'eo-14010:4']);
    expect(dataOf(nodes[0], 'node', 'label')).toBe('EO 14010');
    expect(dataOf(nodes[1], 'node', 'title')).toBe('Border Security, "and" more\nsecond line');
    expect(dataOf(nodes[2], 'node', 'sources')).toBe('["eo-14010"]');
    expect(edges).toHaveLength(3);
    const parallel = edges.find((e: any) => e.id === 'eo-14010-REVOKES-eo-13767~2');
    expect([parallel.source, parallel.target]).toEqual(['eo-14010', 'eo-13767']);
    expect(dataOf(parallel, 'edge', 'type')).toBe('REVOKES');
    expect(dataOf(parallel, 'edge', 'inPart')).toBe('true');
  });
});
