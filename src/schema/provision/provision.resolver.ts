import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { GraphNode } from '../../graph/nodes';
import { ConnectionShape, PageArgs } from '../common/paging';
import { inn, relatedField, relatedOne } from '../common/related';
import { DirectiveConnection } from '../directive/directive.type';
import { PresidentialDocument } from '../document/document.type';
import { CitationConnection, Provision, ProvisionConnection } from './provision.type';

type Conn = Promise<ConnectionShape<object>>;

@Resolver(() => Provision)
export class ProvisionResolver {
  @FieldResolver(() => PresidentialDocument, { description: 'The document it belongs to.' })
  document(@Root() p: GraphNode, @Ctx() { loaders }: Context): Promise<GraphNode | null> {
    return loaders.nodes.load(p.documentId as string);
  }

  @FieldResolver(() => Provision, {
    nullable: true,
    description: 'The provision it is a clause of; null for a section.',
  })
  parent(@Root() p: GraphNode, @Ctx() ctx: Context): Promise<GraphNode | null> {
    return relatedOne(ctx, inn('Provision', 'HAS_PROVISION'), p.id, 'Provision');
  }

  @FieldResolver(() => ProvisionConnection, { description: 'Its clauses, in order.' })
  children(@Root() p: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, p.id, page, info);
  }

  @FieldResolver(() => DirectiveConnection, { description: 'The directives it contains.' })
  directives(
    @Root() p: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, p.id, page, info);
  }

  @FieldResolver(() => CitationConnection, {
    description: 'The rules, agreements and authorities it cites, with the citation text.',
  })
  cites(@Root() p: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, p.id, page, info);
  }
}
