import { Ctx, Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Context } from '../../context';
import { GraphNode } from '../../graph/nodes';
import { DOCUMENT_STATUSES, DocumentStatus as GraphDocumentStatus } from '../../graph/statuses';
import { Connection } from '../common/connection';
import { LocalDate } from '../common/scalars';
import { DocumentKind } from '../enums';
import { typeNameOf } from '../node/kinds';
import { Node } from '../node/node.type';
import { Provision } from '../provision/provision.type';

/** The statuses of src/graph/statuses.ts, as a GraphQL enum. */
export const DocumentStatus = Object.fromEntries(DOCUMENT_STATUSES.map((status) => [status, status])) as {
  [K in GraphDocumentStatus]: K;
};
export type DocumentStatus = GraphDocumentStatus;
registerEnumType(DocumentStatus, {
  name: 'DocumentStatus',
  description: 'Whether a document stands, from what later documents say of it.',
});

@InterfaceType({
  implements: Node,
  resolveType: typeNameOf,
  description: 'An executive order, proclamation, memorandum, determination or NSM.',
})
export abstract class PresidentialDocument extends Node {
  @Field(() => DocumentKind, { description: 'Executive order, proclamation, ...' })
  documentKind!: DocumentKind;

  @Field(() => String, { nullable: true, description: 'The number, for orders and proclamations ("14010").' })
  number!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => LocalDate, { nullable: true })
  signedOn!: string | null;

  @Field(() => String, { nullable: true })
  president!: string | null;

  @Field(() => String, { nullable: true, description: 'Federal Register citation ("86 FR 8267").' })
  frCitation!: string | null;

  @Field({ description: 'True when the graph knows the document only from other documents naming it.' })
  stub!: boolean;

  @Field(() => String, { nullable: true, description: 'Federal Register document number ("2021-02561").' })
  documentNumber!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Why the parser refused this document's text, when it did: the node then holds only its metadata (number, title, dates, citation).",
  })
  parseError!: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Set when several orders bear this number (lettered orders of the 1930s-40s whose letter the source dropped) and a text named it without saying which: the ids of the orders it may be. Each of those has its own id, eo-N-K.',
  })
  candidates!: string[] | null;
}

// simpleResolvers: a field without a resolver of its own reads its property (graphql's default
// resolver), which is how src/schema/common/projection.ts tells which properties a query reads.
const implementsDocument = { implements: [Node, PresidentialDocument], simpleResolvers: true };

@ObjectType(implementsDocument)
export class ExecutiveOrder extends PresidentialDocument {}

@ObjectType(implementsDocument)
export class Proclamation extends PresidentialDocument {}

@ObjectType(implementsDocument)
export class Memorandum extends PresidentialDocument {}

@ObjectType(implementsDocument)
export class PresidentialDetermination extends PresidentialDocument {}

@ObjectType(implementsDocument)
export class NationalSecurityMemorandum extends PresidentialDocument {}

@ObjectType({
  ...implementsDocument,
  description:
    'A presidential notice (e.g. continuing a national emergency), known from the Federal Register catalogue.',
})
export class Notice extends PresidentialDocument {}

@ObjectType({
  ...implementsDocument,
  description: 'A Federal Register document the catalogue names only by its citation (e.g. 59 FR 25809).',
})
export class FederalRegisterDocument extends PresidentialDocument {}

export const DOCUMENT_TYPES = [
  ExecutiveOrder,
  Proclamation,
  Memorandum,
  PresidentialDetermination,
  NationalSecurityMemorandum,
] as const;

/** Properties of a relation between documents (REVOKES, AMENDS, SUPERSEDES, ...). */
@ObjectType()
export class DocumentRelationFields {
  @Field({ description: 'True when only part of the other document is affected.' })
  inPart!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Id of the provision that states the relation, when a text states it.',
  })
  provisionId!: string | null;

  @Field(() => Provision, { nullable: true, description: 'The provision that states the relation.' })
  provision(@Ctx() { loaders }: Context): Promise<GraphNode | null> | null {
    return this.provisionId ? loaders.nodes.load(this.provisionId) : null;
  }
}

export const DocumentConnection = Connection('PresidentialDocument', () => PresidentialDocument);
export const DocumentRelationConnection = Connection(
  'DocumentRelation',
  () => PresidentialDocument,
  DocumentRelationFields,
);
