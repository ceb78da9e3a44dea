/**
 * The graph view: a neighbourhood at a time, never the whole graph. The drawn set is capped
 * (CAP nodes) and the page says so when a neighbourhood had more; fCoSE lays it out with
 * each node's label counted in its size, so labels do not overlap; every expansion re-fits.
 */
import cytoscape, { ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fetchGraph, Subgraph } from './api';

cytoscape.use(fcose);

/** The most nodes drawn at once: beyond this labels cannot be read on a laptop screen. */
export const CAP = 60;
const LABEL_CHARS = 28;
/** Relationships that change what is law: always labelled, with the provision that states them. */
const STATED = new Set(['REVOKES', 'SUPERSEDES', 'AMENDS']);
/** Beyond this many stated relationships their labels cover each other: they show on hover. */
const STATED_LABELS = 15;

export const COLOURS: Record<string, string> = {
  EXECUTIVE_ORDER: '#c62828',
  PROCLAMATION: '#ad1457',
  MEMORANDUM: '#6a1b9a',
  PRESIDENTIAL_DETERMINATION: '#4527a0',
  NATIONAL_SECURITY_MEMORANDUM: '#283593',
  NOTICE: '#5d4037',
  FR_DOCUMENT: '#795548',
  PROVISION: '#90a4ae',
  DIRECTIVE: '#0277bd',
  AGENCY: '#2e7d32',
  AGENCY_GROUP: '#66bb6a',
  BODY: '#00695c',
  RULE: '#ef6c00',
  AGREEMENT: '#00838f',
  PROGRAM: '#f9a825',
  STRATEGY: '#6d4c41',
  REPORT: '#8d6e63',
  COUNTRY: '#558b2f',
  REGION: '#9e9d24',
  LEGAL_AUTHORITY: '#37474f',
};

const short = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

/** "revokes · sec. 2(zz)" for stated relationships; the type alone for the others (shown on hover). */
export function edgeLabel(type: string, properties: Record<string, unknown>): string {
  const name = type.toLowerCase().replace(/_/g, ' ');
  const provision = typeof properties.provision === 'string' ? properties.provision.split(':')[1] : undefined;
  return STATED.has(type) && provision ? `${name} · sec. ${provision}` : name;
}

export function createDrawing(container: HTMLElement): cytoscape.Core {
  return cytoscape({
    container,
    minZoom: 0.2,
    maxZoom: 1.6,
    wheelSensitivity: 0.3,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (n: cytoscape.NodeSingular) => COLOURS[n.data('kind')] ?? '#999',
          label: 'data(short)',
          'font-size': 11,
          width: 16,
          height: 16,
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-background-color': '#fff',
          'text-background-opacity': 0.85,
          'text-background-padding': '1px',
        },
      },
      {
        selector: 'node.focus',
        style: { width: 24, height: 24, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#222' },
      },
      { selector: 'node[status = "IN_FORCE"]', style: { 'border-width': 2, 'border-color': '#1b5e20' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb300' } },
      {
        selector: 'edge',
        style: {
          width: 1.2,
          'line-color': '#bbb',
          'target-arrow-shape': 'triangle',
          'target-arrow-color': '#bbb',
          'curve-style': 'bezier',
          'font-size': 10,
          color: '#555',
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.9,
        },
      },
      {
        selector: 'edge.stated',
        style: {
          label: 'data(caption)',
          width: 2.5,
          'line-color': '#d50000',
          'target-arrow-color': '#d50000',
          color: '#b71c1c',
        },
      },
      { selector: 'edge.stated.crowded', style: { label: '' } },
      {
        selector: 'edge.hover',
        style: { label: 'data(caption)', width: 2.5, 'line-color': '#555', 'target-arrow-color': '#555' },
      },
    ],
  });
}

export interface Merged {
  added: number;
  left: number;
}

/**
 * Adds what is new (by id) up to the cap, nearest the focus first (the order the API gives),
 * keeps only edges between drawn nodes, lays out and re-fits. `left`: nodes not drawn.
 */
