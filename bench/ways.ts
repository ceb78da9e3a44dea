import { Driver } from 'neo4j-driver';
import { Graph } from '../src/graph/run';
import { createApi } from '../src/server';
import { post } from './measure';
import { FLOOR, runFloor } from './floor/queries';
import { startFloorServer } from './floor/server';
import { NEO4J_GRAPHQL } from './neo4j-graphql/queries';
import { startNeo4jGraphql } from './neo4j-graphql/server';
import { HitCounter, profilingDriver } from './profile';
import { GraphqlQuestion, OURS } from './queries/ours';
import { Canonical, Params, QuestionId } from './questions';

export type WayId = 'ours' | 'neo4jGraphql' | 'floorHttp' | 'floorInProcess';
export const WAYS: WayId[] = ['ours', 'neo4jGraphql', 'floorHttp', 'floorInProcess'];

/** One question asked one way: a call, how to read its answer, and for HTTP ways the request. */
export interface Ask {
  call(): Promise<unknown>;
  canonical(raw: unknown): Canonical;
  http?: { url: string; body: string };
}

/** The field the question needs is not in the schema (yet): reported, not failed. */
export class MissingField extends Error {}

export interface Servers {
  ask(way: WayId, id: QuestionId, p: Params): Ask;
  /** Db hits of one question asked one way, through a PROFILE-ing driver. */
  dbHits(
    way: Exclude<WayId, 'floorHttp'>,
    id: QuestionId,
    p: Params,
  ): Promise<{ dbHits: number; queries: number; uncounted: number }>;
  stop(): Promise<void>;
}

/** Starts every way against one database: our API, @neo4j/graphql, the floor's HTTP handler. */
export async function startServers(driver: Driver): Promise<Servers> {
  const counter = new HitCounter();
  const profiled = profilingDriver(driver, counter);
  const ours = await startOurs(new Graph(driver));
  const oursProfiled = await startOurs(new Graph(profiled));
  const ng = await startNeo4jGraphql(driver);
  const ngProfiled = await startNeo4jGraphql(profiled);
  const floor = await startFloorServer(driver);
  const graphqlAsk = (url: string, q: GraphqlQuestion, p: Params): Ask => {
    const body = JSON.stringify({ query: q.query, variables: q.variables(p) });
    return { call: () => graphqlPost(url, body), canonical: (raw: any) => q.canonical(raw), http: { url, body } };
  };
  const ask = (way: WayId, id: QuestionId, p: Params): Ask => {
    if (way === 'ours') return graphqlAsk(ours.url, OURS[id], p);
    if (way === 'neo4jGraphql') return graphqlAsk(ng.url, NEO4J_GRAPHQL[id], p);
    const canonical = (raw: unknown) => FLOOR[id].canonical(raw as any[]);
    if (way === 'floorInProcess') return { call: () => runFloor(driver, id, p), canonical };
    const url = `${floor.url}/${id}`;
    const body = JSON.stringify(p);
    return { call: () => post(url, body), canonical, http: { url, body } };
  };
  return {
    ask,
    dbHits: async (way, id, p) => {
      counter.reset();
      if (way === 'ours') await graphqlAsk(oursProfiled.url, OURS[id], p).call();
      else if (way === 'neo4jGraphql') await graphqlAsk(ngProfiled.url, NEO4J_GRAPHQL[id], p).call();
      else await runFloor(profiled, id, p);
      return { dbHits: counter.dbHits, queries: counter.queries, uncounted: counter.uncounted };
    },
    stop: async () => {
      for (const server of [ours, oursProfiled, ng, ngProfiled, floor]) await server.stop();
    },
  };
}

async function startOurs(graph: Graph): Promise<{ url: string; stop(): Promise<void> }> {
  const api = await createApi({ graph, development: false });
  const base = await api.listen(0, '127.0.0.1');
  return { url: `${base}/graphql`, stop: () => api.stop() };
}

/** A GraphQL POST; errors in the answer throw, an unknown field as MissingField. */
async function graphqlPost(url: string, body: string): Promise<unknown> {
  let json: any;
  try {
    json = await post(url, body);
  } catch (error) {
    const message = (error as Error).message;
    if (/GRAPHQL_VALIDATION_FAILED|Cannot query field|Unknown argument|Unknown type/.test(message))
      throw new MissingField(message.slice(0, 300));
    throw error;
  }
  if (json.errors?.length) {
    const message = json.errors.map((e: any) => e.message).join('; ');
    if (json.errors.some((e: any) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED'))
      throw new MissingField(message.slice(0, 300));
    throw new Error(message.slice(0, 500));
  }
  return json.data;
}
