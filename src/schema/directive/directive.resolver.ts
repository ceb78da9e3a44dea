import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, ID, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { findDirectives } from '../../graph/directives';
import { GraphNode } from '../../graph/nodes';
import { ConnectionShape, PageArgs } from '../common/paging';
import { nestedOfObject } from '../common/nested';
import { fromParent, NODE_FIELDS } from '../common/relation-fields';
import { projectionOfField } from '../common/projection';
import { listConnection, relatedField } from '../common/related';
import { PresidentialDocument } from '../document/document.type';
import { Provision } from '../provision/provision.type';
import { ActorConnection } from '../agency/actor.type';
import { DirectivesArgs } from './directive.args';
import {
  AssignmentConnection,
  DeliverableConnection,
  Directive,
  DirectiveConnection,
  TargetConnection,
} from './directive.type';

type Conn = Promise<ConnectionShape<object>>;

@Resolver(() => Directive)
export class DirectiveResolver {
  @Query(() => Directive, { nullable: true, description: 'A directive by id (eo-14010:4(b)(i)#1); null when none.' })
  async directive(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GraphNode | null> {
    return loaders.nodeWith('Directive', id, nestedOfObject(info), projectionOfField(info));
  }

  @Query(() => DirectiveConnection, { description: 'Directives passing the filter, in id order (or `orderBy`).' })
  directives(
    @Args() { filter, orderBy, ...page }: DirectivesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return listConnection(
      page,
      info,
      (window, wanted, nested, properties) =>
        findDirectives(ctx.graph, filter ?? {}, window, wanted, { nested, properties, order: orderBy ?? 'ID' }),
      ctx,
    );
  }

  @FieldResolver(() => AssignmentConnection, { description: 'The agencies that must act, each with its role.' })
  assignments(
    @Root() d: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, d.id, page, info);
  }

  @FieldResolver(() => ActorConnection, {
    description:
      'Everyone that must act, each with its role: agencies, groups of agencies ("each agency") and bodies an order establishes.',
  })
  actors(@Root() d: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, d.id, page, info);
  }

  @FieldResolver(() => TargetConnection, {
    description: 'What it acts on (rules, programs, agreements, documents), each with the action.',
  })
  targets(@Root() d: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, d.id, page, info);
  }

  @FieldResolver(() => DeliverableConnection, { description: 'The strategies and reports it must produce.' })
  produces(@Root() d: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, d.id, page, info);
  }

  @FieldResolver(() => Provision, { description: 'The provision it stands in.' })
  provision(
    @Root() d: GraphNode,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GraphNode | null> {
    const { label, idProperty } = NODE_FIELDS.Directive.provision;
    return loaders.node(label, d[idProperty] as string, projectionOfField(info));
  }

  @FieldResolver(() => PresidentialDocument, { description: 'The document it stands in.' })
  document(
    @Root() d: GraphNode,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GraphNode | null> {
    const field = NODE_FIELDS.Directive.document;
    const projection = projectionOfField(info);
    const own = fromParent(d, field, projection);
    return own ? Promise.resolve(own) : loaders.node(field.label, d[field.idProperty] as string, projection);
  }
}
