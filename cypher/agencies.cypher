// The filtered agency list (src/graph/agencies.ts): the MATCH, one condition per filter
// given, then a tail from paged.cypher (by name). Case-insensitive.

// name: findAgencies.match
MATCH (n:Agency)

// name: findAgencies.name
toLower(n.name) CONTAINS toLower($name)

// name: findAgencies.acronym
toLower(n.acronym) = toLower($acronym)

// name: agencyResponsibilities
// An agency's directives grouped by (agency, role, action, document), largest groups first; each
// group with its count, its due dates (earliest first; sent as ISO text, which a client reads
// anyway and which costs the driver no date objects) and its directive ids in id order.
// With $includePredecessors, the directives of every agency it succeeded, at any remove
// (Department of Defense: the National Military Establishment, the War Department), each group
// naming the agency that was tasked. $from / $to (dates or null) bound the documents' signing dates.
// No row: no such agency; one row of nulls: an agency without directives. So the lookup of the
// agency and its groups are one round trip.
MATCH (a:Agency {id: $agencyId})
OPTIONAL CALL (a) {
  CALL (a) {
    RETURN a AS tasked
    UNION
    MATCH (p:Agency)-[:SUCCEEDED_BY*1..10]->(a) WHERE $includePredecessors
    RETURN DISTINCT p AS tasked
  }
  MATCH (tasked)<-[r:ASSIGNED_TO]-(d:Directive)
  WHERE ($from IS NULL AND $to IS NULL)
     OR EXISTS { MATCH (doc:PresidentialDocument {id: d.documentId})
                 WHERE ($from IS NULL OR doc.signedOn >= $from) AND ($to IS NULL OR doc.signedOn <= $to) }
  WITH tasked.id AS agencyId, r.role AS role, d.action AS action, d.documentId AS documentId, d ORDER BY d.id
  WITH agencyId, role, action, documentId, collect(d.id) AS directiveIds, collect(d.dueOn) AS dueDates
  RETURN agencyId, role, action, documentId, size(directiveIds) AS count, directiveIds,
         [x IN dueDates WHERE x IS NOT NULL | toString(x)] AS dueDates
}
RETURN agencyId, role, action, documentId, count, directiveIds, dueDates
ORDER BY count DESC, documentId, role, action
