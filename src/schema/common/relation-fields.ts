import type { GraphNode } from '../../graph/answers';
import { NodeLabel } from '../../graph/labels';
import type { Projection } from '../../graph/translate/plan';
import { EdgeFilter, inn, out, Relation } from '../../graph/relation-edges';

/** A connection field: its relation, and the filter its arguments make (none when absent). */
export interface RelationField {
  relation: Relation;
  filter?: (args: Record<string, unknown>) => EdgeFilter;
}

/**
 * A to-one field answered by the node of `label` whose id the parent holds in `idProperty`. When
 * the parent keeps that node's kind too (`kindProperty`), a selection of its id alone is answered
 * from the parent (`fromParent`): the node exists, written in the same transaction as the parent.
 */
export interface NodeByProperty {
  label: NodeLabel;
  idProperty: string;
  kindProperty?: string;
}

/** True when the parent keeps the kind of the node `field` names and only its id is asked of it. */
export function parentAnswers(field: NodeByProperty, projection: Projection): boolean {
  return !!field.kindProperty && !!projection?.every((name) => name === 'id');
}

/**
 * The node `field` of `parent` names, when the parent alone answers what is asked of it
 * (`parentAnswers`); otherwise undefined (an older store's parent without the kind), and it is
 * looked up.
 */
export function fromParent(
  parent: Record<string, unknown>,
  field: NodeByProperty,
  projection: Projection,
): GraphNode | undefined {
  if (!field.kindProperty || !parentAnswers(field, projection)) return undefined;
  const id = parent[field.idProperty];
  const kind = parent[field.kindProperty];
  // The kind stands for the labels (kindOfNode), as a document's own `kind` property does.
  return typeof id === 'string' && typeof kind === 'string' ? { id, kind, labels: [] } : undefined;
}

const DOC = 'PresidentialDocument';

/** `directives(role, action)` of an agency, a group or a body: the role is on the assignment, the action on the directive. */
const assigned = (label: NodeLabel): RelationField => ({
  relation: inn(label, 'ASSIGNED_TO'),
  filter: ({ role, action }) => ({ rel: role ? { role } : {}, node: action ? { action } : {} }),
});

/**
 * Every relationship connection of every node type, by GraphQL type (or interface) and field:
 * declared here once, read by the field's resolver (`relatedField`) and by the planner that
 * answers the field in the query of its parents (src/schema/common/nested.ts), so each type's
 * relationship fields load the same way.
 */
export const RELATION_FIELDS: Record<string, Record<string, RelationField>> = {
  PresidentialDocument: {
    provisions: { relation: out(DOC, 'HAS_PROVISION') },
    revokes: { relation: out(DOC, 'REVOKES') },
    revokedBy: { relation: inn(DOC, 'REVOKES') },
    amends: { relation: out(DOC, 'AMENDS') },
    amendedBy: { relation: inn(DOC, 'AMENDS') },
    supersedes: { relation: out(DOC, 'SUPERSEDES') },
    supersededBy: { relation: inn(DOC, 'SUPERSEDES') },
    continues: { relation: out(DOC, 'CONTINUES') },
    continuedBy: { relation: inn(DOC, 'CONTINUES') },
    suspends: { relation: out(DOC, 'SUSPENDS') },
    suspendedBy: { relation: inn(DOC, 'SUSPENDS') },
    seeAlso: { relation: out(DOC, 'SEE_ALSO') },
    seeAlsoFrom: { relation: inn(DOC, 'SEE_ALSO') },
    targetedBy: { relation: inn(DOC, 'TARGETS') },
    implementedBy: { relation: inn(DOC, 'IMPLEMENTS') },
  },
  Provision: {
    children: { relation: out('Provision', 'HAS_PROVISION') },
    directives: { relation: out('Provision', 'CONTAINS') },
    cites: { relation: out('Provision', 'CITES') },
  },
  Directive: {
    // Agencies only; `actors` lists the groups and bodies too.
    assignments: { relation: out('Directive', 'ASSIGNED_TO', 'Agency') },
    actors: { relation: out('Directive', 'ASSIGNED_TO') },
    targets: { relation: out('Directive', 'TARGETS') },
    produces: { relation: out('Directive', 'PRODUCES') },
  },
  Agency: {
    directives: assigned('Agency'),
    successors: { relation: out('Agency', 'SUCCEEDED_BY') },
    predecessors: { relation: inn('Agency', 'SUCCEEDED_BY') },
    children: { relation: inn('Agency', 'PART_OF') },
  },
  AgencyGroup: { directives: assigned('AgencyGroup') },
  Body: { directives: assigned('Body') },
  Rule: {
    targetedBy: { relation: inn('Rule', 'TARGETS') },
    citedBy: { relation: inn('Rule', 'CITES') },
    implements: { relation: out('Rule', 'IMPLEMENTS') },
  },
  Agreement: {
    targetedBy: { relation: inn('Agreement', 'TARGETS') },
    citedBy: { relation: inn('Agreement', 'CITES') },
    parties: { relation: out('Agreement', 'PARTY') },
  },
  Program: { targetedBy: { relation: inn('Program', 'TARGETS') } },
  Strategy: { producedBy: { relation: inn('Strategy', 'PRODUCES') } },
  Report: { producedBy: { relation: inn('Report', 'PRODUCES') } },
  Country: {
    agreements: { relation: inn('Country', 'PARTY') },
    regions: { relation: out('Country', 'IN_REGION') },
  },
  Region: { countries: { relation: inn('Region', 'IN_REGION') } },
  LegalAuthority: { citedBy: { relation: inn('LegalAuthority', 'CITES') } },
};

/** The to-one fields answered by an id the node holds, by type and field (a directive's document). */
export const NODE_FIELDS: Record<string, Record<string, NodeByProperty>> = {
  Directive: {
    document: { label: 'PresidentialDocument', idProperty: 'documentId', kindProperty: 'documentKind' },
    provision: { label: 'Provision', idProperty: 'provisionId' },
  },
};
