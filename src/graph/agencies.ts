import { withoutNull } from './directives';
import { Paged, pagedQuery, PageWindow, Wanted, whereClause } from './paged';
import { query } from './queries';
import { Graph } from './run';
import { int } from './values';

export interface AgencyFilter {
  name?: string | null;
  acronym?: string | null;
}

/**
 * Which agencies have a name containing `name` and the acronym `acronym`? By name, one page
 * (plus one item, see `Paged`) and, when `wanted.count`, the total.
 */
export async function findAgencies(graph: Graph, filter: AgencyFilter, page: PageWindow, wanted: Wanted): Promise<Paged> {
  const given = withoutNull(filter);
  const conditions = (['name', 'acronym'] as const).filter((name) => given[name] !== undefined).map((name) => query('agencies', `findAgencies.${name}`));
  const match = [query('agencies', 'findAgencies.match'), whereClause(conditions)].join('\n');
  const params = { ...given, skip: int(page.skip), limit: int(page.limit + 1) };
  const [row] = await graph.read<Paged>(pagedQuery(match, 'n.name, n.id', wanted).cypher, params);
  return row;
}

/** One group of an agency's directives: same role, action and document. */
export interface Responsibility {
  role: string;
  action: string;
  documentId: string;
  count: number;
  directiveIds: string[];
  /** ISO dates, earliest first. */
  dueDates: string[];
}

/**
 * What is an agency responsible for? Its directives grouped by role, action and document,
 * largest groups first, each with its due dates sorted earliest first; null when there is no
 * such agency.
 */
export async function agencyResponsibilities(graph: Graph, agencyId: string): Promise<Responsibility[] | null> {
  const rows = await graph.read<Responsibility | { role: null }>(query('agencies', 'agencyResponsibilities'), { agencyId });
  if (!rows.length) return null;
  return rows.filter((row): row is Responsibility => row.role !== null).map((row) => ({ ...row, dueDates: [...row.dueDates].sort() }));
}
