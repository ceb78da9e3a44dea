import { GraphQLDuration } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DIRECTIVE_ORDERS, DirectiveOrder } from '../../graph/directives';
import { PageArgs } from '../common/paging';
import { LocalDate, MonthDay } from '../common/scalars';
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

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only standing duties due on a day of every year (`dueEachYearOn`); false: only the others.',
  })
  dueEachYear?: boolean;

  @Field(() => MonthDay, {
    nullable: true,
    description:
      'Due each year on this day or later in the calendar. With `dueEachYearTo` before it, the span runs over the new year ("--12-01" to "--01-31").',
  })
  dueEachYearFrom?: string;

  @Field(() => MonthDay, { nullable: true, description: 'Due each year on this day or earlier in the calendar.' })
  dueEachYearTo?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only standing duties that come back (`repeatsEvery`); false: only the others.',
  })
  repeats?: boolean;

  @Field(() => GraphQLDuration, {
    nullable: true,
    description: 'Coming back at exactly this interval, as `repeatsEvery` writes it ("P1Y": every year).',
  })
  repeatsEvery?: string;

  @Field(() => String, { nullable: true, description: 'Text contains this phrase, any case.' })
  text?: string;
}

/** The orders of a directive list, as the GraphQL enum `DirectiveOrder` (src/graph/directives.ts declares them). */
export const DirectiveOrderEnum = Object.fromEntries(DIRECTIVE_ORDERS.map((order) => [order, order])) as {
  [K in DirectiveOrder]: K;
};
registerEnumType(DirectiveOrderEnum, {
  name: 'DirectiveOrder',
  description: 'The order of a directive list.',
  valuesConfig: {
    ID: { description: 'By id (document, then provision, then place in it).' },
    DUE_EACH_YEAR_ON: {
      description:
        'By the day of the year a standing duty falls due, January first, then id; directives without one last.',
    },
    DUE_ON: {
      description:
        'By due date, earliest first, then id; directives without one last. With `action` and a due range, a page costs its own size whatever the number of directives due.',
    },
  },
});

@ArgsType()
export class DirectivesArgs extends PageArgs {
  @Field(() => DirectiveFilter, { nullable: true })
  filter?: DirectiveFilter;

  @Field(() => DirectiveOrderEnum, { nullable: true, defaultValue: 'ID' })
  orderBy?: DirectiveOrder | null;
}
