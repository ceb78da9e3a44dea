import cytoscape from 'cytoscape';
import { toCytoscape } from '../../../src/export/cytoscape';
import { toD3 } from '../../../src/export/d3';
import { exportFile } from '../../../src/export/formats';
import { SAMPLE } from './fixture';

describe('Cytoscape.js export', () => {
  it('loads into headless cytoscape with every node and edge and the right ends', () => {
    const { elements } = JSON.parse(exportFile(SAMPLE, 'cytoscape').body);
    const cy = cytoscape({ headless: true, elements });
    expect(cy.nodes().length).toBe(3);
    expect(cy.edges().length).toBe(3);
    const edge = cy.getElementById('eo-14010-REVOKES-eo-13767~2');
    expect(edge.source().id()).toBe('eo-14010');
    expect(edge.target().id()).toBe('eo-13767');
    expect(edge.data('properties')).toEqual({ provision: 'eo-14010:5', inPart: true, source: 'eo-14010' });
    expect(cy.getElementById('eo-14010').data('kind')).toBe('EXECUTIVE_ORDER');
  });

  it('keeps the same shape as toCytoscape', () => {
    expect(JSON.parse(exportFile(SAMPLE, 'cytoscape').body)).toEqual(toCytoscape(SAMPLE));
  });
});

describe('d3 export', () => {
  it('gives nodes with ids and links whose ends name node ids, as forceLink().id(d => d.id) expects', () => {
    const graph = toD3(SAMPLE);
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.nodes).toHaveLength(3);
    expect(graph.links).toHaveLength(3);
    for (const link of graph.links) {
      expect(ids.has(link.source)).toBe(true);
      expect(ids.has(link.target)).toBe(true);
    }
    expect(graph.links[1]).toMatchObject({ source: 'eo-14010', target: 'eo-13767', type: 'REVOKES' });
  });
});

describe('export files', () => {
  it('names each file and gives its media type', () => {
    expect(exportFile(SAMPLE, 'graphml')).toMatchObject({
      fileName: 'graph.graphml',
      contentType: expect.stringMatching(/^application\/graphml\+xml/),
    });
    expect(exportFile(SAMPLE, 'd3')).toMatchObject({
      fileName: 'graph.d3.json',
      contentType: expect.stringMatching(/^application\/json/),
    });
    expect(exportFile(SAMPLE, 'csv', 'edges')).toMatchObject({
      fileName: 'edges.csv',
      contentType: expect.stringMatching(/^text\/csv/),
    });
  });
});
