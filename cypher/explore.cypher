// Entry points of the /explore page's first view (src/graph/explore.ts). Each reads an index or
// the degree store, so the first view costs the same whatever the size of the graph.

// name: newestOrder
// The executive order signed last (ties: the higher id), through the signedOn index.
MATCH (d:ExecutiveOrder)
WHERE d.signedOn IS NOT NULL
RETURN d.id AS id
ORDER BY d.signedOn DESC, d.id DESC
LIMIT 1

// name: busiestAgency
// The agency assigned the most directives (any role); COUNT of one relationship type is read
// from each node's degree, not by walking its directives.
MATCH (a:Agency)
WITH a, COUNT { (a)<-[:ASSIGNED_TO]-(:Directive) } AS directives
ORDER BY directives DESC, a.id
LIMIT 1
RETURN a.id AS id, directives

// name: revocationEdges
// Every document-to-document REVOKES, as id pairs: a few thousand on the corpus, small enough
// to find the longest chain in memory rather than by variable-length paths in Cypher.
MATCH (a:PresidentialDocument)-[:REVOKES]->(b:PresidentialDocument)
WHERE a <> b
RETURN a.id AS revoking, b.id AS revoked
