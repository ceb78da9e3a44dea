import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { badInput } from '../common/errors';
import { LocalDate } from '../common/scalars';
import { agencyResponsibilities } from '../../graph/agencies';
import { AgencyResponsibilities, Responsibility } from './responsibility.type';

@Resolver()
export class ResponsibilityResolver {
  @Query(() => AgencyResponsibilities, { nullable: true, description: "An agency's directives grouped by role, action and document; null for an unknown agency." })
  async agencyResponsibilities(
    @Arg('agencyId', () => ID) agencyId: string,
    @Arg('includePredecessors', { defaultValue: false, description: 'Also what the agencies it succeeded were told (Department of Defense: the National Military Establishment, the War Department).' }) includePredecessors: boolean,
    @Arg('from', () => LocalDate, { nullable: true, description: 'Only documents signed on or after this day.' }) from: string | null,
    @Arg('to', () => LocalDate, { nullable: true, description: 'Only documents signed on or before this day.' }) to: string | null,
    @Ctx() { graph }: Context,
  ): Promise<AgencyResponsibilities | null> {
    if (from && to && from > to) throw badInput('from', `must not be after \`to\` (${from} > ${to}): swap them.`);
    const rows = await agencyResponsibilities(graph, agencyId, { includePredecessors, from, to });
    if (!rows) return null;
    const groups = rows.map((row) => Object.assign(new Responsibility(), { ...row, nextDueOn: row.dueDates[0] ?? null }));
    return { agencyId, total: groups.reduce((sum, g) => sum + g.count, 0), groups };
  }
}
