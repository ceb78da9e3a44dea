/**
 * Filtered lists as Cypher: a page of the nodes a MATCH binds (`n`) and/or their number, with
 * what each node of the page is asked too. The MATCH is the caller's, from the fixed fragments
 * of cypher/<domain>.cypher, with its own parameters (`filterParams`).
 */
import { int } from '../values';
import { Built, Names, Params } from './names';
import { nodeMap } from './node-map';
import { Nested, PageWindow, Projection, Wanted } from './plan';
import { nestedAnswers } from './related';

export interface ListPlan {
  /** MATCH/WHERE binding `n`, fixed text whose values are all in `filterParams`. */
  match: string;
  filterParams: Params;
  /** The ORDER BY keys of `n` (fixed text; the last one unique, so pages are stable). */
  order: string;
  /** The page asked; `limit` one beyond it, which says whether a next page exists. */
  window: PageWindow;
  wanted: Wanted;
  nested?: readonly Nested[];
  properties?: Projection;
}

/**
 * One row: `totalCount` (null when not asked), `nodes` and, per node, its `nested` answers.
 * Page and total together: one pass collects the matches (as the hand-written floor does); the
 * page alone: ORDER BY with SKIP/LIMIT (a top-k, no list held); the total alone: count(n).
 * Aggregates come in a WITH of their own: a constant beside an aggregate in one RETURN is a
 * grouping key, and an empty match then gave no row at all instead of one empty row.
 */
export function listQuery(plan: ListPlan): Built {
  const { match, order, window, wanted, nested = [], properties = null } = plan;
  const names = new Names(['n', 'x', 'matched', 'nodes', 'nested', 'totalCount', ...Object.keys(plan.filterParams)]);
  Object.assign(names.params, plan.filterParams);
  if (!wanted.page)
    return names.built(`${match}\nWITH count(n) AS totalCount\nRETURN totalCount, [] AS nodes, [] AS nested`);
  const skip = names.param('skip', int(window.skip));
  const limit = names.param('limit', int(window.limit));
  const sorted = `${match}\nWITH n ORDER BY ${order}`;
  if (!wanted.count)
    return names.built(
      [
        sorted,
        `SKIP ${skip} LIMIT ${limit}`,
        `WITH collect(${nodeMap('n', properties)}) AS nodes, collect(${nestedAnswers(names, 'n', nested)}) AS nested`,
        `RETURN null AS totalCount, nodes, nested`,
      ].join('\n'),
    );
  const page = `matched[${skip}..(${skip} + ${limit})]`;
  return names.built(
    [
      sorted,
      `WITH collect(n) AS matched`,
      `RETURN size(matched) AS totalCount, [x IN ${page} | ${nodeMap('x', properties)}] AS nodes,`,
      `       [x IN ${page} | ${nestedAnswers(names, 'x', nested)}] AS nested`,
    ].join('\n'),
  );
}

/** The WHERE clause of the given conditions (constant fragments chosen by code), or nothing. */
export function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join('\n  AND ')}` : '';
}
