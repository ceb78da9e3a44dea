import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { agencyResponsibilities } from '../../graph/agencies';
import { AgencyResponsibilities, Responsibility } from './responsibility.type';

@Resolver()
export class ResponsibilityResolver {
  @Query(() => AgencyResponsibilities, { nullable: true, description: "An agency's directives grouped by role, action and document; null for an unknown agency." })
  async agencyResponsibilities(@Arg('agencyId', () => ID) agencyId: string, @Ctx() { graph }: Context): Promise<AgencyResponsibilities | null> {
    const rows = await agencyResponsibilities(graph, agencyId);
    if (!rows) return null;
    const groups = rows.map((row) => Object.assign(new Responsibility(), { ...row, nextDueOn: row.dueDates[0] ?? null }));
    return { agencyId, total: groups.reduce((sum, g) => sum + g.count, 0), groups };
  }
}
