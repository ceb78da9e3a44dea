// The whole graph as files (src/graph/whole-graph.ts, GET /export/graph without a focus), read
// as streams: no ORDER BY and no collect() over the whole graph, so Neo4j produces rows as the
// client pulls them and neither side holds the graph. Parameters: $labels (node labels from
// NodeKind: a node is exported when it carries one), $types (relationship types from the
// allowlist, or null: every type). An edge is exported when both its ends are.

// name: nodePropertyTypes
// Each node property's stored types (valueType), read first: a file's columns (GraphML keys,
// the CSV header) come before its first row. Aggregates to one row a property.
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels)
UNWIND keys(n) AS key
RETURN key, collect(DISTINCT valueType(n[key])) AS types

// name: edgePropertyTypes
MATCH (a)-[r]->(b)
WHERE ($types IS NULL OR type(r) IN $types)
  AND any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)
UNWIND keys(r) AS key
RETURN key, collect(DISTINCT valueType(r[key])) AS types

// name: nodes
// One row a node, in the store's order.
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels)
RETURN labels(n) AS labels, properties(n) AS properties

// name: edges
// One row a source node with its outgoing edges: parallel edges (same ends and type) share a
// row, so they get their `~n` ids as in a focused export (toEdges), from one node's edges only.
MATCH (a)
WHERE any(l IN labels(a) WHERE l IN $labels)
CALL (a) {
  MATCH (a)-[r]->(b)
  WHERE ($types IS NULL OR type(r) IN $types) AND any(l IN labels(b) WHERE l IN $labels)
  RETURN collect({source: a.id, target: b.id, type: type(r), properties: properties(r)}) AS edges
}
WITH edges WHERE size(edges) > 0
RETURN edges
