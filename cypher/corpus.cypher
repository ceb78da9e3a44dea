// The corpus load (src/corpus/load.ts). What is loaded is recorded on the documents themselves
// (`corpusLoaded`), in the same transaction as the rest of their batch: after a crash the graph
// says exactly which orders are in, and a restart goes on from there.

// name: loadedCorpusIds
MATCH (d:PresidentialDocument)
WHERE d.corpusLoaded
RETURN d.id AS id

// name: mergeMetadataDocuments
// Orders whose text the parser refused: the node from the line's metadata, with the reason.
// What another source already set (the catalogue, a text) is kept; the metadata fills gaps.
UNWIND $documents AS doc
MERGE (d:PresidentialDocument {id: doc.id})
SET d:ExecutiveOrder,
    d.kind = 'EXECUTIVE_ORDER',
    d.number = coalesce(d.number, doc.number),
    d.title = coalesce(d.title, doc.title),
    d.signedOn = coalesce(d.signedOn, doc.signedOn),
    d.president = coalesce(d.president, doc.president),
    d.frCitation = coalesce(d.frCitation, doc.frCitation),
    d.stub = false,
    d.textIngested = coalesce(d.textIngested, false),
    d.sources = CASE WHEN doc.id IN coalesce(d.sources, []) THEN d.sources
                ELSE coalesce(d.sources, []) + doc.id END
RETURN count(d) AS count

// name: markCorpusLoaded
// The batch's orders are in. `parseError` is null for an order whose text was parsed, which
// removes any left by an earlier, weaker parser.
UNWIND $rows AS row
MATCH (d:PresidentialDocument {id: row.id})
SET d.corpusLoaded = true,
    d.parseError = row.parseError,
    d.documentNumber = coalesce(d.documentNumber, row.documentNumber)
RETURN count(d) AS count

// name: markAmbiguous
// A bare number several corpus orders share, named by a text that does not say which: the
// node stands for the number, lists the orders it may be, and says so (src/corpus/ids.ts).
UNWIND $refs AS ref
MERGE (d:PresidentialDocument {id: ref.id})
ON CREATE SET d:ExecutiveOrder, d.kind = 'EXECUTIVE_ORDER', d.number = ref.number, d.stub = true
SET d.ambiguous = true,
    d.candidates = ref.candidates
RETURN count(d) AS count
