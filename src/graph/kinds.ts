import { NodeLabel } from './labels';

/**
 * The kinds of node as clients name them, each with the one Neo4j label it stands for. Declared
 * here only: the GraphQL enum NodeKind (src/schema/enums.ts), the subgraph's kinds and search's
 * `kinds` filter are derived from it.
 */
export const NODE_KIND_LABELS = {
  EXECUTIVE_ORDER: 'ExecutiveOrder',
  PROCLAMATION: 'Proclamation',
  MEMORANDUM: 'Memorandum',
  PRESIDENTIAL_DETERMINATION: 'PresidentialDetermination',
  NATIONAL_SECURITY_MEMORANDUM: 'NationalSecurityMemorandum',
  NOTICE: 'Notice',
  FR_DOCUMENT: 'FederalRegisterDocument',
  PROVISION: 'Provision',
  DIRECTIVE: 'Directive',
  AGENCY: 'Agency',
  AGENCY_GROUP: 'AgencyGroup',
  BODY: 'Body',
  RULE: 'Rule',
  AGREEMENT: 'Agreement',
  PROGRAM: 'Program',
  STRATEGY: 'Strategy',
  REPORT: 'Report',
  COUNTRY: 'Country',
  REGION: 'Region',
  LEGAL_AUTHORITY: 'LegalAuthority',
} as const satisfies Record<string, NodeLabel>;

export type NodeKind = keyof typeof NODE_KIND_LABELS;

export const NODE_KINDS = Object.keys(NODE_KIND_LABELS) as NodeKind[];

const KIND_BY_LABEL = new Map<string, NodeKind>(
  Object.entries(NODE_KIND_LABELS).map(([kind, label]) => [label, kind as NodeKind]),
);

/**
 * A node's kind from its labels (its specific one: a document carries PresidentialDocument too),
 * else from its stored `kind` (a document known under PresidentialDocument alone); null when neither says.
 */
export function kindOfNode(labels: readonly string[], storedKind: unknown): NodeKind | null {
  for (const label of labels) {
    const kind = KIND_BY_LABEL.get(label);
    if (kind) return kind;
  }
  return typeof storedKind === 'string' && storedKind in NODE_KIND_LABELS ? (storedKind as NodeKind) : null;
}
