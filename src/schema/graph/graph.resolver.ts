import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { codedError } from '../../error-codes';
import { checkSubgraphRequest, subgraph, SubgraphRequest, SubgraphRequestError } from '../../graph/subgraph';
import { selectedFields } from '../common/selection';
import { GraphArgs } from './graph.args';
import { Subgraph } from './graph.type';

@Resolver()
export class GraphResolver {
  @Query(() => Subgraph, {
    description: 'A subgraph to draw: the neighbourhood of the focus nodes, or the whole graph, up to a node limit.',
  })
  graph(@Args() args: GraphArgs, @Ctx() { graph }: Context, @Info() info: GraphQLResolveInfo): Promise<Subgraph> {
    // Properties are most of a subgraph's bytes; a drawing that asks only ids and kinds skips them.
    const nodeFields = selectedFields(info, 'nodes');
    const edgeFields = selectedFields(info, 'edges');
    return subgraph(graph, checked(args), {
      nodeProperties: nodeFields.has('properties'),
      nodeLabels: nodeFields.has('label'),
      edgeProperties: edgeFields.has('properties') || edgeFields.has('id'),
    });
  }
}

/** The request checked; a refusal becomes BAD_USER_INPUT here, at the GraphQL boundary. */
function checked(args: GraphArgs): SubgraphRequest {
  try {
    return checkSubgraphRequest(args);
  } catch (error) {
    throw error instanceof SubgraphRequestError ? codedError('BAD_USER_INPUT', error.message) : error;
  }
}
