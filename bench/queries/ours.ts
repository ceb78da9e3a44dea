import { Canonical, Params, QuestionId, canonical } from '../questions';

/** One question asked over GraphQL: the operation, its variables, and how to read the answer. */
export interface GraphqlQuestion {
  /** Root fields the operation needs; a question whose field is absent is reported `missing`. */
  rootFields: string[];
  query: string;
  variables(p: Params): Record<string, unknown>;
  canonical(data: any): Canonical;
}

type Edge<T> = { edges: T[] };
const ids = <T>(c: Edge<T>) => c.edges;

/** This API's operations for the six questions (schema.graphql, src/schema/**). */
export const OURS: Record<QuestionId, GraphqlQuestion> = {
  agencyDirectives: {
    rootFields: ['agency'],
    query: `query Q1($id: ID!, $first: Int!) { agency(id: $id) { directives(first: $first) { edges { role node {
      id documentId document { id }
      targets(first: 100) { edges { action node { ... on Node { id } } } } } } } } }`,
    variables: (p) => ({ id: p.agencyId, first: p.directivesFirst }),
    canonical: (data) =>
      canonical.agencyDirectives(
        ids<any>(data.agency.directives).map((e) => ({
          id: e.node.id,
          role: e.role,
          documentId: e.node.document.id,
          targets: ids<any>(e.node.targets).map((t) => `${t.action}:${t.node.id}`),
        })),
      ),
  },
  revocationChain: {
    rootFields: ['revocationChain'],
    query: `query Q2($id: String!, $depth: Int!) { revocationChain(documentId: $id, direction: BOTH, maxDepth: $depth) {
      direction depth revokingId revokedId } }`,
    variables: (p) => ({ id: p.documentId, depth: p.chainDepth }),
    canonical: (data) =>
      canonical.revocationChain(
        data.revocationChain.map((h: any) => ({
          direction: h.direction,
          depth: h.depth,
          revoking: h.revokingId,
          revoked: h.revokedId,
        })),
      ),
  },
  directivesByActionDue: {
    rootFields: ['directives'],
    query: `query Q3($filter: DirectiveFilter!, $first: Int!) { directives(first: $first, filter: $filter, orderBy: DUE_ON) {
      pageInfo { hasNextPage } edges { node { id assignments(first: 100) { edges { role node { id } } } } } } }`,
    variables: (p) => ({
      first: p.pageSize,
      filter: { action: p.action, dueAfter: p.dueAfter, dueBefore: p.dueBefore },
    }),
    canonical: (data) =>
      canonical.directivesByActionDue(
        data.directives.pageInfo.hasNextPage,
        ids<any>(data.directives).map((e) => ({
          id: e.node.id,
          assignments: ids<any>(e.node.assignments).map((a) => `${a.role}:${a.node.id}`),
        })),
      ),
  },
  subgraph: {
    rootFields: ['graph'],
    query: `query Q4($focus: [ID!]!, $depth: Int!, $limit: Int!) { graph(focus: $focus, depth: $depth, limit: $limit) {
      nodes { id kind } edges { source target type } truncated } }`,
    variables: (p) => ({ focus: [p.documentId], depth: p.subgraphDepth, limit: p.subgraphLimit }),
    canonical: (data) =>
      canonical.subgraph(
        data.graph.nodes.map((n: any) => `${n.id}|${n.kind}`),
        data.graph.edges.map((e: any) => `${e.source}-${e.type}-${e.target}`),
        data.graph.truncated,
      ),
  },
  search: {
    rootFields: ['search'],
    query: `query Q5($text: String!, $first: Int!) { search(text: $text, first: $first) { pageInfo { hasNextPage } edges { kind score node { id } } } }`,
    variables: (p) => ({ text: p.searchText, first: p.pageSize }),
    canonical: (data) =>
      canonical.search(
        data.search.pageInfo.hasNextPage,
        ids<any>(data.search).map((e) => ({ id: e.node.id, kind: e.kind })),
      ),
  },
  agencyResponsibilities: {
    rootFields: ['agencyResponsibilities'],
    // What the floor and @neo4j/graphql answer, no more: each group's due date was asked of ours
    // alone (and never compared), a min() over every assignment that the others did not do.
    query: `query Q6($id: ID!) { agencyResponsibilities(agencyId: $id) { agencyId total groups {
      role action documentId count directiveIds } } }`,
    variables: (p) => ({ id: p.agencyId }),
    canonical: (data) =>
      canonical.agencyResponsibilities(
        data.agencyResponsibilities.total,
        data.agencyResponsibilities.groups.map((g: any) => ({
          role: g.role,
          action: g.action,
          documentId: g.documentId,
          count: g.count,
          directiveIds: g.directiveIds,
        })),
      ),
  },
};
