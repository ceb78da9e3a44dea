// The filtered document list, assembled by src/graph/documents.ts like findDirectives: the
// MATCH, one condition per filter given, the status block only when status or revocation is
// filtered on, then the tail of src/graph/translate/lists.ts (newest first).

// name: findDocuments.match
MATCH (n:PresidentialDocument)

// name: findDocuments.kind
n.kind = $kind

// name: findDocuments.number
n.number = $number

// name: findDocuments.signedAfter
n.signedOn >= date($signedAfter)

// name: findDocuments.signedBefore
n.signedOn <= date($signedBefore)

// name: findDocuments.president
toLower(n.president) CONTAINS toLower($president)

// name: findDocuments.status
// `status` by the rules of src/graph/statuses.ts, as in documentStatuses (nodes.cypher); `revoked`
// is any incoming revocation, in whole or in part.
OPTIONAL MATCH (n)<-[r:REVOKES|SUPERSEDES]-(other:PresidentialDocument)
WHERE other.id <> n.id
WITH n, collect(type(r)) AS types,
  collect($statusEffects[type(r)][CASE WHEN r.inPart THEN 'inPart' ELSE 'whole' END]) AS effects
WITH n, 'REVOKES' IN types AS revoked, coalesce(head([s IN $statusRank WHERE s IN effects]), $standing) AS status

// name: findDocuments.statusIs
status = $status

// name: findDocuments.revokedIs
revoked = $revoked

// name: revocationChain
// Every hop of the chosen types ($types: REVOKES, SUPERSEDES or both, from a fixed list) reachable
// from the document going forward (DOWNSTREAM: what it revoked or superseded, and onwards)
// and/or backwards (UPSTREAM: what revoked or superseded it, and onwards), each with the least
// depth it is reached at in its direction. One query for both directions: $upstream/$downstream
// switch a branch off before it expands; the type test is on every relationship of the path, so
// the expansion itself is pruned. Relationship uniqueness within a path and the bound of 20 stop
// cycles; $maxDepth (<= 20) cuts it shorter.
CALL () {
  MATCH p = (:PresidentialDocument {id: $id})<-[:REVOKES|SUPERSEDES*1..20]-(:PresidentialDocument)
  WHERE $upstream AND length(p) <= $maxDepth AND all(r IN relationships(p) WHERE type(r) IN $types)
  RETURN 'UPSTREAM' AS direction, p
  UNION ALL
  MATCH p = (:PresidentialDocument {id: $id})-[:REVOKES|SUPERSEDES*1..20]->(:PresidentialDocument)
  WHERE $downstream AND length(p) <= $maxDepth AND all(r IN relationships(p) WHERE type(r) IN $types)
  RETURN 'DOWNSTREAM' AS direction, p
}
UNWIND range(0, length(p) - 1) AS i
WITH direction, relationships(p)[i] AS r, i + 1 AS depth
WITH direction, r, min(depth) AS depth
RETURN direction, type(r) AS relationship, startNode(r).id AS revoking, endNode(r).id AS revoked, r.provision AS provisionId,
       coalesce(r.inPart, false) AS inPart, depth
ORDER BY CASE direction WHEN 'UPSTREAM' THEN 0 ELSE 1 END, depth, revoking, revoked, relationship
