// The filtered document list, assembled by src/graph/documents.ts like findDirectives: the
// MATCH, one condition per filter given, the status block only when status or revocation is
// filtered on, then a tail from paged.cypher (newest first).

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
// `status` follows the rules of documentStatuses in nodes.cypher (and
// src/federal-register/status.ts); `revoked` is any incoming revocation, in whole or in part.
OPTIONAL MATCH (n)<-[r:REVOKES|SUPERSEDES]-(other:PresidentialDocument)
WHERE other.id <> n.id
WITH n, [x IN collect({type: type(r), inPart: coalesce(r.inPart, false)}) WHERE x.type IS NOT NULL] AS rels
WITH n,
  any(x IN rels WHERE x.type = 'REVOKES') AS revoked,
  CASE
    WHEN any(x IN rels WHERE x.type = 'REVOKES' AND NOT x.inPart) THEN 'REVOKED'
    WHEN any(x IN rels WHERE x.type = 'SUPERSEDES' AND NOT x.inPart) THEN 'SUPERSEDED'
    WHEN size(rels) > 0 THEN 'REVOKED_IN_PART'
    ELSE 'IN_FORCE'
  END AS status

// name: findDocuments.statusIs
status = $status

// name: findDocuments.revokedIs
revoked = $revoked

// name: revocationChain
// Every REVOKES hop reachable from the document going forward (DOWNSTREAM: what it revoked,
// and what those revoked) and/or backwards (UPSTREAM: what revoked it, and what revoked that),
// each with the least depth it is reached at in its direction. One query for both directions:
// $upstream/$downstream switch a branch off before it expands. Relationship uniqueness within a
// path and the bound of 20 stop cycles; $maxDepth (<= 20) cuts it shorter.
CALL () {
  MATCH p = (:PresidentialDocument {id: $id})<-[:REVOKES*1..20]-(:PresidentialDocument)
  WHERE $upstream AND length(p) <= $maxDepth
  RETURN 'UPSTREAM' AS direction, p
  UNION ALL
  MATCH p = (:PresidentialDocument {id: $id})-[:REVOKES*1..20]->(:PresidentialDocument)
  WHERE $downstream AND length(p) <= $maxDepth
  RETURN 'DOWNSTREAM' AS direction, p
}
UNWIND range(0, length(p) - 1) AS i
WITH direction, relationships(p)[i] AS r, i + 1 AS depth
WITH direction, r, min(depth) AS depth
RETURN direction, startNode(r).id AS revoking, endNode(r).id AS revoked, r.provision AS provisionId,
       coalesce(r.inPart, false) AS inPart, depth
ORDER BY CASE direction WHEN 'UPSTREAM' THEN 0 ELSE 1 END, depth, revoking, revoked
