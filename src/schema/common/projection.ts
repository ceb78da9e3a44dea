import {
  FieldNode,
  getNamedType,
  GraphQLInterfaceType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
  GraphQLUnionType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import type { Projection } from '../../graph/translate/plan';
import { fieldsAlong, fieldsBelow } from './selection';

/**
 * What the computed fields of node types read of their node (their resolvers in src/schema/**).
 * A field without a resolver of its own (type-graphql's simple resolvers, `simpleResolvers` on
 * the node types) reads the property of its name. A computed field not listed here makes the
 * node read whole: a new resolver can cost a projection, never give a wrong answer. `sources`
 * is left out on purpose: it is read whole only when asked (`$withSources`).
 */
const COMPUTED_NEEDS: Record<string, readonly string[]> = {
  kind: [], // labels: always read
  documentKind: ['kind'],
  stub: ['stub'],
  status: [], // by id
  document: ['documentId', 'documentKind'], // its kind: `fromParent`, when only its id is asked
  provision: ['provisionId'],
};

/** Relationship fields: their resolvers ask by the node's id only. */
const BY_ID = new Set([
  'agreements',
  'amendedBy',
  'amends',
  'assignments',
  'children',
  'citedBy',
  'cites',
  'continuedBy',
  'continues',
  'countries',
  'directives',
  'implementedBy',
  'implements',
  'parent',
  'parties',
  'producedBy',
  'produces',
  'provisions',
  'regions',
  'revokedBy',
  'revokes',
  'seeAlso',
  'seeAlsoFrom',
  'supersededBy',
  'supersedes',
  'suspendedBy',
  'suspends',
  'targetedBy',
  'targets',
]);

/**
 * The properties of the nodes of `type` that `fields` (their selections) read, or null when a
 * selected field may read any (then the node is read whole, as before projections).
 */
export function projectionOf(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  fields: readonly FieldNode[],
  fragments: GraphQLResolveInfo['fragments'],
): Projection {
  const types = isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
  if (!types.length) return null;
  const properties = new Set<string>();
  for (const field of fieldsBelow(fields, fragments)) {
    const name = field.name.value;
    if (name === '__typename') continue;
    for (const objectType of types) {
      const definition = objectType.getFields()[name];
      if (!definition) continue;
      if (!definition.resolve) properties.add(name);
      else if (BY_ID.has(name)) continue;
      else if (COMPUTED_NEEDS[name]) COMPUTED_NEEDS[name].forEach((property) => properties.add(property));
      else return null;
    }
  }
  return [...properties].sort();
}

/**
 * The projection of the nodes a field returns (a directive's `document`). Worked out once per
 * field of a request: graphql-js hands every item of a list the same `fieldNodes`, and a
 * projection depends on the selection alone.
 */
export function projectionOfField(info: GraphQLResolveInfo): Projection {
  let projection = ofField.get(info.fieldNodes);
  if (projection === undefined) {
    projection = projectionOf(info.schema, getNamedType(info.returnType), info.fieldNodes, info.fragments);
    ofField.set(info.fieldNodes, projection);
  }
  return projection;
}
const ofField = new WeakMap<readonly FieldNode[], Projection>();

/** The projection of a connection field's nodes (`edges { node { ... } }`). */
export function projectionOfNodes(info: GraphQLResolveInfo): Projection {
  const node = connectionNode(getNamedType(info.returnType));
  return node
    ? projectionOf(info.schema, node, fieldsAlong(info.fieldNodes, ['edges', 'node'], info.fragments), info.fragments)
    : null;
}

/**
 * The node type of a connection type (`DirectiveConnection` -> `Directive`, `SearchHitConnection`
 * -> `Node`, `TargetConnection` -> the union `DirectiveTarget`).
 */
export function connectionNode(
  connection: GraphQLNamedType,
): GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType | undefined {
  const edge = isObjectType(connection) ? getNamedType(connection.getFields().edges?.type) : undefined;
  const node = isObjectType(edge) ? getNamedType(edge.getFields().node?.type) : undefined;
  return isObjectType(node) || isInterfaceType(node) || isUnionType(node) ? node : undefined;
}

/**
 * What a connection's edges (`fields`: the connection field) read of their relationships: each
 * edge field names its property, but `provisionId` and `provision`, which read `provision`
 * (src/schema/common/related.ts `toEdge`); `cursor` and `node` read none.
 */
export function edgeProjectionOf(fields: readonly FieldNode[], fragments: GraphQLResolveInfo['fragments']): Projection {
  const properties = new Set<string>();
  for (const field of fieldsBelow(fieldsAlong(fields, ['edges'], fragments), fragments)) {
    const name = field.name.value;
    if (name === 'cursor' || name === 'node' || name === '__typename') continue;
    properties.add(name === 'provisionId' ? 'provision' : name);
  }
  return [...properties].sort();
}
