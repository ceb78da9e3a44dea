import { fillPlaceholders, NodeLabel } from './labels';
import type { GraphNode } from './nodes';
import { PageWindow } from './paged';
import { query } from './queries';
import { Params } from './run';
import { int } from './values';
import type { EdgeFilter, RelatedPage, Relation } from './relations';

/**
 * What a query answers of each node it returns, beyond the node itself, instead of a query of
 * its own once the node is back: each nesting level a query answers by itself is a round trip
 * the database and the API pay for.
 * - `relation`: a relationship connection (a directive's `assignments`, an agency's
 *   `directives(role: LEAD)`); `filter`, `window` and `count` are what the child field itself
 *   asks (`relatedConnection`), and `nested` what its own nodes are asked in turn.
 * - `node`: the one node of `label` whose id the parent holds in `idProperty` (a directive's
 *   `document`, by `documentId`).
 * The loader each child field asks finds the answer primed (`Loaders.primeNested`).
 */
export type Nested =
  | { kind: 'relation'; relation: Relation; filter: EdgeFilter; window: PageWindow | null; count: boolean; nested: Nested[] }
  | { kind: 'node'; label: NodeLabel; idProperty: string };

/** What the database sends back for one parent: one answer per `Nested`, in their order. */
export type NestedAnswers = Array<RelatedPage | GraphNode | null> | null;

/**
 * `cypher` with `NESTED(x)` replaced by the list of `x`'s nested answers (or null when none
 * are asked), plus the parameters those need.
 */
export function fillNested(cypher: string, nested: readonly Nested[]): { cypher: string; params: Params } {
  const params: Params = {};
  return { cypher: cypher.replace(/NESTED\((\w+)\)/g, (_, parent: string) => answers(parent, nested, 'nested', 1, params)), params };
}

/**
 * The Cypher list of `parent`'s nested answers. Each level names its variables and parameters
 * apart (`nr2`, `$nested0_1Skip`): a subquery may not declare a variable its parent holds.
 */
function answers(parent: string, nested: readonly Nested[], prefix: string, level: number, params: Params): string {
  if (!nested.length) return 'null';
  const list = nested.map((asked, i) => {
    const name = `${prefix}${i}`;
    if (asked.kind === 'node') {
      params[`${name}Property`] = asked.idProperty;
      const node = rename(fragment('nested.node'), level).replace(/PARENT/g, () => parent).replace('$PROPERTY', () => `$${name}Property`);
      return fillPlaceholders(node, { Label: asked.label });
    }
    const { relation, filter, window, count } = asked;
    const way = relation.direction === 'OUT' ? 'out' : 'in';
    const conditions: string[] = [];
    if (hasKeys(filter.rel)) {
      params[`${name}Rel`] = filter.rel;
      conditions.push(fragment('nested.filter.rel').replace(/\$REL/g, () => `$${name}Rel`));
    }
    if (hasKeys(filter.node)) {
      params[`${name}Node`] = filter.node;
      conditions.push(fragment('nested.filter.node').replace(/\$NODE/g, () => `$${name}Node`));
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    params[`${name}Skip`] = int(window?.skip ?? 0);
    params[`${name}Limit`] = int(window?.limit ?? 0);
    const edges = !window ? '[]' : fragment(`nested.page.${way}`)
      .replace('WHERE_FILTER', () => where)
      .replace('ORDER_KEYS', () => orderKeys(relation, 'nb'))
      .replace('$SKIP', () => `$${name}Skip`)
      .replace('$LIMIT', () => `$${name}Limit`)
      .replace('NESTED(nb)', () => answers(`nb${level}`, asked.nested, `${name}_`, level + 1, params));
    const total = !count ? 'null' : conditions.length ? fragment(`nested.count.${way}`).replace('WHERE_FILTER', () => where) : fragment(`nested.degree.${way}`);
    const page = rename(`{edges: ${edges}, totalCount: ${total}}`, level).replace(/PARENT/g, () => parent);
    return fillPlaceholders(page, { TYPE: relation.type });
  });
  return `[${list.join(', ')}]`;
}

/** This level's own names for the fragments' `nr`, `nb` and `nn`. */
const rename = (cypher: string, level: number): string => cypher.replace(/\b(nr|nb|nn)\b/g, (name) => `${name}${level}`);

const hasKeys = (value: Record<string, unknown> | undefined): boolean => !!value && Object.keys(value).length > 0;

/** A fragment of cypher/relations.cypher as one expression: its comment lines would swallow what follows them. */
const fragment = (name: string): string => query('relations', name).split('\n').filter((line) => !line.trim().startsWith('//')).join(' ');

/** The order of a relation's edges, by the node at the far end: provisions by `order`, all else by id. */
export function orderKeys(relation: Relation, node: string): string {
  // Only provisions carry `order`; reading it from every other node would cost a db hit each.
  return relation.type === 'HAS_PROVISION' ? `coalesce(${node}.order, 0), ${node}.id` : `${node}.id`;
}
