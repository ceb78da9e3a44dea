import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many of one label or relationship type the graph holds.' })
export class Count {
  @Field()
  name!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Sizes of the graph, read from Neo4j.' })
export class Stats {
  @Field(() => Int)
  nodes!: number;

  @Field(() => Int)
  relationships!: number;

  @Field(() => [Count], { description: 'Node counts by label, by name.' })
  labels!: Count[];

  @Field(() => [Count], { description: 'Relationship counts by type, by name.' })
  relationshipTypes!: Count[];
}
