/**
 * Agency history on a real Neo4j, through the API: an order of 1946 tasks "the Secretary of War",
 * one of 2009 the Secretary of Defense, a working group it establishes and "each agency". What
 * has the Department of Defense been told to do, including as its predecessors?
 */
import { Driver } from 'neo4j-driver';
import { readCorpus } from '../../../src/corpus/lines';
import { Graph } from '../../../src/graph/run';
import { loadDocuments } from '../../../src/ingest/load';
import { parseDocument } from '../../../src/ingest/parse';
import { Api } from '../../../src/server';
import { gql, startApi } from '../../support/api';
import { freshGraph } from '../../support/neo4j';

describe('agency history in the graph and the API', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;
  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    const lines = readCorpus().filter((l) => l.number === '9711' || l.number === '13486');
    const models = lines.map((l) =>
      parseDocument(l.text, { kind: 'EXECUTIVE_ORDER', number: l.number, signedOn: l.signedOn }),
    );
    await loadDocuments(graph, models);
    ({ api, url } = await startApi(graph));
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  const ok = async (query: string) => {
    const response = await gql(url, query);
    expect(response.errors).toBeUndefined();
    return response.data as Record<string, any>;
  };

  it('links the War Department to its successors with the day, and the Department of Defense to its predecessor', async () => {
    const data = await ok(`{
      war: agency(id: "war") { name established abolished successors { edges { on basis node { id established } } } }
      dod: agency(id: "dod") { established predecessors { edges { on node { id abolished predecessors { edges { on node { id } } } } } } }
    }`);
    expect(data.war).toMatchObject({ name: 'War Department', established: '1789-08-07', abolished: '1947-09-18' });
    expect(data.war.successors.edges.map((e: any) => [e.node.id, e.on]).sort()).toEqual([
      ['army', '1947-09-18'],
      ['nme', '1947-09-18'],
    ]);
    expect(data.war.successors.edges.every((e: any) => /National Security Act of 1947/.test(e.basis))).toBe(true);
    expect(data.dod.predecessors.edges).toEqual([
      {
        on: '1949-08-10',
        node: {
          id: 'nme',
          abolished: '1949-08-10',
          predecessors: { edges: [{ on: '1947-09-18', node: { id: 'war' } }] },
        },
      },
    ]);
  });

  it("answers what the Department of Defense was told to do, with its predecessors' directives only when asked and within the dates", async () => {
    const ask = async (args: string) =>
      (
        await ok(
          `{ agencyResponsibilities(agencyId: "dod"${args}) { total groups { agencyId documentId role count } } }`,
        )
      ).agencyResponsibilities;
    const own = await ask('');
    const all = await ask(', includePredecessors: true');
    const since1947 = await ask(', includePredecessors: true, from: "1947-01-01"');
    expect(new Set(own.groups.map((g: any) => g.agencyId))).toEqual(new Set(['dod']));
    expect(own.groups.some((g: any) => g.documentId === 'eo-13486')).toBe(true);
    const asWar = all.groups.filter((g: any) => g.agencyId === 'war');
    expect(asWar.map((g: any) => g.documentId)).toContain('eo-9711');
    expect(all.total).toBe(own.total + asWar.reduce((sum: number, g: any) => sum + g.count, 0));
    expect(since1947).toEqual(own);
    const refused = await gql(
      url,
      '{ agencyResponsibilities(agencyId: "dod", from: "2020-01-01", to: "2000-01-01") { total } }',
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'from' });
  });

  it('makes the working group EO 13486 establishes a Body and "each agency" a group, readable by id, search and export', async () => {
    const data = await ok(`{
      body: node(id: "body-eo-13486-working-group-on-strengthening-the-biosecurity-of-the-united-states") {
        kind ... on Body { name establishedBy { id } directives { totalCount } } }
      group: node(id: "executive-departments-and-agencies") { kind ... on AgencyGroup { name } }
      notAnAgency: agency(id: "executive-departments-and-agencies") { id }
      search(text: "Biosecurity", kinds: [BODY]) { edges { kind node { id } } }
    }`);
    expect(data.body).toMatchObject({
      kind: 'BODY',
      name: 'Working Group on Strengthening the Biosecurity of the United States',
      establishedBy: { id: 'eo-13486' },
    });
    expect(data.body.directives.totalCount).toBeGreaterThan(0);
    expect(data.group).toEqual({ kind: 'AGENCY_GROUP', name: 'Executive departments and agencies' });
    expect(data.notAnAgency).toBeNull();
    expect(data.search.edges.map((e: any) => e.node.id)).toContain(
      'body-eo-13486-working-group-on-strengthening-the-biosecurity-of-the-united-states',
    );
    const exported = await fetch(`${url}/export/graph?focus=eo-13486&depth=1&format=d3`).then((r) => r.json());
    expect(exported.nodes.some((n: any) => n.kind === 'BODY')).toBe(true);
  });

  it("lists a directive's actors of every kind, and keeps unresolved words on the directive", async () => {
    const data =
      await ok(`{ directives(filter: { documentId: "eo-13486" }, first: 100) { edges { node { id unresolvedActors
      actors { edges { role node { __typename id } } } assignments { edges { node { id } } } } } } }`);
    const nodes = data.directives.edges.map((e: any) => e.node);
    const kinds = new Set(nodes.flatMap((n: any) => n.actors.edges.map((a: any) => a.node.__typename)));
    expect(kinds).toEqual(new Set(['Agency', 'Body', 'AgencyGroup']));
    for (const n of nodes) {
      expect(n.assignments.edges.map((a: any) => a.node.id)).toEqual(
        n.actors.edges.filter((a: any) => a.node.__typename === 'Agency').map((a: any) => a.node.id),
      );
      expect(Array.isArray(n.unresolvedActors)).toBe(true);
    }
  });
});
