import { Driver } from 'neo4j-driver';
import { Graph } from '../../src/graph/run';
import { applySchema, declaredFulltextIndexes } from '../../src/graph/schema';
import { encodeCursor } from '../../src/schema/common/paging';
import { Api } from '../../src/server';
import { gql, startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';
import { seedGraph } from '../support/seed';

/**
 * Issue 20: what makes a question's cost follow its answer, checked by what a client sees: the
 * migration of an older store, search pages deep in tied scores, directives by due date and the
 * pages of an agency's responsibilities.
 */
describe('a store written before issue 20', () => {
  let graph: Graph;
  let driver: Driver;
  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
  });
  afterAll(() => driver.close());

  it('gets its assignments their ends’ ids and its full-text index its declared labels on the next start', async () => {
    const [{ assignments }] = await graph.read<{ assignments: number }>(
      'MATCH ()-[r:ASSIGNED_TO]->() RETURN count(r) AS assignments',
    );
    expect(assignments).toBeGreaterThan(20);
    // As an older version left them: no ids on the assignments, a search index over fewer labels.
    await graph.write('MATCH ()-[r:ASSIGNED_TO]->() REMOVE r.agencyId, r.directiveId');
    await graph.write('DROP INDEX search');
    await graph.write('CREATE FULLTEXT INDEX search FOR (n:PresidentialDocument|Directive) ON EACH [n.title, n.text]');

    await applySchema(graph);

    const [{ kept, wrong }] = await graph.read<{ kept: number; wrong: number }>(
      `MATCH (d)-[r:ASSIGNED_TO]->(a) RETURN count(r.agencyId) AS kept,
       count(CASE WHEN r.agencyId <> a.id OR r.directiveId <> d.id THEN 1 END) AS wrong`,
    );
    expect({ kept, wrong }).toEqual({ kept: assignments, wrong: 0 });
    const [search] = await graph.read<{ labels: string[]; properties: string[] }>(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes AS labels, properties WHERE name = 'search' RETURN labels, properties",
    );
    const declared = declaredFulltextIndexes().find((index) => index.name === 'search')!;
    expect([...search.labels].sort()).toEqual([...declared.labels].sort());
    expect(declared.labels).toEqual(expect.arrayContaining(['PresidentialDocument', 'Agency', 'AgencyGroup', 'Body']));
    expect([...search.properties].sort()).toEqual(['acronym', 'name', 'text', 'title']);
  });

  it('gets its targets their ends’ ids, its directives their document’s kind and its documents their kind’s label', async () => {
    const [before] = await graph.read<{ targets: number; directives: number; orders: number }>(
      `RETURN COUNT { ()-[:TARGETS]->() } AS targets, COUNT { (:Directive) } AS directives,
              COUNT { (:ExecutiveOrder) } AS orders`,
    );
    expect(before.targets).toBeGreaterThan(0);
    // As an older version left them: bare targets and directives, an order known by its `kind` alone.
    await graph.write('MATCH ()-[r:TARGETS]->() REMOVE r.directiveId, r.targetId');
    await graph.write('MATCH (d:Directive) REMOVE d.documentKind');
    await graph.write("MATCH (d:ExecutiveOrder {id: 'eo-14010'}) REMOVE d:ExecutiveOrder");

    await applySchema(graph);

    const [after] = await graph.read<{ targets: number; wrongTargets: number; kinds: number; wrongKinds: number }>(
      `MATCH (d:Directive)-[r:TARGETS]->(t)
       WITH count(r.targetId) AS targets, count(CASE WHEN r.directiveId <> d.id OR r.targetId <> t.id THEN 1 END) AS wrongTargets
       MATCH (d:Directive), (doc:PresidentialDocument {id: d.documentId})
       RETURN targets, wrongTargets, count(d.documentKind) AS kinds,
              count(CASE WHEN d.documentKind <> doc.kind THEN 1 END) AS wrongKinds`,
    );
    expect(after).toEqual({ targets: before.targets, wrongTargets: 0, kinds: before.directives, wrongKinds: 0 });
    const [{ orders }] = await graph.read<{ orders: number }>('RETURN COUNT { (:ExecutiveOrder) } AS orders');
    expect(orders).toBe(before.orders);
  });
});

