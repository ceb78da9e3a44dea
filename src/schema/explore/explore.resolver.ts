import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { exploreStart } from '../../graph/explore';
import { GraphNode } from '../../graph/nodes';
import { Agency } from '../agency/agency.type';
import { PresidentialDocument } from '../document/document.type';
import { BusiestAgency, ExploreStart } from './explore.type';

@Resolver(() => ExploreStart)
export class ExploreStartResolver {
  @Query(() => ExploreStart, {
    description:
      'Entry points for a first look (the /explore page opens on them): the newest executive order, the longest revocation chain, the busiest agency.',
  })
  async exploreStart(@Ctx() { graph }: Context): Promise<ExploreStart> {
    const start = await exploreStart(graph);
    return {
      newestOrderId: start.newestOrderId,
      longestChain:
        start.longestChain.length > 0
          ? { documentIds: start.longestChain, length: start.longestChain.length - 1 }
          : null,
      busiestAgency: start.busiestAgency && {
        agencyId: start.busiestAgency.id,
        directives: start.busiestAgency.directives,
      },
    };
  }

  @FieldResolver(() => PresidentialDocument, { nullable: true, description: 'The executive order signed last.' })
  newestOrder(@Root() start: ExploreStart, @Ctx() { loaders }: Context): Promise<GraphNode | null> | null {
    return start.newestOrderId ? loaders.nodes.load(start.newestOrderId) : null;
  }
}

@Resolver(() => BusiestAgency)
export class BusiestAgencyResolver {
  @FieldResolver(() => Agency)
  agency(@Root() busiest: BusiestAgency, @Ctx() { loaders }: Context): Promise<GraphNode | null> {
    return loaders.nodes.load(busiest.agencyId);
  }
}
