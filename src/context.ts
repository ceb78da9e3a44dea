import { Graph } from './graph/run';

/** What every resolver gets: a per-request view of the graph (it counts the request's round trips). */
export interface Context {
  graph: Graph;
}
