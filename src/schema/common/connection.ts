import { ClassType, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type NodeType = () => any;

/**
 * A Relay connection type `<name>Connection` with edges `<name>Edge { cursor node }`.
 * `Base` adds the relationship's own properties (role, action, ...) to each edge.
 */
export function Connection(name: string, node: NodeType, Base: ClassType = class {}) {
  @ObjectType(`${name}Edge`)
  class Edge extends Base {
    @Field()
    cursor!: string;

    @Field(node)
    node!: unknown;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount!: number;
  }
  return ConnectionType;
}
