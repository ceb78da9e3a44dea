// One relationship field of many parents at once (the per-request loaders, src/graph/loaders.ts):
// one query per field and level, whatever the number of parents. `:$From` and `:$TYPE` come
// from the allowlists in src/graph/labels.ts; `$rel` and `$node` are property filters
// (property name -> value) chosen by the code, their values from the client.
// `NODE_MAP(n)`: the node's properties and labels, `sources` only when the request asks for
// them (`$withSources`); expanded by src/graph/node-map.ts, which says why agencies name theirs.

// The fragments src/graph/relations.ts assembles: `parents`, then `page` (MATCH_EDGES and
// ORDER_KEYS filled by code from the fragments below) and/or a count, then the RETURN.

// name: parents
UNWIND $ids AS id
MATCH (a:$From {id: id})

// name: pattern.out
(a)-[r:$TYPE]->(b)

// name: pattern.in
(a)<-[r:$TYPE]-(b)

// name: pattern.kept
// Edges into `a` that keep their ends' ids (src/graph/labels.ts KEPT_ENDS), found by their index.
(b)-[r:$TYPE]->()

// name: degree.out
// Unfiltered counts name nothing beyond the type, so the planner reads the stored degree.
(a)-[:$TYPE]->()

// name: degree.in
(a)<-[:$TYPE]-()

// name: filter.rel
all(k IN keys($rel) WHERE r[k] = $rel[k])

// name: filter.node
all(k IN keys($node) WHERE b[k] = $node[k])

// name: page
// Per parent: ordered, skipped and limited inside the subquery, so each parent gets its own page.
CALL (a) {
  MATCH_EDGES
  WITH r, b ORDER BY ORDER_KEYS SKIP $skip LIMIT $limit
  RETURN collect({rel: properties(r), node: NODE_MAP(b), nested: NESTED(b)}) AS edges
}

// name: nested.page
// One relationship connection of a node of a page, fetched in the page's own query so a list and
// its children are one round trip: MATCH_EDGES and ORDER_KEYS as in `page`; src/graph/nested.ts
// renames `a`, `r`, `b` and the parameters for each level, and lists the connections.
COLLECT { MATCH_EDGES WITH r, b ORDER BY ORDER_KEYS SKIP $skip LIMIT $limit RETURN {rel: properties(r), node: NODE_MAP(b), nested: NESTED(b)} }

// name: nested.node
// The node a node of a page (`a`) names by id (a directive's document), in the page's query.
COLLECT { MATCH (b:$Label {id: a[$property]}) RETURN NODE_MAP(b) }[0]

// name: directivesOfDocuments
// A document's directives, in document order, through the indexed documentId.
UNWIND $ids AS id
MATCH (d:Directive {documentId: id})
WHERE all(k IN keys($node) WHERE d[k] = $node[k])
OPTIONAL MATCH (p:Provision {id: d.provisionId})
RETURN id AS key, {} AS rel, NODE_MAP(d) AS node
ORDER BY key, coalesce(p.order, 0), d.ordinal
