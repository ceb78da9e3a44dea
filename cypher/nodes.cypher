// Questions about nodes by id that have one shape (the lookups of nodes by id, whose shape
// follows the request, are built by src/graph/translate/nodes.ts).

// name: documentStatuses
// A document's status from the relations other documents state about it, by the rules of
// src/graph/statuses.ts, given as $statusEffects (what each relation makes of it, in whole or in
// part), $statusRank (which status wins) and $standing (none applies).
UNWIND $ids AS id
MATCH (d:PresidentialDocument {id: id})
OPTIONAL MATCH (d)<-[r:REVOKES|SUPERSEDES]-(other:PresidentialDocument)
WHERE other.id <> d.id
WITH d, collect($statusEffects[type(r)][CASE WHEN r.inPart THEN 'inPart' ELSE 'whole' END]) AS effects
RETURN d.id AS id, coalesce(head([s IN $statusRank WHERE s IN effects]), $standing) AS status
