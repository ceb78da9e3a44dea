/**
 * Two shapes the parser's look-ups share: lists kept by key in a map, and the first place in an ordered list where
 * a test stops holding (a binary search: the rules that read back from a mention run it once per mention, and a
 * scan of everything before each mention was quadratic in a long text).
 */

/** The value of `key` in `map`, made and stored first if missing (a new list by default). */
export function listIn<K, V>(map: Map<K, V>, key: K, make: () => V = () => [] as V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** The index of the first of `list` for which `before` is false; `before` holds for a prefix of the list. */
export function firstNotBefore<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
