import { fillPlaceholders, NodeLabel } from './labels';
import { Projection, projectNodeMaps } from './node-map';
import type { GraphNode } from './nodes';
import type { PageWindow } from './paged';
import { expression } from './queries';
import { Params } from './run';
import { int } from './values';
import { EdgeFilter, edgesOf, orderKeys, Relation } from './relation-edges';
import type { RelatedPage } from './relations';

/**
 * What a query answers of each node it returns, beyond the node itself, instead of a query of
 * its own once the node is back: each nesting level a query answers by itself is a round trip
 * the database and the API pay for.
 * - `relation`: a relationship connection (a directive's `assignments`, an agency's
 *   `directives(role: LEAD)`); `filter`, `window` and `count` are what the child field itself
 *   asks (`relatedConnection`), and `nested` what its own nodes are asked in turn.
 * - `node`: the one node of `label` whose id the parent holds in `idProperty` (a directive's
 *   `document`, by `documentId`).
 * `properties`: what the child's nodes are asked of their own properties (null: all).
 * The loader each child field asks finds the answer primed (`Loaders.primeNested`).
 */
export type Nested =
  | {
      kind: 'relation';
      relation: Relation;
      filter: EdgeFilter;
      window: PageWindow | null;
      count: boolean;
      properties: Projection;
      nested: Nested[];
    }
  | { kind: 'node'; label: NodeLabel; idProperty: string; properties: Projection };

/** What the database sends back for one parent: one answer per `Nested`, in their order. */
export type NestedAnswers = Array<RelatedPage | GraphNode | null> | null;

/**
 * `cypher` with `NESTED(x)` replaced by the list of `x`'s nested answers (or null when none
 * are asked), plus the parameters those need.
 */
export function fillNested(cypher: string, nested: readonly Nested[]): { cypher: string; params: Params } {
  const params: Params = {};
  return {
    cypher: cypher.replace(/NESTED\((\w+)\)/g, (_, parent: string) => answers(parent, nested, 'nested', 1, params)),
    params,
  };
}

/**
 * The Cypher list of `parent`'s nested answers, from the fragments `relatedByIds` uses. Each
 * level renames their `a`, `r`, `b` and parameters (`nb2`, `$nested0_1skip`): a subquery may
 * not declare a variable its parent holds, and each level has its own window and filter.
 */
function answers(parent: string, nested: readonly Nested[], prefix: string, level: number, params: Params): string {
  if (!nested.length) return 'null';
  const list = nested.map((asked, i) => {
    const name = `${prefix}${i}`;
    const own = (cypher: string) =>
      projectNodeMaps(
        rename(cypher, { a: parent, r: `nr${level}`, b: `nb${level}` }, name),
        `nb${level}`,
        asked.properties,
      );
    if (asked.kind === 'node') {
      params[`${name}property`] = asked.idProperty;
      return fillPlaceholders(own(expression('relations', 'nested.node')), { Label: asked.label });
    }
    const { relation, filter, window, count } = asked;
    const { match, total } = edgesOf(relation, filter);
    Object.assign(params, {
      [`${name}rel`]: filter.rel ?? {},
      [`${name}node`]: filter.node ?? {},
      [`${name}skip`]: int(window?.skip ?? 0),
      [`${name}limit`]: int(window?.limit ?? 0),
    });
    const edges = !window
      ? '[]'
      : expression('relations', 'nested.page')
          .replace('MATCH_EDGES', () => match)
          .replace('ORDER_KEYS', () => orderKeys(relation));
    const page = fillPlaceholders(own(`{edges: ${edges}, totalCount: ${count ? total : 'null'}}`), {
      TYPE: relation.type,
    });
    return page.replace(`NESTED(nb${level})`, () => answers(`nb${level}`, asked.nested, `${name}_`, level + 1, params));
  });
  return `[${list.join(', ')}]`;
}

/** `cypher` with the fragments' variables and parameters (`$rel`, `$skip`...) given this level's names. */
function rename(cypher: string, variables: Record<string, string>, name: string): string {
  return cypher
    .replace(/\$(rel|node|skip|limit|property)\b/g, (_, param: string) => `$${name}${param}`)
    .replace(/(?<![$.\w])(a|r|b)\b/g, (variable: string) => variables[variable]);
}
