import { Client, fetchExchange, gql as urqlGql } from '@urql/core';
import { Driver } from 'neo4j-driver';
import { Graph } from '../../src/graph/run';
import { Api } from '../../src/server';
import { gql, startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';
import { seedGraph } from '../support/seed';
import { bearer, EO_14010, INGEST, KEY } from './hardening/fixtures';

/** Common GraphQL clients as the README sets them up, against the API over real HTTP. */
describe('GraphQL clients', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;
  const countDocuments = async () =>
    (await graph.read<{ n: number }>('MATCH (d:PresidentialDocument) RETURN count(d) AS n'))[0].n;

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    ({ api, url } = await startApi(graph, { security: { apiKeys: [KEY] } }));
  });
  afterAll(async () => {
    await api?.stop();
    await driver?.close();
  });

  it('urql with its defaults (queries as GET) gets answers', async () => {
    const sent: string[] = [];
    const client = new Client({
      url: `${url}/graphql`,
      exchanges: [fetchExchange],
      fetch: (input, init) => (sent.push(init?.method ?? 'GET'), fetch(input, init)),
    });
    const result = await client
      .query(urqlGql`query Agency($id: ID!) { agency(id: $id) { id parent { id } } }`, { id: 'cdc' })
      .toPromise();
    expect(sent).toEqual(['GET']);
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ agency: { id: 'cdc', parent: { id: 'hhs' } } });
  });

  it('curl as the README shows it: a GET with the query in the URL, and a JSON POST', async () => {
    const get = await fetch(`${url}/graphql?query=${encodeURIComponent('{ agency(id: "dhs") { id } }')}`, {
      headers: { accept: '*/*' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toMatchObject({ data: { agency: { id: 'dhs' } } });
    const post = await gql(url, '{ agency(id: "dhs") { id } }');
    expect(post.data).toEqual({ agency: { id: 'dhs' } });
  });

  it('runs no mutation sent as GET, even with a key', async () => {
    const before = await countDocuments();
    const query = encodeURIComponent('mutation { ingestDocument(text: "x") { documentId } }');
    const response = await fetch(`${url}/graphql?query=${query}`, {
      headers: { accept: 'application/json', ...bearer() },
    });
    expect(response.status).toBe(405);
    expect(await countDocuments()).toBe(before);
  });

  it('refuses a POST a page on another site could forge (form or plain text), naming the content type to send', async () => {
    const before = await countDocuments();
    const body = JSON.stringify({
      query: INGEST,
      variables: { text: EO_14010, kind: 'EXECUTIVE_ORDER', number: '99999', signedOn: '2021-02-02' },
    });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type, ...bearer() },
        body,
      });
      expect(response.status).toBe(400);
      const { errors } = (await response.json()) as { errors: Array<{ message: string }> };
      expect(errors[0].message).toMatch(/cross-site request forgery: send it with "content-type: application\/json"/);
    }
    expect(await countDocuments()).toBe(before);
    const json = await gql(
      url,
      INGEST,
      { text: EO_14010, kind: 'EXECUTIVE_ORDER', number: '14010', signedOn: '2021-02-02' },
      bearer(),
    );
    expect(json.errors).toBeUndefined();
  });
});
