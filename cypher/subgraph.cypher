// Subgraphs for visualizations (src/graph/subgraph.ts). Two markers are filled before a query
// runs, never from user text: {{TYPES}} becomes `:A|B` from the relationship allowlist (or
// nothing: every type), {{DEPTH}} a whole number from 0 to 4 that the request check bounded
// (Cypher takes no parameter as a path length bound). Parameters: $focus (ids), $labels (node
// labels from NodeKind, or null: any), $limit (an integer: the nodes kept), $nodeProperties and
// $edgeProperties (false when the request asks for no `properties`: a node then brings only
// what its kind and label are made of, an edge nothing, which saves reading and sending every
// property of every node; CASE evaluates only the branch taken), and $nodeLabels (false when
// it asks no `label` either: a node then brings its id and kind only).
// Both return one row: the nodes (nearest first), the relationships among them, `truncated`.

// name: neighbourhood
// The focus nodes, by id through each label's unique index, then everything within {{DEPTH}}
// hops in either direction over the chosen types, through nodes of the chosen kinds only.
CALL {
  MATCH (f:PresidentialDocument) WHERE f.id IN $focus RETURN f
  UNION MATCH (f:Provision) WHERE f.id IN $focus RETURN f
  UNION MATCH (f:Directive) WHERE f.id IN $focus RETURN f
  UNION MATCH (f:Agency) WHERE f.id IN $focus RETURN f
  UNION MATCH (f:Rule) WHERE f.id IN $focus RETURN f
  UNION MATCH (f:Agreement) WHERE f.id IN $focus RETURN f
  UNION MATCH (f:Program) WHERE f.id IN $focus RETURN f
  UNION MATCH (f:Strategy) WHERE f.id IN $focus RETURN f
  UNION MATCH (f:Report) WHERE f.id IN $focus RETURN f
  UNION MATCH (f:Country) WHERE f.id IN $focus RETURN f
  UNION MATCH (f:Region) WHERE f.id IN $focus RETURN f
  UNION MATCH (f:LegalAuthority) WHERE f.id IN $focus RETURN f
}
MATCH p = (f)-[{{TYPES}}*0..{{DEPTH}}]-(n)
WHERE all(x IN nodes(p)[1..] WHERE $labels IS NULL OR any(l IN labels(x) WHERE l IN $labels))
WITH n, min(length(p)) AS distance
ORDER BY distance, n.id
LIMIT $limit + 1
WITH collect(n) AS found
WITH found[..$limit] AS kept, size(found) > $limit AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r{{TYPES}}]->(b) WHERE b IN kept
  RETURN collect({source: a.id, target: b.id, type: type(r), properties: CASE WHEN $edgeProperties THEN properties(r) ELSE {} END}) AS edges
}
RETURN [n IN kept | {labels: labels(n), properties: CASE WHEN $nodeProperties THEN properties(n)
                     WHEN $nodeLabels THEN n {.id, .kind, .number, .signedOn, .path, .acronym, .name, .title}
                     ELSE n {.id, .kind} END}] AS nodes,
       edges, truncated

// name: wholeGraph
// No focus: the nodes of the chosen kinds, best connected first (degree over the chosen
// types), up to the limit. {{DEPTH}} is not used.
MATCH (n)
WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
WITH n, COUNT { (n)-[{{TYPES}}]-() } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit + 1
WITH collect(n) AS found
WITH found[..$limit] AS kept, size(found) > $limit AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r{{TYPES}}]->(b) WHERE b IN kept
  RETURN collect({source: a.id, target: b.id, type: type(r), properties: CASE WHEN $edgeProperties THEN properties(r) ELSE {} END}) AS edges
}
RETURN [n IN kept | {labels: labels(n), properties: CASE WHEN $nodeProperties THEN properties(n)
                     WHEN $nodeLabels THEN n {.id, .kind, .number, .signedOn, .path, .acronym, .name, .title}
                     ELSE n {.id, .kind} END}] AS nodes,
       edges, truncated
