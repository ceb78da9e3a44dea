/**
 * What one catalogue page writes to the graph, worked out before anything is sent: the
 * orders' metadata, the documents their notes mention (stubs unless known), and one row per
 * relation. Pure, so a page with a bad note fails or reports here, not mid-transaction.
 */
import { DOCUMENT_LABELS, NodeLabel } from '../graph/labels';
import { CatalogueOrder, Problem } from './catalogue';
import { NoteItem } from './note-items';
import { NoteProblem, NoteRelation, RelationType, mergeRelations, parseDispositionNotes } from './notes';

export interface OrderRow {
  id: string;
  number: string; // text, as the text ingest stores it
  title: string;
  documentNumber: string;
  president: string | null;
  signedOn: string | null;
  publishedOn: string | null;
  frCitation: string | null;
}

export interface MentionRow {
  id: string;
  kind: string; // NoteItem kind: EXECUTIVE_ORDER ... NOTICE, FR_DOCUMENT
  number: string | null;
  signedOn: string | null;
  frCitation: string | null;
}

export interface RelationRow {
  from: string;
  to: string;
  inPart: boolean;
  notes: string[]; // the note lines that state it, verbatim
  statedBy: string[]; // the orders whose notes state it
}

export interface PagePlan {
  orders: OrderRow[];
  mentions: Map<NodeLabel, MentionRow[]>;
  relations: Map<RelationType, RelationRow[]>;
  problems: ImportProblem[];
}

/** Something in a readable page that was not (wholly) imported; a warning, not an error. */
export type ImportProblem = ({ kind: 'RECORD' } & Problem) | ({ kind: 'NOTE'; source: string } & NoteProblem);

/** Each kind a note names has its label, notices and bare FR documents included, so every read path knows its type. */
function labelOf(kind: NoteItem['kind']): NodeLabel {
  return DOCUMENT_LABELS[kind];
}

function mentionRow(item: NoteItem): MentionRow {
  const numbered = /^(?:eo|proc)-(\d+)$/.exec(item.id);
  const fr = /^fr-(\d+)-(\d+)$/.exec(item.id);
  return {
    id: item.id,
    kind: item.kind,
    number: numbered ? numbered[1] : null,
    signedOn: item.date ?? null,
    frCitation: item.frCitation ?? (fr ? `${fr[1]} FR ${fr[2]}` : null),
  };
}

function orderRow(o: CatalogueOrder): OrderRow {
  return {
    id: o.id,
    number: String(o.executiveOrderNumber),
    title: o.title,
    documentNumber: o.documentNumber,
    president: o.president,
    signedOn: o.signingDate,
    publishedOn: o.publicationDate,
    frCitation: o.citation,
  };
}

/** The other documents the relations name, one row each; the first statement with a date wins. */
function mentionsOf(relations: NoteRelation[], orderIds: Set<string>): Map<NodeLabel, MentionRow[]> {
  const byId = new Map<string, NoteItem>();
  for (const { mentioned } of relations) {
    if (orderIds.has(mentioned.id)) continue;
    const seen = byId.get(mentioned.id);
    if (!seen || (!seen.date && mentioned.date)) byId.set(mentioned.id, mentioned);
  }
  const groups = new Map<NodeLabel, MentionRow[]>();
  for (const item of byId.values()) {
    const label = labelOf(item.kind);
    groups.set(label, [...(groups.get(label) ?? []), mentionRow(item)]);
  }
  return groups;
}

function relationRows(relations: NoteRelation[]): Map<RelationType, RelationRow[]> {
  const groups = new Map<RelationType, RelationRow[]>();
  for (const r of mergeRelations(relations)) {
    const row: RelationRow = {
      from: r.from,
      to: r.to,
      inPart: r.inPart,
      notes: [...new Set(r.provenance.map((p) => p.line))],
      statedBy: [...new Set(r.provenance.map((p) => p.statedBy))],
    };
    groups.set(r.type, [...(groups.get(r.type) ?? []), row]);
  }
  return groups;
}

/** Plans one page read by readCatalogue: its record problems come along as warnings. */
export function planPage(source: string, orders: CatalogueOrder[], recordProblems: Problem[] = []): PagePlan {
  const problems: ImportProblem[] = recordProblems.map((p) => ({ kind: 'RECORD', ...p }));
  const relations: NoteRelation[] = [];
  for (const order of orders) {
    if (!order.dispositionNotes) continue;
    const parsed = parseDispositionNotes(order.dispositionNotes, order.id);
    relations.push(...parsed.relations);
    problems.push(...parsed.problems.map((p): ImportProblem => ({ kind: 'NOTE', source, ...p })));
  }
  return {
    orders: orders.map(orderRow),
    mentions: mentionsOf(relations, new Set(orders.map((o) => o.id))),
    relations: relationRows(relations),
    problems,
  };
}
