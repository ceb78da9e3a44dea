// Lookups of nodes by id, for node(id)/nodes(ids) and for the per-request loaders.
// Every label is tried through its own id constraint: an unlabelled MATCH would scan all nodes.
// `NODE_MAP(n)`: the node's properties and labels, `sources` only when the request asks for
// them (`$withSources`); expanded by src/graph/node-map.ts, which says why agencies name theirs.

// name: nodesByIds
UNWIND $ids AS id
CALL (id) {
  MATCH (n:PresidentialDocument {id: id}) RETURN n
  UNION MATCH (n:Provision {id: id}) RETURN n
  UNION MATCH (n:Directive {id: id}) RETURN n
  UNION MATCH (n:Agency {id: id}) RETURN n
  UNION MATCH (n:AgencyGroup {id: id}) RETURN n
  UNION MATCH (n:Body {id: id}) RETURN n
  UNION MATCH (n:Rule {id: id}) RETURN n
  UNION MATCH (n:Agreement {id: id}) RETURN n
  UNION MATCH (n:Program {id: id}) RETURN n
  UNION MATCH (n:Strategy {id: id}) RETURN n
  UNION MATCH (n:Report {id: id}) RETURN n
  UNION MATCH (n:Country {id: id}) RETURN n
  UNION MATCH (n:Region {id: id}) RETURN n
  UNION MATCH (n:LegalAuthority {id: id}) RETURN n
}
RETURN DISTINCT NODE_MAP(n) AS node

// name: nodesOfLabel
// When the caller knows the label (filled from the allowlist): one index seek per id; NESTED(n)
// is what its fields are asked too (src/graph/nested.ts), or null.
UNWIND $ids AS id
MATCH (n:$Label {id: id})
RETURN NODE_MAP(n) AS node, NESTED(n) AS nested

// name: documentStatuses
// A document's status from the relations other documents state about it; the same rules as
// src/federal-register/status.ts (a full revocation outranks supersession, which outranks a
// partial revocation or partial supersession; other relations leave it in force).
UNWIND $ids AS id
MATCH (d:PresidentialDocument {id: id})
OPTIONAL MATCH (d)<-[r:REVOKES|SUPERSEDES]-(other:PresidentialDocument)
WHERE other.id <> d.id
WITH d, collect({type: type(r), inPart: coalesce(r.inPart, false), from: other.id}) AS rels
WITH d, [x IN rels WHERE x.type IS NOT NULL] AS rels
WITH d, rels,
  CASE
    WHEN any(x IN rels WHERE x.type = 'REVOKES' AND NOT x.inPart) THEN 'REVOKED'
    WHEN any(x IN rels WHERE x.type = 'SUPERSEDES' AND NOT x.inPart) THEN 'SUPERSEDED'
    WHEN size(rels) > 0 THEN 'REVOKED_IN_PART'
    ELSE 'IN_FORCE'
  END AS status
RETURN d.id AS id, status
