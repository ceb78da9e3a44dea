/**
 * The document model: what the parser pulls out of one Presidential document's text,
 * before anything touches the database. Ids follow DESIGN.md's id scheme so the loader
 * can MERGE on them and documents ingested separately meet on the same nodes.
 */

export type DocumentKind =
  'EXECUTIVE_ORDER' | 'PROCLAMATION' | 'MEMORANDUM' | 'PRESIDENTIAL_DETERMINATION' | 'NATIONAL_SECURITY_MEMORANDUM';

export type Role = 'LEAD' | 'COORDINATION' | 'CONSULTATION' | 'SUPPORT';

export type Action =
  | 'REVIEW'
  | 'RESCIND'
  | 'REVOKE'
  | 'TERMINATE'
  | 'MODIFY'
  | 'SUSPEND'
  | 'CEASE'
  | 'REINSTATE'
  | 'PREPARE'
  | 'SUBMIT'
  | 'CONSIDER'
  | 'IMPLEMENT'
  | 'ESTABLISH'
  | 'OTHER';

/** Labels a target or citation can carry besides PresidentialDocument. */
export type EntityKind =
  'Rule' | 'Agreement' | 'Program' | 'Strategy' | 'Report' | 'Country' | 'Region' | 'LegalAuthority';

/** A reference to another Presidential document, identified the way the text identifies it. */
export interface DocumentRef {
  id: string; // eo-13767, proc-9880, pm-2019-04-29
  kind: DocumentKind;
  number?: string; // '13767' (kept as text: some numbers are not plain integers)
  signedOn?: string; // ISO date, when the text gives it
  title?: string;
  frCitation?: string; // '86 FR 8267': where it was published, when the text says
}

export interface PresidentialDocumentModel extends DocumentRef {
  president?: string;
}

export interface Provision {
  id: string; // eo-14010:4(a)(ii)(F)
  path: string; // 4(a)(ii)(F); a section is just '4'
  parentPath?: string; // undefined for sections
  heading?: string;
  text: string; // the clause's own text, normalised to single spaces
  order: number; // position in the document, 0-based, document order
}

export interface Entity {
  id: string; // fr-85-65806, program-mpp, agreement-aca-guatemala, country-honduras
  kind: EntityKind;
  name: string;
  props: Record<string, string | number | boolean | null>; // frVolume, frPage, date, cfr, acronym...
}

/** An agency of the register (seed/reference/agencies.json); nothing outside it becomes an Agency. */
export interface Agency {
  id: string; // dhs, cdc, war, bob: the register's id
  name: string;
  acronym?: string;
  parentId?: string;
  curated: boolean; // always true since the register (issue 16); kept for the API's field
  established?: string; // ISO date
  abolished?: string; // ISO date
  frSlug?: string; // the Federal Register's agency slug, where it has one
}

/** `from` was SUCCEEDED_BY `to` on `on` (War Department -> Department of the Army, 1947-09-18). */
export interface Succession {
  from: string;
  to: string;
  on: string;
  basis: string; // the act, plan or order that did it
}

/** A task force, council, committee... that this document itself establishes. */
export interface Body {
  id: string; // body-eo-12345-task-force-on-x
  name: string; // as the text names it
  establishedBy: string; // the document id
  provisionId: string; // where the text establishes it
}

/** A set of agencies named as one ("the heads of executive departments and agencies"). */
export interface AgencyGroup {
  id: string; // executive-departments-and-agencies
  name: string;
}

/** What an actor mention resolved to; UNRESOLVED keeps only the words. */
export type ActorKind = 'AGENCY' | 'GROUP' | 'BODY' | 'UNRESOLVED';

export interface Assignment {
  actor: ActorKind;
  /** The Agency, AgencyGroup or Body id; absent when UNRESOLVED. */
  actorId?: string;
  /** The words of the text that name the actor ("the Secretary of War"). */
  actorText: string;
  /** For a bare word left unresolved ("the Board"), the fuller name the order gave it earlier ("Federal Board for Vocational Education"). */
  actorName?: string;
  role: Role;
}

export interface Target {
  id: string; // an Entity id or a DocumentRef id
  action: Action;
}

export interface Directive {
  id: string; // eo-14010:4(b)(i)#1
  provisionId: string;
  ordinal: number; // the n in #n
  text: string; // the sentence
  action: Action;
  assignments: Assignment[];
  targets: Target[];
  produces: string[]; // ids of Strategy/Report entities
  deadlineDays?: number; // the period, when the text counts it in days
  deadlineMonths?: number; // the period, when the text counts it in months or years (12 a year)
  dueOn?: string; // ISO date, only when known: a date the text names, or the signing date plus the period
  deadlineEvent?: string; // what the period counts from when not this order: 'submitting the plan'
  dueEachYearOn?: string; // the month and day it falls due every year, ISO 8601: '--03-15'
  repeatsEvery?: string; // how often the duty recurs, as an ISO 8601 duration: 'P1Y' (annually), 'P6M', 'P3M', 'P2Y'
}

export interface Revocation {
  target: DocumentRef;
  provisionId: string; // the provision of this document that states it
  inPart: boolean;
  targetProvision?: string; // the part of the target the text names, as written: 'section 1(h)', 'Part I'
}

/** What the text says this document does to another besides revoking it. */
export interface StatedRelation extends Revocation {
  type: 'SUPERSEDES' | 'AMENDS';
}

export interface Citation {
  provisionId: string;
  targetId: string; // Entity id (Rule, Agreement, LegalAuthority)
  text: string; // as written: '85 Fed. Reg. 65,806 (October 13, 2020)'
}

/** Relationships between entities themselves, e.g. Agreement PARTY Country, Rule IMPLEMENTS document. */
export interface EntityLink {
  from: string;
  to: string;
  type: 'PARTY' | 'IN_REGION' | 'IMPLEMENTS' | 'PART_OF';
}

export interface DocumentModel {
  document: PresidentialDocumentModel;
  provisions: Provision[];
  directives: Directive[];
  agencies: Agency[];
  /** History among `agencies` (both ends are always in `agencies`). */
  successions: Succession[];
  bodies: Body[];
  /** Bodies other documents established that this one names (seed/reference/bodies.json): assigned to, never re-established. */
  namedBodies?: Body[];
  groups: AgencyGroup[];
  entities: Entity[];
  revocations: Revocation[];
  /** Supersessions and amendments the text states (revocations are above); absent means none. */
  relations?: StatedRelation[];
  citations: Citation[];
  links: EntityLink[];
  /** Other documents named (revoked, targeted, implemented); the loader MERGEs them as stubs. */
  referencedDocuments: DocumentRef[];
}

/** What a caller may know about a text that the text itself does not say (a web page has no EO number). */
export interface DocumentHints {
  kind?: DocumentKind;
  number?: string;
  signedOn?: string;
  title?: string;
  president?: string;
  frCitation?: string;
}
