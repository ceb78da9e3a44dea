/**
 * Where something an order says stands: its provision's place in the order, then its offset in that provision's
 * text. The rules that read a bare word back to what the order said earlier ("the Chairman", "the Secretaries", a
 * defined term) all ask which statements stand before a mention.
 */
import { firstNotBefore, listIn } from './lists';

export interface Placed {
  order: number;
  start: number;
}

/** Whether `p` stands before (`order`, `start`). */
export function standsBefore(p: Placed, order: number, start: number): boolean {
  return p.order < order || (p.order === order && p.start < start);
}

/** Each list of statements split by key, kept with the list: a long order asks of one list thousands of times. */
const splits = new WeakMap<readonly Placed[], Map<string, Placed[]>>();

/**
 * The last of `placed` (in document order) standing before (`order`, `start`) whose key is `key`. `keyOf` must be the
 * same each time a list is asked: its split by key is worked out once (a scan of every statement before a mention, for
 * each mention, was quadratic in a long text).
 */
export function lastStatedBefore<T extends Placed>(
  placed: readonly T[],
  order: number,
  start: number,
  key: string,
  keyOf: (p: T) => string,
): T | undefined {
  let byKey = splits.get(placed) as Map<string, T[]> | undefined;
  if (!byKey) {
    byKey = new Map();
    for (const p of placed) listIn(byKey, keyOf(p)).push(p);
    splits.set(placed, byKey);
  }
  return lastBefore(byKey.get(key) ?? [], order, start);
}

/** Provisions in document order, as a new list (the caller's stays as given). */
export function inDocumentOrder<T extends { order: number }>(provisions: readonly T[]): T[] {
  return [...provisions].sort((a, b) => a.order - b.order);
}

/**
 * The last of `list` (in document order) before (`order`, `start`), by binary search: each bare
 * word once scanned every name (or definition) before it, which made an order naming many agencies quadratic.
 */
export function lastBefore<T extends Placed>(list: readonly T[], order: number, start: number): T | undefined {
  return list[countBefore(list, order, start) - 1];
}

/** How many of `list` (in document order) stand before (`order`, `start`), by binary search. */
export function countBefore(list: readonly Placed[], order: number, start: number): number {
  return firstNotBefore(list, (p) => standsBefore(p, order, start));
}
