import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { Node } from '../node/node.type';

@ObjectType({ implements: Node, simpleResolvers: true, description: "A department, office or an official's agency." })
export class Agency extends Node {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field({ description: 'False when recognised only by its form ("the Secretary of X"), not from the curated list.' })
  curated!: boolean;
}

export const AgencyConnection = Connection('Agency', () => Agency);
