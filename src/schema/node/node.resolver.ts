import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { GraphNode } from '../../graph/nodes';
import { NodeKind } from '../enums';
import { badInput } from '../common/errors';
import { kindOf } from './kinds';
import { Node } from './node.type';

const MAX_IDS = 100;

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by id; null when there is none.' })
  node(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<GraphNode | null> {
    return loaders.nodes.load(id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Nodes by id, in the order asked (at most ${MAX_IDS}); null where there is none.`,
  })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() { loaders }: Context): Promise<Array<GraphNode | null>> {
    if (ids.length > MAX_IDS) throw badInput('ids', `at most ${MAX_IDS} ids at once; got ${ids.length}.`);
    return loaders.nodes.loadMany(ids) as Promise<Array<GraphNode | null>>;
  }

  @FieldResolver(() => NodeKind)
  kind(@Root() node: GraphNode): NodeKind {
    return kindOf(node);
  }

  @FieldResolver(() => [String])
  sources(@Root() node: GraphNode): string[] {
    return (node.sources as string[] | undefined) ?? [];
  }
}
