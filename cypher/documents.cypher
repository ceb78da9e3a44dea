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
