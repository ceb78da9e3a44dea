import { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  DocumentNode,
  execute,
  ExecutionResult,
  GraphQLError,
  GraphQLSchema,
  isAbstractType,
  printSchema,
} from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/**
 * The schema handed to Apollo Server with an executor that runs each operation as a function
 * compiled once by graphql-jit, instead of graphql-js walking the selection again on every
 * request (0.4 to 0.9 ms CPU a question on the seed, issue 20). Apollo Server's only hook for its
 * own execution is a gateway's executor; everything before it is unchanged: parsing, validation
 * and their limits, the operation's resolution, the plugins (key, cost, write budget), and after
 * it the error formatting, statuses and log line.
 *
 * Compiled queries are kept per document: Apollo hands every request with the same query text
 * the same validated document from its document cache, and a WeakMap lets those it evicts go.
 * What graphql-jit cannot compile, and a request naming no operation it has (Apollo reports
 * graphql-js's own error for it), runs through graphql-js as before.
 */
export function compiledExecution(
  schema: GraphQLSchema,
  { typeNameOf }: { typeNameOf: (value: never) => string },
): GatewayInterface {
  // graphql-jit takes what resolveType returns as it is, and type-graphql wraps each one in an
  // async function: a promise is no type name. Every abstract type of this schema is resolved by
  // the same function (`resolveType` of each @InterfaceType and union), so it is called directly.
  for (const type of Object.values(schema.getTypeMap()))
    if (isAbstractType(type)) type.resolveType = (value) => typeNameOf(value as never);
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let query = byName.get(key);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      byName.set(key, (query = isCompiledQuery(result) ? result : null));
    }
    return query;
  };
  const executor: GatewayExecutor = async ({ document, operation, request, context }) => {
    const query = operation ? compiledFor(document, request.operationName ?? null) : null;
    if (query) return asGraphqlJs(await query.query(undefined, context, request.variables ?? {}));
    return execute({
      schema,
      document,
      contextValue: context,
      variableValues: request.variables,
      operationName: request.operationName,
    });
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}

/**
 * graphql-jit's errors leave `extensions` undefined where graphql-js gives `{}` (Apollo reads
 * `extensions.code` of every error), so each is restated as graphql-js's own, with the same
 * message, locations, path, original error and extensions.
 */
function asGraphqlJs(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((error) => {
    const restated = new GraphQLError(error.message, {
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: error.extensions,
    });
    (restated as { locations?: GraphQLError['locations'] }).locations = error.locations;
    return restated;
  });
  return { ...result, errors };
}