export function merge(cy: cytoscape.Core, graph: Subgraph, around?: string): Merged {
  // New nodes start beside the node they were expanded from, so the layout refines instead of reshuffling.
  const from = around && cy.getElementById(around).nonempty() ? cy.getElementById(around).position() : undefined;
  const room = Math.max(0, CAP - cy.nodes().length);
  const fresh = graph.nodes.filter((n) => cy.getElementById(n.id).empty());
  const taken = fresh.slice(0, room);
  const elements: ElementDefinition[] = taken.map((n, i) => ({
    group: 'nodes',
    position: from && { x: from.x + 40 * Math.cos(i), y: from.y + 40 * Math.sin(i) },
    data: {
      id: n.id,
      kind: n.kind,
      label: n.label,
      short: short(n.label),
      status: n.properties.status,
      properties: n.properties,
    },
  }));
  cy.add(elements);
  cy.add(
    graph.edges
      .filter(
        (e) =>
          cy.getElementById(e.id).empty() &&
          cy.getElementById(e.source).nonempty() &&
          cy.getElementById(e.target).nonempty(),
      )
      .map((e) => ({
        group: 'edges' as const,
        classes: STATED.has(e.type) ? 'stated' : '',
        data: { ...e, caption: edgeLabel(e.type, e.properties) },
      })),
  );
  const stated = cy.edges('.stated');
  stated.toggleClass('crowded', stated.length > STATED_LABELS);
  layout(cy, !from);
  return { added: taken.length, left: fresh.length - taken.length + (graph.truncated ? 1 : 0) };
}

/** fCoSE with labels counted in node sizes; animate off, so the fit that follows sees final positions. */
export function layout(cy: cytoscape.Core, randomize = true): void {
  cy.layout({
    name: 'fcose',
    quality: 'proof',
    randomize,
    animate: false,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    nodeSeparation: 90,
    idealEdgeLength: () => 110,
    nodeRepulsion: () => 20000,
    packComponents: true,
  } as cytoscape.LayoutOptions).run();
  separateLabels(cy);
  cy.fit(undefined, 40);
}

/**
 * What a force layout leaves overlapping (two long labels side by side) is pushed apart along
 * the axis that frees them with the least move, until no two labelled boxes meet.
 */
function separateLabels(cy: cytoscape.Core, gap = 4): void {
  const nodes = cy.nodes().toArray();
  for (let round = 0; round < 200; round += 1) {
    let moved = false;
    const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
    for (let i = 0; i < nodes.length; i += 1) {
      for (let j = i + 1; j < nodes.length; j += 1) {
        const a = boxes[i];
        const b = boxes[j];
        const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
        const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
        if (dx <= 0 || dy <= 0) continue;
        const alongX = dx < dy;
        const sign = alongX ? Math.sign(a.x1 + a.x2 - b.x1 - b.x2) || 1 : Math.sign(a.y1 + a.y2 - b.y1 - b.y2) || 1;
        const shift = (alongX ? dx : dy) / 2;
        shiftBy(nodes[i], alongX, sign * shift, boxes[i]);
        shiftBy(nodes[j], alongX, -sign * shift, boxes[j]);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

function shiftBy(
  node: cytoscape.NodeSingular,
  alongX: boolean,
  by: number,
  box: cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH,
): void {
  const p = node.position();
  node.position(alongX ? { x: p.x + by, y: p.y } : { x: p.x, y: p.y + by });
  if (alongX) {
    box.x1 += by;
    box.x2 += by;
  } else {
    box.y1 += by;
    box.y2 += by;
  }
}

/** Draws the neighbourhood of `id` (depth 1) on a cleared or the current drawing. */
export async function expand(cy: cytoscape.Core, id: string, options: { clear: boolean }): Promise<Merged> {
  const graph = await fetchGraph({ focus: [id], depth: 1, limit: CAP });
  if (options.clear) cy.elements().remove();
  cy.nodes().removeClass('focus');
  const merged = merge(cy, graph, options.clear ? undefined : id);
  cy.getElementById(id).addClass('focus');
  return merged;
}
