/**
 * Bodies other orders established, named in full by a later order: "the President's Commission
 * on Executive Exchange" in an order that amends the one that created it is that order's body,
 * not unresolved words. The index (seed/reference/bodies.json) is what the parser found
 * establishing each body in the corpus (`npm run corpus:bodies` writes it again).
 */
import { KnownBodyRef } from '../reference';
import { phraseKey } from './register';

/**
 * Names too plain to point at one order ("the Executive Committee", "the Interagency Council"):
 * every word is a body word or a common qualifier.
 */
const PLAIN =
  /^(?:(?:the|of|on|for|and|interagency|inter-agency|federal|national|executive|advisory|steering|coordinating|special|joint|working|policy|review|president's|presidential|white|house|united|states|task|force|council|commission|committee|board|group|panel|office|center|team|staff|subcommittee|conference|initiative|forum)\s*)+$/;

export class KnownBodies {
  private readonly byName = new Map<string, KnownBodyRef[]>();
  /** Every body by the order that established it, plain names too: an order that amends it points at that order. */
  private readonly byOrder = new Map<string, KnownBodyRef[]>();

  constructor(refs: KnownBodyRef[]) {
    for (const ref of refs) {
      this.byOrder.set(ref.establishedBy, [...(this.byOrder.get(ref.establishedBy) ?? []), ref]);
      const key = phraseKey(ref.name);
      if (PLAIN.test(key) || !/\s/.test(key)) continue;
      this.byName.set(key, [...(this.byName.get(key) ?? []), ref]);
    }
  }

  /** The bodies `docId` established. */
  establishedBy(docId: string): KnownBodyRef[] {
    return this.byOrder.get(docId) ?? [];
  }

  /** The body of that name established last on or before `date` by another document than `docId`. */
  named(name: string, docId: string, date?: string): KnownBodyRef | undefined {
    const refs = this.byName.get(phraseKey(name)) ?? [];
    return refs
      .filter((r) => r.establishedBy !== docId && (!date || r.signedOn <= date))
      .sort((a, b) => a.signedOn.localeCompare(b.signedOn))
      .pop();
  }
}
