import { GraphNode, NestedAnswers } from './answers';
import { Graph } from './run';
import { Built } from './translate/names';

export type { PageWindow, Wanted } from './translate/plan';

/**
 * One page of a filtered list and the length of the whole list. `nodes` may hold one item
 * beyond the page (it says whether a next page exists without counting the list);
 * `totalCount` is null when it was not asked for.
 */
export interface Paged {
  totalCount: number | null;
  nodes: GraphNode[];
  /** Per node, the answers to what it was asked with the page (`Nested`), in that order. */
  nested?: NestedAnswers[];
}

/** The one row a list query answers (translate/lists.ts). */
export async function readPaged(graph: Graph, { cypher, params }: Built): Promise<Paged> {
  const [row] = await graph.read<Paged>(cypher, params);
  return row;
}
