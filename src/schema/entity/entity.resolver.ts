import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { NodeLabel } from '../../graph/labels';
import { GraphNode } from '../../graph/nodes';
import { ConnectionShape, PageArgs } from '../common/paging';
import { inn, out, relatedConnection } from '../common/related';
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

// The relationships each entity kind has, as fields; the inverse sides live with Directive and Provision.
const targetedBy = (label: NodeLabel, e: GraphNode, page: PageArgs, ctx: Context, info: GraphQLResolveInfo) =>
  relatedConnection(ctx, inn(label, 'TARGETS'), e.id, page, info);
const citedBy = (label: NodeLabel, e: GraphNode, page: PageArgs, ctx: Context, info: GraphQLResolveInfo) =>
  relatedConnection(ctx, inn(label, 'CITES'), e.id, page, info);
const producedBy = (label: NodeLabel, e: GraphNode, page: PageArgs, ctx: Context, info: GraphQLResolveInfo) =>
  relatedConnection(ctx, inn(label, 'PRODUCES'), e.id, page, info);

@Resolver(() => Rule)
export class RuleResolver {
  @FieldResolver(() => TargetedByConnection, { description: 'Directives that act on it, with the action.' })
  targetedBy(
    @Root() e: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return targetedBy('Rule', e, page, ctx, info);
  }

  @FieldResolver(() => CitedByConnection, { description: 'Provisions that cite it.' })
  citedBy(@Root() e: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return citedBy('Rule', e, page, ctx, info);
  }

  @FieldResolver(() => DocumentConnection, { description: 'Documents it was issued in reliance on.' })
  implements(
    @Root() e: GraphNode,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Conn {
    return relatedConnection(ctx, out('Rule', 'IMPLEMENTS'), e.id, page, info);
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
    return targetedBy('Agreement', e, page, ctx, info);
  }

  @FieldResolver(() => CitedByConnection, { description: 'Provisions that cite it.' })
  citedBy(@Root() e: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return citedBy('Agreement', e, page, ctx, info);
  }

  @FieldResolver(() => CountryConnection, { description: 'The countries party to it.' })
  parties(@Root() e: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedConnection(ctx, out('Agreement', 'PARTY'), e.id, page, info);
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
    return targetedBy('Program', e, page, ctx, info);
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
    return producedBy('Strategy', e, page, ctx, info);
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
    return producedBy('Report', e, page, ctx, info);
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
    return relatedConnection(ctx, inn('Country', 'PARTY'), e.id, page, info);
  }

  @FieldResolver(() => RegionConnection, { description: 'Regions it lies in.' })
  regions(@Root() e: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedConnection(ctx, out('Country', 'IN_REGION'), e.id, page, info);
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @FieldResolver(() => CountryConnection, { description: 'Countries in it.' })
  countries(@Root() e: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return relatedConnection(ctx, inn('Region', 'IN_REGION'), e.id, page, info);
  }
}

@Resolver(() => LegalAuthority)
export class LegalAuthorityResolver {
  @FieldResolver(() => CitedByConnection, { description: 'Provisions that cite it.' })
  citedBy(@Root() e: GraphNode, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Conn {
    return citedBy('LegalAuthority', e, page, ctx, info);
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
