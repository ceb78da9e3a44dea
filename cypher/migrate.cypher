// Brings a store written by an older version up to schema.cypher (src/graph/schema.ts, on every
// start after the schema statements). Each step finds nothing to do on a current store.

// name: assignmentEnds
// ASSIGNED_TO written before its ends' ids were kept on it (issue 20): one batch of them; the
// caller repeats it until it sets none. A batch bounds the transaction on a large store.
MATCH (d:Directive)-[r:ASSIGNED_TO]->(a)
WHERE r.agencyId IS NULL OR r.directiveId IS NULL
WITH d, r, a LIMIT $batch
SET r.agencyId = a.id, r.directiveId = d.id
RETURN count(r) AS count

// name: fulltextIndex
// What an existing full-text index covers; no row when there is none.
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties
WHERE name = $name
RETURN labelsOrTypes AS labels, properties
