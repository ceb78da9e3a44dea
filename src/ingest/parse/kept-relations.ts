/**
 * The relations one provision states, each kept once: by its type, its target and the target's part, if it names one.
 */
import type { RelationType } from './relations';

/** A bit for each relation type, given as each is first met: a whole relation's types are one number per target. */
const TYPE_BITS = new Map<RelationType, number>();

function bitOf(type: RelationType): number {
  let bit = TYPE_BITS.get(type);
  if (bit === undefined) TYPE_BITS.set(type, (bit = 1 << TYPE_BITS.size));
  return bit;
}

export class KeptRelations {
  /**
   * Whole relations by target id, their types as bits: no key string is made for each. A clause of thousands of "those
   * orders" offered each of a hundred orders again, and the keys were a third of its time.
   */
  private readonly whole = new Map<string, number>();
  /** Relations to a named part, by key. */
  private readonly parts = new Set<string>();

  get size(): number {
    return this.whole.size + this.parts.size;
  }

  /** Keeps the relation; false where it was kept already. */
  add(type: RelationType, targetId: string, part: string | undefined): boolean {
    if (part !== undefined) {
      const key = `${type}|${targetId}|${part}`;
      if (this.parts.has(key)) return false;
      this.parts.add(key);
      return true;
    }
    const bits = this.whole.get(targetId) ?? 0;
    const bit = bitOf(type);
    if (bits & bit) return false;
    this.whole.set(targetId, bits | bit);
    return true;
  }
}
