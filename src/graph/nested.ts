import { fillPlaceholders } from './labels';
import { PageWindow } from './paged';
import { query } from './queries';
import { Params } from './run';
import { int } from './values';
import type { RelatedPage, Relation } from './relations';

/**
 * A relationship connection asked of every node of a page (a directive list's `assignments`),
 * answered in the page's own query instead of in a query of its own once the page is back:
 * each nesting level a query answers by itself is a round trip the database and the API pay
 * for. Only relations without a filter are nested; `window` and `count` are what the child
 * field itself would ask (`relatedConnection`), so its loader finds the answer primed.
 */
export interface NestedRelation {
  relation: Relation;
  window: PageWindow | null;
  count: boolean;
}

/** What the database sends back for one parent: one page per nested relation, in their order. */
export type NestedPages = RelatedPage[] | null;

/**
 * `cypher` with `NESTED(x)` replaced by the list of `x`'s nested connections (or null when
 * none are asked), plus the parameters those need.
 */
export function fillNested(cypher: string, nested: readonly NestedRelation[]): { cypher: string; params: Params } {
  const params: Params = {};
  const filled = cypher.replace(/NESTED\((\w+)\)/g, (_, parent: string) => {
    if (!nested.length) return 'null';
    const pages = nested.map(({ relation, window, count }, i) => {
      const way = relation.direction === 'OUT' ? 'out' : 'in';
      params[`nested${i}Skip`] = int(window?.skip ?? 0);
      params[`nested${i}Limit`] = int(window?.limit ?? 0);
      const edges = !window ? '[]' : fragment(`nested.page.${way}`)
        .replace('ORDER_KEYS', () => orderKeys(relation, 'nb'))
        .replace('$SKIP', () => `$nested${i}Skip`)
        .replace('$LIMIT', () => `$nested${i}Limit`);
      const total = count ? fragment(`nested.degree.${way}`) : 'null';
      return fillPlaceholders(`{edges: ${edges}, totalCount: ${total}}`.replace(/PARENT/g, () => parent), { TYPE: relation.type });
    });
    return `[${pages.join(', ')}]`;
  });
  return { cypher: filled, params };
}

/** A fragment of cypher/relations.cypher as one expression: its comment lines would swallow what follows them. */
const fragment = (name: string): string => query('relations', name).split('\n').filter((line) => !line.trim().startsWith('//')).join(' ');

/** The order of a relation's edges, by the node at the far end: provisions by `order`, all else by id. */
export function orderKeys(relation: Relation, node: string): string {
  // Only provisions carry `order`; reading it from every other node would cost a db hit each.
  return relation.type === 'HAS_PROVISION' ? `coalesce(${node}.order, 0), ${node}.id` : `${node}.id`;
}
