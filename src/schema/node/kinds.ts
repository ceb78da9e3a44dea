import { DOCUMENT_LABELS } from '../../graph/labels';
import { NODE_KIND_LABELS, NodeKind } from '../enums';

/**
 * GraphQL object type names are the Neo4j labels themselves (ExecutiveOrder, Rule, ...), so a
 * node's labels say its type; the generic PresidentialDocument label never decides alone.
 */
const KIND_BY_LABEL = new Map(Object.entries(NODE_KIND_LABELS).map(([kind, label]) => [label, kind as NodeKind]));

export function kindOf(node: { labels?: unknown; kind?: unknown }): NodeKind {
  const labels = Array.isArray(node.labels) ? (node.labels as string[]) : [];
  for (const label of labels) {
    const kind = KIND_BY_LABEL.get(label);
    if (kind) return kind;
  }
  // A document stored under PresidentialDocument alone still carries its kind as a property.
  if (typeof node.kind === 'string' && node.kind in DOCUMENT_LABELS) return node.kind as NodeKind;
  throw new Error(`A node with labels [${labels.join(', ')}] has no GraphQL type`);
}

/** The GraphQL type name of a node (for interfaces and unions). */
export function typeNameOf(node: { labels?: unknown; kind?: unknown }): string {
  return NODE_KIND_LABELS[kindOf(node)];
}
