// The tails of the filtered-list queries (src/graph/paged.ts `pagedQuery`): the query before
// them binds `n` and orders it. $limit is the page size plus one (the extra item says whether
// a next page exists).
// `$withSources` (set by src/graph/run.ts for every query): false when the request never asks
// for `sources`; a node's `sources` lists every document naming it (thousands for a busy
// agency), so it is sent only when asked.

// name: page
SKIP $skip LIMIT $limit
RETURN null AS totalCount, collect(n {.*, labels: labels(n), sources: CASE WHEN $withSources THEN n.sources END}) AS nodes

// name: pageAndCount
WITH collect(n) AS matched
RETURN size(matched) AS totalCount, [x IN matched[$skip..($skip + $limit)] | x {.*, labels: labels(x), sources: CASE WHEN $withSources THEN x.sources END}] AS nodes

// name: count
RETURN count(n) AS totalCount, [] AS nodes