describe('pages whose cost follows the answer, over the API', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;
  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    // 150 rules whose names score the same for "zebra": a page's edge falls among ties, beyond
    // the first probe of Lucene's hits, so only a deeper probe gives the id order.
    await graph.write(
      "UNWIND range(1, 150) AS i CREATE (:Rule {id: 'zz-rule-' + toString(1000 - i), name: 'Zebra crossing rule', kind: 'RULE'})",
    );
    await graph.write("CREATE (:Rule {id: 'zz-best', name: 'Zebra zebra zebra', kind: 'RULE'})");
    await graph.write('CALL db.awaitIndexes(300)');
    ({ api, url } = await startApi(graph));
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await gql(url, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  it('pages a search by (score, id) exactly, also where the page ends among tied hits beyond the first probe', async () => {
    const all: string[] = [];
    for (let after: string | null = null; ;) {
      const data: any = await ok(
        'query($after: String) { search(text: "zebra", first: 40, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { score node { id } } } }',
        { after },
      );
      expect(data.search.totalCount).toBe(151);
      all.push(...data.search.edges.map((e: any) => e.node.id));
      if (!data.search.pageInfo.hasNextPage) break;
      after = data.search.pageInfo.endCursor;
    }
    const tied = Array.from({ length: 150 }, (_, i) => `zz-rule-${1000 - (i + 1)}`).sort();
    expect(all).toEqual(['zz-best', ...tied]);
    // Deep in the list: the page is the same as the one read from the whole ordered list.
    const deep: any = await ok(
      'query($after: String) { search(text: "zebra", kinds: [RULE], first: 10, after: $after) { edges { node { id } } } }',
      { after: encodeCursor(120) },
    );
    expect(deep.search.edges.map((e: any) => e.node.id)).toEqual(all.slice(121, 131));
  });

  it('lists directives due in a range by due date, then id, with or without an action', async () => {
    const data =
      await ok(`{ directives(first: 50, orderBy: DUE_ON, filter: { dueAfter: "2021-01-01", dueBefore: "2025-12-31" })
      { edges { node { id dueOn action } } } }`);
    const rows = data.directives.edges.map((e: any) => e.node);
    expect(rows.length).toBeGreaterThan(2);
    const action = rows[0].action;
    const ofAction =
      await ok(`{ directives(first: 50, orderBy: DUE_ON, filter: { action: ${action}, dueAfter: "2021-01-01", dueBefore: "2025-12-31" })
      { edges { node { id } } } }`);
    expect(ofAction.directives.edges.map((e: any) => e.node.id)).toEqual(
      rows.filter((r: any) => r.action === action).map((r: any) => r.id),
    );
    const keys = rows.map((r: any) => `${r.dueOn} ${r.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(rows.map((r: any) => r.dueOn)).size).toBeGreaterThan(1);
  });

  it("pages an agency's responsibilities: groups and each group's ids, with the total of all", async () => {
    const full = (
      await ok(
        '{ agencyResponsibilities(agencyId: "dhs") { total groupCount groups { documentId role action count directiveIds } } }',
      )
    ).agencyResponsibilities;
    expect(full.groupCount).toBe(full.groups.length);
    expect(full.groupCount).toBeGreaterThan(2);
    const page = (
      await ok(
        '{ agencyResponsibilities(agencyId: "dhs", groupsFirst: 2, groupsSkip: 1, directiveIdsFirst: 1) { total groupCount groups { documentId role action count directiveIds } } }',
      )
    ).agencyResponsibilities;
    expect(page.total).toBe(full.total);
    expect(page.groupCount).toBe(full.groupCount);
    expect(page.groups).toEqual(
      full.groups.slice(1, 3).map((g: any) => ({ ...g, directiveIds: g.directiveIds.slice(0, 1) })),
    );
    const refused = await gql(url, '{ agencyResponsibilities(agencyId: "dhs", groupsFirst: -1) { total } }');
    expect(refused.errors?.[0].message).toMatch(/groupsFirst.*negative/);
  });
});
