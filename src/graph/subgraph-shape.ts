import { kindOfNode, NodeKind } from './kinds';

/**
 * Pure shaping of subgraph rows into what clients draw: a kind and a human label per node, and
 * edge ids built from the ends and type, so the same edge has the same id in every answer and
 * a client can merge expansions by id. No Neo4j internal ids leave the API.
 */

export type Properties = Record<string, unknown>;

export interface SubgraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  properties: Properties;
}

export interface SubgraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Properties;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
  /** True when the node limit cut the answer. */
  truncated: boolean;
}

/** A node as the query returns it. */
export interface NodeRow {
  labels: string[];
  properties: Properties;
}

/** A relationship as the query returns it; without `properties` when they were not asked. */
export interface EdgeRow {
  source: string;
  target: string;
  type: string;
  properties?: Properties;
}

/** The node's kind from its labels (its `kind` property, when read, for a store not yet migrated). */
export function kindOf(row: NodeRow): NodeKind {
  const kind = kindOfNode(row.labels, row.properties.kind);
  if (kind) return kind;
  throw new Error(`Node ${String(row.properties.id)} has no known kind (labels ${row.labels.join(', ')})`);
}

const DOCUMENT_PREFIX: Partial<Record<NodeKind, string>> = {
  EXECUTIVE_ORDER: 'EO',
  PROCLAMATION: 'Proclamation',
  PRESIDENTIAL_DETERMINATION: 'PD',
  NATIONAL_SECURITY_MEMORANDUM: 'NSM',
};

/**
 * The properties `labelOf` reads: a request that asks labels but no properties gets only these
 * (src/graph/translate/subgraph.ts), so a property used there must be listed here. One that asks
 * no label either gets only `id` (and the labels, which say the kind).
 */
export const LABEL_PROPERTIES = ['id', 'number', 'signedOn', 'path', 'acronym', 'name', 'title'] as const;

/** A short human label: "EO 14010", "Sec. 4(a)", an agency's acronym or name, else the id. */
export function labelOf(kind: NodeKind, p: Properties): string {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  const prefix = DOCUMENT_PREFIX[kind];
  if (prefix && text(p.number)) return `${prefix} ${p.number}`;
  if (kind === 'MEMORANDUM' && text(p.signedOn)) return `Memorandum of ${p.signedOn}`;
  if (kind === 'PROVISION' && text(p.path)) return `Sec. ${p.path}`;
  if (kind === 'DIRECTIVE') return `Directive ${String(p.id).split(':').pop()}`;
  if (kind === 'AGENCY') return text(p.acronym)?.toUpperCase() ?? text(p.name) ?? String(p.id);
  return text(p.name) ?? text(p.title) ?? String(p.id);
}

export function toNode(row: NodeRow): SubgraphNode {
  const kind = kindOf(row);
  return { id: String(row.properties.id), kind, label: labelOf(kind, row.properties), properties: row.properties };
}

/**
 * Edges with stable ids `source-TYPE-target`. Parallel edges (same ends and type) are told apart
 * by `~2`, `~3`... in the order of their properties as canonical JSON, so the same set of
 * relationships gets the same ids in every answer. Sorted by id.
 */
export function toEdges(rows: EdgeRow[]): SubgraphEdge[] {
  const groups = new Map<string, EdgeRow[]>();
  for (const row of rows) {
    const base = `${row.source}-${row.type}-${row.target}`;
    const group = groups.get(base);
    if (group) group.push(row);
    else groups.set(base, [row]);
  }
  const edges: SubgraphEdge[] = [];
  for (const [base, group] of groups) {
    // Nearly every group is one edge, which needs no order: its properties are not serialized.
    if (group.length === 1) {
      edges.push(edge(base, group[0]));
      continue;
    }
    const ordered = group
      .map((row) => ({ row, key: canonicalJson(row.properties ?? {}) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    ordered.forEach(({ row }, i) => edges.push(edge(i === 0 ? base : `${base}~${i + 1}`, row)));
  }
  return edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function edge(id: string, { source, target, type, properties = {} }: EdgeRow): SubgraphEdge {
  return { id, source, target, type, properties };
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
