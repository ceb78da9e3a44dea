import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Handler = (...params: unknown[]) => unknown;
type Param = { kind: string; index: number; propertyName?: string; getType?: () => unknown };

/**
 * Each @FieldResolver method called straight from the schema's field, instead of through
 * type-graphql's wrapper. The wrapper sorts the method's parameter list, copies `args` into an
 * instance of its class and "validates" it with an async function even with validation off, then
 * awaits all parameters together: for every parent of a page (50 directives asking their
 * `targets` and `document`) a sort, an instance, two promises and a microtask turn before the
 * method runs, which were the largest share of the API's own allocations on question 1 of bench/.
 * With no middlewares, auth rules or validation in this API, a method's parameters are its
 * parent (`@Root()`), `args`, the context and `info` as graphql hands them, and the method is
 * called with them as they are. The argument classes of field resolvers (PageArgs and its
 * extensions) hold plain scalars with no defaults or methods (`argsAsIs` checks), so the plain `args` object reads
 * the same. A field whose method takes anything else keeps type-graphql's resolver.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema, resolverClasses: readonly object[]): void {
  const storage = getMetadataStorage();
  const instances = new Map<object, Record<string, Handler>>();
  // type-graphql picks a field's resolver as below (schema-generator.ts): among those of the
  // schema's resolver classes, the first whose object type declared the field.
  const candidates = storage.fieldResolvers.filter((r) => r.kind === 'internal' || resolverClasses.includes(r.target));
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type) || type.name !== objectType.name) continue;
    const declared = [
      ...storage.interfaceTypes
        .filter((i) => objectType.interfaceClasses?.includes(i.target))
        .flatMap((i) => i.fields ?? []),
      ...(objectType.fields ?? []),
    ];
    for (const [name, field] of Object.entries(type.getFields())) {
      const declaration = declared.filter((f) => f.schemaName === name).at(-1);
      if (!declaration) continue;
      const resolver = candidates.find(
        (r) => r.getObjectType?.() === declaration.target && r.methodName === declaration.name,
      );
      if (!resolver || resolver.kind !== 'external' || resolver.middlewares?.length || resolver.roles?.length) continue;
      const direct = directCall(resolver.target, resolver.methodName, resolver.params ?? [], instances);
      if (direct) field.resolve = direct;
    }
  }
}

function directCall(
  target: object,
  methodName: string,
  params: readonly Param[],
  instances: Map<object, Record<string, Handler>>,
): GraphQLFieldResolver<unknown, unknown> | undefined {
  const ordered = [...params].sort((a, b) => a.index - b.index);
  if (ordered.some((p, i) => p.index !== i)) return undefined;
  const readers: Array<(root: unknown, args: unknown, context: unknown, info: unknown) => unknown> = [];
  for (const param of ordered) {
    if (param.kind === 'root' && !param.propertyName && rootAsIs(param)) readers.push((root) => root);
    else if (param.kind === 'args' && argsAsIs(param)) readers.push((_root, args) => args);
    else if (param.kind === 'context' && !param.propertyName) readers.push((_root, _args, context) => context);
    else if (param.kind === 'info') readers.push((_root, _args, _context, info) => info);
    else return undefined;
  }
  let instance = instances.get(target);
  if (!instance) instances.set(target, (instance = new (target as new () => Record<string, Handler>)()));
  const self = instance;
  const method = self[methodName];
  if (typeof method !== 'function') return undefined;
  return (root, args, context, info) => {
    const values = new Array<unknown>(readers.length);
    for (let i = 0; i < readers.length; i++) values[i] = readers[i](root, args, context, info);
    return method.apply(self, values);
  };
}

/**
 * Whether the plain `args` object reads as the instance type-graphql would copy it into: the
 * class sets no defaults and has no methods or accessors (PageArgs and its extensions). A class
 * that one day gains `first = 20` or a getter keeps type-graphql's resolver instead of silently
 * losing them.
 */
function argsAsIs(param: Param): boolean {
  let type: unknown;
  try {
    type = param.getType?.();
  } catch {
    return false;
  }
  if (type === undefined || type === Object) return true;
  if (typeof type !== 'function') return false;
  const instance = new (type as new () => object)();
  if (Object.values(instance).some((value) => value !== undefined)) return false;
  for (let proto = type.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto))
    if (Object.getOwnPropertyNames(proto).some((name) => name !== 'constructor')) return false;
  return true;
}

/** type-graphql hands a parent on unchanged unless its parameter names a class to copy it into. */
function rootAsIs(param: Param): boolean {
  if (!param.getType) return true;
  try {
    return param.getType() === Object;
  } catch {
    return false;
  }
}
