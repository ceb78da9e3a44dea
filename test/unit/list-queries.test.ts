import { GraphQLResolveInfo } from 'graphql';
import { findDirectivesQuery } from '../../src/graph/directives';
import { firstProbe } from '../../src/graph/search';
import { RelationPlan } from '../../src/graph/translate/plan';
import { relatedQuery } from '../../src/graph/translate/related';
import { searchPageQuery } from '../../src/graph/translate/search';
import { firstField } from '../support/selection';
import { asksOnly, wantedParts } from '../../src/schema/common/selection';

/** The resolve info of the first field of `query` (enough for the selection helpers). */
function infoOf(query: string): GraphQLResolveInfo {
  const { field, fragments } = firstField(query);
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
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
  it('holds only the conditions given, as parameters, so indexes apply', () => {
    const { cypher, params } = findDirectivesQuery(
      { action: 'ISSUE', dueAfter: '2025-01-01', role: null },
      { skip: 20, limit: 10 },
      { page: true, count: false },
    );
    expect(cypher).not.toMatch(/IS NULL/);
    expect(cypher).toMatch(/n\.action = \$action/);
    expect(cypher).toMatch(/n\.dueOn >= date\(\$dueAfter\)/);
    expect(cypher).not.toMatch(/ASSIGNED_TO|dueBefore|collect\(n\) AS matched/);
    expect(cypher).toMatch(/ORDER BY n\.id\s+SKIP \$skip LIMIT \$limit/);
    expect(params).toMatchObject({ action: 'ISSUE', dueAfter: '2025-01-01' });
    expect(Number(params.limit)).toBe(11); // one more than the page: says whether a next page exists
  });

  it('counts in the same pass only when the total is asked', () => {
    const sent = [
      findDirectivesQuery({}, { skip: 0, limit: 10 }, { page: true, count: true }),
      findDirectivesQuery({}, { skip: 0, limit: 10 }, { page: false, count: true }),
    ];
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

  it('pages each parent inside the query and counts unfiltered edges by degree', () => {
    const { cypher } = relatedQuery({ ...plan, window: { skip: 0, limit: 51 }, count: true }, ['dhs']);
    // An assignment keeps its ends' ids: the agency's page is a seek on their index, in its order.
    expect(cypher).toMatch(
      /CALL \(a\) \{\s+MATCH \(b\)-\[r:ASSIGNED_TO\]->\(\) WHERE r\.agencyId = a\.id AND r\.directiveId IS NOT NULL\s+WITH r, b ORDER BY r\.agencyId, r\.directiveId SKIP \$skip LIMIT \$limit/,
    );
    expect(cypher).toMatch(/COUNT \{[^}]*\(a\)<-\[:ASSIGNED_TO\]-\(\) \}/);
    expect(cypher).not.toMatch(/b\.order|keys\(\$rel\)/);
  });

  it('filters and counts with the filter when one is given, and leaves out what is not asked', () => {
    const { cypher } = relatedQuery({ ...plan, filter: { rel: { role: 'LEAD' } }, count: true }, ['dhs']);
    expect(cypher).not.toMatch(/CALL/);
    expect(cypher).toMatch(
      /COUNT \{ MATCH \(b\)-\[r:ASSIGNED_TO\]->\(\) WHERE r\.agencyId = a\.id AND r\.directiveId IS NOT NULL AND all\(k IN keys\(\$rel\)/,
    );
  });
});

describe('search query', () => {
  it('reads properties of the page only and counts nothing', () => {
    const window = { skip: 0, limit: 21 };
    const probe = firstProbe(window);
    const { cypher, params } = searchPageQuery({ lucene: 'climate', labels: null, window, probe, properties: null });
    // Lucene's best hits only, at least twice the page: not every hit's id to sort by.
    expect(cypher).toMatch(/queryNodes\('search', \$text, \{limit: \$probe\}\)/);
    expect(Number(params.probe)).toBeGreaterThanOrEqual(42);
    expect(cypher).toMatch(/ORDER BY score DESC, node\.id SKIP \$skip LIMIT \$limit/);
    expect(cypher).not.toMatch(/count\(|matched/);
  });
});
