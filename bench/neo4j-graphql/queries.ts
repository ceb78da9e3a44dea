import { GraphqlQuestion } from '../queries/ours';
import { QuestionId, canonical, kindOf } from '../questions';

const TARGET_IDS =
  '... on Rule { id } ... on Program { id } ... on Agreement { id } ... on PresidentialDocument { id }';

/** The six questions asked of @neo4j/graphql 7 (typeDefs.ts), read into the same canonical forms. */
export const NEO4J_GRAPHQL: Record<QuestionId, GraphqlQuestion> = {
  agencyDirectives: {
    rootFields: ['agencies'],
    query: `query Q1($id: ID!, $first: Int!) { agencies(where: { id: { eq: $id } }) {
      directivesConnection(first: $first, sort: [{ node: { id: ASC } }]) { edges { properties { role } node {
        id document { id } targetsConnection { edges { properties { action } node { ${TARGET_IDS} } } } } } } } }`,
    variables: (p) => ({ id: p.agencyId, first: p.directivesFirst }),
    canonical: (data) =>
      canonical.agencyDirectives(
        data.agencies[0].directivesConnection.edges.map((e: any) => ({
          id: e.node.id,
          role: e.properties.role,
          documentId: e.node.document.id,
          targets: e.node.targetsConnection.edges.map((t: any) => `${t.properties.action}:${t.node.id}`),
        })),
      ),
  },
  revocationChain: {
    rootFields: ['revocationChain'],
    query: `query Q2($id: String!, $depth: Int!) { revocationChain(documentId: $id, maxDepth: $depth) { direction depth revokingId revokedId } }`,
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
    rootFields: ['directivesConnection'],
    query: `query Q3($action: String!, $after: Date!, $before: Date!, $first: Int!) {
      directivesConnection(first: $first, sort: [{ dueOn: ASC }, { id: ASC }], where: { action: { eq: $action }, dueOn: { gte: $after, lte: $before } }) {
        pageInfo { hasNextPage } edges { node { id agenciesConnection { edges { properties { role } node { id } } } } } } }`,
    variables: (p) => ({ action: p.action, after: p.dueAfter, before: p.dueBefore, first: p.pageSize }),
    canonical: (data) =>
      canonical.directivesByActionDue(
        data.directivesConnection.pageInfo.hasNextPage,
        data.directivesConnection.edges.map((e: any) => ({
          id: e.node.id,
          assignments: e.node.agenciesConnection.edges.map((a: any) => `${a.properties.role}:${a.node.id}`),
        })),
      ),
  },
  subgraph: {
    rootFields: ['subgraph'],
    query: `query Q4($focus: String!, $limit: Int!) { subgraph(focus: $focus, limit: $limit) {
      nodes { id labels } edges truncated } }`,
    variables: (p) => ({ focus: p.documentId, limit: p.subgraphLimit }),
    canonical: (data) =>
      canonical.subgraph(
        data.subgraph.nodes.map((n: any) => `${n.id}|${kindOf(n.labels)}`),
        data.subgraph.edges,
        data.subgraph.truncated,
      ),
  },
  search: {
    rootFields: ['searchAll'],
    query: `query Q5($text: String!, $first: Int!) { searchAll(text: $text, first: $first) { hasNextPage hits { id labels score } } }`,
    variables: (p) => ({ text: p.searchText, first: p.pageSize }),
    canonical: (data) =>
      canonical.search(
        data.searchAll.hasNextPage,
        data.searchAll.hits.map((h: any) => ({ id: h.id, kind: kindOf(h.labels) })),
      ),
  },
  agencyResponsibilities: {
    rootFields: ['responsibilities'],
    query: `query Q6($id: String!) { responsibilities(agencyId: $id) { role action documentId count directiveIds } }`,
    variables: (p) => ({ id: p.agencyId }),
    canonical: (data) =>
      canonical.agencyResponsibilities(
        data.responsibilities.reduce((sum: number, g: any) => sum + g.count, 0),
        data.responsibilities,
      ),
  },
};
