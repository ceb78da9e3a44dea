import { getArgumentValues, getNamedType, GraphQLResolveInfo, isObjectType } from 'graphql';
import { NodeLabel } from '../../graph/labels';
import { Nested } from '../../graph/nested';
import { out, Relation } from '../../graph/relations';
import { toPage } from './paging';
import { fieldsAt, fieldsBelow, wantedOf } from './selection';

/** A to-one field answered by the node of `label` whose id the parent holds in `idProperty`. */
export interface NodeByProperty {
  label: NodeLabel;
  idProperty: string;
}

/**
 * A directive's unfiltered relationship connections and the nodes it names by id, by field:
 * its resolvers answer them through these, and a page of directives may answer them in its
 * own query (`nestedFields`).
 */
export const DIRECTIVE_RELATIONS = {
  assignments: out('Directive', 'ASSIGNED_TO'),
  targets: out('Directive', 'TARGETS'),
  produces: out('Directive', 'PRODUCES'),
} as const;
export const DIRECTIVE_NODES = {
  document: { label: 'PresidentialDocument', idProperty: 'documentId' },
  provision: { label: 'Provision', idProperty: 'provisionId' },
} as const satisfies Record<string, NodeByProperty>;

const NESTABLE: Record<string, { relations: Record<string, Relation>; nodes: Record<string, NodeByProperty> }> = {
  Directive: { relations: DIRECTIVE_RELATIONS, nodes: DIRECTIVE_NODES },
};

/**
 * What this connection field's nodes are asked for (`directives { edges { node { document { id }
 * assignments(first: 5) { ... } } } }`) that its page query can answer too: connections, each
 * with the window and count the child field will ask, and nodes named by id. A child with bad
 * arguments is left to fail on its own.
 */
export function nestedFields(info: GraphQLResolveInfo): Nested[] {
  const connection = getNamedType(info.returnType);
  const edge = isObjectType(connection) ? getNamedType(connection.getFields().edges?.type) : undefined;
  const node = isObjectType(edge) ? getNamedType(edge.getFields().node?.type) : undefined;
  const nestable = isObjectType(node) ? NESTABLE[node.name] : undefined;
  if (!nestable || !isObjectType(node)) return [];
  const found = new Map<string, Nested>();
  const add = (nested: Nested) => found.set(JSON.stringify(nested), nested);
  for (const field of fieldsBelow(fieldsAt(info, ['edges', 'node']), info.fragments)) {
    const name = field.name.value;
    const byId = nestable.nodes[name];
    if (byId) add({ kind: 'node', ...byId });
    const relation = nestable.relations[name];
    if (!relation) continue;
    let page;
    try {
      page = toPage(getArgumentValues(node.getFields()[name], field, info.variableValues));
    } catch {
      continue;
    }
    const wanted = wantedOf([field], info.fragments);
    add({ kind: 'relation', relation, window: wanted.page ? { skip: page.skip, limit: page.limit + 1 } : null, count: wanted.count });
  }
  return [...found.values()];
}
