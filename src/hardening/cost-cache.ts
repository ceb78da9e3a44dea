import { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** Bytes the remembered costs may take, keys included: a few thousand distinct requests. */
export const COST_CACHE_BYTES = 1_000_000;

/**
 * Costs already computed, keyed only by what a cost depends on: the document, the operation,
 * and of each declared variable only what the estimator reads (a number as `first`/`limit`, a
 * list's length as `ids`, a boolean in `@include`/`@skip`). A string or an input object cannot
 * change a cost, so a 1.9 MB variable adds nothing to the key (it added 1.9 MB a request,
 * issue 17). Bounded by bytes (lru-cache's maxSize); the least recently used goes first.
 */
export class CostCache {
  private readonly costs = new LRUCache<string, number>({
    maxSize: COST_CACHE_BYTES,
    sizeCalculation: (_cost, key) => key.length * 2 + 64,
  });
  /** Apollo hands every request with the same query text the same document; a WeakMap lets those it drops go. */
  private readonly documentIds = new WeakMap<DocumentNode, number>();
  private nextId = 0;

  /** The remembered cost, or `compute()`'s, remembered. `variables`: the coerced values of the declared variables. */
  costOf(
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
    compute: () => number,
  ): number {
    const key = this.keyOf(document, operationName, variables);
    let cost = this.costs.get(key);
    if (cost === undefined) this.costs.set(key, (cost = compute()));
    return cost;
  }

  /** Bytes held now (as counted for the bound). */
  get bytes(): number {
    return this.costs.calculatedSize;
  }

  private keyOf(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): string {
    let id = this.documentIds.get(document);
    if (id === undefined) this.documentIds.set(document, (id = this.nextId++));
    const shape = Object.entries(variables).map(([name, value]) => [name, costInput(value)]);
    return JSON.stringify([id, operationName ?? null, shape]);
  }
}

/** What of a variable's value a cost can depend on. */
function costInput(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return { length: value.length };
  return null;
}
