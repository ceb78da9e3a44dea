// Writes of a batch of document models (one or more), all in one transaction (src/ingest/load.ts).
// Each query takes the rows of the whole batch; every row names the document that states it
// (`documentId`), which is its provenance.
// Every write is a MERGE on the id, so loading the same document twice changes nothing.
// Node provenance: `sources` lists the documents that mention the node.
// Relationship provenance: `source` (document id) and, where there is one, `provision`.
// `:$Label`, `:$From`, `:$To` and `:$TYPE` are filled from the allowlists in
// src/graph/labels.ts: a dynamic label would scan every node instead of using the id index.

// name: mergeDocuments
// A document ingested from its own text is no longer a stub, whatever created it first.
// The Federal Register catalogue is the reference for metadata: where it has spoken, the
// text fills only gaps, so text-then-catalogue and catalogue-then-text give one graph.
UNWIND $documents AS doc
MERGE (d:PresidentialDocument {id: doc.id})
WITH d, doc, CASE WHEN coalesce(d.fromCatalogue, false) THEN {} ELSE doc.props END AS authoritative
SET d += authoritative,
    d.title = coalesce(d.title, doc.props.title),
    d.president = coalesce(d.president, doc.props.president),
    d.frCitation = coalesce(d.frCitation, doc.props.frCitation),
    d.signedOn = coalesce(d.signedOn, doc.props.signedOn),
    d.stub = false, d.textIngested = true, d:$Label,
    d.sources = CASE WHEN doc.documentId IN coalesce(d.sources, []) THEN d.sources
                ELSE coalesce(d.sources, []) + doc.documentId END
RETURN count(d) AS count

// name: mergeReferencedDocuments
// Documents the text names: created as stubs; what the text says of them fills only gaps.
UNWIND $documents AS doc
MERGE (d:PresidentialDocument {id: doc.id})
ON CREATE SET d.stub = true, d.kind = doc.kind
SET d.number = coalesce(d.number, doc.number),
    d.signedOn = coalesce(d.signedOn, doc.signedOn),
    d.title = coalesce(d.title, doc.title),
    d.frCitation = coalesce(d.frCitation, doc.frCitation),
    d:$Label,
    d.sources = CASE WHEN doc.documentId IN coalesce(d.sources, []) THEN d.sources
                ELSE coalesce(d.sources, []) + doc.documentId END
RETURN count(d) AS count

// name: mergeProvisions
UNWIND $provisions AS p
MERGE (n:Provision {id: p.id})
SET n.path = p.path, n.heading = p.heading, n.text = p.text, n.order = p.order,
    n.documentId = p.documentId, n.sources = [p.documentId]
RETURN count(n) AS count

// name: mergeAgencies
UNWIND $agencies AS a
MERGE (n:Agency {id: a.id})
SET n.name = coalesce(n.name, a.name),
    n.acronym = coalesce(n.acronym, a.acronym),
    n.curated = coalesce(n.curated, false) OR a.curated,
    n.established = coalesce(n.established, a.established),
    n.abolished = coalesce(n.abolished, a.abolished),
    n.frSlug = coalesce(n.frSlug, a.frSlug),
    n.sources = CASE WHEN a.documentId IN coalesce(n.sources, []) THEN n.sources
                ELSE coalesce(n.sources, []) + a.documentId END
RETURN count(n) AS count

// name: mergeAgencyGroups
// "The heads of executive departments and agencies": a group of agencies, never an agency.
UNWIND $groups AS g
MERGE (n:AgencyGroup {id: g.id})
SET n.name = coalesce(n.name, g.name),
    n.sources = CASE WHEN g.documentId IN coalesce(n.sources, []) THEN n.sources
                ELSE coalesce(n.sources, []) + g.documentId END
RETURN count(n) AS count

// name: mergeBodies
// A council, task force or committee the document establishes; its id holds the document's.
UNWIND $bodies AS b
MERGE (n:Body {id: b.id})
SET n.name = b.name, n.documentId = b.establishedBy, n.provisionId = b.provisionId, n.sources = [b.documentId]
RETURN count(n) AS count

// name: mergeNamedBodies
// A body another document established, named by this one: created if that document is not loaded
// yet, never overwritten (its establishing document writes it and its ESTABLISHED_BY).
UNWIND $bodies AS b
MERGE (n:Body {id: b.id})
ON CREATE SET n.name = b.name, n.documentId = b.establishedBy, n.provisionId = b.provisionId, n.sources = [b.establishedBy]
RETURN count(n) AS count

// name: mergeEntities
UNWIND $entities AS e
MERGE (n:$Label {id: e.id})
SET n += e.props, n.name = coalesce(n.name, e.name),
    n.sources = CASE WHEN e.documentId IN coalesce(n.sources, []) THEN n.sources
                ELSE coalesce(n.sources, []) + e.documentId END
RETURN count(n) AS count

// name: mergeDirectives
UNWIND $directives AS d
MERGE (n:Directive {id: d.id})
SET n.text = d.text, n.action = d.action, n.ordinal = d.ordinal, n.deadlineDays = d.deadlineDays, n.deadlineMonths = d.deadlineMonths,
    n.dueOn = d.dueOn, n.deadlineEvent = d.deadlineEvent, n.dueEachYearOn = d.dueEachYearOn, n.repeatsEvery = d.repeatsEvery, n.unresolvedActors = d.unresolvedActors, n.unresolvedRoles = d.unresolvedRoles,
    n.documentId = d.documentId, n.documentKind = d.documentKind, n.provisionId = d.provisionId, n.sources = [d.documentId]
RETURN count(n) AS count

// name: mergeRelationships
// One (from label, type, to label) group of relationships; both ends must already exist.
UNWIND $rows AS row
MATCH (a:$From {id: row.from})
MATCH (b:$To {id: row.to})
MERGE (a)-[r:$TYPE]->(b)
SET r += row.props, r.source = row.documentId
// A revocation in part from either source (text or catalogue) keeps the narrower claim.
FOREACH (_ IN CASE WHEN row.inPart IS NULL THEN [] ELSE [1] END |
  SET r.inPart = coalesce(r.inPart, false) OR row.inPart)
RETURN count(r) AS count
