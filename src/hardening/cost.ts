// paging.ts declares type-graphql classes, which need the metadata polyfill loaded before them.
import 'reflect-metadata';
import { getNamedType, isLeafType } from 'graphql';
import { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE } from '../schema/common/paging';
import { DEFAULT_LIMIT } from '../graph/subgraph-request';

/** What a list argument means when a client leaves it out: the server's own defaults. */
const DEFAULT_SIZES: Record<string, number> = { first: DEFAULT_PAGE, limit: DEFAULT_LIMIT };

/**
 * Cost = how many values a query can return. A leaf field costs 1; an object field costs what
 * its selection costs; a field taking `first` or `limit` (or a list of `ids`) returns up to that
 * many items, so it multiplies its selection. `first: 100 { id }` inside `first: 100` costs
 * 10,000. Lists without a size argument count as one item: their size is bounded by a parent.
 */
export function listSizeEstimator({ field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (isLeafType(getNamedType(field.type))) return 1;
  return (
    listSize(
      field.args.map((arg) => arg.name),
      args,
    ) * Math.max(childComplexity, 1)
  );
}

/** The arguments that size a list: every connection's `first`, the subgraph's `limit`. */
export const SIZE_ARGUMENTS = ['first', 'limit'];

function listSize(names: string[], args: Record<string, unknown>): number {
  for (const name of SIZE_ARGUMENTS) {
    if (!names.includes(name)) continue;
    const value = args[name];
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(value, 0) : DEFAULT_SIZES[name];
  }
  if (names.includes('ids') && Array.isArray(args.ids)) return args.ids.length;
  return 1;
}
