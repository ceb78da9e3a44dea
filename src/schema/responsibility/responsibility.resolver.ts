import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { badInput } from '../common/errors';
import { selectedFields } from '../common/selection';
import { LocalDate } from '../common/scalars';
import { agencyResponsibilities } from '../../graph/agencies';
import { AgencyResponsibilities, Responsibility } from './responsibility.type';

@Resolver()
export class ResponsibilityResolver {
  @Query(() => AgencyResponsibilities, {
    nullable: true,
    description: "An agency's directives grouped by role, action and document; null for an unknown agency.",
  })
  async agencyResponsibilities(
    @Arg('agencyId', () => ID) agencyId: string,
    @Arg('includePredecessors', {
      defaultValue: false,
      description:
        'Also what the agencies it succeeded were told (Department of Defense: the National Military Establishment, the War Department).',
    })
    includePredecessors: boolean,
    @Arg('from', () => LocalDate, { nullable: true, description: 'Only documents signed on or after this day.' })
    from: string | null,
    @Arg('to', () => LocalDate, { nullable: true, description: 'Only documents signed on or before this day.' })
    to: string | null,
    @Arg('groupsFirst', () => Int, {
      nullable: true,
      description: 'Only this many groups (largest first); all when not given. The busiest agency has thousands.',
    })
    groupsFirst: number | null,
    @Arg('groupsSkip', () => Int, {
      defaultValue: 0,
      description: 'Groups to pass over before `groupsFirst`: the next page starts where the last ended.',
    })
    groupsSkip: number,
    @Arg('directiveIdsFirst', () => Int, {
      nullable: true,
      description: "Only this many of each group's directive ids (and directives), in id order; all when not given.",
    })
    directiveIdsFirst: number | null,
    @Ctx() { graph }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AgencyResponsibilities | null> {
    if (from && to && from > to) throw badInput('from', `must not be after \`to\` (${from} > ${to}): swap them.`);
    for (const [name, value] of [
      ['groupsFirst', groupsFirst],
      ['groupsSkip', groupsSkip],
      ['directiveIdsFirst', directiveIdsFirst],
    ] as const) {
      if (value !== null && value < 0)
        throw badInput(name, `${name} must not be negative (got ${value}); give 0 or more.`);
    }
    const asked = selectedFields(info, 'groups');
    const found = await agencyResponsibilities(graph, agencyId, {
      includePredecessors,
      from,
      to,
      groups: { skip: groupsSkip, limit: groupsFirst },
      directiveIdsLimit: directiveIdsFirst,
      dueDates: asked.has('dueDates'),
      nextDueOn: asked.has('nextDueOn'),
    });
    if (!found) return null;
    // Plain rows: type-graphql makes a Responsibility of a group only when a field resolver of it
    // (document, directives) is asked, not thousands of copies up front.
    return { agencyId, total: found.total, groupCount: found.groupCount, groups: found.groups as Responsibility[] };
  }
}
