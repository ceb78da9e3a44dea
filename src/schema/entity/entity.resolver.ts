import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { GraphNode } from '../../graph/nodes';
import { ConnectionShape, PageArgs } from '../common/paging';
import { relatedField } from '../common/related';
import { DirectiveConnection, TargetedByConnection } from '../directive/directive.type';
import { DocumentConnection } from '../document/document.type';
import { CitedByConnection } from '../provision/provision.type';
import {
  Agreement,
  AgreementConnection,
  CountryConnection,
  Country,
  LegalAuthority,
  Program,
  Region,
  RegionConnection,
  Report,
  Rule,
  Strategy,
} from './entity.type';

type Conn = Promise<ConnectionShape<object>>;

// The relationships each entity kind has (RELATION_FIELDS); the inverse sides live with Directive and Provision.
@Resolver(() => Rule)
export class RuleResolver {
  @FieldResolver(() => TargetedByConnection, { description: 'Directives that act on it, with the action.' })
  targetedBy(
    @Root() e: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, e.id, page, info);
  }

  @FieldResolver(() => CitedByConnection, { description: 'Provisions that cite it.' })
  citedBy(@Root() e: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, e.id, page, info);
  }

  @FieldResolver(() => DocumentConnection, { description: 'Documents it was issued in reliance on.' })
  implements(
    @Root() e: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, e.id, page, info);
  }
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => TargetedByConnection, { description: 'Directives that act on it, with the action.' })
  targetedBy(
    @Root() e: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, e.id, page, info);
  }

  @FieldResolver(() => CitedByConnection, { description: 'Provisions that cite it.' })
  citedBy(@Root() e: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, e.id, page, info);
  }

  @FieldResolver(() => CountryConnection, { description: 'The countries party to it.' })
  parties(@Root() e: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, e.id, page, info);
  }
}

@Resolver(() => Program)
export class ProgramResolver {
  @FieldResolver(() => TargetedByConnection, { description: 'Directives that act on it, with the action.' })
  targetedBy(
    @Root() e: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, e.id, page, info);
  }
}

@Resolver(() => Strategy)
export class StrategyResolver {
  @FieldResolver(() => DirectiveConnection, { description: 'The directives that call for it.' })
  producedBy(
    @Root() e: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, e.id, page, info);
  }
}

@Resolver(() => Report)
export class ReportResolver {
  @FieldResolver(() => DirectiveConnection, { description: 'The directives that call for it.' })
  producedBy(
    @Root() e: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, e.id, page, info);
  }
}

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => AgreementConnection, { description: 'Agreements it is party to.' })
  agreements(
    @Root() e: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedField(ctx, e.id, page, info);
  }

  @FieldResolver(() => RegionConnection, { description: 'Regions it lies in.' })
  regions(@Root() e: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, e.id, page, info);
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @FieldResolver(() => CountryConnection, { description: 'Countries in it.' })
  countries(@Root() e: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, e.id, page, info);
  }
}

@Resolver(() => LegalAuthority)
export class LegalAuthorityResolver {
  @FieldResolver(() => CitedByConnection, { description: 'Provisions that cite it.' })
  citedBy(@Root() e: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedField(ctx, e.id, page, info);
  }
}

export const ENTITY_RESOLVERS = [
  RuleResolver,
  AgreementResolver,
  ProgramResolver,
  StrategyResolver,
  ReportResolver,
  CountryResolver,
  RegionResolver,
  LegalAuthorityResolver,
] as const;
