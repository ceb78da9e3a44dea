import { getArgumentValues, getNamedType, GraphQLResolveInfo, isObjectType } from 'graphql';
import { NestedRelation } from '../../graph/nested';
import { out, Relation } from '../../graph/relations';
import { toPage } from './paging';
import { fieldsAt, fieldsBelow, wantedOf } from './selection';

/**
 * The unfiltered relationship connections of a type, by field: its resolvers answer them
 * through these, and a page of such nodes may answer them in its own query (`nestedRelations`).
 */
export const DIRECTIVE_RELATIONS = {
  assignments: out('Directive', 'ASSIGNED_TO'),
  targets: out('Directive', 'TARGETS'),
  produces: out('Directive', 'PRODUCES'),
} as const;

const NESTABLE: Record<string, Record<string, Relation>> = { Directive: DIRECTIVE_RELATIONS };

/**
 * The connections this connection field's nodes are asked for (`directives { edges { node {
 * assignments(first: 5) { ... } } } }`) that its page query can answer too, each with the window
 * and count the child field will ask. A child with bad arguments is left to fail on its own.
 */
export function nestedRelations(info: GraphQLResolveInfo): NestedRelation[] {
  const connection = getNamedType(info.returnType);
  const edge = isObjectType(connection) ? getNamedType(connection.getFields().edges?.type) : undefined;
  const node = isObjectType(edge) ? getNamedType(edge.getFields().node?.type) : undefined;
  const nestable = isObjectType(node) ? NESTABLE[node.name] : undefined;
  if (!nestable || !isObjectType(node)) return [];
  const found = new Map<string, NestedRelation>();
  for (const field of fieldsBelow(fieldsAt(info, ['edges', 'node']), info.fragments)) {
    const relation = nestable[field.name.value];
    if (!relation) continue;
    let page;
    try {
      page = toPage(getArgumentValues(node.getFields()[field.name.value], field, info.variableValues));
    } catch {
      continue;
    }
    const wanted = wantedOf([field], info.fragments);
    const nested: NestedRelation = { relation, window: wanted.page ? { skip: page.skip, limit: page.limit + 1 } : null, count: wanted.count };
    found.set(JSON.stringify(nested), nested);
  }
  return [...found.values()];
}
