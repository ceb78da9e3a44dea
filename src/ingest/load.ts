import { fillPlaceholders } from '../graph/labels';
import { query } from '../graph/queries';
import { Graph, Tx, WriteCounts } from '../graph/run';
import { toNeo4jValue } from '../graph/values';
import { Directive, DocumentModel } from './model';
import { RelationshipGroup, documentLabel, relationshipGroups } from './relationships';

export interface LoadSummary extends WriteCounts {
  documentId: string;
}

export interface BatchSummary extends WriteCounts {
  documentIds: string[];
}

/**
 * Writes one document model in a single transaction: all of it or none of it. Every write
 * MERGEs on DESIGN.md ids, so a second load changes nothing and a later document that names
 * this one (or that this one names) meets it on the same node.
 */
export async function loadDocument(graph: Graph, model: DocumentModel): Promise<LoadSummary> {
  const { documentIds, ...counts } = await loadDocuments(graph, [model]);
  return { documentId: documentIds[0], ...counts };
}

/**
 * Writes several document models in one transaction, all or none: each kind of write is one
 * query for the whole batch (rows carry their document id), so a batch of 25 costs the round
 * trips of one document. Rows are sorted by id so that concurrent batches lock shared nodes
 * (agencies, rules) in one order, which keeps deadlocks rare.
 */
export async function loadDocuments(graph: Graph, models: DocumentModel[]): Promise<BatchSummary> {
  const write = planWrite(models);
  return graph.writeTransaction(async (tx) => {
    await write(tx);
    return { documentIds: models.map((model) => model.document.id), ...tx.counts };
  });
}

/**
 * The writes of several models, to run inside a caller's transaction (the corpus loader adds
 * its own bookkeeping to the same transaction). The relationships are worked out now, so an
 * inconsistent model throws here, before anything is sent.
 */
export function planWrite(models: DocumentModel[]): (tx: Tx) => Promise<void> {
  const groups = mergeGroups(models.map((model) => relationshipGroups(model)));
  return async (tx) => {
    await writeNodes(tx, models);
    for (const group of groups) {
      const cypher = fillPlaceholders(query('ingest', 'mergeRelationships'), {
        From: group.from,
        TYPE: group.type,
        To: group.to,
      });
      await tx.run(cypher, { rows: toNeo4jValue(byKey(group.rows, (row) => `${row.from}|${row.to}`)) });
    }
  };
}

async function writeNodes(tx: Tx, models: DocumentModel[]): Promise<void> {
  const documents = models.map(({ document: { id, kind, ...props } }) => ({
    id,
    kind,
    props: { ...props, kind },
    documentId: id,
  }));
  for (const [kind, docs] of groupBy(documents, (d) => d.kind)) {
    await tx.run(fillPlaceholders(query('ingest', 'mergeDocuments'), { Label: documentLabel(kind) }), {
      documents: toNeo4jValue(byId(docs.map(({ kind: _kind, ...doc }) => doc))),
    });
  }
  // Written after every document of the batch: one the batch ingests is then no stub, and what a
  // reference says of it only fills gaps, as when the reference is loaded after it.
  const referenced = rowsOf(models, (model) => model.referencedDocuments.filter((d) => d.id !== model.document.id));
  for (const [kind, docs] of groupBy(referenced, (d) => d.kind)) {
    await tx.run(fillPlaceholders(query('ingest', 'mergeReferencedDocuments'), { Label: documentLabel(kind) }), {
      documents: toNeo4jValue(
        byId(docs.map((doc) => ({ number: null, signedOn: null, title: null, frCitation: null, ...doc }))),
      ),
    });
  }
  const agencies = rowsOf(models, (model) => model.agencies).map((a) => ({
    acronym: null,
    established: null,
    abolished: null,
    frSlug: null,
    ...a,
  }));
  await tx.run(query('ingest', 'mergeAgencies'), { agencies: toNeo4jValue(byId(agencies)) });
  await tx.run(query('ingest', 'mergeAgencyGroups'), { groups: byId(rowsOf(models, (model) => model.groups)) });
  await tx.run(query('ingest', 'mergeBodies'), { bodies: byId(rowsOf(models, (model) => model.bodies)) });
  await tx.run(query('ingest', 'mergeNamedBodies'), {
    bodies: byId(rowsOf(models, (model) => model.namedBodies ?? [])),
  });
  for (const [label, entities] of groupBy(
    rowsOf(models, (model) => model.entities),
    (e) => e.kind,
  )) {
    await tx.run(fillPlaceholders(query('ingest', 'mergeEntities'), { Label: label }), {
      entities: toNeo4jValue(
        byId(entities.map((e) => ({ id: e.id, name: e.name, props: e.props, documentId: e.documentId }))),
      ),
    });
  }
  const provisions = rowsOf(models, (model) => model.provisions).map((p) => ({ heading: null, ...p }));
  await tx.run(query('ingest', 'mergeProvisions'), { provisions: byId(provisions) });
  // A directive keeps its document's kind beside its id: its `document { id }` is then answered
  // from the directive (src/schema/common/relation-fields.ts), no lookup of the document.
  const directives = rowsOf(models, (model) =>
    model.directives.map((d) => ({ ...d, documentKind: model.document.kind })),
  ).map((d) => ({
    deadlineDays: null,
    deadlineMonths: null,
    dueOn: null,
    deadlineEvent: null,
    dueEachYearOn: null,
    repeatsEvery: null,
    ...d,
    ...unresolvedActors(d),
  }));
  await tx.run(query('ingest', 'mergeDirectives'), { directives: toNeo4jValue(byId(directives)) });
}

/** An unresolved actor's words and role, kept on its directive (it has no node to be assigned to). */
function unresolvedActors(d: Directive): { unresolvedActors: string[]; unresolvedRoles: string[] } {
  const unresolved = d.assignments.filter((a) => !a.actorId);
  return { unresolvedActors: unresolved.map((a) => a.actorText), unresolvedRoles: unresolved.map((a) => a.role) };
}

/** Each model's items, each tagged with the id of the document that states it (its provenance). */
function rowsOf<T extends object>(
  models: DocumentModel[],
  items: (model: DocumentModel) => T[],
): (T & { documentId: string })[] {
  return models.flatMap((model) => items(model).map((item) => ({ ...item, documentId: model.document.id })));
}

/** One group per (from label, type, to label) for the whole batch. */
function mergeGroups(perModel: RelationshipGroup[][]): RelationshipGroup[] {
  const merged = new Map<string, RelationshipGroup>();
  for (const group of perModel.flat()) {
    const key = `${group.from}|${group.type}|${group.to}`;
    const into = merged.get(key);
    if (into) into.rows.push(...group.rows);
    else merged.set(key, { ...group, rows: [...group.rows] });
  }
  return [...merged.values()];
}

function byId<T extends { id: string }>(rows: T[]): T[] {
  return byKey(rows, (row) => row.id);
}

/** Sorted by key, stably: rows of one key keep the order the documents gave them. */
function byKey<T>(rows: T[], key: (row: T) => string): T[] {
  const keyed = rows.map((row) => ({ row, key: key(row) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ row }) => row);
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
