import { parse, GraphQLResolveInfo, FragmentDefinitionNode, OperationDefinitionNode, FieldNode } from 'graphql';
import { findDirectives } from '../../src/graph/directives';
import { relatedByIds } from '../../src/graph/relations';
import { Graph } from '../../src/graph/run';
import { searchNodes } from '../../src/graph/search';
import { RelationPlan } from '../../src/graph/translate/plan';
import { asksOnly, wantedParts } from '../../src/schema/common/selection';

/** A Graph that records the queries it is asked and answers with `rows`. */
function recording(rows: unknown[]): {
  graph: Graph;
  sent: Array<{ cypher: string; params: Record<string, unknown> }>;
} {
  const sent: Array<{ cypher: string; params: Record<string, unknown> }> = [];
  const graph = {
    read: async (cypher: string, params: Record<string, unknown>) => (sent.push({ cypher, params }), rows),
  } as unknown as Graph;
  return { graph, sent };
}

/** The resolve info of the first field of `query` (enough for the selection helpers). */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  );
  return {
    fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
    fragments,
  } as unknown as GraphQLResolveInfo;
}

describe('what a connection selection asks for', () => {
  it('sees edges, pageInfo and totalCount through fragments', () => {
    expect(wantedParts(infoOf('{ directives { totalCount } }'))).toEqual({ page: false, count: true });
    expect(wantedParts(infoOf('{ directives { ... on DirectiveConnection { pageInfo { hasNextPage } } } }'))).toEqual({
      page: true,
      count: false,
    });
    expect(
      wantedParts(infoOf('{ directives { ...F } } fragment F on DirectiveConnection { edges { cursor } totalCount }')),
    ).toEqual({ page: true, count: true });
    expect(asksOnly(infoOf('{ directives { id __typename } }'), ['id', '__typename'])).toBe(true);
    expect(asksOnly(infoOf('{ directives { id text } }'), ['id', '__typename'])).toBe(false);
  });
});

describe('filtered list queries', () => {
  it('holds only the conditions given, as parameters, so indexes apply', async () => {
    const { graph, sent } = recording([{ totalCount: null, nodes: [] }]);
    await findDirectives(
      graph,
      { action: 'ISSUE', dueAfter: '2025-01-01', role: null },
      { skip: 20, limit: 10 },
      { page: true, count: false },
    );
    const [{ cypher, params }] = sent;
    expect(cypher).not.toMatch(/IS NULL/);
    expect(cypher).toMatch(/n\.action = \$action/);
    expect(cypher).toMatch(/n\.dueOn >= date\(\$dueAfter\)/);
    expect(cypher).not.toMatch(/ASSIGNED_TO|dueBefore|collect\(n\) AS matched/);
    expect(cypher).toMatch(/ORDER BY n\.id\s+SKIP \$skip LIMIT \$limit/);
    expect(params).toMatchObject({ action: 'ISSUE', dueAfter: '2025-01-01' });
    expect(Number(params.limit)).toBe(11); // one more than the page: says whether a next page exists
  });

  it('counts in the same pass only when the total is asked', async () => {
    const { graph, sent } = recording([{ totalCount: 3, nodes: [] }]);
    await findDirectives(graph, {}, { skip: 0, limit: 10 }, { page: true, count: true });
    await findDirectives(graph, {}, { skip: 0, limit: 10 }, { page: false, count: true });
    expect(sent[0].cypher).toMatch(/size\(matched\) AS totalCount/);
    expect(sent[1].cypher).toMatch(/WITH count\(n\) AS totalCount/);
    expect(sent[1].cypher).not.toMatch(/ORDER BY/);
  });
});

describe('relationship field queries', () => {
  const plan: RelationPlan = {
    relation: { from: 'Agency', type: 'ASSIGNED_TO', direction: 'IN' },
    filter: {},
    window: null,
    count: false,
    properties: null,
    nested: [],
  };

  it('pages each parent inside the query and counts unfiltered edges by degree', async () => {
    const { graph, sent } = recording([]);
    await relatedByIds(graph, { ...plan, window: { skip: 0, limit: 51 }, count: true }, ['dhs']);
    const [{ cypher }] = sent;
    // An assignment keeps its ends' ids: the agency's page is a seek on their index, in its order.
    expect(cypher).toMatch(
      /CALL \(a\) \{\s+MATCH \(b\)-\[r:ASSIGNED_TO\]->\(\) WHERE r\.agencyId = a\.id AND r\.directiveId IS NOT NULL\s+WITH r, b ORDER BY r\.agencyId, r\.directiveId SKIP \$skip LIMIT \$limit/,
    );
    expect(cypher).toMatch(/COUNT \{[^}]*\(a\)<-\[:ASSIGNED_TO\]-\(\) \}/);
    expect(cypher).not.toMatch(/b\.order|keys\(\$rel\)/);
  });

  it('filters and counts with the filter when one is given, and leaves out what is not asked', async () => {
    const { graph, sent } = recording([]);
    await relatedByIds(graph, { ...plan, filter: { rel: { role: 'LEAD' } }, count: true }, ['dhs']);
    expect(sent[0].cypher).not.toMatch(/CALL/);
    expect(sent[0].cypher).toMatch(
      /COUNT \{ MATCH \(b\)-\[r:ASSIGNED_TO\]->\(\) WHERE r\.agencyId = a\.id AND r\.directiveId IS NOT NULL AND all\(k IN keys\(\$rel\)/,
    );
  });
});

describe('search query', () => {
  it('reads properties of the page only and counts only when asked', async () => {
    const { graph, sent } = recording([{ nodes: [], scores: [], deepEnough: true }]);
    await searchNodes(graph, 'climate', null, { skip: 0, limit: 20 }, { page: true, count: false });
    expect(sent).toHaveLength(1);
    // Lucene's best hits only, at least twice the page: not every hit's id to sort by.
    expect(sent[0].cypher).toMatch(/queryNodes\('search', \$text, \{limit: \$probe\}\)/);
    expect(Number(sent[0].params.probe)).toBeGreaterThanOrEqual(42);
    expect(sent[0].cypher).toMatch(/ORDER BY score DESC, node\.id SKIP \$skip LIMIT \$limit/);
    expect(sent[0].cypher).not.toMatch(/count\(|matched/);
  });
});
