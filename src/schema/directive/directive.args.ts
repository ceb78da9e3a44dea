import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../common/paging';
import { LocalDate } from '../common/scalars';
import { Action, Role } from '../enums';

@InputType({ description: 'All given conditions must hold.' })
export class DirectiveFilter {
  @Field(() => ID, { nullable: true, description: 'Assigned to this agency (with `role`, in that role).' })
  agencyId?: string;

  @Field(() => Role, { nullable: true, description: 'Assigned to some agency (or `agencyId`) in this role.' })
  role?: Role;

  @Field(() => Action, { nullable: true })
  action?: Action;

  @Field(() => ID, { nullable: true, description: 'In this document.' })
  documentId?: string;

  @Field(() => ID, { nullable: true, description: 'Targeting this node (a rule, program, agreement or document).' })
  targetId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Due on or before.' })
  dueBefore?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Due on or after.' })
  dueAfter?: string;

  @Field(() => String, { nullable: true, description: 'Text contains this phrase, any case.' })
  text?: string;
}

@ArgsType()
export class DirectivesArgs extends PageArgs {
  @Field(() => DirectiveFilter, { nullable: true })
  filter?: DirectiveFilter;
}
