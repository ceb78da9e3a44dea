import { Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { graphCounts } from '../../graph/stats';
import { Stats } from './stats.type';

@Resolver()
export class StatsResolver {
  @Query(() => Stats, { description: 'Node and relationship counts by label and type.' })
  stats(@Ctx() { graph }: Context): Promise<Stats> {
    return graphCounts(graph);
  }
}
