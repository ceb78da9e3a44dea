// The Federal Register catalogue import (src/federal-register/import.ts) and the questions
// asked of its provenance (src/graph/provenance.ts).
// Every write MERGEs on DESIGN.md ids, so a page imported twice changes nothing, and a
// catalogue order meets the node its text ingest made. Lists are unions, never replaced,
// because one relation can be stated by two orders imported from different pages.
// `:$Label` and `:$TYPE` are filled from the allowlists in src/graph/labels.ts.

// name: mergeCatalogueOrders
// The catalogue is the reference for an order's metadata: it sets what it knows and keeps
// what it does not (a null never erases what the text gave). `textIngested` is left alone.
// `updated` counts the nodes that existed and changed, so importing a page again reports 0.
UNWIND $orders AS o
OPTIONAL MATCH (old:PresidentialDocument {id: o.id})
WITH o, old IS NOT NULL AS existed, properties(old) AS before, labels(old) AS labelsBefore
MERGE (d:PresidentialDocument {id: o.id})
SET d:ExecutiveOrder,
    d.kind = 'EXECUTIVE_ORDER',
    d.number = o.number,
    d.title = o.title,
    d.documentNumber = o.documentNumber,
    d.president = coalesce(o.president, d.president),
    d.signedOn = coalesce(o.signedOn, d.signedOn),
    d.publishedOn = coalesce(o.publishedOn, d.publishedOn),
    d.frCitation = coalesce(o.frCitation, d.frCitation),
    d.stub = false,
    d.fromCatalogue = true
RETURN count(d) AS count,
       count(CASE WHEN existed AND (properties(d) <> before OR labels(d) <> labelsBefore) THEN 1 END) AS updated

// name: mergeMentionedDocuments
// Documents a note names that the page does not hold: stubs, with what the note says of
// them filling only gaps (the document's own record or text, when it comes, wins).
UNWIND $documents AS doc
MERGE (d:PresidentialDocument {id: doc.id})
ON CREATE SET d.stub = true, d.kind = doc.kind
SET d.number = coalesce(d.number, doc.number),
    d.signedOn = coalesce(d.signedOn, doc.signedOn),
    d.frCitation = coalesce(d.frCitation, doc.frCitation),
    d:$Label
RETURN count(d) AS count

// name: mergeCatalogueRelations
// One relationship per (type, from, to), whichever end's note states it and whether or not
// the text ingest made it first (that one keeps its `fromText` and `provision`).
// `inPart` is the narrower claim of all statements, as in mergeRelations.
UNWIND $rows AS row
MATCH (a:PresidentialDocument {id: row.from})
MATCH (b:PresidentialDocument {id: row.to})
MERGE (a)-[r:$TYPE]->(b)
SET r.fromCatalogue = true,
    r.inPart = coalesce(r.inPart, false) OR row.inPart,
    r.notes = coalesce(r.notes, []) + [n IN row.notes WHERE NOT n IN coalesce(r.notes, [])],
    r.statedBy = coalesce(r.statedBy, []) + [s IN row.statedBy WHERE NOT s IN coalesce(r.statedBy, [])]
RETURN count(r) AS count

// name: revocationDisagreements
// Revocations stated by only one source, for revoking documents that have both their text
// ingested and a catalogue record: what the text revokes that the notes do not list, and
// the reverse. $documentId null means every such document.
MATCH (a:PresidentialDocument)-[r:REVOKES]->(b:PresidentialDocument)
WHERE a.textIngested AND a.fromCatalogue
  AND ($documentId IS NULL OR a.id = $documentId)
  AND coalesce(r.fromText, false) <> coalesce(r.fromCatalogue, false)
RETURN a.id AS from, b.id AS to,
       CASE WHEN r.fromText THEN 'TEXT' ELSE 'CATALOGUE' END AS statedBy,
       r.provision AS provision, coalesce(r.notes, []) AS notes, coalesce(r.inPart, false) AS inPart
ORDER BY from, to

// name: documentStatuses
// The rules of src/graph/statuses.ts ($statusEffects, $statusRank, $standing), as in
// documentStatuses of nodes.cypher; `by` lists the documents behind the winning status, sorted.
// Ids with no node give no row.
UNWIND range(0, size($ids) - 1) AS i
MATCH (d:PresidentialDocument {id: $ids[i]})
OPTIONAL MATCH (s:PresidentialDocument)-[r:REVOKES|SUPERSEDES]->(d)
WHERE s <> d
WITH i, d, collect(CASE WHEN r IS NOT NULL
       THEN {status: $statusEffects[type(r)][CASE WHEN r.inPart THEN 'inPart' ELSE 'whole' END], by: s.id} END) AS effects
WITH i, d, effects, head([st IN $statusRank WHERE any(e IN effects WHERE e.status = st)]) AS status
RETURN d.id AS id, coalesce(status, $standing) AS status,
       COLLECT { UNWIND effects AS e WITH e WHERE e.status = status RETURN DISTINCT e.by AS by ORDER BY by } AS by
ORDER BY i
