// Full-text search over names, titles, texts and acronyms (index `search` in schema.cypher),
// best first, by (score, id): src/graph/search.ts. The page of hits
// is built by src/graph/translate/search.ts (it reads only the properties asked of each hit).


// name: search.count
// Every hit is counted: a total costs as many hits as there are (keep it unasked when not needed).
CALL db.index.fulltext.queryNodes('search', $text) YIELD node
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN count(node) AS totalCount
