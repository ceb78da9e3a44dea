/**
 * The labels and relationship types the graph may hold. Cypher cannot take a label as a
 * parameter and still use an index (a dynamic `$(label)` scans every node), so where a query
 * must vary its label, the label comes from here and nowhere else.
 */
export const DOCUMENT_LABELS = {
  EXECUTIVE_ORDER: 'ExecutiveOrder',
  PROCLAMATION: 'Proclamation',
  MEMORANDUM: 'Memorandum',
  PRESIDENTIAL_DETERMINATION: 'PresidentialDetermination',
  NATIONAL_SECURITY_MEMORANDUM: 'NationalSecurityMemorandum',
  // Known only from the Federal Register catalogue's notes ("Notice of March 24, 2026", "59 FR 25809").
  NOTICE: 'Notice',
  FR_DOCUMENT: 'FederalRegisterDocument',
} as const;

export const ENTITY_LABELS = [
  'Rule',
  'Agreement',
  'Program',
  'Strategy',
  'Report',
  'Country',
  'Region',
  'LegalAuthority',
] as const;

export const NODE_LABELS = [
  'PresidentialDocument',
  ...Object.values(DOCUMENT_LABELS),
  'Provision',
  'Directive',
  'Agency',
  'AgencyGroup',
  'Body',
  ...ENTITY_LABELS,
] as const;

export const RELATIONSHIP_TYPES = [
  'REVOKES',
  'HAS_PROVISION',
  'CONTAINS',
  'ASSIGNED_TO',
  'TARGETS',
  'PRODUCES',
  'CITES',
  'PARTY',
  'IN_REGION',
  'IMPLEMENTS',
  'PART_OF',
  // Agency history and the bodies an order establishes (issue 16).
  'SUCCEEDED_BY',
  'ESTABLISHED_BY',
  // From the Federal Register catalogue's disposition notes (issue 8).
  'AMENDS',
  'SUPERSEDES',
  'CONTINUES',
  'SUSPENDS',
  'SEE_ALSO',
] as const;

/**
 * Relationship types that keep the ids of their ends as properties (`from` end, `to` end), each
 * pair indexed in cypher/schema.cypher led by the end named in `seekFrom`: the edges of that end
 * are then an index seek in the other end's id order instead of an expansion of all its edges
 * (an agency's directives: tens of thousands; a directive's targets: its every relationship).
 */
export const KEPT_ENDS: Partial<Record<RelationshipType, { from: string; to: string; seekFrom: 'from' | 'to' }>> = {
  ASSIGNED_TO: { from: 'directiveId', to: 'agencyId', seekFrom: 'to' },
  TARGETS: { from: 'directiveId', to: 'targetId', seekFrom: 'from' },
};

export type NodeLabel = (typeof NODE_LABELS)[number];
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** `name`, when the label allowlist holds it; anything else is refused, so no outside text reaches a query. */
export function allowedLabel(name: string): NodeLabel {
  if (!(NODE_LABELS as readonly string[]).includes(name)) throw new Error(`Not an allowed label: ${name}`);
  return name as NodeLabel;
}

/** `name`, when the relationship type allowlist holds it. */
export function allowedType(name: string): RelationshipType {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(name)) throw new Error(`Not an allowed type: ${name}`);
  return name as RelationshipType;
}

/**
 * Fills the label and type placeholders of the fixed write queries of cypher/*.cypher (`:$From`,
 * `:$To`, `:$Label`, `:$TYPE`, the one placeholder form there) from the allowlists above.
 */
export function fillPlaceholders(cypher: string, names: Record<string, string>): string {
  return cypher.replace(/:\$(\w+)\b/g, (placeholder, key: string) => {
    const value = names[key];
    if (value === undefined) throw new Error(`No value for placeholder ${placeholder}`);
    return `:${key === 'TYPE' ? allowedType(value) : allowedLabel(value)}`;
  });
}
