/**
 * Whether a document stands, from what later documents say of it. Declared here only: the
 * GraphQL enum DocumentStatus, the status rules (src/federal-register/status.ts) and the
 * graph's status lookups take their values from it.
 */
export const DOCUMENT_STATUSES = ['IN_FORCE', 'REVOKED', 'REVOKED_IN_PART', 'SUPERSEDED'] as const;

export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
