/**
 * Whether a document stands, from what later documents say of it. Declared here only: the
 * GraphQL enum DocumentStatus, the status rules (src/federal-register/status.ts) and the
 * graph's status lookups take their values from it; the Cypher that applies the rules
 * (cypher/nodes.cypher, documents.cypher, federal-register.cypher) gets them as parameters
 * (`STATUS_PARAMS`), so no query holds a copy of them.
 */
export const DOCUMENT_STATUSES = ['IN_FORCE', 'REVOKED', 'REVOKED_IN_PART', 'SUPERSEDED'] as const;

export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** A document no relation of another document touches the standing of. */
export const STANDING: DocumentStatus = 'IN_FORCE';

/**
 * What one relationship from another document makes of the document it reaches, in whole or
 * in part. There is no SUPERSEDED_IN_PART: a document superseded in part is, like one revoked
 * in part, no longer wholly in force. Other relations (amending, continuing, suspending,
 * citing) leave it in force.
 */
export const STATUS_EFFECTS = {
  REVOKES: { whole: 'REVOKED', inPart: 'REVOKED_IN_PART' },
  SUPERSEDES: { whole: 'SUPERSEDED', inPart: 'REVOKED_IN_PART' },
} as const satisfies Record<string, { whole: DocumentStatus; inPart: DocumentStatus }>;

/**
 * Which status wins when several relations apply: a full revocation ends the document whatever
 * else happened to it; supersession replaces it as a whole; a partial revocation leaves the
 * rest standing, so it ranks lowest.
 */
export const STATUS_RANK: readonly DocumentStatus[] = ['REVOKED', 'SUPERSEDED', 'REVOKED_IN_PART'];

/** The rules above as the parameters of the queries that apply them (`$statusEffects`, `$statusRank`, `$standing`). */
export const STATUS_PARAMS = { statusEffects: STATUS_EFFECTS, statusRank: STATUS_RANK, standing: STANDING };
