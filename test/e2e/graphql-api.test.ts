import { Driver } from 'neo4j-driver';
import { documentStatus, IncomingRelation } from '../../src/federal-register/status';
import { AGENCY_PROPERTIES } from '../../src/graph/translate/node-map';
import { Graph } from '../../src/graph/run';
import { ingestText } from '../../src/ingest/ingest';
import { Api } from '../../src/server';
import { gql, GraphQLResponse, startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';
import { seedGraph } from '../support/seed';

/** Issue 4: the typed API over the seeded graph, end to end over HTTP. */
describe('the typed GraphQL API', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
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
  const ids = (connection: { edges: Array<{ node: { id: string } }> }) => connection.edges.map((e) => e.node.id);

  it('says which agencies act on 85 FR 82260, and in what role', async () => {
    const data = await ok(`{
      node(id: "fr-85-82260") { __typename ... on Rule { frVolume frPage
        targetedBy { totalCount edges { action node { id assignments { edges { role node { id acronym } } } } } } } }
    }`);
    expect(data.node.__typename).toBe('Rule');
    expect(data.node).toMatchObject({ frVolume: 85, frPage: 82260 });
    const acting = data.node.targetedBy.edges.flatMap((e: any) =>
      e.node.assignments.edges.map((a: any) => `${a.node.id}:${a.role}:${e.action}`),
    );
    expect(acting.sort()).toEqual(['dhs:LEAD:REVIEW', 'doj:LEAD:REVIEW']);
  });

  it("lists all of DHS's directives with their due dates, and agrees with the directives filter", async () => {
    const data = await ok(`{
      agency(id: "dhs") { name directives(first: 100) { totalCount edges { role node { id dueOn document { id } } } } }
      directives(filter: { agencyId: "dhs" }, first: 100) { totalCount }
    }`);
    const edges = data.agency.directives.edges;
    expect(data.agency.directives.totalCount).toBe(edges.length);
    expect(edges.length).toBeGreaterThan(20);
    expect(data.directives.totalCount).toBe(new Set(edges.map((e: any) => e.node.id)).size);
    const due = edges.filter((e: any) => e.node.dueOn).map((e: any) => `${e.node.id}@${e.node.dueOn}`);
    expect(due).toContain('eo-14010:4(b)(i)#2@2021-06-02');
    for (const edge of edges)
      expect(edge.node.dueOn === null || /^\d{4}-\d{2}-\d{2}$/.test(edge.node.dueOn)).toBe(true);
  });

  it('tells which agencies CDC is part of, and the reverse', async () => {
    const data = await ok('{ agency(id: "cdc") { parent { id parent { id } children { edges { node { id } } } } } }');
    expect(data.agency.parent.id).toBe('hhs');
    expect(data.agency.parent.parent).toBeNull();
    expect(ids(data.agency.parent.children)).toContain('cdc');
  });

  it("groups an agency's responsibilities by role, action and document with the nearest due dates", async () => {
    const data = await ok(
      `{ agencyResponsibilities(agencyId: "dhs") { total groups { role action documentId count dueDates nextDueOn directiveIds directives { id dueOn } } } }`,
    );
    const { total, groups } = data.agencyResponsibilities;
    expect(total).toBe(groups.reduce((sum: number, g: any) => sum + g.count, 0));
    for (const g of groups) {
      expect(g.directives).toHaveLength(g.count);
      expect(g.directiveIds).toEqual(g.directives.map((d: any) => d.id));
      expect([...g.directiveIds].sort()).toEqual(g.directiveIds);
      expect(g.nextDueOn).toBe(g.dueDates[0] ?? null);
      expect([...g.dueDates].sort()).toEqual(g.dueDates);
    }
    const reports = groups.find((g: any) => g.documentId === 'eo-14010' && g.dueDates.includes('2021-06-02'));
    expect(reports).toBeDefined();
    expect(
      (await ok('{ agencyResponsibilities(agencyId: "no-such-agency") { total } }')).agencyResponsibilities,
    ).toBeNull();
  });

  it('gives the earliest due date asked alone, or through a fragment, as the full list has it', async () => {
    const full = (await ok('{ agencyResponsibilities(agencyId: "dhs") { groups { documentId dueDates } } }'))
      .agencyResponsibilities.groups;
    const alone = (await ok('{ agencyResponsibilities(agencyId: "dhs") { groups { documentId nextDueOn } } }'))
      .agencyResponsibilities.groups;
    const viaFragment = (
      await ok(
        '{ agencyResponsibilities(agencyId: "dhs") { groups { ...due } } } fragment due on Responsibility { nextDueOn dueDates }',
      )
    ).agencyResponsibilities.groups;
    expect(alone.map((g: any) => g.documentId)).toEqual(full.map((g: any) => g.documentId));
    expect(alone.map((g: any) => g.nextDueOn)).toEqual(full.map((g: any) => g.dueDates[0] ?? null));
    expect(alone.some((g: any) => g.nextDueOn !== null)).toBe(true);
    expect(viaFragment).toEqual(full.map((g: any) => ({ nextDueOn: g.dueDates[0] ?? null, dueDates: g.dueDates })));
  });

  it('keeps the total and the number of groups on a page past the last group', async () => {
    const all = (await ok('{ agencyResponsibilities(agencyId: "dhs") { total groupCount } }')).agencyResponsibilities;
    const past = (
      await ok(
        `{ agencyResponsibilities(agencyId: "dhs", groupsSkip: ${all.groupCount}) { total groupCount groups { count } } }`,
      )
    ).agencyResponsibilities;
    expect(all.total).toBeGreaterThan(0);
    expect(past).toEqual({ total: all.total, groupCount: all.groupCount, groups: [] });
  });

  it('answers an agency without directives with no groups, and any agency in one round trip', async () => {
    const agencies = (await ok('{ agencies(first: 100) { edges { node { id directives { totalCount } } } } }')).agencies
      .edges;
    const idle = agencies.find((e: any) => e.node.directives.totalCount === 0);
    expect(idle).toBeDefined();
    const response = await gql(
      url,
      `{ agencyResponsibilities(agencyId: "${idle.node.id}") { agencyId total groups { count } } }`,
    );
    expect(response.data!.agencyResponsibilities).toEqual({ agencyId: idle.node.id, total: 0, groups: [] });
    const page = await ok(
      `{ agencyResponsibilities(agencyId: "${idle.node.id}", groupsFirst: 5) { total groupCount groups { count } } }`,
    );
    expect(page.agencyResponsibilities).toEqual({ total: 0, groupCount: 0, groups: [] });
    const busy = await gql(url, '{ agencyResponsibilities(agencyId: "dhs") { total groups { directiveIds } } }');
    expect(busy.data!.agencyResponsibilities.total).toBeGreaterThan(20);
    expect((busy as any).extensions.roundTrips).toBe(1);
  });

  const CHAIN = `query($id: String!, $direction: ChainDirection!, $maxDepth: Int!) {
    revocationChain(documentId: $id, direction: $direction, maxDepth: $maxDepth) {
      direction depth revokingId revokedId inPart provision { id path } revoking { id status } revoked { id }
    }
  }`;

  it('follows the revocation chain down from EO 14010 and up through EO 14159', async () => {
    const down = (await ok(CHAIN, { id: 'eo-14010', direction: 'DOWNSTREAM', maxDepth: 5 })).revocationChain;
    expect(down.map((h: any) => h.revokedId).sort()).toEqual([
      'eo-13767',
      'pm-2018-04-04',
      'pm-2018-04-06',
      'pm-2019-04-29',
      'proc-9880',
    ]);
    expect(down.find((h: any) => h.revokedId === 'eo-13767').provision.id).toBe('eo-14010:4(a)(ii)(F)(1)');
    const up = (await ok(CHAIN, { id: 'eo-14010', direction: 'UPSTREAM', maxDepth: 5 })).revocationChain;
    expect(up.map((h: any) => [h.depth, h.revokingId, h.revokedId])).toEqual([[1, 'eo-14159', 'eo-14010']]);
    expect(up[0].revoking.status).toBe('IN_FORCE');
    const both = (await ok(CHAIN, { id: 'eo-14010', direction: 'BOTH', maxDepth: 5 })).revocationChain;
    expect(both).toHaveLength(6);
    expect(both[0].direction).toBe('UPSTREAM');
  });

  it('reports statuses derived from the graph, the same as the pure rules in federal-register/status', async () => {
    const data = await ok(
      '{ documents(first: 100) { totalCount edges { node { id status signedOn documentKind } } } }',
    );
    const relations = await graph.read<IncomingRelation>(
      'MATCH (a:PresidentialDocument)-[r:REVOKES|SUPERSEDES]->(b:PresidentialDocument) RETURN type(r) AS type, a.id AS from, b.id AS to, coalesce(r.inPart, false) AS inPart',
    );
    expect(data.documents.totalCount).toBe(data.documents.edges.length);
    for (const { node } of data.documents.edges)
      expect([node.id, node.status]).toEqual([node.id, documentStatus(node.id, relations).status]);
    const statuses = Object.fromEntries(data.documents.edges.map((e: any) => [e.node.id, e.node.status]));
    expect(statuses).toMatchObject({ 'eo-14010': 'REVOKED', 'eo-13767': 'REVOKED', 'eo-14159': 'IN_FORCE' });
    const revoked = await ok(
      '{ documents(filter: { status: REVOKED, kind: EXECUTIVE_ORDER, signedBefore: "2021-12-31" }, first: 100) { edges { node { id } } } }',
    );
    const wanted = data.documents.edges
      .map((e: any) => e.node)
      .filter(
        (d: any) =>
          d.documentKind === 'EXECUTIVE_ORDER' && d.status === 'REVOKED' && d.signedOn && d.signedOn <= '2021-12-31',
      );
    expect(wanted.length).toBeGreaterThanOrEqual(2);
    expect(ids(revoked.documents).sort()).toEqual(wanted.map((d: any) => d.id).sort());
  });

  it('finds nodes by full-text search, ranked, with their kind; Lucene syntax in the text is not an error', async () => {
    const data = await ok(
      '{ search(text: "Migrant Protection Protocols", kinds: [PROGRAM], first: 5) { totalCount edges { score kind node { id } } } }',
    );
    expect(data.search.edges[0]).toMatchObject({ kind: 'PROGRAM', node: { id: 'program-mpp' } });
    const scores = data.search.edges.map((e: any) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const odd = await gql(url, '{ search(text: "asylum) AND [\\"(* ~ OR", first: 3) { totalCount } }');
    expect(odd.errors).toBeUndefined();
    const all = await ok('{ search(text: "asylum", first: 100) { totalCount edges { kind } } }');
    expect(new Set(all.search.edges.map((e: any) => e.kind)).size).toBeGreaterThan(1);
  });

  it('pages over all directives returning each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    for (;;) {
      const page: any = await ok(
        'query($after: String) { directives(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }',
        { after },
      );
      total = page.directives.totalCount;
      seen.push(...ids(page.directives));
      if (!page.directives.pageInfo.hasNextPage) break;
      after = page.directives.pageInfo.endCursor;
    }
    const [{ count }] = await graph.read<{ count: number }>('MATCH (d:Directive) RETURN count(d) AS count');
    expect(total).toBe(count);
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
  });

  it('combines directive filters (agency, role, action, target, document, dates, text) as AND', async () => {
    const expected = async (where: string) =>
      (await graph.read<{ id: string }>(`MATCH (d:Directive) WHERE ${where} RETURN d.id AS id ORDER BY id`)).map(
        (r) => r.id,
      );
    const run = async (filter: string) =>
      ids((await ok(`{ directives(filter: ${filter}, first: 100) { edges { node { id } } } }`)).directives);

    const leadReview = await run('{ agencyId: "dhs", role: LEAD, action: REVIEW }');
    expect(leadReview.length).toBeGreaterThan(0);
    expect(leadReview).toEqual(
      await expected("d.action = 'REVIEW' AND EXISTS { (d)-[:ASSIGNED_TO {role: 'LEAD'}]->(:Agency {id: 'dhs'}) }"),
    );
    expect(await run('{ targetId: "fr-85-82260", documentId: "eo-14010" }')).toEqual(['eo-14010:4(a)(ii)(C)#1']);
    expect(await run('{ dueAfter: "2021-01-01", dueBefore: "2021-12-31" }')).toEqual(
      await expected("d.dueOn >= date('2021-01-01') AND d.dueOn <= date('2021-12-31')"),
    );
    const text = await run('{ text: "ASYLUM", documentId: "eo-14010" }');
    expect(text.length).toBeGreaterThan(0);
    expect(text).toEqual(await expected("d.documentId = 'eo-14010' AND toLower(d.text) CONTAINS 'asylum'"));
  });

  it('answers bad input with coded errors naming the argument, and unknown ids with null', async () => {
    const unknown = await ok(
      '{ node(id: "no-such-node") { id } document(id: "dhs") { id } agency(id: "nope") { id } nodes(ids: ["eo-14010", "nope"]) { id } }',
    );
    expect(unknown).toEqual({ node: null, document: null, agency: null, nodes: [{ id: 'eo-14010' }, null] });

    const code = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions;
    expect(code(await gql(url, '{ directives(first: 1000) { totalCount } }'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'first',
    });
    expect(code(await gql(url, '{ agency(id: "dhs") { directives(first: 101) { totalCount } } }'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'first',
    });
    expect(code(await gql(url, '{ directives(after: "not-a-cursor") { totalCount } }'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'after',
    });
    expect(code(await gql(url, '{ revocationChain(documentId: "eo-14010", maxDepth: 50) { depth } }'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'maxDepth',
    });
    const literalEnum = await gql(url, '{ directives(filter: { role: BOSS }) { totalCount } }');
    expect(code(literalEnum)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(literalEnum.errors![0].message).toMatch(/BOSS/);
    const variableEnum = await gql(url, 'query($role: Role) { directives(filter: { role: $role }) { totalCount } }', {
      role: 'BOSS',
    });
    expect(variableEnum.status).toBe(400);
    expect(code(variableEnum)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(variableEnum.errors![0].message).toMatch(/Value "BOSS" does not exist in "Role" enum/);
  });

  it('costs a number of round trips set by the query shape, not by the number of results', async () => {
    const query = (first: number) => `{
      directives(first: ${first}) { edges { node { id
        document { id status }
        assignments(first: 5) { edges { role node { id parent { id } directives(first: 1) { totalCount } } } }
        targets(first: 5) { edges { action node { ... on Rule { id citedBy { totalCount } } ... on Program { id } } } }
      } } }
    }`;
    const many = await gql(url, query(100));
    const few = await gql(url, query(2));
    expect(many.errors).toBeUndefined();
    const directives = (many.data as any).directives.edges;
    expect(directives.length).toBeGreaterThanOrEqual(80);
    const agencies = directives.flatMap((e: any) => e.node.assignments.edges);
    expect(agencies.length).toBeGreaterThan(80);
    // directives, document, status, assignments, targets, parent, agency directives, citedBy: 8 levels of fields.
    const roundTrips = (r: GraphQLResponse<unknown>) =>
      (r as unknown as { extensions: { roundTrips: number } }).extensions.roundTrips;
    expect(roundTrips(many)).toBeLessThanOrEqual(8);
    expect(roundTrips(few)).toBeLessThanOrEqual(8);
  });

  it("sends nodes' sources when a query asks for them, through lists and relations alike, and only then", async () => {
    const [stored] = await graph.read<{ sources: string[] }>(
      'MATCH (a:Agency {id: "dhs"}) RETURN a.sources AS sources',
    );
    expect(stored.sources.length).toBeGreaterThan(0);
    const data = await ok(`{
      agency(id: "dhs") { sources }
      directives(filter: { agencyId: "dhs" }, first: 1) { edges { node { assignments { edges { node { id sources } } } } } }
    }`);
    const viaRelation = data.directives.edges[0].node.assignments.edges.find((e: any) => e.node.id === 'dhs').node;
    expect(data.agency.sources).toEqual(stored.sources);
    expect(viaRelation.sources).toEqual(stored.sources);
    // Without the word in the query the lists stay in the database; the answer is the same otherwise.
    const without = await ok('{ agency(id: "dhs") { id name } }');
    expect(without.agency).toEqual({ id: 'dhs', name: expect.any(String) });
  });

  it('answers what the database holds for every agency, by lookup, list and relation, with or without sources', async () => {
    const stored = await graph.read<{ id: string; props: Record<string, unknown> }>(
      'MATCH (a:Agency) RETURN a.id AS id, properties(a) AS props ORDER BY id',
    );
    expect(stored.length).toBeGreaterThan(10);
    // Agencies' properties are named in the lean map (src/graph/translate/node-map.ts); one the ingest adds must be named there too.
    const keys = new Set(stored.flatMap(({ props }) => Object.keys(props)));
    expect([...AGENCY_PROPERTIES, 'sources']).toEqual(expect.arrayContaining([...keys]));
    const expected = stored.map(({ props }) => ({
      id: props.id,
      name: props.name,
      acronym: props.acronym ?? null,
      curated: props.curated,
    }));
    const listed = async (fields: string) =>
      (await ok(`{ agencies(first: 100) { edges { node { ${fields} } } } }`)).agencies.edges
        .map((e: any) => e.node)
        .sort((a: any, b: any) => a.id.localeCompare(b.id));
    expect(await listed('id name acronym curated')).toEqual(expected);
    expect(await listed('id name acronym curated sources')).toEqual(
      stored.map(({ props }, i) => ({ ...expected[i], sources: props.sources })),
    );
    const related = await ok(
      '{ directives(filter: { agencyId: "dhs" }, first: 5) { edges { node { assignments { edges { node { id name acronym curated } } } } } } }',
    );
    const byId = new Map(expected.map((agency) => [agency.id, agency]));
    const assigned = related.directives.edges.flatMap((e: any) => e.node.assignments.edges.map((a: any) => a.node));
    expect(assigned.length).toBeGreaterThan(0);
    for (const agency of assigned) expect(agency).toEqual(byId.get(agency.id));
  });

  it("answers a document's relationship fields, and theirs, in the document's own query, as the batched fields do", async () => {
    const trips = (r: GraphQLResponse<unknown>) =>
      (r as unknown as { extensions: { roundTrips: number } }).extensions.roundTrips;
    const fields = `id title
      revokes { totalCount edges { inPart provisionId node { id title revokedBy { totalCount edges { node { id } } } } } }
      revokedBy { edges { node { id number } } }
      provisions(first: 3) { edges { node { id path children { totalCount } directives(first: 2) { edges { node { id } } } } } }`;
    const planned = await gql(url, `{ document(id: "eo-14010") { ${fields} } }`);
    expect(planned.errors).toBeUndefined();
    // Every level is planned from the selection and answered by the document's lookup.
    expect(trips(planned)).toBe(1);
    const doc = planned.data!.document;
    expect(ids(doc.revokes)).toContain('eo-13767');
    expect(ids(doc.revokedBy)).toEqual(['eo-14159']);
    expect(doc.provisions.edges.length).toBe(3);
    // `node(id)` plans nothing: each level is one batched query, with the same answer.
    const batched = await gql(url, `{ node(id: "eo-14010") { ... on PresidentialDocument { ${fields} } } }`);
    expect(batched.errors).toBeUndefined();
    expect(trips(batched)).toBeGreaterThan(1);
    expect(batched.data!.node).toEqual(doc);
  });

  it("answers directives, listed or an agency's, with each one's document, provision, assignments and targets in one round trip, as asking each directive alone does", async () => {
    const trips = (r: GraphQLResponse<unknown>) =>
      (r as unknown as { extensions: { roundTrips: number } }).extensions.roundTrips;
    const fields = `id document { __typename id title } provision { id path }
      assignments(first: $assigned) { totalCount pageInfo { hasNextPage } edges { role node { id name acronym } } }
      targets { edges { action node { __typename ... on Node { id } } } }`;
    const listed = await gql(
      url,
      `query ($assigned: Int) { directives(filter: { agencyId: "dhs" }, first: 8) { totalCount edges { node { ...D } } } }
      fragment D on Directive { ${fields} }`,
      { assigned: 1 },
    );
    expect(listed.errors).toBeUndefined();
    expect(trips(listed)).toBe(1);
    const nodes = listed.data!.directives.edges.map((e: any) => e.node);
    expect(nodes.length).toBe(8);
    expect(nodes.some((d: any) => d.assignments.pageInfo.hasNextPage)).toBe(true);
    const plain = await ok('{ directives(filter: { agencyId: "dhs" }, first: 8) { edges { node { id } } } }');
    expect(nodes.map((d: any) => d.id)).toEqual(ids(plain.directives));
    for (const node of nodes) {
      const alone = await ok(`query ($id: ID!, $assigned: Int) { directive(id: $id) { ${fields} } }`, {
        id: node.id,
        assigned: 1,
      });
      expect(node).toEqual(alone.directive);
    }
    // From a root: the agency, its directives, and their documents and targets, all in the agency's lookup.
    const viaAgency = await gql(
      url,
      '{ agency(id: "dhs") { directives(first: 8) { edges { node { id document { id } targets { edges { action node { __typename ... on Node { id } } } } } } } } }',
    );
    expect(trips(viaAgency)).toBe(1);
    const viaAgencyNodes = viaAgency.data!.agency.directives.edges.map((e: any) => e.node);
    expect(viaAgencyNodes.map((d: any) => d.id)).toEqual(
      (
        await ok('{ agency(id: "dhs") { directives(first: 8) { edges { node { id } } } } }')
      ).agency.directives.edges.map((e: any) => e.node.id),
    );
    for (const node of viaAgencyNodes) {
      const alone = await ok(
        'query ($id: ID!) { directive(id: $id) { id document { id } targets { edges { action node { __typename ... on Node { id } } } } } }',
        { id: node.id },
      );
      expect(node).toEqual(alone.directive);
    }
    // A filtered relation, answered in the lookup too: the same directives as the filtered list,
    // for a role whose first directives are not DHS's first directives of any role.
    const firstOfAny = ids(
      (await ok('{ agency(id: "dhs") { directives(first: 5) { edges { node { id } } } } }')).agency.directives,
    );
    let compared = 0;
    for (const role of ['LEAD', 'COORDINATION', 'CONSULTATION', 'SUPPORT']) {
      const inRole = await gql(
        url,
        `{ agency(id: "dhs") { directives(role: ${role}, first: 5) { totalCount edges { role node { id } } } } }`,
      );
      expect(trips(inRole)).toBe(1);
      const listed = await ok(
        `{ directives(filter: { agencyId: "dhs", role: ${role} }, first: 5) { totalCount edges { node { id } } } }`,
      );
      const page = inRole.data!.agency.directives;
      expect(page.totalCount).toBe(listed.directives.totalCount);
      expect(page.edges.map((e: any) => e.node.id)).toEqual(ids(listed.directives));
      expect(page.edges.every((e: any) => e.role === role)).toBe(true);
      if (page.edges.length && JSON.stringify(ids(page)) !== JSON.stringify(firstOfAny)) compared += 1;
    }
    expect(compared).toBeGreaterThan(0);
    // A nested page with a bad argument still fails as the field itself would.
    const bad = await gql(
      url,
      '{ directives(first: 2) { edges { node { assignments(first: 500) { totalCount } } } } }',
    );
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(bad.errors?.[0].message).toContain('first');
  });

  it('extends the chain through EO 14159 when a new document revokes it', async () => {
    await ingestText(
      graph,
      `By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered as follows:

Section 1.  Revocation.  Executive Order 14159 of January 20, 2025 (Protecting the American People Against Invasion), is hereby revoked.

Sec. 2.  General Provisions.  This order shall be implemented consistent with applicable law.
`,
      {
        kind: 'EXECUTIVE_ORDER',
        number: '99001',
        signedOn: '2026-01-02',
        president: 'Test President',
        title: 'A test order',
      },
    );
    const up = (await ok(CHAIN, { id: 'eo-14010', direction: 'UPSTREAM', maxDepth: 5 })).revocationChain;
    expect(up.map((h: any) => [h.depth, h.revokingId, h.revokedId, h.provision?.id])).toEqual([
      [1, 'eo-14159', 'eo-14010', 'eo-14159:3(a)'],
      [2, 'eo-99001', 'eo-14159', 'eo-99001:1'],
    ]);
    const short = (await ok(CHAIN, { id: 'eo-14010', direction: 'UPSTREAM', maxDepth: 1 })).revocationChain;
    expect(short).toHaveLength(1);
    const doc = await ok(
      '{ document(id: "eo-14159") { status revokedBy { edges { inPart provision { path } node { id ... on ExecutiveOrder { number } } } } } }',
    );
    expect(doc.document).toEqual({
      status: 'REVOKED',
      revokedBy: { edges: [{ inPart: false, provision: { path: '1' }, node: { id: 'eo-99001', number: '99001' } }] },
    });
  });

  it('stops at a cycle of revocations', async () => {
    await graph.write(`
      CREATE (a:PresidentialDocument:ExecutiveOrder {id: 'eo-90001', kind: 'EXECUTIVE_ORDER'}),
             (b:PresidentialDocument:ExecutiveOrder {id: 'eo-90002', kind: 'EXECUTIVE_ORDER'}),
             (a)-[:REVOKES {inPart: false}]->(b), (b)-[:REVOKES {inPart: true}]->(a)`);
    const chain = (await ok(CHAIN, { id: 'eo-90001', direction: 'DOWNSTREAM', maxDepth: 20 })).revocationChain;
    expect(chain.map((h: any) => [h.depth, h.revokingId, h.revokedId, h.inPart])).toEqual([
      [1, 'eo-90001', 'eo-90002', false],
      [2, 'eo-90002', 'eo-90001', true],
    ]);
  });
});
