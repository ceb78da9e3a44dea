import { Field, ObjectType } from 'type-graphql';
import { Action, Role } from '../enums';

/** The properties relationships carry, added to the edges that cross them. */

@ObjectType()
export class RoleFields {
  @Field(() => Role, { description: 'How the agency takes part (ASSIGNED_TO.role).' })
  role!: Role;
}

@ObjectType()
export class ActionFields {
  @Field(() => Action, { description: 'What the directive orders done to the target (TARGETS.action).' })
  action!: Action;
}

@ObjectType()
export class CitationFields {
  @Field(() => String, { nullable: true, description: 'The citation as the text writes it.' })
  text!: string | null;
}
