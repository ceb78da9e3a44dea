import {
  FieldNode,
  getArgumentValues,
  getNamedType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { Nested, Projection, withNextItem } from '../../graph/translate/plan';
import { toPage } from './paging';
import { NODE_FIELDS, NodeByProperty, parentAnswers, RELATION_FIELDS, RelationField } from './relation-fields';
import { connectionNode, edgeProjectionOf, projectionOf } from './projection';
import { fieldsAlong, fieldsBelow, wantedOf } from './selection';

/**
 * The declarations of `type`'s relationship fields: its own and its interfaces' (a document's
 * are declared on PresidentialDocument).
 */
function declared(type: GraphQLObjectType | GraphQLInterfaceType): {
  relations: Record<string, RelationField>;
  nodes: Record<string, NodeByProperty>;
} {
  const names = [...type.getInterfaces().map((i) => i.name), type.name];
  return {
    relations: Object.assign({}, ...names.map((name) => RELATION_FIELDS[name] ?? {})),
    nodes: Object.assign({}, ...names.map((name) => NODE_FIELDS[name] ?? {})),
  };
}

/**
 * What a connection field's nodes are asked (`directives { edges { node { ... } } }`) that its
 * own query can answer. graphql-js hands the same field of every item of a list the same
 * `fieldNodes`, so a page of 50 directives works out their `targets`' nesting once, not 50 times.
 */
export function nestedFields(info: GraphQLResolveInfo): AskedOfNodes {
  return remembered(workedFields, info, () => askedOfNodes(info));
}
const workedFields = new WeakMap<readonly FieldNode[], Remembered<AskedOfNodes>>();

function askedOfNodes(info: GraphQLResolveInfo): AskedOfNodes {
  const node = connectionNode(getNamedType(info.returnType));
  const fields = fieldsAlong(info.fieldNodes, ['edges', 'node'], info.fragments);
  const edgeProperties = edgeProjectionOf(info.fieldNodes, info.fragments);
  const asked = node
    ? {
        nested: isUnionType(node) ? [] : nestedOf(node, fields, info),
        properties: projectionOf(info.schema, node, fields, info.fragments),
        edgeProperties,
      }
    : { nested: [], properties: null, edgeProperties };
  return asked;
}

/**
 * `work()` for this field, remembered by its field nodes and the request's variable values: what
 * is asked of a field follows from the query's text (whose field nodes Apollo's document cache
 * hands every request of the same text) and its variables alone. The same field of every item of
 * a list, and the same query asked again with the same variables, reuse the answer, which is
 * never changed once built. One answer is kept per field.
 */
export function remembered<T>(
  cache: WeakMap<readonly FieldNode[], Remembered<T>>,
  info: GraphQLResolveInfo,
  work: () => T,
): T {
  const variables = variablesKey(info.variableValues);
  const known = cache.get(info.fieldNodes);
  if (known && known.variables === variables && known.type === info.returnType && known.parentType === info.parentType)
    return known.value;
  const value = work();
  cache.set(info.fieldNodes, { variables, type: info.returnType, parentType: info.parentType, value });
  return value;
}
export interface Remembered<T> {
  variables: string;
  type: GraphQLResolveInfo['returnType'];
  /** A field of an interface is declared, and so planned, per concrete type. */
  parentType: GraphQLResolveInfo['parentType'];
  value: T;
}

/** The variable values as JSON, once per request (every resolver of a request gets the same object). */
function variablesKey(values: GraphQLResolveInfo['variableValues']): string {
  let key = variableKeys.get(values);
  if (key === undefined) variableKeys.set(values, (key = JSON.stringify(values)));
  return key;
}
const variableKeys = new WeakMap<GraphQLResolveInfo['variableValues'], string>();

/** What a connection's nodes are asked: connections the same query answers, and their own properties. */
export interface AskedOfNodes {
  nested: Nested[];
  properties: Projection;
  /** What is read of the relationships of a relationship field's edges. */
  edgeProperties: Projection;
}

/** What a node field (`agency(id)`, `document(id)`) is asked that the query fetching it can answer too. */
export function nestedOfObject(info: GraphQLResolveInfo): Nested[] {
  return remembered(workedObjects, info, () => {
    const type = getNamedType(info.returnType);
    return isObjectType(type) || isInterfaceType(type) ? nestedOf(type, info.fieldNodes, info) : [];
  });
}
const workedObjects = new WeakMap<readonly FieldNode[], Remembered<Nested[]>>();

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
  const nestable = declared(type);
  const found = new Map<string, Nested>();
  const add = (nested: Nested) => found.set(JSON.stringify(nested), nested);
  for (const field of fieldsBelow(fields, info.fragments)) {
    const name = field.name.value;
    const definition = type.getFields()[name];
    if (!definition) continue;
    const byId = nestable.nodes[name];
    if (byId) {
      const properties = projectionOf(info.schema, getNamedType(definition.type), [field], info.fragments);
      // What the parent answers itself (a document's id and kind) needs no lookup in the query.
      if (!parentAnswers(byId, properties))
        add({ kind: 'node', label: byId.label, idProperty: byId.idProperty, properties });
    }
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
      window: wanted.page ? withNextItem(page) : null,
      count: wanted.count,
      properties: node ? projectionOf(info.schema, node, nodeFields, info.fragments) : null,
      // A union's members declare their relationship fields apart: those load on their own.
      nested: node && !isUnionType(node) ? nestedOf(node, nodeFields, info) : [],
      edgeProperties: edgeProjectionOf([field], info.fragments),
    });
  }
  return [...found.values()];
}
