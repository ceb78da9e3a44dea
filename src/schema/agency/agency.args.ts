import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgs } from '../common/paging';
import { Action, Role } from '../enums';

@InputType({ description: 'All given conditions must hold.' })
export class AgencyFilter {
  @Field(() => String, { nullable: true, description: 'Name contains this, any case.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Acronym equals this, any case ("DHS").' })
  acronym?: string;
}

@ArgsType()
export class AgenciesArgs extends PageArgs {
  @Field(() => AgencyFilter, { nullable: true })
  filter?: AgencyFilter;
}

@ArgsType()
export class AgencyDirectivesArgs extends PageArgs {
  @Field(() => Role, { nullable: true, description: 'Only directives it takes part in this role.' })
  role?: Role;

  @Field(() => Action, { nullable: true, description: 'Only directives of this action.' })
  action?: Action;
}
