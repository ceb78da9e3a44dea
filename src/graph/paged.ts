import { fillNested, NestedAnswers, Nested } from './nested';
import { GraphNode } from './nodes';
import { Projection, projectNodeMaps } from './node-map';
import { query } from './queries';
import { Params } from './run';

/**
 * One page of a filtered list and the length of the whole list. `nodes` may hold one item
 * beyond the page (it says whether a next page exists without counting the list);
 * `totalCount` is null when it was not asked for.
 */
export interface Paged {
  totalCount: number | null;
  nodes: GraphNode[];
  /** Per node, the connections of it asked with the page (`Nested`), in that order. */
  nested?: NestedAnswers[];
}

export interface PageWindow {
  skip: number;
  limit: number;
}

/**
 * What a connection's selection needs: its page (`edges`, `pageInfo`) and/or its total
 * (`totalCount`). Each is a query of its own cost, so neither is computed unasked.
 */
export interface Wanted {
  page: boolean;
  count: boolean;
}

/**
 * A list query from its MATCH/WHERE (binding `n`), its ORDER BY expression and what is wanted.
 * Page and total together: one pass collects the matches (as the hand-written floor does);
 * the page alone: ORDER BY with SKIP/LIMIT (a top-k, no list held); the total alone: count(n).
 * The tails are the named queries `page`, `pageAndCount`, `count` of cypher/paged.cypher;
 * `nested` adds connections of each node of the page to the same query; `properties` is what
 * is read of each node (null: all).
 */
export function pagedQuery(
  match: string,
  order: string,
  wanted: Wanted,
  nested: readonly Nested[] = [],
  properties: Projection = null,
): { cypher: string; params: Params } {
  if (!wanted.page) return { cypher: `${match}\n${query('paged', 'count')}`, params: {} };
  const tail = projectNodeMaps(query('paged', wanted.count ? 'pageAndCount' : 'page'), ['n', 'x'], properties);
  return fillNested(`${match}\nWITH n ORDER BY ${order}\n${tail}`, nested);
}

/** The WHERE clause of the given conditions (constant fragments chosen by code), or nothing. */
export function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join('\n  AND ')}` : '';
}
