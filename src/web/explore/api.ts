/** The page reads everything through the public GraphQL API, as any client would. */

export interface GraphNode {
  id: string;
  kind: string;
  label: string;
  properties: Record<string, unknown>;
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** POST /graphql; a GraphQL error becomes a thrown Error with its messages. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((e: { message: string }) => e.message).join('; '));
  return body.data as T;
}

const GRAPH = `query Graph($focus: [ID!], $depth: Int, $relationships: [RelationshipType!], $limit: Int) {
  graph(focus: $focus, depth: $depth, relationships: $relationships, limit: $limit) {
    nodes { id kind label properties } edges { id source target type properties } truncated } }`;

export async function fetchGraph(variables: {
  focus: string[];
  depth?: number;
  relationships?: string[];
  limit: number;
}): Promise<Subgraph> {
  return (await gql<{ graph: Subgraph }>(GRAPH, variables)).graph;
}

/** "eo-14010" -> "EO 14010", for ids the page shows before it has a node's own label. */
export function idLabel(id: string): string {
  const order = /^eo-(\d+(?:-\d+)?)$/.exec(id);
  if (order) return `EO ${order[1]}`;
  const proclamation = /^proc-(\d+)$/.exec(id);
  return proclamation ? `Proclamation ${proclamation[1]}` : id;
}

/** "executive_order" style kind names for people: "executive order". */
export function kindName(kind: string): string {
  return kind.toLowerCase().replace(/_/g, ' ');
}

/** The Federal Register page of a document: by its document number, else its citation ("86 FR 8267"). */
export function sourceLink(doc: { documentNumber?: string | null; frCitation?: string | null }): string | null {
  if (doc.documentNumber) return `https://www.federalregister.gov/d/${encodeURIComponent(doc.documentNumber)}`;
  const citation = /^(\d+)\s+FR\s+(\d+)$/.exec(doc.frCitation?.trim() ?? '');
  return citation ? `https://www.federalregister.gov/citation/${citation[1]}-FR-${citation[2]}` : null;
}

/** A small element with text; the page never writes fetched text as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string | null,
  className?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text != null) element.textContent = text;
  if (className) element.className = className;
  return element;
}
