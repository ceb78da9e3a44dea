import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { execute, ExecutionResult, GraphQLSchema, OperationTypeNode, parse, validate } from 'graphql';
import { compiledExecution } from '../../src/compiled-execution';
import { createContext } from '../../src/context';
import { Graph } from '../../src/graph/run';
import { createSchema } from '../../src/schema';
import { typeNameOf } from '../../src/schema/node/kinds';
import { OURS } from '../../bench/queries/ours';
import { QUESTIONS } from '../../bench/questions';
import { pickParams } from '../../bench/size';
import { freshGraph } from '../support/neo4j';
import { seedGraph } from '../support/seed';

const EXAMPLES = fs.readFileSync(path.join(__dirname, '..', '..', 'examples.graphql'), 'utf8');

/** What a client receives of a result: data, and each error as JSON (message, locations, path, extensions). */
const asSent = (result: ExecutionResult) => JSON.parse(JSON.stringify(result));

/**
 * The compiled executor (graphql-jit) answers what graphql-js answers, on the seed graph: the
 * README's examples, the benchmark's six questions, abstract types, and errors raised by
 * resolvers and by the schema's own coercion.
 */
describe('compiled execution', () => {
  let graph: Graph;
  let driver: Driver;
  let schema: GraphQLSchema;
  let compiled: (query: string, variables?: Record<string, unknown>, operationName?: string) => Promise<unknown>;
  let reference: (query: string, variables?: Record<string, unknown>, operationName?: string) => Promise<unknown>;

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    // graphql-js on a schema of its own, as type-graphql built it (compiledExecution changes how its abstract types resolve).
    schema = await createSchema();
    const jitSchema = await createSchema();
    const { executor } = await compiledExecution(jitSchema, { typeNameOf }).load({ apollo: {} });
    const documentOf = (query: string) => {
      const document = parse(query);
      expect(validate(schema, document)).toEqual([]);
      return document;
    };
    compiled = async (query, variables = {}, operationName) => {
      const document = documentOf(query);
      const operation = document.definitions.find(
        (d) => d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName),
      );
      return asSent(
        await executor!({
          document,
          operation,
          request: { query, variables, operationName },
          context: createContext(graph),
        } as never),
      );
    };
    reference = async (query, variables = {}, operationName) =>
      asSent(
        await execute({
          schema,
          document: documentOf(query),
          variableValues: variables,
          operationName,
          contextValue: createContext(graph),
        }),
      );
  });
  afterAll(() => driver.close());

  const operations = parse(EXAMPLES).definitions.flatMap((d) =>
    d.kind === 'OperationDefinition' && d.operation === OperationTypeNode.QUERY && d.name ? [d.name.value] : [],
  );

  it.each(operations)('answers the example %s as graphql-js does', async (name) => {
    const expected = await reference(EXAMPLES, {}, name);
    expect((expected as { errors?: unknown }).errors).toBeUndefined();
    expect(await compiled(EXAMPLES, {}, name)).toEqual(expected);
  });

  it('answers the benchmark questions as graphql-js does, twice (the second from the compiled cache)', async () => {
    const params = await pickParams(graph, 'seed', 'eo-14010');
    for (const { id } of QUESTIONS) {
      const { query, variables } = OURS[id];
      const expected = await reference(query, variables(params));
      expect((expected as { data?: unknown }).data).toBeTruthy();
      expect(await compiled(query, variables(params))).toEqual(expected);
      expect(await compiled(query, variables(params))).toEqual(expected);
    }
  });

  it('resolves interfaces and unions, and names the concrete types', async () => {
    const query = `{ search(text: "climate", first: 5) { edges { node { __typename ... on Node { id } } } }
      document(id: "eo-14010") { __typename ... on Node { id } }
      directives(first: 5) { edges { node { targets(first: 5) { edges { node { __typename ... on Node { id } } } } } } } }`;
    const expected = await reference(query);
    expect(JSON.stringify(expected)).toContain('__typename');
    expect(await compiled(query)).toEqual(expected);
  });

  it("reports a resolver's coded error with its code, message, path and the other fields' data", async () => {
    const query = `{ a: documents(first: -1) { totalCount } b: node(id: "eo-14010") { id } }`;
    const expected = (await reference(query)) as { errors: Array<{ extensions: { code: string } }> };
    expect(expected.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await compiled(query)).toEqual(expected);
  });
});
