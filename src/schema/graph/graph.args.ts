import { ArgsType, Field, ID, Int } from 'type-graphql';
import { NodeKind, RelationshipType } from '../enums';
import { DEFAULT_DEPTH, DEFAULT_LIMIT, MAX_DEPTH, MAX_LIMIT } from '../../graph/subgraph-request';

/** Bounds are checked by checkSubgraphRequest, shared with GET /export/graph. */
@ArgsType()
export class GraphArgs {
  @Field(() => [ID], { nullable: true, description: 'Ids to start from; none: the whole graph up to the limit.' })
  focus?: string[];

  @Field(() => Int, {
    nullable: true,
    description: `Hops from the focus, 0 to ${MAX_DEPTH} (default ${DEFAULT_DEPTH}).`,
  })
  depth?: number;

  @Field(() => [NodeKind], {
    nullable: true,
    description: 'Only nodes of these kinds (the focus is always kept); paths pass through them only.',
  })
  kinds?: NodeKind[];

  @Field(() => [RelationshipType], { nullable: true, description: 'Only follow and return these relationship types.' })
  relationships?: string[];

  @Field(() => Int, {
    nullable: true,
    description: `At most this many nodes, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`,
  })
  limit?: number;
}
