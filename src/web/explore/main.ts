/**
 * The /explore page: an example of drawing the graph from the public GraphQL API with
 * Cytoscape.js. Everything is read with one query, `graph`, and merged into the drawing by
 * node and edge id (ids are stable across calls, so expansions never duplicate elements).
 */
import cytoscape, { ElementDefinition } from 'cytoscape';

interface GraphNode { id: string; kind: string; label: string; properties: Record<string, unknown> }
interface GraphEdge { id: string; source: string; target: string; type: string; properties: Record<string, unknown> }
interface Subgraph { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean }

const GRAPH_QUERY = `query Graph($focus: [ID!], $depth: Int, $relationships: [RelationshipType!], $limit: Int) {
  graph(focus: $focus, depth: $depth, relationships: $relationships, limit: $limit) {
    nodes { id kind label properties }
    edges { id source target type properties }
    truncated
  }
}`;

/** POST /graphql, as any client would. */
async function fetchGraph(variables: Record<string, unknown>): Promise<Subgraph> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: GRAPH_QUERY, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((e: { message: string }) => e.message).join('; '));
  return body.data.graph;
}

// One colour per NodeKind.
const COLOURS: Record<string, string> = {
  EXECUTIVE_ORDER: '#c62828', PROCLAMATION: '#ad1457', MEMORANDUM: '#6a1b9a', PRESIDENTIAL_DETERMINATION: '#4527a0',
  NATIONAL_SECURITY_MEMORANDUM: '#283593', PROVISION: '#90a4ae', DIRECTIVE: '#0277bd', AGENCY: '#2e7d32',
  RULE: '#ef6c00', AGREEMENT: '#00838f', PROGRAM: '#f9a825', STRATEGY: '#6d4c41', REPORT: '#8d6e63',
  COUNTRY: '#558b2f', REGION: '#9e9d24', LEGAL_AUTHORITY: '#37474f',
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const cy = cytoscape({
  container: $('cy'),
  style: [
    { selector: 'node', style: { 'background-color': (n) => COLOURS[n.data('kind')] ?? '#999', label: 'data(label)', 'font-size': 8, width: 14, height: 14 } },
    { selector: 'edge', style: { width: 1, 'line-color': '#ccc', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#ccc', 'curve-style': 'bezier' } },
    { selector: 'edge.chain', style: { 'line-color': '#d50000', 'target-arrow-color': '#d50000', width: 4 } },
    { selector: 'node.chain', style: { 'border-width': 3, 'border-color': '#d50000' } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
  ],
});
// Exposed for people poking around in the console (and for the browser test).
(window as unknown as { cy: cytoscape.Core }).cy = cy;

/** Adds what is new (by id) and lays out again; returns the ids of the nodes added. */
function merge(graph: Subgraph): string[] {
  const added: ElementDefinition[] = [
    ...graph.nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => ({ group: 'nodes' as const, data: n })),
    ...graph.edges.filter((e) => cy.getElementById(e.id).empty()).map((e) => ({ group: 'edges' as const, data: e })),
  ];
  cy.add(added);
  applyKindFilter();
  cy.layout({ name: 'cose', animate: false }).run();
  status(`${cy.nodes().length} nodes, ${cy.edges().length} edges${graph.truncated ? ' (limit reached)' : ''}`);
  return added.filter((e) => e.group === 'nodes').map((e) => e.data.id as string);
}

function status(text: string): void {
  $('status').textContent = text;
}

/** Shows a node's label and properties, and remembers it for the buttons. */
let selected: string | undefined;
function select(id: string): void {
  selected = id;
  const node = cy.getElementById(id);
  cy.elements().unselect();
  node.select();
  cy.animate({ center: { eles: node } });
  $('selection').hidden = false;
  $('selected').textContent = `${node.data('label')} (${id})`;
  $('details').textContent = JSON.stringify(node.data('properties'), null, 1);
}

// Click a node: select it and expand its neighbours (depth 1).
async function expand(id: string): Promise<void> {
  select(id);
  merge(await fetchGraph({ focus: [id], depth: 1 }));
}
cy.on('tap', 'node', (event) => void expand(event.target.id()).catch((e) => status(e.message)));
$('expand').onclick = () => selected && void expand(selected);

// Revocation chain: REVOKES only, up to 4 hops, drawn as a highlighted path.
$('chain').onclick = async () => {
  if (!selected) return;
  const chain = await fetchGraph({ focus: [selected], relationships: ['REVOKES'], depth: 4 });
  merge(chain);
  cy.elements().removeClass('chain');
  for (const e of chain.edges) cy.getElementById(e.id).addClass('chain').connectedNodes().addClass('chain');
};

// Search: match ids and labels of what is drawn; an exact id not drawn yet is fetched.
$('search').onsubmit = async (event) => {
  event.preventDefault();
  const text = $<HTMLInputElement>('query').value.trim().toLowerCase();
  if (!text) return;
  let hits = cy.nodes().filter((n) => n.id().toLowerCase().includes(text) || String(n.data('label')).toLowerCase().includes(text));
  if (hits.empty()) {
    merge(await fetchGraph({ focus: [text], depth: 0 }));
    hits = cy.getElementById(text);
  }
  const list = $('results');
  list.replaceChildren(...hits.slice(0, 20).map((n) => {
    const li = document.createElement('li');
    li.textContent = n.data('label');
    li.dataset.id = n.id();
    li.onclick = () => void expand(n.id());
    return li;
  }));
  if (hits.nonempty()) select(hits[0].id());
};

// Legend: one checkbox a kind, colour swatch beside it; unchecked kinds are hidden.
function applyKindFilter(): void {
  document.querySelectorAll<HTMLInputElement>('#legend input').forEach((box) => {
    cy.nodes(`[kind = "${box.value}"]`).style('display', box.checked ? 'element' : 'none');
  });
}
$('legend').replaceChildren(...Object.entries(COLOURS).map(([kind, colour]) => {
  const label = document.createElement('label');
  label.innerHTML = `<input type="checkbox" checked value="${kind}"><span class="swatch" style="background:${colour}"></span>${kind.toLowerCase().replace(/_/g, ' ')}`;
  label.querySelector('input')!.onchange = applyKindFilter;
  return label;
}));

// Start from the address: /explore/?focus=eo-14010&depth=1 (a neighbourhood) or /explore/ (the
// whole graph, up to ?limit= nodes, default 1000).
const start = new URLSearchParams(location.search);
const focus = start.getAll('focus');
fetchGraph({
  focus: focus.length > 0 ? focus : undefined,
  depth: start.has('depth') ? Number(start.get('depth')) : undefined,
  limit: Number(start.get('limit') ?? 1000),
})
  .then(merge)
  .catch((e) => status(e.message));
