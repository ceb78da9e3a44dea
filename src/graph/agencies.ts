import { withoutNull } from './directives';
import { Paged, readPaged } from './paged';
import { query } from './queries';
import { Graph } from './run';
import { listQuery, whereClause } from './translate/lists';
import { ListOptions, PageWindow, Wanted, withNextItem } from './translate/plan';
import { int, toNeo4jValue } from './values';

export interface AgencyFilter {
  name?: string | null;
  acronym?: string | null;
}

/**
 * Which agencies have a name containing `name` and the acronym `acronym`? By name, one page
 * (plus one item, see `Paged`) and, when `wanted.count`, the total.
 */
export async function findAgencies(
  graph: Graph,
  filter: AgencyFilter,
  page: PageWindow,
  wanted: Wanted,
  { nested = [], properties = null }: ListOptions = {},
): Promise<Paged> {
  const given = withoutNull(filter);
  const conditions = (['name', 'acronym'] as const)
    .filter((name) => given[name] !== undefined)
    .map((name) => query('agencies', `findAgencies.${name}`));
  const match = [query('agencies', 'findAgencies.match'), whereClause(conditions)].join('\n');
  return readPaged(
    graph,
    listQuery({
      match,
      filterParams: given,
      order: 'n.name, n.id',
      window: withNextItem(page),
      wanted,
      nested,
      properties,
    }),
  );
}

/** One group of an agency's directives: same agency (itself or a predecessor), role, action and document. */
export interface Responsibility {
  /** The agency tasked: the one asked about, or one of its predecessors. */
  agencyId: string;
  role: string;
  action: string;
  documentId: string;
  count: number;
  directiveIds: string[];
  /** ISO dates, earliest first; empty unless asked (`dueDates`). */
  dueDates: string[];
  /** The earliest due date; null unless asked (`nextDueOn`). */
  nextDueOn: string | null;
}

export interface ResponsibilityOptions {
  /** Also the directives of the agencies it succeeded (SUCCEEDED_BY, at any remove). */
  includePredecessors?: boolean;
  /** ISO dates bounding the signing date of the documents, both inclusive. */
  from?: string | null;
  to?: string | null;
  /** Which groups to send, in their order (largest first); all when no limit. */
  groups?: { skip: number; limit: number | null };
  /** At most this many directive ids of each group, in id order (null: all). */
  directiveIdsLimit?: number | null;
  /** Read each group's due dates, its earliest: what is not asked is not read. */
  dueDates?: boolean;
  nextDueOn?: boolean;
}

/** An agency's groups of directives: the page asked, with the total and number of all of them. */
export interface Responsibilities {
  /** Directives of every group, not only of the page. */
  total: number;
  groupCount: number;
  groups: Responsibility[];
}

/**
 * What is an agency responsible for? Its directives (and, asked, its predecessors') grouped by
 * agency, role, action and document, largest groups first, each with its due dates sorted
 * earliest first or its earliest, when asked; only documents signed between `from` and `to` when given; null when there is
 * no such agency. The busiest agency has thousands of groups and directives: `groups` and
 * `directiveIdsLimit` bound what is sent (the database still reads every assignment to group them).
 */
export async function agencyResponsibilities(
  graph: Graph,
  agencyId: string,
  options: ResponsibilityOptions = {},
): Promise<Responsibilities | null> {
  const skip = options.groups?.skip ?? 0;
  const limit = options.groups?.limit ?? null;
  const params = {
    agencyId,
    includePredecessors: options.includePredecessors ?? false,
    from: toNeo4jValue(options.from ?? null),
    to: toNeo4jValue(options.to ?? null),
    skip: int(skip),
    limit: limit === null ? null : int(limit),
    idsLimit: options.directiveIdsLimit == null ? null : int(options.directiveIdsLimit),
    dueDates: options.dueDates ?? false,
    nextDueOn: options.nextDueOn ?? false,
  };
  const paged = skip > 0 || limit !== null;
  const rows = await graph.read<Responsibility & { total: number | null; groupCount: number | null }>(
    responsibilitiesQuery(paged),
    params,
  );
  if (!rows.length) return null;
  // Thousands of groups for a busy agency: each row is its group, not copied again.
  const groups = rows.filter((row) => row.role !== null);
  for (const group of groups) group.dueDates = group.dueDates?.sort() ?? [];
  if (paged) return { total: rows[0].total!, groupCount: rows[0].groupCount!, groups };
  return { total: groups.reduce((sum, group) => sum + group.count, 0), groupCount: groups.length, groups };
}

/** The groups' query with its ending: every group as it comes, or the page with the counts of all. */
export function responsibilitiesQuery(paged: boolean): string {
  const ending = paged ? 'agencyResponsibilities.page' : 'agencyResponsibilities.all';
  return `${query('agencies', 'agencyResponsibilities')}\n${query('agencies', ending)}`;
}
