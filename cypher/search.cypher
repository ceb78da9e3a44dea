// Full-text search over names, titles, texts and acronyms (index `search` in schema.cypher),
// best first, by (score, id), assembled by src/graph/search.ts.
// `NODE_MAP(n)`: the node's properties and labels, `sources` only when the request asks for
// them (`$withSources`); expanded by src/graph/node-map.ts, which says why agencies name theirs.

// name: search.probe
// A page asks Lucene for its best $probe hits only, orders those by (score, id) and keeps the
// page: the cost of the page, not of every hit. The page is exact when the probe ran out of hits
// or every hit of the page scores above the probe's lowest score (a hit beyond the probe scores
// at most that, so it cannot belong in the page, even tied and with a smaller id); else
// `deepEnough` is false and src/graph/search.ts probes deeper. `$labels` (or null): only nodes of
// one of them.
CALL db.index.fulltext.queryNodes('search', $text, {limit: $probe}) YIELD node, score
WITH collect({node: node, score: score}) AS probed
CALL (probed) {
  UNWIND probed AS hit
  WITH hit.node AS node, hit.score AS score
  WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
  WITH node, score ORDER BY score DESC, node.id SKIP $skip LIMIT $limit
  RETURN collect(NODE_MAP(node)) AS nodes, collect(score) AS scores
}
RETURN nodes, scores,
       size(probed) < $probe OR (size(scores) = $limit AND scores[-1] > probed[-1].score) AS deepEnough

// name: search.count
// Every hit is counted: a total costs as many hits as there are (keep it unasked when not needed).
CALL db.index.fulltext.queryNodes('search', $text) YIELD node
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN count(node) AS totalCount
