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

export function createContext(graph: Graph): Context {
  const scoped = graph.scoped();
  return { graph: scoped, loaders: new Loaders(scoped) };
}
