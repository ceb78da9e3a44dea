/** What the read queries send back, as the API reads it. */

/** A node as the API sees it: its properties plus its labels (which say its kind). */
export interface GraphNode {
  id: string;
  labels: string[];
  [property: string]: unknown;
}

/** What the database sends back for one parent: one answer per `Nested` asked, in their order. */
export type NestedAnswers = Array<RelatedPage | GraphNode | null> | null;

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
