import { NODE_KIND_LABELS, NODE_KINDS } from './kinds';
import { RELATIONSHIP_TYPES, RelationshipType } from './labels';

/** Bounds of a subgraph request: deeper or larger answers cost too much to serve on demand. */
export const MAX_DEPTH = 4;
export const DEFAULT_DEPTH = 1;
export const MAX_LIMIT = 5000;
export const DEFAULT_LIMIT = 500;
export const MAX_FOCUS = 100;

/** What a client may ask, as it arrives (GraphQL arguments or a query string, already split). */
export interface SubgraphInput {
  focus?: string[] | null;
  depth?: number | null;
  kinds?: string[] | null;
  relationships?: string[] | null;
  limit?: number | null;
}

/** A checked request: every value bounded, kinds turned into labels, types from the allowlist. */
export interface SubgraphRequest {
  /** Empty: the whole graph. */
  focus: string[];
  depth: number;
  /** Neo4j labels a node may carry to be included; null: any. */
  labels: string[] | null;
  /** Relationship types followed and returned; null: all. */
  types: RelationshipType[] | null;
  limit: number;
}

/** A request the API refuses; the GraphQL resolver reports it as BAD_USER_INPUT, HTTP as 400. */
export class SubgraphRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SubgraphRequestError';
  }
}

/** Checks and normalises a request; throws SubgraphRequestError naming what was wrong. */
export function checkSubgraphRequest(input: SubgraphInput): SubgraphRequest {
  const focus = [...new Set(input.focus ?? [])];
  if (focus.length > MAX_FOCUS) throw new SubgraphRequestError(`focus: at most ${MAX_FOCUS} ids, got ${focus.length}.`);
  if (focus.some((id) => id.trim() === '')) throw new SubgraphRequestError('focus: ids must not be empty.');
  return {
    focus,
    depth: bounded('depth', input.depth, DEFAULT_DEPTH, 0, MAX_DEPTH),
    labels: kindsToLabels(input.kinds),
    types: allowedTypes(input.relationships),
    limit: bounded('limit', input.limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
  };
}

function bounded(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SubgraphRequestError(`${name}: must be a whole number from ${min} to ${max}, got ${value}.`);
  }
  return value;
}

function kindsToLabels(kinds: string[] | null | undefined): string[] | null {
  if (!kinds || kinds.length === 0) return null;
  return [...new Set(kinds)].map((kind) => {
    const label = (NODE_KIND_LABELS as Record<string, string | undefined>)[kind];
    if (!label) throw new SubgraphRequestError(`kinds: unknown kind "${kind}"; use one of ${NODE_KINDS.join(', ')}.`);
    return label;
  });
}

function allowedTypes(types: string[] | null | undefined): RelationshipType[] | null {
  if (!types || types.length === 0) return null;
  return [...new Set(types)].map((type) => {
    if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
      throw new SubgraphRequestError(
        `relationships: unknown type "${type}"; use one of ${RELATIONSHIP_TYPES.join(', ')}.`,
      );
    }
    return type as RelationshipType;
  });
}
