import {
  FieldNode,
  getArgumentValues,
  getNamedType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  isObjectType,
} from 'graphql';
import { NodeLabel } from '../../graph/labels';
import type { Projection } from '../../graph/node-map';
import { Nested } from '../../graph/nested';
import { EdgeFilter, inn, out, Relation } from '../../graph/relation-edges';
import { toPage } from './paging';
import { connectionNode, projectionOf } from './projection';
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
  // Agencies only; `actors` lists the groups and bodies too.
  assignments: { relation: out('Directive', 'ASSIGNED_TO', 'Agency') },
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
    filter: ({ role, action }: Record<string, unknown>): EdgeFilter => ({
      rel: role ? { role } : {},
      node: action ? { action } : {},
    }),
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
export function nestedFields(info: GraphQLResolveInfo): AskedOfNodes {
  const known = worked.get(info.fieldNodes);
  if (known && known.variables === info.variableValues) return known.asked;
  const node = connectionNode(getNamedType(info.returnType));
  const fields = fieldsAlong(info.fieldNodes, ['edges', 'node'], info.fragments);
  const asked = node
    ? { nested: nestedOf(node, fields, info), properties: projectionOf(info.schema, node, fields, info.fragments) }
    : { nested: [], properties: null };
  worked.set(info.fieldNodes, { variables: info.variableValues, asked });
  return asked;
}
const worked = new WeakMap<
  readonly FieldNode[],
  { variables: GraphQLResolveInfo['variableValues']; asked: AskedOfNodes }
>();

/** What a connection's nodes are asked: connections the same query answers, and their own properties. */
export interface AskedOfNodes {
  nested: Nested[];
  properties: Projection;
}

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
function nestedOf(
  type: GraphQLObjectType | GraphQLInterfaceType,
  fields: readonly FieldNode[],
  info: GraphQLResolveInfo,
): Nested[] {
  const nestable = NESTABLE[type.name];
  if (!nestable) return [];
  const found = new Map<string, Nested>();
  const add = (nested: Nested) => found.set(JSON.stringify(nested), nested);
  for (const field of fieldsBelow(fields, info.fragments)) {
    const name = field.name.value;
    const definition = type.getFields()[name];
    const byId = nestable.nodes[name];
    if (byId)
      add({
        kind: 'node',
        ...byId,
        properties: projectionOf(info.schema, getNamedType(definition.type), [field], info.fragments),
      });
    const child = nestable.relations[name];
    if (!child) continue;
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
    const nodeFields = fieldsAlong([field], ['edges', 'node'], info.fragments);
    add({
      kind: 'relation',
      relation: child.relation,
      filter: child.filter?.(args) ?? {},
      window: wanted.page ? { skip: page.skip, limit: page.limit + 1 } : null,
      count: wanted.count,
      properties: node ? projectionOf(info.schema, node, nodeFields, info.fragments) : null,
      nested: node ? nestedOf(node, nodeFields, info) : [],
    });
  }
  return [...found.values()];
}
