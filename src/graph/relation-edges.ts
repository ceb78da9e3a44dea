/** Relationship fields as data: which edges a field follows, and the filters on them. */
import { NodeLabel, RelationshipType } from './labels';

/** One relationship field: from nodes of a label, along a type, in a direction. */
export interface Relation {
  from: NodeLabel;
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  /** Only nodes of this label at the other end (a directive's agencies, not its groups or bodies). */
  to?: NodeLabel;
}

export const out = (from: NodeLabel, type: RelationshipType, to?: NodeLabel): Relation => ({
  from,
  type,
  direction: 'OUT',
  ...(to ? { to } : {}),
});
export const inn = (from: NodeLabel, type: RelationshipType, to?: NodeLabel): Relation => ({
  from,
  type,
  direction: 'IN',
  ...(to ? { to } : {}),
});

/** Property filters on the relationship and on the node at the other end (name -> value). */
export interface EdgeFilter {
  rel?: Record<string, unknown>;
  node?: Record<string, unknown>;
}
