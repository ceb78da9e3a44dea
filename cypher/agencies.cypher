// The filtered agency list (src/graph/agencies.ts): the MATCH, one condition per filter
// given, then the tail of src/graph/translate/lists.ts (by name). Case-insensitive.

// name: findAgencies.match
MATCH (n:Agency)

// name: findAgencies.name
toLower(n.name) CONTAINS toLower($name)

// name: findAgencies.acronym
toLower(n.acronym) = toLower($acronym)

// name: agencyResponsibilities
// The groups, head of the two queries below (graph/agencies.ts joins them): an agency's directives grouped by (agency, role, action, document), largest groups first; each
// group with its count, its directive ids in id order and, asked ($dueDates, $nextDueOn), its due
// dates or its earliest one (sent as ISO text, which a client reads anyway and which costs the
// driver no date objects; not asked, no due date is read).
// With $includePredecessors, the directives of every agency it succeeded, at any remove
// (Department of Defense: the National Military Establishment, the War Department), each group
// naming the agency that was tasked. $from / $to (dates or null) bound the documents' signing dates.
// No row: no such agency. So the lookup of the agency and its groups are one round trip.
MATCH (a:Agency {id: $agencyId})
OPTIONAL CALL (a) {
  CALL (a) {
    RETURN a AS tasked
    UNION
    MATCH (p:Agency)-[:SUCCEEDED_BY*1..10]->(a) WHERE $includePredecessors
    RETURN DISTINCT p AS tasked
  }
  // The assignments by the index on their ends' ids, in directive order (schema.cypher).
  MATCH (d)-[r:ASSIGNED_TO]->() WHERE r.agencyId = tasked.id AND r.directiveId IS NOT NULL
    AND (($from IS NULL AND $to IS NULL)
     OR EXISTS { MATCH (doc:PresidentialDocument {id: d.documentId})
                 WHERE ($from IS NULL OR doc.signedOn >= $from) AND ($to IS NULL OR doc.signedOn <= $to) })
  WITH tasked, r, d ORDER BY r.agencyId, r.directiveId
  // collect() and min() pass over nulls: a due date not asked is never read.
  WITH tasked.id AS agencyId, r.role AS role, d.action AS action, d.documentId AS documentId,
       collect(r.directiveId) AS directiveIds,
       collect(CASE WHEN $dueDates THEN d.dueOn END) AS dueDates,
       min(CASE WHEN $nextDueOn THEN d.dueOn END) AS nextDueOn
  RETURN agencyId, role, action, documentId, size(directiveIds) AS count, directiveIds,
         CASE WHEN $dueDates THEN [x IN dueDates | toString(x)] END AS dueDates, toString(nextDueOn) AS nextDueOn
}
WITH a, agencyId, role, action, documentId, count, directiveIds, dueDates, nextDueOn
ORDER BY count DESC, documentId, role, action
// name: agencyResponsibilities.all
// Every group, a row each, streamed as made (the caller sums the total): no list of every group is
// built first, which took a third of the query's time for the busiest agency (bench/split.ts).
// An agency without directives: one row with no group.
RETURN agencyId, role, action, documentId, count, dueDates, nextDueOn,
       CASE WHEN $idsLimit IS NULL THEN directiveIds ELSE directiveIds[..$idsLimit] END AS directiveIds

// name: agencyResponsibilities.page
// The page of groups asked ($skip, $limit), a row each, the total over every group and their number
// on its first row: counting every group needs them all in one list first. An agency with no group
// in the page: one row with no group. collect() leaves out the null group of an agency without
// directives; grouped by `a`, so no agency gives no row (a bare collect() of no rows gives one).
WITH a, collect(CASE WHEN role IS NULL THEN null ELSE {agencyId: agencyId, role: role, action: action, documentId: documentId,
       count: count, directiveIds: directiveIds, dueDates: dueDates, nextDueOn: nextDueOn} END) AS groups
WITH reduce(total = 0, g IN groups | total + g.count) AS total, size(groups) AS groupCount,
     groups[$skip..coalesce($skip + $limit, size(groups))] AS page
UNWIND range(0, CASE WHEN page = [] THEN 0 ELSE size(page) - 1 END) AS i
WITH CASE i WHEN 0 THEN total END AS total, CASE i WHEN 0 THEN groupCount END AS groupCount, page[i] AS g
RETURN total, groupCount, g.agencyId AS agencyId, g.role AS role, g.action AS action, g.documentId AS documentId,
       g.count AS count, g.dueDates AS dueDates, g.nextDueOn AS nextDueOn,
       CASE WHEN $idsLimit IS NULL THEN g.directiveIds ELSE g.directiveIds[..$idsLimit] END AS directiveIds
