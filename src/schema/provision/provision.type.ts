import { Field, Int, ObjectType, createUnionType } from 'type-graphql';
import { Connection } from '../common/connection';
import { CitationFields } from '../common/edges';
import { Agreement, LegalAuthority, Rule } from '../entity/entity.type';
import { Node } from '../node/node.type';
import { typeNameOf } from '../node/kinds';

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'One numbered unit of a document: a section or a lettered or numbered clause.',
})
export class Provision extends Node {
  @Field({ description: 'Its path in the outline: "4", "4(a)(ii)(F)(1)".' })
  path!: string;

  @Field(() => String, { nullable: true })
  heading!: string | null;

  @Field({ description: "The clause's own text." })
  text!: string;

  @Field(() => Int, { description: 'Position in the document, from 0.' })
  order!: number;

  @Field({ description: 'Id of the document the provision belongs to.' })
  documentId!: string;
}

export const Citable = createUnionType({
  name: 'Citable',
  description: 'What a provision can cite.',
  types: () => [Rule, Agreement, LegalAuthority] as const,
  resolveType: typeNameOf,
});

export const ProvisionConnection = Connection('Provision', () => Provision);
export const CitationConnection = Connection('Citation', () => Citable, CitationFields);
export const CitedByConnection = Connection('CitedBy', () => Provision, CitationFields);
