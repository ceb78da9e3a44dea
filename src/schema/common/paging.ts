import 'reflect-metadata';
import { ArgsType, Field, Int } from 'type-graphql';
import { badInput } from './errors';

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

/** `first`/`after` of every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items, 0 to ${MAX_PAGE} (default ${DEFAULT_PAGE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The cursor of the item to start after.' })
  after?: string;
}

/** A validated page: how many to skip and how many to take. */
export interface Page {
  skip: number;
  limit: number;
}

/** Cursors are opaque to clients: base64 of `offset:<n>`, the item's position in the list. */
export function encodeCursor(offset: number): string {
  // Every edge of every answer gets one, and pages start near 0: the first offsets are encoded once.
  if (offset < CURSORS_KEPT) return (cursors[offset] ??= Buffer.from(`offset:${offset}`, 'utf8').toString('base64'));
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64');
}
const CURSORS_KEPT = 1000;
const cursors: string[] = [];

export function decodeCursor(cursor: string, argumentName = 'after'): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw badInput(argumentName, `"${cursor}" is not a cursor this API gave out.`);
  return Number(match[1]);
}

/** Checks `first` (0..100) and `after`; a violation is BAD_USER_INPUT naming the argument. */
export function toPage({ first, after }: PageArgs): Page {
  const limit = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE) {
    throw badInput('first', `first must be between 0 and ${MAX_PAGE}; got ${first}.`);
  }
  return { skip: after === undefined || after === null ? 0 : decodeCursor(after) + 1, limit };
}

export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionShape<E> {
  edges: Array<E & { cursor: string }>;
  pageInfo: PageInfoShape;
  totalCount: number;
}

/**
 * A connection from one page of edges and the total. `edges` may hold one edge beyond the page
 * (asked for so that `hasNextPage` needs no count); `totalCount` is null when the query did not
 * select it, and is then never read.
 */
export function connection<E extends object>(page: Page, edges: E[], totalCount: number | null): ConnectionShape<E> {
  const withCursors = edges.slice(0, page.limit).map((edge, i) => ({ ...edge, cursor: encodeCursor(page.skip + i) }));
  return {
    edges: withCursors,
    totalCount: totalCount as number,
    pageInfo: {
      hasNextPage: edges.length > page.limit,
      hasPreviousPage: page.skip > 0,
      startCursor: withCursors[0]?.cursor ?? null,
      endCursor: withCursors[withCursors.length - 1]?.cursor ?? null,
    },
  };
}

/** Pages a list already in memory (a document's directives, at most a few dozen). */
export function pageList<E extends object>(all: E[], args: PageArgs): ConnectionShape<E> {
  const page = toPage(args);
  return connection(page, all.slice(page.skip, page.skip + page.limit + 1), all.length);
}
