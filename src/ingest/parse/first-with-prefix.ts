/**
 * The first of a list of names that starts with a given prefix. The names that start with it are one run of them sorted,
 * found by binary search; the first of that run in the list's order is read from a table of the least index over each
 * run of a power of two. A search of the list for each of thousands of prefixes was quadratic.
 */
import { firstNotBefore } from './lists';

export class FirstWithPrefix {
  private readonly sorted: string[];
  /** `least[j][i]`: the least index in the list of the sorted names from `i` to `i + 2^j - 1`. */
  private readonly least: Int32Array[];

  constructor(names: readonly string[]) {
    const order = names.map((_, i) => i).sort((a, b) => compare(names[a], names[b]));
    this.sorted = order.map((i) => names[i]);
    this.least = [Int32Array.from(order)];
    for (let width = 1; 2 * width <= order.length; width *= 2) {
      const last = this.least[this.least.length - 1];
      const next = new Int32Array(last.length - width);
      for (let i = 0; i < next.length; i++) next[i] = Math.min(last[i], last[i + width]);
      this.least.push(next);
    }
  }

  /** The index in the list of the first name that starts with `prefix`; -1 when none does. */
  firstStarting(prefix: string): number {
    const from = firstNotBefore(this.sorted, (name) => name < prefix);
    const to = firstNotBefore(this.sorted, (name) => name < prefix || name.startsWith(prefix));
    if (from === to) return -1;
    const j = 31 - Math.clz32(to - from);
    return Math.min(this.least[j][from], this.least[j][to - (1 << j)]);
  }
}

/** By UTF-16 code units, as `startsWith` compares: the names that start with a prefix sort together. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
