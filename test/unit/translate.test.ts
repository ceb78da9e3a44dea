import { listQuery } from '../../src/graph/translate/lists';
import { directivesOfDocumentsQuery, nodesByIdsQuery, nodesOfLabelQuery } from '../../src/graph/translate/nodes';
import { Nested, RelationPlan } from '../../src/graph/translate/plan';
import { relatedQuery } from '../../src/graph/translate/related';
import { searchPageQuery } from '../../src/graph/translate/search';
import { subgraphQuery } from '../../src/graph/translate/subgraph';
import { revocationChainQuery } from '../../src/graph/translate/chain';

/** Plans in, `{ cypher, params }` out, with no database: the snapshots are the queries sent. */

const assignments: Nested = {
  kind: 'relation',
  relation: { from: 'Directive', type: 'ASSIGNED_TO', direction: 'OUT', to: 'Agency' },
  filter: {},
  window: { skip: 0, limit: 101 },
  count: false,
  properties: ['id'],
  nested: [],
  edgeProperties: ['role'],
};
const document: Nested = { kind: 'node', label: 'PresidentialDocument', idProperty: 'documentId', properties: ['id'] };
const agencyDirectives: RelationPlan = {
  relation: { from: 'Agency', type: 'ASSIGNED_TO', direction: 'IN' },
  filter: { rel: { role: 'LEAD' } },
  window: { skip: 0, limit: 51 },
  count: true,
  properties: ['documentId', 'id'],
  nested: [
    document,
    {
      kind: 'relation',
      relation: { from: 'Directive', type: 'TARGETS', direction: 'OUT' },
      filter: {},
      window: { skip: 0, limit: 101 },
      count: true,
      properties: null,
      nested: [],
    },
  ],
};

/** Every `$name` the Cypher uses has a parameter (or is every query's `$withSources`). */
function paramsUsed(cypher: string, params: Record<string, unknown>): void {
  const used = new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]));
  used.delete('withSources');
  expect([...used].sort()).toEqual(Object.keys(params).sort());
}

