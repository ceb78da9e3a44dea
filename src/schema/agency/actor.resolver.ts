import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { GraphNode } from '../../graph/nodes';
import { ConnectionShape } from '../common/paging';
import { relatedField } from '../common/related';
import { AgencyDirectiveConnection } from '../directive/directive.type';
import { PresidentialDocument } from '../document/document.type';
import { AgencyDirectivesArgs } from './agency.args';
import { AgencyGroup, Body } from './actor.type';

type Conn = Promise<ConnectionShape<object>>;

@Resolver(() => AgencyGroup)
export class AgencyGroupResolver {
  @FieldResolver(() => AgencyDirectiveConnection, {
    description: 'Directives assigned to the group, each with its role.',
  })
  directives(
    @Root() g: GraphNode,
    @Args() args: AgencyDirectivesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, g.id, args, info);
  }
}

@Resolver(() => Body)
export class BodyResolver {
  @FieldResolver(() => AgencyDirectiveConnection, {
    description: 'Directives assigned to the body, each with its role.',
  })
  directives(
    @Root() b: GraphNode,
    @Args() args: AgencyDirectivesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, b.id, args, info);
  }

  @FieldResolver(() => PresidentialDocument, { nullable: true, description: 'The document that establishes it.' })
  establishedBy(@Root() b: GraphNode, @Ctx() { loaders }: Context): Promise<GraphNode | null> {
    return loaders.node('PresidentialDocument', b.documentId as string);
  }
}
