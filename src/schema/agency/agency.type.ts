import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { LocalDate } from '../common/scalars';
import { Node } from '../node/node.type';
import { Actor, SuccessionFields } from './actor.type';

@ObjectType({
  implements: [Node, Actor],
  simpleResolvers: true,
  description: "A department, office or an official's agency, from the agency register (seed/reference/agencies.json).",
})
export class Agency extends Actor {
  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field({
    description:
      'True for every agency of the register; false only for agencies a graph loaded before the register recognised by form.',
  })
  curated!: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'The day it was established.' })
  established!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day it was abolished; null while it exists.' })
  abolished!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The Federal Register's slug for it (federalregister.gov/agencies/<slug>).",
  })
  frSlug!: string | null;
}

export const AgencyConnection = Connection('Agency', () => Agency);
export const AgencySuccessionConnection = Connection('AgencySuccession', () => Agency, SuccessionFields);
