import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { checkSubgraphRequest, subgraph } from '../../graph/subgraph';
import { GraphArgs } from './graph.args';
import { Subgraph } from './graph.type';

@Resolver()
export class GraphResolver {
  @Query(() => Subgraph, { description: 'A subgraph to draw: the neighbourhood of the focus nodes, or the whole graph, up to a node limit.' })
  graph(@Args() args: GraphArgs, @Ctx() { graph }: Context): Promise<Subgraph> {
    return subgraph(graph, checkSubgraphRequest(args));
  }
}
