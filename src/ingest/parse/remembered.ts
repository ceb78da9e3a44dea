import { LRUCache } from 'lru-cache';

/**
 * `compute` remembered for its last `max` distinct keys. The parser asks the same few things
 * thousands of times in a long order (a title's key, a body word's pattern, a due date), but the
 * keys come from texts, so what is kept is bounded.
 */
export function remembered<V>(compute: (key: string) => V, max: number): (key: string) => V {
  return rememberedBy((key) => key, compute, max);
}

/**
 * `compute` of a question remembered by its key, for the last `max` distinct keys: for a question whose key is
 * long to read back (a matcher of 13,000 names, keyed by a megabyte of JSON).
 */
export function rememberedBy<Q, V>(keyOf: (question: Q) => string, compute: (question: Q) => V, max: number) {
  // Boxed: lru-cache keeps no undefined value, and "no answer" is an answer worth keeping.
  const cache = new LRUCache<string, { value: V }>({ max });
  return (question: Q): V => {
    const key = keyOf(question);
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = { value: compute(question) }));
    return hit.value;
  };
}

/**
 * `build` once per object, for as long as the object lives: what the parser makes of the
 * reference data (the register, name patterns and tables) is the same for every document.
 */
export function oncePer<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const built = new WeakMap<K, V>();
  return (key) => {
    let value = built.get(key);
    if (value === undefined) built.set(key, (value = build(key)));
    return value;
  };
}

/**
 * `f` remembered for the last `count` texts it was asked for (asked for again at once, or not for long). The empty
 * text is answered without taking a place: a section's own text, empty before its subsections, made every one of a
 * run of equal subsections a text to read anew.
 */
export function recentOf<T>(f: (text: string) => T, count: number): (text: string) => T {
  const texts: (string | undefined)[] = new Array<string | undefined>(count).fill(undefined);
  const results: T[] = new Array<T>(count);
  let next = 0;
  return (text) => {
    for (let k = 0; k < count; k++) if (texts[k] === text) return results[k];
    if (!text) return f(text);
    const result = f(text);
    texts[next] = text;
    results[next] = result;
    next = (next + 1) % count;
    return result;
  };
}

/** `f` remembered for the last text it was asked for. */
export function lastOf<T>(f: (text: string) => T): (text: string) => T {
  return recentOf(f, 1);
}
