import { Driver } from 'neo4j-driver';
import { importCatalogueFile } from '../../src/federal-register/import';
import { Graph } from '../../src/graph/run';
import { Api } from '../../src/server';
import { gql, startApi } from '../support/api';
import { freshGraph } from '../support/neo4j';
import { seedGraph } from '../support/seed';
import { SAMPLE } from '../integration/federal-register/support';

/**
 * "What replaced this order?": revocationChain follows SUPERSEDES too when asked. The sample
 * catalogue says EO 14031 supersedes EO 13125 and EO 14148 revokes EO 14031.
 */
describe('revocationChain(relationships)', () => {
  let graph: Graph;
  let driver: Driver;
  let api: Api;
  let url: string;
  const chain = async (args: string) =>
    gql(
      url,
      `{ revocationChain(documentId: "eo-13125", direction: UPSTREAM, ${args}) { relationship depth revoking { id } revoked { id } } }`,
    );

  beforeAll(async () => {
    ({ graph, driver } = await freshGraph());
    await seedGraph(graph);
    await importCatalogueFile(graph, SAMPLE);
    ({ api, url } = await startApi(graph));
  });
  afterAll(async () => {
    await api?.stop();
    await driver?.close();
  });

  it('follows REVOKES only by default, as before', async () => {
    const result = await chain('maxDepth: 5');
    expect(result.data!.revocationChain).toEqual([]);
  });

  it('with [REVOKES, SUPERSEDES] walks what replaced the order, then what revoked that', async () => {
    const result = await chain('maxDepth: 5, relationships: [REVOKES, SUPERSEDES]');
    expect(result.errors).toBeUndefined();
    expect(result.data!.revocationChain).toEqual([
      { relationship: 'SUPERSEDES', depth: 1, revoking: { id: 'eo-14031' }, revoked: { id: 'eo-13125' } },
      { relationship: 'REVOKES', depth: 2, revoking: { id: 'eo-14148' }, revoked: { id: 'eo-14031' } },
    ]);
  });

  it('with [SUPERSEDES] alone stops where a revocation would continue', async () => {
    const result = await chain('relationships: [SUPERSEDES]');
    expect(result.data!.revocationChain).toEqual([
      { relationship: 'SUPERSEDES', depth: 1, revoking: { id: 'eo-14031' }, revoked: { id: 'eo-13125' } },
    ]);
  });

  it('refuses an empty list or a relationship that is not a replacement, naming the argument', async () => {
    const empty = await chain('relationships: []');
    expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'relationships' });
    const amends = await chain('relationships: [AMENDS]');
    expect(amends.status).toBe(400);
    expect(amends.errors![0].message).toMatch(/ChainRelationship/);
  });
});
