import 'reflect-metadata';
import { getNamedType, GraphQLNamedType, GraphQLSchema, isLeafType, isObjectType, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { loadConfig } from '../../../src/config';
import { costAdvice, describeAdvice } from '../../../src/hardening/cost-advice';
import { listSizeEstimator, SIZE_ARGUMENTS } from '../../../src/hardening/cost';
import { createSchema } from '../../../src/schema';

/** The cost limit (MAX_COST) and the maxima the schema documents must agree. */
describe('the cost limit and the schema', () => {
  let schema: GraphQLSchema;
  const maxCost = loadConfig({}).limits.maxCost;
  const cost = (query: string, variables = {}) =>
    getComplexity({ schema, query: parse(query), variables, estimators: [listSizeEstimator] });
  beforeAll(async () => (schema = await createSchema()));

  /** Every field of a type that needs no argument and is not itself a sized list, down to leaves. */
  function everything(type: GraphQLNamedType, depth = 0): string {
    if (!isObjectType(type) || depth > 3) return '__typename';
    const fields = Object.values(type.getFields()).filter(
      (f) => !f.args.some((a) => SIZE_ARGUMENTS.includes(a.name) || a.type.toString().endsWith('!')),
    );
    return fields
      .map((f) =>
        isLeafType(getNamedType(f.type)) ? f.name : `${f.name} { ${everything(getNamedType(f.type), depth + 1)} }`,
      )
      .join(' ');
  }

  it('lets every top-level list at its documented maximum return every field of its items', () => {
    const sized = Object.values(schema.getQueryType()!.getFields()).filter((f) =>
      f.args.some((a) => SIZE_ARGUMENTS.includes(a.name)),
    );
    expect(sized.map((f) => f.name)).toEqual(
      expect.arrayContaining(['graph', 'directives', 'documents', 'agencies', 'search']),
    );
    for (const field of sized) {
      const arg = field.args.find((a) => SIZE_ARGUMENTS.includes(a.name))!;
      const documented = /(\d+) to (\d+)/.exec(arg.description ?? '');
      expect(documented).not.toBeNull();
      const required = field.args.filter((a) => a.type.toString().endsWith('!')).map((a) => `${a.name}: "x"`);
      const query = `{ ${field.name}(${[`${arg.name}: ${documented![2]}`, ...required].join(', ')}) { ${everything(getNamedType(field.type))} } }`;
      expect({ query, fits: cost(query) <= maxCost }).toEqual({ query, fits: true });
    }
  });

  it('lets a page of 100 directives each with 100 assignments through, and graph(limit: 5000) with every field', () => {
    expect(
      cost(
        '{ directives(first: 100) { edges { node { id text assignments(first: 100) { edges { role node { id name } } } } } } }',
      ),
    ).toBeLessThanOrEqual(maxCost);
    expect(
      cost(
        '{ graph(limit: 5000) { nodes { id kind label properties } edges { id source target type properties } truncated } }',
      ),
    ).toBe(50000);
  });

  it('says in a refusal which smaller list would pass, and that query passes', () => {
    const query =
      'query($n: Int) { agencies(first: $n) { edges { node { id children(first: 100) { edges { node { id children(first: 100) { edges { node { id name } } } } } } } } } }';
    const refused = cost(query, { n: 100 });
    expect(refused).toBeGreaterThan(maxCost);
    const advice = costAdvice({ schema, document: parse(query), variables: { n: 100 } }, maxCost);
    expect(advice[0]).toMatchObject({ path: 'agencies', argument: 'first' });
    expect(advice.map((a) => a.path)).toContain('agencies.edges.node.children');
    expect(describeAdvice(advice)).toMatch(
      /^It would pass with first: \d+ on agencies, or first: \d+ on agencies\.edges\.node\.children/,
    );
    for (const { max } of advice.filter((a) => a.path === 'agencies')) {
      expect(cost(query, { n: max })).toBeLessThanOrEqual(maxCost);
      expect(cost(query, { n: max + 1 })).toBeGreaterThan(maxCost);
    }
    const inner = advice.find((a) => a.path === 'agencies.edges.node.children')!;
    expect(
      cost(query.replace('children(first: 100)', `children(first: ${inner.max})`), { n: 100 }),
    ).toBeLessThanOrEqual(maxCost);
  });

  it('advises only the lists that can make the query pass on their own, and says so when none can', () => {
    const full = 'nodes { id kind label properties } edges { id source target type properties } truncated';
    const query = `{ a: graph(limit: 5000) { ${full} } b: graph(limit: 5000) { ${full} } search(text: "x", first: 1) { edges { node { id } } } }`;
    expect(cost(query)).toBe(100001);
    expect(costAdvice({ schema, document: parse(query), variables: {} }, maxCost)).toEqual([
      { path: 'a', argument: 'limit', max: 4999 },
      { path: 'b', argument: 'limit', max: 4999 },
    ]);
    const three = `{ a: graph(limit: 5000) { ${full} } b: graph(limit: 5000) { ${full} } c: graph(limit: 5000) { ${full} } }`;
    expect(describeAdvice(costAdvice({ schema, document: parse(three), variables: {} }, maxCost))).toBe(
      'Ask for fewer fields or smaller lists.',
    );
  });
});
