import { withoutNull } from './directives';
import { Paged, readPaged } from './paged';
import { query } from './queries';
import { Graph } from './run';
import { STATUS_PARAMS } from './statuses';
import { listQuery, whereClause } from './translate/lists';
import { ChainPlan, revocationChainQuery } from './translate/chain';
import { ListOptions, PageWindow, Wanted, withNextItem } from './translate/plan';

export interface DocumentFilter {
  kind?: string | null;
  number?: string | null;
  signedAfter?: string | null;
  signedBefore?: string | null;
  president?: string | null;
  status?: string | null;
  revoked?: boolean | null;
}

/** Filters on the document's own properties, by fragment name in documents.cypher. */
const PROPERTY_FILTERS = ['kind', 'number', 'signedAfter', 'signedBefore', 'president'] as const;

/**
 * Which documents pass all the given filters (kind, number, signed on or after/before an ISO
 * date, president's name containing a phrase, status, revoked at all)? Newest first, one page
 * (plus one item, see `Paged`) and, when `wanted.count`, the total.
 */
export async function findDocuments(
  graph: Graph,
  filter: DocumentFilter,
  page: PageWindow,
  wanted: Wanted,
  { nested = [], properties = null }: ListOptions = {},
): Promise<Paged> {
  const given = withoutNull(filter);
  const fragment = (name: string) => query('documents', `findDocuments.${name}`);
  const parts = [
    fragment('match'),
    whereClause(PROPERTY_FILTERS.filter((name) => given[name] !== undefined).map(fragment)),
  ];
  const statusFilters = [
    given.status !== undefined && fragment('statusIs'),
    given.revoked !== undefined && fragment('revokedIs'),
  ].filter((f): f is string => !!f);
  // The status needs every document's incoming revocations: computed only when filtered on.
  if (statusFilters.length) parts.push(fragment('status'), whereClause(statusFilters));
  return readPaged(
    graph,
    listQuery({
      match: parts.join('\n'),
      filterParams: { ...STATUS_PARAMS, ...given },
      order: 'n.signedOn DESC, n.id',
      window: withNextItem(page),
      wanted,
      nested,
      properties,
    }),
  );
}

/** What a chain follows: one document revoking, or superseding, another. */
export const CHAIN_RELATIONSHIPS = ['REVOKES', 'SUPERSEDES'] as const;
export type ChainRelationship = (typeof CHAIN_RELATIONSHIPS)[number];

/** One hop of a chain; depth counts hops from the starting document (1 = adjacent). */
export interface RevocationHop {
  relationship: ChainRelationship;
  revoking: string;
  revoked: string;
  /** Read only when asked (`ChainRequest.read`). */
  provisionId?: string | null;
  inPart?: boolean;
  depth: number;
  direction: 'UPSTREAM' | 'DOWNSTREAM';
}

export const MAX_CHAIN_DEPTH = 20;

export interface ChainRequest {
  id: string;
  direction: 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';
  maxDepth: number;
  /** Default: REVOKES only. */
  relationships?: readonly ChainRelationship[];
  /** Which of a hop's relationship properties are read (default: both). */
  read?: ChainPlan['read'];
}

/**
 * The revocation chain through a document: DOWNSTREAM what it revoked (or, when asked,
 * superseded) and what those revoked, UPSTREAM what revoked it and what revoked that, BOTH the
 * two (upstream first). Each hop once, at the least depth it is reached, ordered by direction,
 * depth, then ids; cycles end a path.
 */
export async function revocationChain(
  graph: Graph,
  { id, direction, maxDepth, relationships = ['REVOKES'], read = { provisionId: true, inPart: true } }: ChainRequest,
): Promise<RevocationHop[]> {
  const { cypher, params } = revocationChainQuery({
    id,
    maxDepth,
    upstream: direction !== 'DOWNSTREAM',
    downstream: direction !== 'UPSTREAM',
    types: CHAIN_RELATIONSHIPS.filter((type) => relationships.includes(type)),
    read,
  });
  return graph.read<RevocationHop>(cypher, params);
}
