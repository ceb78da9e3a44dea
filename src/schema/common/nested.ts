import { FieldNode, getArgumentValues, getNamedType, GraphQLNamedType, GraphQLObjectType, GraphQLResolveInfo, isObjectType } from 'graphql';
import { NodeLabel } from '../../graph/labels';
import { Nested } from '../../graph/nested';
import { EdgeFilter, inn, out, Relation } from '../../graph/relations';
import { toPage } from './paging';
import { fieldsAlong, fieldsBelow, wantedOf } from './selection';

/** A connection field: its relation, and the filter its arguments make (none when absent). */
export interface RelationField {
  relation: Relation;
  filter?: (args: Record<string, unknown>) => EdgeFilter;
}

/** A to-one field answered by the node of `label` whose id the parent holds in `idProperty`. */
export interface NodeByProperty {
  label: NodeLabel;
  idProperty: string;
}

/**
 * A type's relationship connections and the nodes it names by id, by field. Its resolvers answer
 * them through these, and a query returning such nodes may answer them itself (`nestedOf`).
 */
export const DIRECTIVE_RELATIONS = {
  assignments: { relation: out('Directive', 'ASSIGNED_TO') },
  targets: { relation: out('Directive', 'TARGETS') },
  produces: { relation: out('Directive', 'PRODUCES') },
} as const satisfies Record<string, RelationField>;
export const DIRECTIVE_NODES = {
  document: { label: 'PresidentialDocument', idProperty: 'documentId' },
  provision: { label: 'Provision', idProperty: 'provisionId' },
} as const satisfies Record<string, NodeByProperty>;
export const AGENCY_RELATIONS = {
  directives: {
    relation: inn('Agency', 'ASSIGNED_TO'),
    filter: ({ role, action }: Record<string, unknown>): EdgeFilter => ({ rel: role ? { role } : {}, node: action ? { action } : {} }),
  },
  children: { relation: inn('Agency', 'PART_OF') },
} as const satisfies Record<string, RelationField>;

const NESTABLE: Record<string, { relations: Record<string, RelationField>; nodes: Record<string, NodeByProperty> }> = {
  Directive: { relations: DIRECTIVE_RELATIONS, nodes: DIRECTIVE_NODES },
  Agency: { relations: AGENCY_RELATIONS, nodes: {} },
};

/**
 * What a connection field's nodes are asked (`directives { edges { node { ... } } }`) that its
 * own query can answer. graphql-js hands the same field of every item of a list the same
 * `fieldNodes`, so a page of 50 directives works out their `targets`' nesting once, not 50 times.
 */
export function nestedFields(info: GraphQLResolveInfo): Nested[] {
  const known = worked.get(info.fieldNodes);
  if (known && known.variables === info.variableValues) return known.nested;
  const node = connectionNode(getNamedType(info.returnType));
  const nested = node ? nestedOf(node, fieldsAlong(info.fieldNodes, ['edges', 'node'], info.fragments), info) : [];
  worked.set(info.fieldNodes, { variables: info.variableValues, nested });
  return nested;
}
const worked = new WeakMap<readonly FieldNode[], { variables: GraphQLResolveInfo['variableValues']; nested: Nested[] }>();

/** What an object field (`agency(id)`) is asked that the query fetching it can answer too. */
export function nestedOfObject(info: GraphQLResolveInfo): Nested[] {
  const type = getNamedType(info.returnType);
  return isObjectType(type) ? nestedOf(type, info.fieldNodes, info) : [];
}

/**
 * What `fields` (of `type`) ask that a query returning the `type` nodes can answer: connections,
 * each with the filter, window and count its own resolver will ask and, in turn, what its
 * nodes are asked; and nodes named by id. It follows the query's shape, which the depth limit
 * bounds. A child with bad arguments is left to fail on its own.
 */
function nestedOf(type: GraphQLObjectType, fields: readonly FieldNode[], info: GraphQLResolveInfo): Nested[] {
  const nestable = NESTABLE[type.name];
  if (!nestable) return [];
  const found = new Map<string, Nested>();
  const add = (nested: Nested) => found.set(JSON.stringify(nested), nested);
  for (const field of fieldsBelow(fields, info.fragments)) {
    const name = field.name.value;
    const byId = nestable.nodes[name];
    if (byId) add({ kind: 'node', ...byId });
    const child = nestable.relations[name];
    if (!child) continue;
    const definition = type.getFields()[name];
    let args: Record<string, unknown>;
    let page;
    try {
      args = getArgumentValues(definition, field, info.variableValues);
      page = toPage(args);
    } catch {
      continue;
    }
    const wanted = wantedOf([field], info.fragments);
    const node = connectionNode(getNamedType(definition.type));
    add({
      kind: 'relation',
      relation: child.relation,
      filter: child.filter?.(args) ?? {},
      window: wanted.page ? { skip: page.skip, limit: page.limit + 1 } : null,
      count: wanted.count,
      nested: node ? nestedOf(node, fieldsAlong([field], ['edges', 'node'], info.fragments), info) : [],
    });
  }
  return [...found.values()];
}

/** The node type of a connection type (`DirectiveConnection` -> `Directive`), when it is an object type. */
function connectionNode(connection: GraphQLNamedType): GraphQLObjectType | undefined {
  const edge = isObjectType(connection) ? getNamedType(connection.getFields().edges?.type) : undefined;
  const node = isObjectType(edge) ? getNamedType(edge.getFields().node?.type) : undefined;
  return isObjectType(node) ? node : undefined;
}
