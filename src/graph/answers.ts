/** What the read queries send back, as the API reads it. */

/** A node as the API sees it: its properties plus its labels (which say its kind). */
export interface GraphNode {
  id: string;
  labels: string[];
  [property: string]: unknown;
}

/**
 * What the database sends back for one parent: one answer per `Nested` asked, in their order, a
 * relation's page as `RawPage` (`relatedPage` reads it).
 */
export type NestedAnswers = Array<RawPage | GraphNode | null> | null;

/** An edge as a query returns it: `[rel, node, nested]`, without `nested` when none was asked (src/graph/translate/related.ts). */
export type RawEdge = [Record<string, unknown>, GraphNode, NestedAnswers?];

/** A page as a query returns it nested in its parent's answer: `[edges, totalCount]`. */
export type RawPage = [RawEdge[], number | null];

/**
 * One edge of a relationship field: the relationship's properties and the node it leads to,
 * and that node's nested answers when they were asked with the page.
 */
export interface RelatedEdge {
  rel: Record<string, unknown>;
  node: GraphNode;
  nested?: NestedAnswers;
}

/** One parent's page of edges (empty when no page was asked) and its total (null when not asked). */
export interface RelatedPage {
  edges: RelatedEdge[];
  totalCount: number | null;
}

/** Edges as the API reads them, from the lists a query returns (`RawEdge`). */
export function relatedEdges(raw: readonly RawEdge[]): RelatedEdge[] {
  const edges = new Array<RelatedEdge>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const [rel, node, nested] = raw[i];
    edges[i] = { rel, node, nested };
  }
  return edges;
}

/** A nested page as the API reads it. */
export function relatedPage([edges, totalCount]: RawPage): RelatedPage {
  return { edges: relatedEdges(edges), totalCount };
}
