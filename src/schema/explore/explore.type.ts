import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The longest chain of revocations in the graph: each order revoked by the next.' })
export class LongestChain {
  @Field(() => [String], { description: 'Document ids from the first order revoked to the last one revoking.' })
  documentIds!: string[];

  @Field(() => Int, { description: 'How many revocations it holds (documentIds less one).' })
  length!: number;
}

@ObjectType({ description: 'The agency assigned the most directives, in any role.' })
export class BusiestAgency {
  @Field()
  agencyId!: string;

  @Field(() => Int, { description: 'Directives assigned to it (ASSIGNED_TO), counted once per role.' })
  directives!: number;
}

@ObjectType({ description: 'Where a first look at the graph can start, computed from what the graph holds.' })
export class ExploreStart {
  @Field(() => String, {
    nullable: true,
    description: 'The id of the executive order signed last; null in a graph without one.',
  })
  newestOrderId!: string | null;

  @Field(() => LongestChain, {
    nullable: true,
    description: 'The longest revocation chain; null when nothing revokes anything.',
  })
  longestChain!: LongestChain | null;

  @Field(() => BusiestAgency, {
    nullable: true,
    description: 'The agency with the most directives; null when no directive is assigned.',
  })
  busiestAgency!: BusiestAgency | null;
}
