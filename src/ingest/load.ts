import { fillPlaceholders } from '../graph/labels';
import { query } from '../graph/queries';
import { Graph, Tx, WriteCounts } from '../graph/run';
import { toNeo4jValue } from '../graph/values';
import { DocumentModel } from './model';
import { documentLabel, relationshipGroups } from './relationships';

export interface LoadSummary extends WriteCounts {
  documentId: string;
}

/**
 * Writes one document model in a single transaction: all of it or none of it. Every write
 * MERGEs on DESIGN.md ids, so a second load changes nothing and a later document that names
 * this one (or that this one names) meets it on the same node.
 */
export async function loadDocument(graph: Graph, model: DocumentModel): Promise<LoadSummary> {
  // Computed before the transaction: an inconsistent model fails before anything is sent.
  const groups = relationshipGroups(model);
  return graph.writeTransaction(async (tx) => {
    await writeNodes(tx, model);
    for (const group of groups) {
      const cypher = fillPlaceholders(query('ingest', 'mergeRelationships'), { From: group.from, TYPE: group.type, To: group.to });
      await tx.run(cypher, { rows: toNeo4jValue(group.rows), documentId: model.document.id });
    }
    return { documentId: model.document.id, ...tx.counts };
  });
}

async function writeNodes(tx: Tx, model: DocumentModel): Promise<void> {
  const documentId = model.document.id;
  const { id, kind, ...props } = model.document;
  await tx.run(fillPlaceholders(query('ingest', 'mergeDocument'), { Label: documentLabel(kind) }), {
    document: { id, props: toNeo4jValue({ ...props, kind }) },
  });
  const referenced = model.referencedDocuments.filter((d) => d.id !== documentId);
  for (const [kind, docs] of groupBy(referenced, (d) => d.kind)) {
    await tx.run(fillPlaceholders(query('ingest', 'mergeReferencedDocuments'), { Label: documentLabel(kind) }), {
      documents: toNeo4jValue(docs.map((doc) => ({ number: null, signedOn: null, title: null, ...doc }))),
      documentId,
    });
  }
  await tx.run(query('ingest', 'mergeAgencies'), {
    agencies: model.agencies.map((a) => ({ acronym: null, ...a })),
    documentId,
  });
  for (const [label, entities] of groupBy(model.entities, (e) => e.kind)) {
    await tx.run(fillPlaceholders(query('ingest', 'mergeEntities'), { Label: label }), {
      entities: toNeo4jValue(entities.map((e) => ({ id: e.id, name: e.name, props: e.props }))),
      documentId,
    });
  }
  await tx.run(query('ingest', 'mergeProvisions'), {
    provisions: model.provisions.map((p) => ({ heading: null, ...p })),
    documentId,
  });
  await tx.run(query('ingest', 'mergeDirectives'), {
    directives: toNeo4jValue(model.directives.map((d) => ({ deadlineDays: null, dueOn: null, ...d }))),
    documentId,
  });
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
