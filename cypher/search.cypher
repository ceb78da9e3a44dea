// Full-text search over names, titles, texts and acronyms (index `search` in schema.cypher),
// best first, assembled by src/graph/search.ts: `search.hits`, `search.labels` when kinds are
// given, then one tail. Properties are read for the page only, never for every hit; nodes
// and their scores come back as two lists of the same order.
// `NODE_MAP(n)`: the node's properties and labels, `sources` only when the request asks for
// them (`$withSources`); expanded by src/graph/node-map.ts, which says why agencies name theirs.

// name: search.hits
CALL db.index.fulltext.queryNodes('search', $text) YIELD node, score

// name: search.labels
WHERE any(label IN labels(node) WHERE label IN $labels)

// name: search.page
// No total asked: a top-k on (score, id). Not Lucene's own limit: hits tied on score across
// the page's edge must still be cut by id, which needs every hit's id.
// Aggregates in a WITH of their own, as in paged.cypher: a constant beside them would group.
WITH node, score ORDER BY score DESC, node.id SKIP $skip LIMIT $limit
WITH collect(NODE_MAP(node)) AS nodes, collect(score) AS scores
RETURN null AS totalCount, nodes, scores

// name: search.pageAndCount
WITH node, score ORDER BY score DESC, node.id
WITH collect(node) AS matched, collect(score) AS scores
RETURN size(matched) AS totalCount, [x IN matched[$skip..($skip + $limit)] | NODE_MAP(x)] AS nodes,
       scores[$skip..($skip + $limit)] AS scores

// name: search.count
WITH count(node) AS totalCount
RETURN totalCount, [] AS nodes, [] AS scores
