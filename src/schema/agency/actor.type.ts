import { Field, InterfaceType, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { RoleFields } from '../common/edges';
import { LocalDate } from '../common/scalars';
import { typeNameOf } from '../node/kinds';
import { Node } from '../node/node.type';

@InterfaceType({
  implements: Node,
  resolveType: typeNameOf,
  description: 'Who a directive is assigned to: an agency, a group of agencies, or a body an order establishes.',
})
export abstract class Actor extends Node {
  @Field()
  name!: string;
}

const implementsActor = { implements: [Node, Actor], simpleResolvers: true };

@ObjectType({
  ...implementsActor,
  description:
    'Agencies named as one ("the heads of executive departments and agencies", "each agency"); never an agency itself.',
})
export class AgencyGroup extends Actor {}

@ObjectType({
  ...implementsActor,
  description: 'A task force, council, committee ... that an order establishes (ESTABLISHED_BY it).',
})
export class Body extends Actor {
  @Field({ description: 'The id of the document that establishes it.' })
  documentId!: string;

  @Field({ description: 'The provision that establishes it.' })
  provisionId!: string;
}

@ObjectType()
export class SuccessionFields {
  @Field(() => LocalDate, { description: 'The day the successor took over (SUCCEEDED_BY.on).' })
  on!: string;

  @Field(() => String, { nullable: true, description: 'The act, reorganization plan or order that did it.' })
  basis!: string | null;
}

export const ActorConnection = Connection('Actor', () => Actor, RoleFields);
