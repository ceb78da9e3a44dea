import { Loaders } from './graph/loaders';
import { Graph } from './graph/run';

/**
 * What every resolver gets: a per-request view of the graph (it counts the request's round
 * trips) and the request's loaders, which batch relationship fields into one query per level.
 */
export interface Context {
  graph: Graph;
  loaders: Loaders;
}

/** `sources`: false when the request cannot ask for any node's `sources` (see `mayAskSources`). */
export function createContext(graph: Graph, { sources = true }: { sources?: boolean } = {}): Context {
  const scoped = graph.scoped({ sources });
  return { graph: scoped, loaders: new Loaders(scoped) };
}

/**
 * Whether a GraphQL request body can select a field named `sources`: a field is selected by its
 * name, so a query text without the word cannot. Anything else (a persisted-query hash, a batch)
 * may, and keeps them.
 */
export function mayAskSources(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  return typeof query !== 'string' || /sources/.test(query);
}
