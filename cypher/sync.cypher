// `npm run sync:federal-register` (src/federal-register/sync/): where to start, what is in,
// and what failed, kept on the documents so a later run retries exactly those.

// name: syncStart
// The newest signing date among documents ingested from text, of the kinds synced, and the
// oldest of those a sync could not finish: the next sync starts at the earlier of the two.
OPTIONAL MATCH (d:PresidentialDocument) WHERE d.textIngested AND d.kind IN $kinds
WITH max(d.signedOn) AS newest
OPTIONAL MATCH (f:PresidentialDocument) WHERE f.syncError IS NOT NULL AND f.kind IN $kinds
RETURN toString(newest) AS newest, toString(min(f.signedOn)) AS oldestFailed

// name: ingestedIds
UNWIND $ids AS id
MATCH (d:PresidentialDocument {id: id})
WHERE d.textIngested
RETURN d.id AS id

// name: markSynced
MATCH (d:PresidentialDocument {id: $id})
SET d.syncError = null
RETURN d.id AS id

// name: markSyncFailed
// The listing's metadata fills gaps only; the reason is kept until a sync succeeds.
MERGE (d:PresidentialDocument {id: $doc.id})
ON CREATE SET d.stub = true, d.kind = $doc.kind
SET d:$Label,
    d.number = coalesce(d.number, $doc.number),
    d.title = coalesce(d.title, $doc.title),
    d.signedOn = coalesce(d.signedOn, $doc.signedOn),
    d.documentNumber = coalesce(d.documentNumber, $doc.documentNumber),
    d.syncError = $doc.reason
RETURN d.id AS id
