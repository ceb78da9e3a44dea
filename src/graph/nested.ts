import { fillPlaceholders, NodeLabel } from './labels';
import type { GraphNode } from './nodes';
import { PageWindow } from './paged';
import { query } from './queries';
import { Params } from './run';
import { int } from './values';
import type { RelatedPage, Relation } from './relations';

/**
 * What a page's query answers of each of its nodes, beyond the node itself, instead of a query
 * of its own once the page is back: each nesting level a query answers by itself is a round trip
 * the database and the API pay for.
 * - `relation`: a relationship connection (a directive's `assignments`), without a filter;
 *   `window` and `count` are what the child field itself asks (`relatedConnection`).
 * - `node`: the one node of `label` whose id the parent holds in `idProperty` (a directive's
 *   `document`, by `documentId`).
 * The loader each child field asks finds the answer primed (`Loaders.primeNested`).
 */
export type Nested =
  | { kind: 'relation'; relation: Relation; window: PageWindow | null; count: boolean }
  | { kind: 'node'; label: NodeLabel; idProperty: string };

/** What the database sends back for one parent: one answer per `Nested`, in their order. */
export type NestedAnswers = Array<RelatedPage | GraphNode | null> | null;

/**
 * `cypher` with `NESTED(x)` replaced by the list of `x`'s nested connections (or null when
 * none are asked), plus the parameters those need.
 */
export function fillNested(cypher: string, nested: readonly Nested[]): { cypher: string; params: Params } {
  const params: Params = {};
  const filled = cypher.replace(/NESTED\((\w+)\)/g, (_, parent: string) => {
    if (!nested.length) return 'null';
    const answers = nested.map((asked, i) => {
      if (asked.kind === 'node') {
        params[`nested${i}Property`] = asked.idProperty;
        return fillPlaceholders(fragment('nested.node').replace(/PARENT/g, () => parent).replace('$PROPERTY', () => `$nested${i}Property`), { Label: asked.label });
      }
      const { relation, window, count } = asked;
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
    return `[${answers.join(', ')}]`;
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
