import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, ID, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { findAgencies } from '../../graph/agencies';
import { GraphNode } from '../../graph/nodes';
import { ConnectionShape, PageArgs } from '../common/paging';
import { nestedOfObject } from '../common/nested';
import { projectionOfField } from '../common/projection';
import { listConnection, out, relatedField, relatedOne } from '../common/related';
import { AgencyDirectiveConnection } from '../directive/directive.type';
import { AgenciesArgs, AgencyDirectivesArgs } from './agency.args';
import { Agency, AgencyConnection, AgencySuccessionConnection } from './agency.type';

type Conn = Promise<ConnectionShape<object>>;

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true, description: 'An agency by id (dhs, cdc, state); null when none.' })
  async agency(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GraphNode | null> {
    return loaders.nodeWith('Agency', id, nestedOfObject(info), projectionOfField(info));
  }

  @Query(() => AgencyConnection, { description: 'Agencies passing the filter, by name.' })
  agencies(@Args() { filter, ...page }: AgenciesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return listConnection(
      page,
      info,
      (window, wanted, nested, properties) =>
        findAgencies(ctx.graph, filter ?? {}, window, wanted, { nested, properties }),
      ctx,
    );
  }

  @FieldResolver(() => AgencyDirectiveConnection, { description: 'Directives assigned to it, each with its role.' })
  directives(
    @Root() a: GraphNode,
    @Args() args: AgencyDirectivesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, a.id, args, info);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency it is part of (HHS for CDC).' })
  parent(@Root() a: GraphNode, @Ctx() ctx: Context): Promise<GraphNode | null> {
    return relatedOne(ctx, out('Agency', 'PART_OF'), a.id);
  }

  @FieldResolver(() => AgencySuccessionConnection, {
    description:
      'The agencies that took over from it (War Department: Department of the Army, National Military Establishment), each with the day.',
  })
  successors(
    @Root() a: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, a.id, page, info);
  }

  @FieldResolver(() => AgencySuccessionConnection, {
    description: 'The agencies it took over from (OMB: Bureau of the Budget), each with the day.',
  })
  predecessors(
    @Root() a: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, a.id, page, info);
  }

  @FieldResolver(() => AgencyConnection, { description: 'The agencies part of it.' })
  children(@Root() a: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, a.id, page, info);
  }
}
