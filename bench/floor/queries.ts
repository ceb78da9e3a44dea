import neo4j, { Driver } from 'neo4j-driver';
import { Canonical, Params, QuestionId, canonical, kindOf } from '../questions';

/** The floor: the best Cypher we can write by hand for each question, one round trip each. */
export interface FloorQuestion {
  cypher: string;
  params(p: Params): Record<string, unknown>;
  canonical(rows: any[]): Canonical;
}

const CHAIN = `
CALL () {
  MATCH p = (:PresidentialDocument {id: $id})-[:REVOKES*1..20]->(:PresidentialDocument) WHERE length(p) <= $maxDepth
  RETURN 'DOWNSTREAM' AS direction, p
  UNION ALL
  MATCH p = (:PresidentialDocument {id: $id})<-[:REVOKES*1..20]-(:PresidentialDocument) WHERE length(p) <= $maxDepth
  RETURN 'UPSTREAM' AS direction, p
}
UNWIND range(0, length(p) - 1) AS i
WITH direction, relationships(p)[i] AS r, i + 1 AS depth
WITH direction, r, min(depth) AS depth
RETURN direction, depth, startNode(r).id AS revoking, endNode(r).id AS revoked`;

const SUBGRAPH = `
MATCH (f:PresidentialDocument {id: $id})
MATCH p = (f)-[*0..2]-(n)
WITH n, min(length(p)) AS distance ORDER BY distance, n.id LIMIT $limit + 1
WITH collect(n) AS found
WITH found[..$limit] AS kept, size(found) > $limit AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b) WHERE b IN kept
  RETURN collect(a.id + '-' + type(r) + '-' + b.id) AS edges
}
RETURN [n IN kept | {id: n.id, labels: labels(n)}] AS nodes, edges, truncated`;

export const FLOOR: Record<QuestionId, FloorQuestion> = {
  agencyDirectives: {
    // The assignment keeps its ends' ids (schema.cypher): a seek in directive order, no expansion.
    // (the planner takes a composite index only with a predicate on each of its properties).
    cypher: `MATCH (d)-[r:ASSIGNED_TO]->() WHERE r.agencyId = $agencyId AND r.directiveId IS NOT NULL
WITH d, r ORDER BY r.agencyId, r.directiveId LIMIT $first
RETURN d.id AS id, r.role AS role, d.documentId AS documentId, [(d)-[t:TARGETS]->(x) | t.action + ':' + x.id] AS targets`,
    params: (p) => ({ agencyId: p.agencyId, first: neo4j.int(p.directivesFirst) }),
    canonical: (rows) => canonical.agencyDirectives(rows),
  },
  revocationChain: {
    cypher: CHAIN,
    params: (p) => ({ id: p.documentId, maxDepth: neo4j.int(p.chainDepth) }),
    canonical: (rows) => canonical.revocationChain(rows),
  },
  directivesByActionDue: {
    cypher: `MATCH (d:Directive)
WHERE d.action = $action AND d.dueOn >= date($dueAfter) AND d.dueOn <= date($dueBefore)
WITH d ORDER BY d.dueOn, d.id LIMIT $first + 1
WITH collect(d) AS page
RETURN size(page) > $first AS hasNextPage,
  [d IN page[..$first] | {id: d.id, assignments: [(d)-[r:ASSIGNED_TO]->(a:Agency) | r.role + ':' + a.id]}] AS rows`,
    params: (p) => ({ action: p.action, dueAfter: p.dueAfter, dueBefore: p.dueBefore, first: neo4j.int(p.pageSize) }),
    canonical: ([row]) => canonical.directivesByActionDue(row.hasNextPage, row.rows),
  },
  subgraph: {
    cypher: SUBGRAPH,
    params: (p) => ({ id: p.documentId, limit: neo4j.int(p.subgraphLimit) }),
    canonical: ([row]) =>
      canonical.subgraph(
        row.nodes.map((n: any) => `${n.id}|${kindOf(n.labels)}`),
        row.edges,
        row.truncated,
      ),
  },
  search: {
    // Lucene's best 80 hits, ordered by (score, id): exact for these parameters (the bench
    // compares it with the other ways); the API checks the depth for any (cypher/search.cypher).
    cypher: `CALL db.index.fulltext.queryNodes('search', $text, {limit: 80}) YIELD node, score
WITH node, score ORDER BY score DESC, node.id LIMIT $first + 1
WITH collect({id: node.id, labels: labels(node)}) AS page
RETURN size(page) > $first AS hasNextPage, page[..$first] AS hits`,
    params: (p) => ({ text: p.searchText, first: neo4j.int(p.pageSize) }),
    canonical: ([row]) =>
      canonical.search(
        row.hasNextPage,
        row.hits.map((h: any) => ({ id: h.id, kind: kindOf(h.labels) })),
      ),
  },
  agencyResponsibilities: {
    cypher: `MATCH (:Agency {id: $agencyId})<-[r:ASSIGNED_TO]-(d:Directive)
WITH r.role AS role, d.action AS action, d.documentId AS documentId, collect(d.id) AS directiveIds
RETURN role, action, documentId, size(directiveIds) AS count, directiveIds`,
    params: (p) => ({ agencyId: p.agencyId }),
    canonical: (rows) =>
      canonical.agencyResponsibilities(
        rows.reduce((sum, g) => sum + g.count, 0),
        rows,
      ),
  },
};

/**
 * Runs one floor question as an auto-commit read (RUN and PULL in one round trip, no COMMIT):
 * the cheapest way neo4j-driver runs one query, and the one our API uses for its reads, so the
 * ratio measures our layers, not a different use of the driver. Integers come back as numbers.
 */
export async function runFloor(driver: Driver, id: QuestionId, p: Params): Promise<any[]> {
  const q = FLOOR[id];
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(q.cypher, q.params(p));
    return result.records.map((r) => plain(r.toObject()));
  } finally {
    await session.close();
  }
}

export function plain(value: unknown): any {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}
