import { GraphQLDuration } from 'graphql-scalars';
import { Field, Int, ObjectType, createUnionType } from 'type-graphql';
import { Connection } from '../common/connection';
import { ActionFields, RoleFields } from '../common/edges';
import { LocalDate, MonthDay } from '../common/scalars';
import { DOCUMENT_TYPES } from '../document/document.type';
import { Agency } from '../agency/agency.type';
import { Agreement, Program, Report, Rule, Strategy } from '../entity/entity.type';
import { Action, Role } from '../enums';
import { typeNameOf } from '../node/kinds';
import { Node } from '../node/node.type';

@ObjectType({ implements: Node, simpleResolvers: true, description: 'One ordered action: who shall do what, by when.' })
export class Directive extends Node {
  @Field({ description: 'The sentence that orders it.' })
  text!: string;

  @Field(() => Action)
  action!: Action;

  @Field(() => Int, { description: 'Its n among the directives of its provision (the #n of its id).' })
  ordinal!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The period the text allows, when it counts it in days ("within 90 days").',
  })
  deadlineDays!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The period the text allows, when it counts it in months or years ("not later than 1 year" is 12).',
  })
  deadlineMonths!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What the period counts from, in the words of the text, when that is not the signing of the order ("submitting the plan"); dueOn is then unknown.',
  })
  deadlineEvent!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'When it is due, only when the text makes that known: a date it names ("by September 30, 2018"), or the signing date plus the period.',
  })
  dueOn!: string | null;

  @Field(() => MonthDay, {
    nullable: true,
    description:
      'The month and day it falls due every year, as ISO 8601 writes a yearly day ("--03-15" for "by March 15 of each year"): a standing duty, so it has no dueOn.',
  })
  dueEachYearOn!: string | null;

  @Field(() => GraphQLDuration, {
    nullable: true,
    description:
      'How often a standing duty comes back, as an ISO 8601 duration: "P1Y" for "shall report annually", "P3M" for "quarterly", "P2Y" for "every two years". A first deadline, when the text gives one ("within 120 days, and annually thereafter"), stays in the deadline fields.',
  })
  repeatsEvery!: string | null;

  @Field()
  documentId!: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'Actors the text names that resolve to no agency, group or body, in its words ("the Board"); counted as unresolved, never made agencies.',
  })
  unresolvedActors!: string[] | null;

  @Field(() => [Role], { nullable: true, description: 'The role of each of unresolvedActors, in the same order.' })
  unresolvedRoles!: Role[] | null;

  @Field()
  provisionId!: string;
}

export const DirectiveTarget = createUnionType({
  name: 'DirectiveTarget',
  description: 'What a directive can target.',
  types: () => [Rule, Program, Agreement, ...DOCUMENT_TYPES] as const,
  resolveType: typeNameOf,
});

export const Deliverable = createUnionType({
  name: 'Deliverable',
  types: () => [Strategy, Report] as const,
  resolveType: typeNameOf,
});

export const DirectiveConnection = Connection('Directive', () => Directive);
export const AssignmentConnection = Connection('Assignment', () => Agency, RoleFields);
export const AgencyDirectiveConnection = Connection('AgencyDirective', () => Directive, RoleFields);
export const TargetConnection = Connection('Target', () => DirectiveTarget, ActionFields);
export const TargetedByConnection = Connection('TargetedBy', () => Directive, ActionFields);
export const DeliverableConnection = Connection('Deliverable', () => Deliverable);
