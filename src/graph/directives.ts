import { Paged, readPaged } from './paged';
import { query } from './queries';
import { Graph } from './run';
import { listQuery, whereClause } from './translate/lists';
import { Built } from './translate/names';
import { ListOptions, PageWindow, Wanted, withNextItem } from './translate/plan';

export interface DirectiveFilter {
  agencyId?: string | null;
  role?: string | null;
  action?: string | null;
  documentId?: string | null;
  targetId?: string | null;
  dueBefore?: string | null;
  dueAfter?: string | null;
  dueEachYear?: boolean | null;
  dueEachYearFrom?: string | null;
  dueEachYearTo?: string | null;
  repeats?: boolean | null;
  repeatsEvery?: string | null;
  text?: string | null;
}

/** The orders a directive list comes in, and the keys of each (the last one unique, so pages are stable). */
export const DIRECTIVE_ORDERS = ['ID', 'DUE_ON', 'DUE_EACH_YEAR_ON'] as const;
export type DirectiveOrder = (typeof DIRECTIVE_ORDERS)[number];
const ORDER_KEYS: Record<DirectiveOrder, string> = {
  ID: 'n.id',
  DUE_ON: 'n.dueOn, n.id',
  DUE_EACH_YEAR_ON: 'n.dueEachYearOn, n.id',
};

/**
 * The ORDER BY of `order` given the filter. With an action, by due date is by (action, dueOn):
 * the same order, as the action is one, and the order of the index on (action, dueOn), which
 * the planner then reads instead of sorting every directive due in the range (PartialTop).
 */
function orderBy(order: DirectiveOrder, given: { action?: string }): string {
  return order === 'DUE_ON' && given.action !== undefined ? `n.action, ${ORDER_KEYS.DUE_ON}` : ORDER_KEYS[order];
}

/** What a directive list reads of its directives, beyond the list itself, and its order. */
export interface DirectiveListOptions extends ListOptions {
  order?: DirectiveOrder;
}

/** Filters that are one condition each, by the name of their fragment in directives.cypher. */
const SIMPLE = ['documentId', 'action', 'dueBefore', 'dueAfter', 'repeatsEvery', 'text', 'targetId'] as const;

/**
 * Which directives pass all the given filters (assigned to an agency, in a role, of an action,
 * in a document, targeting a node, due on or before/after an ISO date, whose text contains
 * a phrase, case-insensitively)? One page in id order (or `order`) (plus one item, see `Paged`) and, when
 * `wanted.count`, the total. Only the conditions given are in the query, so indexes apply.
 * `nested`: connections of each directive of the page, answered by the same query; `properties`:
 * what is read of each directive (null: all).
 */
export async function findDirectives(
  graph: Graph,
  filter: DirectiveFilter,
  page: PageWindow,
  wanted: Wanted,
  options: DirectiveListOptions = {},
): Promise<Paged> {
  return readPaged(graph, findDirectivesQuery(filter, page, wanted, options));
}

/** The query `findDirectives` sends, built without a database. */
export function findDirectivesQuery(
  filter: DirectiveFilter,
  page: PageWindow,
  wanted: Wanted,
  { nested = [], properties = null, order = 'ID' }: DirectiveListOptions = {},
): Built {
  const given = withoutNull(filter);
  const names: string[] = SIMPLE.filter((name) => given[name] !== undefined);
  names.push(...standingConditions(given));
  if (given.agencyId !== undefined && given.role !== undefined) names.push('agencyAndRole');
  else if (given.agencyId !== undefined) names.push('agencyId');
  else if (given.role !== undefined) names.push('role');
  const match = [
    query('directives', 'findDirectives.match'),
    whereClause(names.map((name) => query('directives', `findDirectives.${name}`))),
  ].join('\n');
  return listQuery({
    match,
    filterParams: given,
    order: orderBy(order, given),
    window: withNextItem(page),
    wanted,
    nested,
    properties,
  });
}

/**
 * The fragments for standing duties: those that come back, and those due on a day of every year. "--MM-DD" sorts as the calendar does, so a span is
 * two string bounds; one that starts later in the calendar than it ends runs over the new year.
 */
function standingConditions(given: ReturnType<typeof withoutNull<DirectiveFilter>>): string[] {
  const names: string[] = [];
  if (given.dueEachYear !== undefined) names.push(given.dueEachYear ? 'dueEachYear' : 'notDueEachYear');
  if (given.repeats !== undefined) names.push(given.repeats ? 'repeats' : 'doesNotRepeat');
  const { dueEachYearFrom: from, dueEachYearTo: to } = given;
  if (from !== undefined && to !== undefined && from > to) names.push('dueEachYearOverNewYear');
  else {
    if (from !== undefined) names.push('dueEachYearFrom');
    if (to !== undefined) names.push('dueEachYearTo');
  }
  return names;
}

/** The filter's entries that are given: absent and null both mean "no condition". */
export function withoutNull<T extends object>(value: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };
}
