/**
 * The six canonical questions: their parameters (picked from the loaded graph) and the one
 * canonical form every way of answering them is normalised to before comparison.
 */
export type QuestionId =
  'agencyDirectives' | 'revocationChain' | 'directivesByActionDue' | 'subgraph' | 'search' | 'agencyResponsibilities';

export const QUESTIONS: { id: QuestionId; title: string }[] = [
  { id: 'agencyDirectives', title: "1. an agency's directives, targets, documents (50)" },
  { id: 'revocationChain', title: '2. revocation chain, both ways, depth 20' },
  { id: 'directivesByActionDue', title: '3. directives by action and due range, a page by due date' },
  { id: 'subgraph', title: '4. subgraph, depth 2 around a document' },
  { id: 'search', title: '5. full-text search with kinds, a page' },
  { id: 'agencyResponsibilities', title: '6. agencyResponsibilities (busiest agency)' },
];

export interface Params {
  agencyId: string;
  documentId: string;
  action: string;
  dueAfter: string;
  dueBefore: string;
  pageSize: number;
  searchText: string;
  directivesFirst: number;
  chainDepth: number;
  subgraphDepth: number;
  subgraphLimit: number;
}

/** Canonical answers: plain JSON, lists in a defined order, so `JSON.stringify` compares them. */
export type Canonical = unknown;

export const canonical = {
  /** rows: directive id, role, document id, "ACTION:target" list. Kept in the API's order (by id). */
  agencyDirectives: (rows: { id: string; role: string; documentId: string; targets: string[] }[]) =>
    rows.map((r) => `${r.id}|${r.role}|${r.documentId}|${[...r.targets].sort().join(',')}`),
  revocationChain: (hops: { direction: string; depth: number; revoking: string; revoked: string }[]) =>
    hops.map((h) => `${h.direction}|${h.depth}|${h.revoking}>${h.revoked}`).sort(),
  /** A page and whether another follows; no total: an exact count costs every directive due (see README). */
  directivesByActionDue: (hasNextPage: boolean, rows: { id: string; assignments: string[] }[]) => ({
    hasNextPage,
    rows: rows.map((r) => `${r.id}|${[...r.assignments].sort().join(',')}`),
  }),
  subgraph: (nodes: string[], edges: string[], truncated: boolean) => ({
    truncated,
    nodes: [...nodes].sort(),
    edges: [...edges].sort(),
  }),
  /** A page and whether another follows; no total: an exact count costs every hit (see README). */
  search: (hasNextPage: boolean, hits: { id: string; kind: string }[]) => ({
    hasNextPage,
    hits: hits.map((h) => `${h.id}|${h.kind}`),
  }),
  agencyResponsibilities: (
    total: number,
    groups: { role: string; action: string; documentId: string; count: number; directiveIds: string[] }[],
  ) => ({
    total,
    groups: groups
      .map((g) => `${g.role}|${g.action}|${g.documentId}|${g.count}|${[...g.directiveIds].sort().join(',')}`)
      .sort(),
  }),
};

const DOCUMENT_KINDS: Record<string, string> = {
  ExecutiveOrder: 'EXECUTIVE_ORDER',
  Proclamation: 'PROCLAMATION',
  Memorandum: 'MEMORANDUM',
  PresidentialDetermination: 'PRESIDENTIAL_DETERMINATION',
  NationalSecurityMemorandum: 'NATIONAL_SECURITY_MEMORANDUM',
};

/** A node's NodeKind from its labels: the specific document label, else the one label in SCREAMING_CASE. */
export function kindOf(labels: string[]): string {
  const specific = labels.find((l) => DOCUMENT_KINDS[l]);
  if (specific) return DOCUMENT_KINDS[specific];
  const label = labels.find((l) => l !== 'PresidentialDocument') ?? labels[0];
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}
