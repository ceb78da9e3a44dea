// The filtered directive list, assembled by src/graph/directives.ts from the fragments below:
// the MATCH, then one condition per filter given, joined by AND (no `$x IS NULL OR` forms,
// which keep the planner from the directive_action/directive_due_on/directive_document
// indexes), then the tail of src/graph/translate/lists.ts. Values are always parameters; dates compare as dates.

// name: findDirectives.match
MATCH (n:Directive)

// name: findDirectives.documentId
n.documentId = $documentId

// name: findDirectives.action
n.action = $action

// name: findDirectives.dueBefore
n.dueOn <= date($dueBefore)

// name: findDirectives.dueAfter
n.dueOn >= date($dueAfter)

// name: findDirectives.dueEachYear
n.dueEachYearOn IS NOT NULL

// name: findDirectives.notDueEachYear
n.dueEachYearOn IS NULL

// name: findDirectives.dueEachYearFrom
n.dueEachYearOn >= $dueEachYearFrom

// name: findDirectives.dueEachYearTo
n.dueEachYearOn <= $dueEachYearTo

// name: findDirectives.dueEachYearOverNewYear
// A span that starts later in the calendar than it ends ("--12-01" to "--01-31") runs over the new year.
(n.dueEachYearOn >= $dueEachYearFrom OR n.dueEachYearOn <= $dueEachYearTo)

// name: findDirectives.repeats
n.repeatsEvery IS NOT NULL

// name: findDirectives.doesNotRepeat
n.repeatsEvery IS NULL

// name: findDirectives.repeatsEvery
n.repeatsEvery = $repeatsEvery

// name: findDirectives.text
toLower(n.text) CONTAINS toLower($text)

// name: findDirectives.agencyId
EXISTS { MATCH (n)-[:ASSIGNED_TO]->(:Agency {id: $agencyId}) }

// name: findDirectives.role
EXISTS { MATCH (n)-[r:ASSIGNED_TO]->(:Agency) WHERE r.role = $role }

// name: findDirectives.agencyAndRole
// One assignment must carry both: to this agency, in this role.
EXISTS { MATCH (n)-[r:ASSIGNED_TO]->(:Agency {id: $agencyId}) WHERE r.role = $role }

// name: findDirectives.targetId
EXISTS { MATCH (n)-[:TARGETS]->(t) WHERE t.id = $targetId }
