import { kindOfNode, NODE_KIND_LABELS } from '../../graph/kinds';
import { NodeKind } from '../enums';

/**
 * GraphQL object type names are the Neo4j labels themselves (ExecutiveOrder, Rule, ...), so a
 * node's labels say its type; the generic PresidentialDocument label never decides alone.
 */
export function kindOf(node: { labels?: unknown; kind?: unknown }): NodeKind {
  const labels = Array.isArray(node.labels) ? (node.labels as string[]) : [];
  const kind = kindOfNode(labels, node.kind);
  if (kind) return kind;
  throw new Error(`A node with labels [${labels.join(', ')}] has no GraphQL type`);
}

/** The GraphQL type name of a node (for interfaces and unions). */
export function typeNameOf(node: { labels?: unknown; kind?: unknown }): string {
  return NODE_KIND_LABELS[kindOf(node)];
}
