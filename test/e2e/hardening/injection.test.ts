import { Driver } from 'neo4j-driver';
import { Graph } from '../../../src/graph/run';
import { Api } from '../../../src/server';
import { gql, startApi } from '../../support/api';
import { freshGraph } from '../../support/neo4j';
import { seedGraph } from '../../support/seed';
import { graphSnapshot } from '../../support/snapshot';
import { INGEST, KEY, bearer } from './fixtures';

/** Strings that break Cypher (or Lucene, or JSON) if any code pasted them into a query. */
const HOSTILE = [
  "'",
  '"',
  '`',
  "\\'",
  "x' OR 1=1 //",
  '}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  '`) DETACH DELETE n //',
  '\u0027) MATCH (n) DETACH DELETE n //',
  '\\u0027 MATCH (n) SET n.pwned = true //',
  '$param {x} ${id}',
  'title:* OR id:* AND NOT ~ ^ [a TO z]',
  '\u0000\u200b\ud83d\ude00\u202e',
  'x'.repeat(50000) + "'",
];

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Arg {
  name: string;
  type: TypeRef;
}
interface Field {
  name: string;
  args: Arg[];
  type: TypeRef;
}

/** Every query field is found by introspection, so fields added later are covered without editing this test. */
describe('injection through every string argument', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;
  let types: Map<
    string,
    { kind: string; inputFields: Arg[] | null; enumValues: Array<{ name: string }> | null; fields: Field[] | null }
  >;

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    ({ api, url } = await startApi(graph, { security: { apiKeys: [KEY] } }));
    const schema = await gql(
      url,
      `{ __schema { types { name kind
      fields { name type { ...T } args { name type { ...T } } }
      inputFields { name type { ...T } } enumValues { name } } } }
      fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`,
    );
    types = new Map(schema.data!.__schema.types.map((t: { name: string }) => [t.name, t]));
  });
  afterAll(async () => {
    await api?.stop();
    await driver?.close();
  });

  it('leaves the graph unchanged and never fails internally, whatever the string', async () => {
    const fields = types.get('Query')!.fields!.filter((f) => !f.name.startsWith('__'));
    const withStrings = fields.filter((f) => f.args.some((a) => carriesString(a.type)));
    expect(withStrings.length).toBeGreaterThan(3); // the introspection found the schema's string arguments
    const before = await graphSnapshot(graph);
    for (const field of withStrings) {
      for (const hostile of HOSTILE) {
        const variables = Object.fromEntries(
          field.args.map((a) => [a.name, valueFor(a.type, hostile, true)]).filter(([, v]) => v !== undefined),
        );
        const declared = field.args.filter((a) => a.name in variables).map((a) => `$${a.name}: ${typeName(a.type)}`);
        const passed = field.args.filter((a) => a.name in variables).map((a) => `${a.name}: $${a.name}`);
        const query = `query Q${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${passed.length ? `(${passed.join(', ')})` : ''} ${selection(field.type)} }`;
        const result = await gql(url, query, variables);
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        // 200 with data, or 400 when the only errors are BAD_USER_INPUT (issue 17); never a 5xx.
        const expectedStatus = result.data ? 200 : 400;
        expect({ field: field.name, hostile: hostile.slice(0, 40), status: result.status, codes }).toEqual({
          field: field.name,
          hostile: hostile.slice(0, 40),
          status: expectedStatus,
          codes: codes.filter((c) => c !== 'INTERNAL_SERVER_ERROR'),
        });
      }
    }
    expect(await graphSnapshot(graph)).toEqual(before);
  });

  it('the ingest mutation refuses hostile text and hostile numbers without writing', async () => {
    const before = await graphSnapshot(graph);
    for (const hostile of HOSTILE) {
      for (const variables of [
        { text: hostile },
        { text: hostile, kind: 'EXECUTIVE_ORDER', number: hostile },
        { text: `Executive Order ${hostile}\n\nSec. 1. ${hostile}` },
      ]) {
        const result = await gql(url, INGEST, variables, bearer());
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
    }
    expect(await graphSnapshot(graph)).toEqual(before);
  });

  function carriesString(type: TypeRef, seen = new Set<string>()): boolean {
    const named = unwrap(type);
    if (named.name === 'String' || named.name === 'ID') return true;
    if (named.kind !== 'INPUT_OBJECT' || seen.has(named.name!)) return false;
    seen.add(named.name!);
    return types.get(named.name!)!.inputFields!.some((f) => carriesString(f.type, seen));
  }

  /** A value of the argument's type with the hostile string in every string slot; optional non-string arguments are left out. */
  function valueFor(type: TypeRef, hostile: string, topLevel = false): unknown {
    const required = type.kind === 'NON_NULL';
    const inner = required ? type.ofType! : type;
    if (inner.kind === 'LIST') return [valueFor(inner.ofType!, hostile)];
    if (!carriesString(inner) && !required && topLevel) return undefined;
    switch (inner.kind) {
      case 'SCALAR':
        return { String: hostile, ID: hostile, Int: 1, Float: 1, Boolean: true }[inner.name!] ?? '2021-02-02';
      case 'ENUM':
        return types.get(inner.name!)!.enumValues![0].name;
      case 'INPUT_OBJECT':
        return Object.fromEntries(
          types
            .get(inner.name!)!
            .inputFields!.map((f) => [f.name, valueFor(f.type, hostile, true)])
            .filter(([, v]) => v !== undefined),
        );
      default:
        throw new Error(`unexpected argument type ${inner.kind}`);
    }
  }

  /** The smallest selection that makes the field's resolver run: __typename on objects. */
  function selection(type: TypeRef): string {
    const named = unwrap(type);
    return named.kind === 'SCALAR' || named.kind === 'ENUM' ? '' : '{ __typename }';
  }
});

function unwrap(type: TypeRef): TypeRef {
  return type.ofType ? unwrap(type.ofType) : type;
}

function typeName(type: TypeRef): string {
  if (type.kind === 'NON_NULL') return `${typeName(type.ofType!)}!`;
  if (type.kind === 'LIST') return `[${typeName(type.ofType!)}]`;
  return type.name!;
}
