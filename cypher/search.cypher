// Full-text search over names, titles, texts and acronyms (index `search` in schema.cypher),
// best first, assembled by src/graph/search.ts: `search.hits`, `search.labels` when kinds are
// given, then one tail. Properties are read for the page only, never for every hit; nodes
// and their scores come back as two lists of the same order.
// `$withSources` (set by src/graph/run.ts for every query): false when the request never asks
// for `sources`; a node's `sources` lists every document naming it (thousands for a busy
// agency), so it is sent only when asked.

// name: search.hits
CALL db.index.fulltext.queryNodes('search', $text) YIELD node, score

// name: search.labels
WHERE any(label IN labels(node) WHERE label IN $labels)

// name: search.page
// No total asked: a top-k on (score, id). Not Lucene's own limit: hits tied on score across
// the page's edge must still be cut by id, which needs every hit's id.
WITH node, score ORDER BY score DESC, node.id SKIP $skip LIMIT $limit
RETURN null AS totalCount, collect(node {.*, labels: labels(node), sources: CASE WHEN $withSources THEN node.sources END}) AS nodes, collect(score) AS scores

// name: search.pageAndCount
WITH node, score ORDER BY score DESC, node.id
WITH collect(node) AS matched, collect(score) AS scores
RETURN size(matched) AS totalCount, [x IN matched[$skip..($skip + $limit)] | x {.*, labels: labels(x), sources: CASE WHEN $withSources THEN x.sources END}] AS nodes,
       scores[$skip..($skip + $limit)] AS scores

// name: search.count
RETURN count(node) AS totalCount, [] AS nodes, [] AS scores
