import { registerEnumType } from 'type-graphql';
import { RELATIONSHIP_TYPES } from '../graph/labels';

/**
 * The enums every part of the schema shares. Their values are the strings stored in Neo4j
 * (roles, actions, kinds) or the labels and relationship types themselves, so no mapping
 * table stands between a GraphQL value and the graph.
 */

export enum Role {
  LEAD = 'LEAD',
  COORDINATION = 'COORDINATION',
  CONSULTATION = 'CONSULTATION',
  SUPPORT = 'SUPPORT',
}

export enum Action {
  REVIEW = 'REVIEW',
  RESCIND = 'RESCIND',
  REVOKE = 'REVOKE',
  TERMINATE = 'TERMINATE',
  MODIFY = 'MODIFY',
  SUSPEND = 'SUSPEND',
  CEASE = 'CEASE',
  REINSTATE = 'REINSTATE',
  PREPARE = 'PREPARE',
  SUBMIT = 'SUBMIT',
  CONSIDER = 'CONSIDER',
  IMPLEMENT = 'IMPLEMENT',
  ESTABLISH = 'ESTABLISH',
  OTHER = 'OTHER',
}

export enum DocumentKind {
  EXECUTIVE_ORDER = 'EXECUTIVE_ORDER',
  PROCLAMATION = 'PROCLAMATION',
  MEMORANDUM = 'MEMORANDUM',
  PRESIDENTIAL_DETERMINATION = 'PRESIDENTIAL_DETERMINATION',
  NATIONAL_SECURITY_MEMORANDUM = 'NATIONAL_SECURITY_MEMORANDUM',
  NOTICE = 'NOTICE',
  FR_DOCUMENT = 'FR_DOCUMENT',
}

/** Node kinds; each maps to one Neo4j label (NODE_KIND_LABELS). */
export enum NodeKind {
  EXECUTIVE_ORDER = 'EXECUTIVE_ORDER',
  PROCLAMATION = 'PROCLAMATION',
  MEMORANDUM = 'MEMORANDUM',
  PRESIDENTIAL_DETERMINATION = 'PRESIDENTIAL_DETERMINATION',
  NATIONAL_SECURITY_MEMORANDUM = 'NATIONAL_SECURITY_MEMORANDUM',
  NOTICE = 'NOTICE',
  FR_DOCUMENT = 'FR_DOCUMENT',
  PROVISION = 'PROVISION',
  DIRECTIVE = 'DIRECTIVE',
  AGENCY = 'AGENCY',
  AGENCY_GROUP = 'AGENCY_GROUP',
  BODY = 'BODY',
  RULE = 'RULE',
  AGREEMENT = 'AGREEMENT',
  PROGRAM = 'PROGRAM',
  STRATEGY = 'STRATEGY',
  REPORT = 'REPORT',
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  LEGAL_AUTHORITY = 'LEGAL_AUTHORITY',
}

export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  EXECUTIVE_ORDER: 'ExecutiveOrder',
  PROCLAMATION: 'Proclamation',
  MEMORANDUM: 'Memorandum',
  PRESIDENTIAL_DETERMINATION: 'PresidentialDetermination',
  NATIONAL_SECURITY_MEMORANDUM: 'NationalSecurityMemorandum',
  NOTICE: 'Notice',
  FR_DOCUMENT: 'FederalRegisterDocument',
  PROVISION: 'Provision',
  DIRECTIVE: 'Directive',
  AGENCY: 'Agency',
  AGENCY_GROUP: 'AgencyGroup',
  BODY: 'Body',
  RULE: 'Rule',
  AGREEMENT: 'Agreement',
  PROGRAM: 'Program',
  STRATEGY: 'Strategy',
  REPORT: 'Report',
  COUNTRY: 'Country',
  REGION: 'Region',
  LEGAL_AUTHORITY: 'LegalAuthority',
};

/** Relationship types, named exactly as in Neo4j. */
export const RelationshipType = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, t])) as {
  [K in (typeof RELATIONSHIP_TYPES)[number]]: K;
};

registerEnumType(Role, { name: 'Role', description: 'How an agency takes part in a directive.' });
registerEnumType(Action, { name: 'Action', description: 'What a directive orders done to its target.' });
registerEnumType(DocumentKind, { name: 'DocumentKind' });
registerEnumType(NodeKind, { name: 'NodeKind', description: 'The kind of a node; one Neo4j label each.' });
registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'Relationship types of the graph.' });
