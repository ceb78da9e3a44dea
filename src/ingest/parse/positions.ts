/**
 * Where something an order says stands: its provision's place in the order, then its offset in that provision's
 * text. The rules that read a bare word back to what the order said earlier ("the Chairman", "the Secretaries", a
 * defined term) all ask which statements stand before a mention.
 */
export interface Placed {
  order: number;
  start: number;
}

/** Whether `p` stands before (`order`, `start`). */
export function standsBefore(p: Placed, order: number, start: number): boolean {
  return p.order < order || (p.order === order && p.start < start);
}

/** The last of `placed` (in document order) standing before (`order`, `start`) that `keep` accepts. */
export function lastStatedBefore<T extends Placed>(
  placed: readonly T[],
  order: number,
  start: number,
  keep: (p: T) => boolean,
): T | undefined {
  let found: T | undefined;
  for (const p of placed) {
    if (!standsBefore(p, order, start)) break;
    if (keep(p)) found = p;
  }
  return found;
}

/** Provisions in document order, as a new list (the caller's stays as given). */
export function inDocumentOrder<T extends { order: number }>(provisions: readonly T[]): T[] {
  return [...provisions].sort((a, b) => a.order - b.order);
}
