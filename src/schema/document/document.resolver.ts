import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, ID, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { findDocuments } from '../../graph/documents';
import { GraphNode } from '../../graph/nodes';
import { nestedOfObject } from '../common/nested';
import { projectionOfField } from '../common/projection';
import { ConnectionShape, PageArgs, pageList, toPage } from '../common/paging';
import { listConnection, relatedField } from '../common/related';
import { DirectiveConnection, TargetedByConnection } from '../directive/directive.type';
import { RuleConnection } from '../entity/entity.type';
import { ProvisionConnection } from '../provision/provision.type';
import { DocumentKind } from '../enums';
import { DocumentsArgs } from './document.args';
import { DocumentConnection, DocumentRelationConnection, DocumentStatus, PresidentialDocument } from './document.type';

const DOC = 'PresidentialDocument';
type Conn = Promise<ConnectionShape<object>>;

/** Documents, and every relationship a document has, in both directions. */
@Resolver(() => PresidentialDocument)
export class DocumentResolver {
  @Query(() => PresidentialDocument, {
    nullable: true,
    description: 'A document by id (eo-14010, proc-9880, pm-2019-04-29); null when none.',
  })
  async document(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GraphNode | null> {
    return loaders.nodeWith(DOC, id, nestedOfObject(info), projectionOfField(info));
  }

  @Query(() => DocumentConnection, { description: 'Documents passing the filter, newest first.' })
  documents(@Args() { filter, ...page }: DocumentsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return listConnection(
      page,
      info,
      (window, wanted, nested, properties) =>
        findDocuments(ctx.graph, filter ?? {}, window, wanted, { nested, properties }),
      ctx,
    );
  }

  @FieldResolver(() => DocumentKind, { description: 'Executive order, proclamation, ...' })
  documentKind(@Root() doc: GraphNode): unknown {
    return doc.kind;
  }

  @FieldResolver(() => Boolean)
  stub(@Root() doc: GraphNode): boolean {
    return doc.stub === true;
  }

  @FieldResolver(() => DocumentStatus, {
    description: 'IN_FORCE, REVOKED, REVOKED_IN_PART or SUPERSEDED, from what later documents say.',
  })
  status(@Root() doc: GraphNode, @Ctx() { loaders }: Context): Promise<string> {
    return loaders.statuses.load(doc.id);
  }

  @FieldResolver(() => ProvisionConnection, { description: 'Its sections, in order (each has its own clauses).' })
  provisions(
    @Root() doc: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => DirectiveConnection, { description: 'Its directives, in document order.' })
  async directives(@Root() doc: GraphNode, @Args() page: PageArgs, @Ctx() { loaders }: Context): Conn {
    toPage(page);
    return pageList(
      (await loaders.documentDirectives(doc.id)).map(({ node }) => ({ node })),
      page,
    );
  }

  @FieldResolver(() => DocumentRelationConnection, { description: 'Documents this one revokes.' })
  revokes(@Root() doc: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => DocumentRelationConnection, { description: 'Documents that revoke this one.' })
  revokedBy(
    @Root() doc: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => DocumentRelationConnection, { description: 'Documents this one amends.' })
  amends(@Root() doc: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => DocumentRelationConnection, { description: 'Documents that amend this one.' })
  amendedBy(
    @Root() doc: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => DocumentRelationConnection, { description: 'Documents this one supersedes.' })
  supersedes(
    @Root() doc: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => DocumentRelationConnection, { description: 'Documents that supersede this one.' })
  supersededBy(
    @Root() doc: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => DocumentRelationConnection, { description: 'Documents this one continues.' })
  continues(
    @Root() doc: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => DocumentRelationConnection, { description: 'Documents that continue this one.' })
  continuedBy(
    @Root() doc: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => DocumentRelationConnection, { description: 'Documents this one suspends.' })
  suspends(
    @Root() doc: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => DocumentRelationConnection, { description: 'Documents that suspend this one.' })
  suspendedBy(
    @Root() doc: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => DocumentRelationConnection, { description: 'Documents this one refers to (see also).' })
  seeAlso(@Root() doc: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => DocumentRelationConnection, { description: 'Documents that refer to this one (see also).' })
  seeAlsoFrom(
    @Root() doc: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => TargetedByConnection, { description: 'Directives that target this document, with the action.' })
  targetedBy(
    @Root() doc: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, doc.id, page, info);
  }

  @FieldResolver(() => RuleConnection, { description: 'Rules and guidance issued in reliance on this document.' })
  implementedBy(
    @Root() doc: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, doc.id, page, info);
  }
}
