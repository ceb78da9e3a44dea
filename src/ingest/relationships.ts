import { DOCUMENT_LABELS, NodeLabel, RelationshipType } from '../graph/labels';
import { DocumentModel } from './model';

export interface RelationshipRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
  /** The document that states it (the relationship's `source`). */
  documentId: string;
  /** Merged with what other sources say rather than set (see mergeRelationships). */
  inPart?: boolean;
}

/** Relationships that share their end labels and type, written by one query. */
export interface RelationshipGroup {
  from: NodeLabel;
  type: RelationshipType;
  to: NodeLabel;
  rows: RelationshipRow[];
}

/** Which label each id of the model stands under, for MATCHing both ends by index. */
export function labelsById(model: DocumentModel): Map<string, NodeLabel> {
  const labels = new Map<string, NodeLabel>();
  labels.set(model.document.id, 'PresidentialDocument');
  for (const doc of model.referencedDocuments) labels.set(doc.id, 'PresidentialDocument');
  for (const provision of model.provisions) labels.set(provision.id, 'Provision');
  for (const directive of model.directives) labels.set(directive.id, 'Directive');
  for (const agency of model.agencies) labels.set(agency.id, 'Agency');
  for (const group of model.groups) labels.set(group.id, 'AgencyGroup');
  for (const body of model.bodies) labels.set(body.id, 'Body');
  for (const body of model.namedBodies ?? []) labels.set(body.id, 'Body');
  for (const entity of model.entities) labels.set(entity.id, entity.kind);
  return labels;
}

/** Every relationship the model states, grouped by (from label, type, to label). */
export function relationshipGroups(model: DocumentModel): RelationshipGroup[] {
  const labels = labelsById(model);
  const groups = new Map<string, RelationshipGroup>();
  const documentId = model.document.id;
  const add = (
    from: string,
    type: RelationshipType,
    to: string,
    props: Record<string, unknown> = {},
    inPart?: boolean,
  ) => {
    const fromLabel = labelOf(labels, from, type);
    const toLabel = labelOf(labels, to, type);
    const key = `${fromLabel}|${type}|${toLabel}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { from: fromLabel, type, to: toLabel, rows: [] }));
    group.rows.push(inPart === undefined ? { from, to, props, documentId } : { from, to, props, documentId, inPart });
  };
  for (const p of model.provisions) {
    add(p.parentPath ? `${documentId}:${p.parentPath}` : documentId, 'HAS_PROVISION', p.id);
  }
  for (const d of model.directives) {
    add(d.provisionId, 'CONTAINS', d.id);
    // An unresolved actor has no node: its words stay on the directive (mergeDirectives).
    // Its ends' ids too: an agency's directives are then read from an index in order (schema.cypher).
    for (const a of d.assignments)
      if (a.actorId)
        add(d.id, 'ASSIGNED_TO', a.actorId, {
          role: a.role,
          provision: d.provisionId,
          actorText: a.actorText,
          directiveId: d.id,
          agencyId: a.actorId,
        });
    // Ends' ids here too: a page of a directive's targets is a seek in target order (schema.cypher).
    for (const t of d.targets)
      add(d.id, 'TARGETS', t.id, { action: t.action, provision: d.provisionId, directiveId: d.id, targetId: t.id });
    for (const produced of d.produces) add(d.id, 'PRODUCES', produced, { provision: d.provisionId });
  }
  // Stated by the text: `fromText` with the provision, meeting the catalogue's relation of the same
  // type on one relationship (cypher/federal-register.cypher); the target's part only when named.
  const stated = [...model.revocations.map((r) => ({ ...r, type: 'REVOKES' as const })), ...(model.relations ?? [])];
  for (const r of stated) {
    const props = {
      provision: r.provisionId,
      fromText: true,
      ...(r.targetProvision ? { targetProvision: r.targetProvision } : {}),
    };
    add(documentId, r.type, r.target.id, props, r.inPart);
  }
  for (const c of model.citations) add(c.provisionId, 'CITES', c.targetId, { text: c.text, provision: c.provisionId });
  for (const link of model.links) add(link.from, link.type, link.to);
  for (const agency of model.agencies) if (agency.parentId) add(agency.id, 'PART_OF', agency.parentId);
  for (const s of model.successions) add(s.from, 'SUCCEEDED_BY', s.to, { on: s.on, basis: s.basis });
  for (const body of model.bodies) add(body.id, 'ESTABLISHED_BY', body.establishedBy, { provision: body.provisionId });
  return [...groups.values()];
}

function labelOf(labels: Map<string, NodeLabel>, id: string, type: RelationshipType): NodeLabel {
  const label = labels.get(id);
  if (!label) throw new Error(`The document model names "${id}" in a ${type} relationship but has no node for it`);
  return label;
}

export function documentLabel(kind: keyof typeof DOCUMENT_LABELS): NodeLabel {
  return DOCUMENT_LABELS[kind];
}
