/**
 * Request plans: what a question asks of the graph, as data. The schema layer makes them from a
 * GraphQL selection (src/schema/common/nested.ts); the builders of this folder turn them into
 * `{ cypher, params }` without a database; src/graph/run.ts runs what they build.
 */
import type { NodeLabel } from '../labels';
import type { EdgeFilter, Relation } from '../relation-edges';

/**
 * The properties of a node a request reads, or null: all of them. `id` is always read (loaders
 * key nodes by id), and the labels, from which a node's GraphQL type comes.
 */
export type Projection = readonly string[] | null;

/** Which items of an ordered list a page holds. */
export interface PageWindow {
  skip: number;
  limit: number;
}

/** The page and one item beyond it: that item says whether a next page exists, without counting the list. */
export function withNextItem(page: PageWindow): PageWindow {
  return { skip: page.skip, limit: page.limit + 1 };
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
 * A relationship field of many parents: one page of each parent's edges along `relation` that
 * pass `filter` (`window`, null: no page) and their total (`count`); of the nodes at the other
 * end only `properties` are read, and `nested` is what those nodes are asked in turn; of the
 * relationships only `edgeProperties`.
 */
export interface RelationPlan {
  relation: Relation;
  filter: EdgeFilter;
  window: PageWindow | null;
  count: boolean;
  properties: Projection;
  nested: readonly Nested[];
  /** What is read of each relationship (absent or null: all its properties). */
  edgeProperties?: Projection;
}

/**
 * What a query answers of each node it returns, beyond the node itself, instead of a query of
 * its own once the node is back: each nesting level a query answers by itself is a round trip
 * the database and the API pay for.
 * - `relation`: a relationship connection (a directive's `assignments`, an agency's
 *   `directives(role: LEAD)`), as `RelationPlan`.
 * - `node`: the one node of `label` whose id the parent holds in `idProperty` (a directive's
 *   `document`, by `documentId`), with `properties` read of it.
 */
export type Nested =
  | ({ kind: 'relation' } & RelationPlan)
  | { kind: 'node'; label: NodeLabel; idProperty: string; properties: Projection };

/** What a list reads of its nodes beyond the list itself. */
export interface ListOptions {
  /** What each node of the page is asked too, answered by the same query. */
  nested?: readonly Nested[];
  /** What is read of each node (null: all). */
  properties?: Projection;
}
