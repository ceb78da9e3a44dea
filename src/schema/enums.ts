import { registerEnumType } from 'type-graphql';
import { NODE_KIND_LABELS, NODE_KINDS, NodeKind as GraphNodeKind } from '../graph/kinds';
import { DOCUMENT_LABELS, RELATIONSHIP_TYPES } from '../graph/labels';

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

/** Document kinds, from the document labels of src/graph/labels.ts (their one declaration). */
export const DocumentKind = Object.fromEntries(Object.keys(DOCUMENT_LABELS).map((kind) => [kind, kind])) as {
  [K in keyof typeof DOCUMENT_LABELS]: K;
};
export type DocumentKind = keyof typeof DOCUMENT_LABELS;

/** Node kinds, from their one declaration in src/graph/kinds.ts; each maps to one Neo4j label. */
export const NodeKind = Object.fromEntries(NODE_KINDS.map((kind) => [kind, kind])) as { [K in GraphNodeKind]: K };
export type NodeKind = GraphNodeKind;
export { NODE_KIND_LABELS };

/** Relationship types, named exactly as in Neo4j. */
export const RelationshipType = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, t])) as {
  [K in (typeof RELATIONSHIP_TYPES)[number]]: K;
};

registerEnumType(Role, { name: 'Role', description: 'How an agency takes part in a directive.' });
registerEnumType(Action, { name: 'Action', description: 'What a directive orders done to its target.' });
registerEnumType(DocumentKind, { name: 'DocumentKind' });
registerEnumType(NodeKind, { name: 'NodeKind', description: 'The kind of a node; one Neo4j label each.' });
registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'Relationship types of the graph.' });
