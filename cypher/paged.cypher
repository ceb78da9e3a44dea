// The tails of the filtered-list queries (src/graph/paged.ts `pagedQuery`): the query before
// them binds `n` and orders it. $limit is the page size plus one (the extra item says whether
// a next page exists). `nested`: for each node of the page, the relationship connections of it
// fetched in the same query (NESTED(n), filled by src/graph/nested.ts; null when none are).
// `NODE_MAP(n)`: the node's properties and labels, `sources` only when the request asks for
// them (`$withSources`); expanded by src/graph/node-map.ts, which says why agencies name theirs.
// Aggregates come in a WITH of their own: a constant beside an aggregate in one RETURN is a
// grouping key, and an empty match then gave no row at all instead of one empty row.

// name: page
SKIP $skip LIMIT $limit
WITH collect(NODE_MAP(n)) AS nodes, collect(NESTED(n)) AS nested
RETURN null AS totalCount, nodes, nested

// name: pageAndCount
WITH collect(n) AS matched
RETURN size(matched) AS totalCount, [x IN matched[$skip..($skip + $limit)] | NODE_MAP(x)] AS nodes,
       [x IN matched[$skip..($skip + $limit)] | NESTED(x)] AS nested

// name: count
WITH count(n) AS totalCount
RETURN totalCount, [] AS nodes, [] AS nested