describe('relationship fields', () => {
  it('pages each parent, nests what its nodes are asked, and names each level itself', () => {
    const built = relatedQuery(agencyDirectives, ['dhs', 'doj']);
    expect(built).toMatchSnapshot();
    paramsUsed(built.cypher, built.params);
    // A subquery may not declare a variable of the query around it: every level has its own names.
    expect(built.cypher).toMatch(/MATCH \(b2:PresidentialDocument \{id: b\.documentId\}\)/);
    // A directive's targets keep its id: seeked by it, in target id order, not expanded from it.
    expect(built.cypher).toMatch(
      /MATCH \(\)-\[r2:TARGETS\]->\(b3\) WHERE r2\.directiveId = b\.id AND r2\.targetId IS NOT NULL WITH r2, b3 ORDER BY r2\.directiveId, r2\.targetId/,
    );
    expect(built.params).toMatchObject({ ids: ['dhs', 'doj'], rel: { role: 'LEAD' } });
    // Without an edge projection every property of the relationship is read.
    expect(built.cypher).toMatch(/collect\(\[properties\(r\), /);
  });

  it('nests at any depth, with only the parameters each level uses', () => {
    const deep: RelationPlan = { ...agencyDirectives, filter: {}, nested: [{ ...assignments, nested: [document] }] };
    const built = relatedQuery({ ...deep, relation: { from: 'Provision', type: 'CONTAINS', direction: 'OUT' } }, ['p']);
    expect(built).toMatchSnapshot();
    paramsUsed(built.cypher, built.params);
  });

  it('refuses a label or property name outside the allowlists', () => {
    const bad = {
      ...assignments,
      relation: { ...assignments.relation, to: 'Agency) DETACH DELETE (x' },
    } as unknown as Nested;
    expect(() => relatedQuery({ ...agencyDirectives, nested: [bad] }, ['x'])).toThrow(/Not an allowed label/);
    const badProperty = { ...document, idProperty: 'id}) RETURN 1 //' };
    expect(() => relatedQuery({ ...agencyDirectives, nested: [badProperty] }, ['x'])).toThrow(/Not a property name/);
  });
});

describe('nodes by id', () => {
  it('tries every label through its id constraint, or seeks one label with what its fields ask', () => {
    expect(nodesByIdsQuery(['eo-14010'])).toMatchSnapshot();
    const built = nodesOfLabelQuery('Directive', ['eo-14010:4(b)(i)#1'], ['id', 'text'], [document, assignments]);
    expect(built).toMatchSnapshot();
    paramsUsed(built.cypher, built.params);
    expect(directivesOfDocumentsQuery(['eo-14010'], { action: 'REVIEW' })).toMatchSnapshot();
  });
});

describe('filtered lists', () => {
  const plan = {
    match: 'MATCH (n:Directive)\nWHERE n.action = $action',
    filterParams: { action: 'REVIEW' },
    order: 'n.id',
    window: { skip: 20, limit: 11 },
  };
  it('builds the page, the page with its total, or the total alone', () => {
    const page = listQuery({
      ...plan,
      wanted: { page: true, count: false },
      nested: [assignments],
      properties: ['id'],
    });
    expect(page).toMatchSnapshot();
    paramsUsed(page.cypher, page.params);
    expect(listQuery({ ...plan, wanted: { page: true, count: true }, nested: [document] })).toMatchSnapshot();
    expect(listQuery({ ...plan, wanted: { page: false, count: true } })).toMatchSnapshot();
  });

  it('keeps nested parameters apart from the filter parameters of the same name', () => {
    const { params } = listQuery({
      ...plan,
      filterParams: { action: 'REVIEW', node: 'filter value' },
      wanted: { page: true, count: false },
      nested: [{ ...assignments, filter: { node: { acronym: 'DHS' } } }],
    });
    expect(params.node).toBe('filter value');
    expect(params.node2).toEqual({ acronym: 'DHS' });
  });

  it('reads of each relationship only the properties its edges are asked', () => {
    const { cypher } = listQuery({ ...plan, wanted: { page: true, count: false }, nested: [assignments] });
    expect(cypher).toMatch(/RETURN \[r \{\.role\}, b \{\.id, labels: labels\(b\)\}\] \}/);
    const none = listQuery({
      ...plan,
      wanted: { page: true, count: false },
      nested: [{ ...assignments, edgeProperties: [] }],
    });
    expect(none.cypher).toMatch(/RETURN \[\{\}, b \{/);
  });
});

describe('search and subgraphs', () => {
  it('builds the probed page of hits', () => {
    const built = searchPageQuery({
      lucene: 'climate',
      labels: ['Directive'],
      window: { skip: 0, limit: 21 },
      probe: 80,
      properties: ['id'],
    });
    expect(built).toMatchSnapshot();
    paramsUsed(built.cypher, built.params);
  });

  it('builds a neighbourhood and the whole graph', () => {
    const projection = { nodeProperties: false, nodeLabels: true, edgeProperties: false };
    const around = subgraphQuery({
      focus: ['eo-14010'],
      depth: 2,
      labels: null,
      types: ['REVOKES', 'CITES'],
      limit: 500,
      ...projection,
    });
    expect(around).toMatchSnapshot();
    paramsUsed(around.cypher, around.params);
    expect(
      subgraphQuery({ focus: [], depth: 1, labels: ['Agency'], types: null, limit: 50, ...projection }),
    ).toMatchSnapshot();
  });
});

describe('revocation chains', () => {
  it('matches only the directions and types asked, and reads a hop’s properties only when asked', () => {
    const both = revocationChainQuery({
      id: 'eo-14148',
      maxDepth: 20,
      upstream: true,
      downstream: true,
      types: ['REVOKES', 'SUPERSEDES'],
      read: { provisionId: true, inPart: true },
    });
    expect(both).toMatchSnapshot();
    paramsUsed(both.cypher, both.params);
    const lean = revocationChainQuery({
      id: 'eo-14148',
      maxDepth: 5,
      upstream: false,
      downstream: true,
      types: ['REVOKES'],
      read: { provisionId: false, inPart: false },
    });
    expect(lean.cypher).not.toMatch(/'UPSTREAM' AS|<-|SUPERSEDES|r\.provision|r\.inPart|UNION/);
    expect(lean.cypher).toMatch(/-\[:REVOKES\*1\.\.20\]->/);
    const unknownType = 'REVOKES]-() DETACH DELETE (x' as never;
    expect(() =>
      revocationChainQuery({
        id: 'x',
        maxDepth: 1,
        upstream: true,
        downstream: false,
        types: [unknownType],
        read: { provisionId: false, inPart: false },
      }),
    ).toThrow();
  });
});
