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

// name: targetEnds
// TARGETS written before its ends' ids were kept on it: one batch, repeated as assignmentEnds.
MATCH (d:Directive)-[r:TARGETS]->(t)
WHERE r.directiveId IS NULL OR r.targetId IS NULL
WITH d, r, t LIMIT $batch
SET r.directiveId = d.id, r.targetId = t.id
RETURN count(r) AS count

// name: directiveDocumentKind
// A directive written before it kept its document's kind: one batch, repeated as assignmentEnds.
MATCH (d:Directive) WHERE d.documentKind IS NULL
WITH d LIMIT $batch
MATCH (doc:PresidentialDocument {id: d.documentId})
SET d.documentKind = doc.kind
RETURN count(d) AS count

// name: fulltextIndex
// What an existing full-text index covers; no row when there is none.
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties
WHERE name = $name
RETURN labelsOrTypes AS labels, properties

// name: documentLabel
// A document known under PresidentialDocument alone, its kind kept only in `kind` (stores written
// before every writer set the kind's label): it takes the label of its kind, `:$Label`, from
// which the API reads every node's kind (src/graph/translate/node-map.ts). Through the index on
// `kind`: one seek per kind, nothing on a current store.
MATCH (d:PresidentialDocument)
WHERE d.kind = $kind AND NOT d:$Label
SET d:$Label
RETURN count(d) AS count
