// Applied on every start, one statement at a time; IF NOT EXISTS makes it idempotent.
// Every statement is named so readiness can check that all of them exist.

// One node per id for every label: ids are the public, client-buildable keys (DESIGN.md).

CREATE CONSTRAINT presidential_document_id IF NOT EXISTS FOR (n:PresidentialDocument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT executive_order_id IF NOT EXISTS FOR (n:ExecutiveOrder) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT proclamation_id IF NOT EXISTS FOR (n:Proclamation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT memorandum_id IF NOT EXISTS FOR (n:Memorandum) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT presidential_determination_id IF NOT EXISTS FOR (n:PresidentialDetermination) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT national_security_memorandum_id IF NOT EXISTS FOR (n:NationalSecurityMemorandum) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT notice_id IF NOT EXISTS FOR (n:Notice) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT federal_register_document_id IF NOT EXISTS FOR (n:FederalRegisterDocument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT provision_id IF NOT EXISTS FOR (n:Provision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT directive_id IF NOT EXISTS FOR (n:Directive) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_group_id IF NOT EXISTS FOR (n:AgencyGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT rule_id IF NOT EXISTS FOR (n:Rule) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT strategy_id IF NOT EXISTS FOR (n:Strategy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT legal_authority_id IF NOT EXISTS FOR (n:LegalAuthority) REQUIRE n.id IS UNIQUE;

// Lookups and filters the API answers.
CREATE INDEX document_number IF NOT EXISTS FOR (n:PresidentialDocument) ON (n.number);
CREATE INDEX document_signed_on IF NOT EXISTS FOR (n:PresidentialDocument) ON (n.signedOn);
CREATE INDEX document_kind IF NOT EXISTS FOR (n:PresidentialDocument) ON (n.kind);
CREATE INDEX document_president IF NOT EXISTS FOR (n:PresidentialDocument) ON (n.president);
CREATE INDEX directive_due_on IF NOT EXISTS FOR (n:Directive) ON (n.dueOn);
// Standing duties (due each year, or coming back) are a few among tens of thousands: a seek, not a scan of every directive.
CREATE INDEX directive_due_each_year_on IF NOT EXISTS FOR (n:Directive) ON (n.dueEachYearOn);
CREATE INDEX directive_repeats_every IF NOT EXISTS FOR (n:Directive) ON (n.repeatsEvery);
CREATE INDEX directive_action IF NOT EXISTS FOR (n:Directive) ON (n.action);
// Directives of an action due in a range: a seek on both, in dueOn order, so a page by (dueOn, id)
// reads the page, not every directive due in the range (issue 20).
CREATE INDEX directive_action_due_on IF NOT EXISTS FOR (n:Directive) ON (n.action, n.dueOn);
CREATE INDEX directive_document IF NOT EXISTS FOR (n:Directive) ON (n.documentId);
CREATE INDEX provision_document IF NOT EXISTS FOR (n:Provision) ON (n.documentId);
CREATE INDEX agency_acronym IF NOT EXISTS FOR (n:Agency) ON (n.acronym);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX assigned_role IF NOT EXISTS FOR ()-[r:ASSIGNED_TO]-() ON (r.role);
// An assignment keeps the ids of its ends (src/ingest/relationships.ts): an agency's directives in
// id order are a seek on this index, in its order, so a page costs the page, not the agency's
// every assignment (tens of thousands for the busiest).
CREATE INDEX assigned_agency_directive IF NOT EXISTS FOR ()-[r:ASSIGNED_TO]-() ON (r.agencyId, r.directiveId);
CREATE INDEX targets_action IF NOT EXISTS FOR ()-[r:TARGETS]-() ON (r.action);
// A target keeps its ends' ids too, led by the directive's: a directive's targets in id order are
// a seek, not an expansion of every relationship of the directive.
CREATE INDEX targets_directive_target IF NOT EXISTS FOR ()-[r:TARGETS]-() ON (r.directiveId, r.targetId);

// Full-text search over names, titles and directive text. IF NOT EXISTS keeps an index of an
// older label list, so applySchema recreates it when its labels or properties differ from these.
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:PresidentialDocument|Provision|Directive|Agency|AgencyGroup|Body|Rule|Agreement|Program|Strategy|Report|Country|Region|LegalAuthority)
ON EACH [n.name, n.title, n.text, n.acronym];
