// The tails of the filtered-list queries (src/graph/paged.ts `pagedQuery`): the query before
// them binds `n` and orders it. $limit is the page size plus one (the extra item says whether
// a next page exists).

// name: page
SKIP $skip LIMIT $limit
RETURN null AS totalCount, collect(n {.*, labels: labels(n)}) AS nodes

// name: pageAndCount
WITH collect(n) AS matched
RETURN size(matched) AS totalCount, [x IN matched[$skip..($skip + $limit)] | x {.*, labels: labels(x)}] AS nodes

// name: count
RETURN count(n) AS totalCount, [] AS nodes
