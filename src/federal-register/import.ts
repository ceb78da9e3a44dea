/**
 * Writes Federal Register catalogue pages into the graph: one transaction per page, so a page
 * is all or nothing, and one UNWIND per kind of write, so a page of 1000 orders costs a
 * handful of round trips. The Cypher is in cypher/federal-register.cypher.
 */
import { fillPlaceholders } from '../graph/labels';
import { query } from '../graph/queries';
import { Graph, Tx } from '../graph/run';
import { toNeo4jValue } from '../graph/values';
import { CatalogueOrder, Problem, readCatalogueFile } from './catalogue';
import { ImportProblem, PagePlan, planPage } from './plan';

export interface PageSummary {
  source: string;
  orders: number;
  documentsCreated: number; // orders and mentioned documents that had no node yet
  documentsUpdated: number; // orders whose node existed (from text, a stub or an earlier import) and changed
  relationshipsCreated: number;
  relationshipsMerged: number; // relations that met an existing relationship (text or earlier page)
  problems: ImportProblem[];
}

/** A page as readCatalogue gives it. */
export interface CataloguePage {
  source: string;
  orders: CatalogueOrder[];
  problems: Problem[];
}

/** Reads a documents.json file; throws CatalogueFormatError (naming the file) if it is not one. */
export function readPage(path: string): CataloguePage {
  return { source: path, ...readCatalogueFile(path) };
}

/**
 * Imports one page in a single write transaction. Unreadable records and note items come
 * back as `problems` and everything else on the page is written; a database error rejects
 * and leaves nothing of the page behind.
 */
export async function importPage(graph: Graph, page: CataloguePage): Promise<PageSummary> {
  const plan = planPage(page.source, page.orders, page.problems);
  return graph.writeTransaction(async (tx) => {
    const created = await writeDocuments(tx, plan);
    const before = tx.counts.relationshipsCreated;
    let relations = 0;
    for (const [type, rows] of plan.relations) {
      relations += rows.length;
      await tx.run(fillPlaceholders(query('federal-register', 'mergeCatalogueRelations'), { TYPE: type }), { rows });
    }
    const relationshipsCreated = tx.counts.relationshipsCreated - before;
    return {
      source: page.source,
      orders: plan.orders.length,
      documentsCreated: created.orders + created.mentions,
      documentsUpdated: created.updated,
      relationshipsCreated,
      relationshipsMerged: relations - relationshipsCreated,
      problems: plan.problems,
    };
  });
}

/** Orders first, then mentions: a mention of an order on the same page must not be a stub. */
async function writeDocuments(tx: Tx, plan: PagePlan): Promise<{ orders: number; mentions: number; updated: number }> {
  const start = tx.counts.nodesCreated;
  const orders = plan.orders.map((o) => ({ ...o, signedOn: date(o.signedOn), publishedOn: date(o.publishedOn) }));
  const [{ updated }] = await tx.run<{ updated: number }>(query('federal-register', 'mergeCatalogueOrders'), {
    orders,
  });
  const afterOrders = tx.counts.nodesCreated;
  for (const [label, rows] of plan.mentions) {
    const documents = rows.map((m) => ({ ...m, signedOn: date(m.signedOn) }));
    await tx.run(fillPlaceholders(query('federal-register', 'mergeMentionedDocuments'), { Label: label }), {
      documents,
    });
  }
  return { orders: afterOrders - start, mentions: tx.counts.nodesCreated - afterOrders, updated };
}

// Only the date fields become Neo4j dates: toNeo4jValue on a whole row would also turn any
// title or note that happens to look like YYYY-MM-DD into a date.
function date(iso: string | null): unknown {
  return iso === null ? null : toNeo4jValue(iso);
}

/** Reads and imports one file; see readPage and importPage for what fails and how. */
export async function importCatalogueFile(graph: Graph, path: string): Promise<PageSummary> {
  return importPage(graph, readPage(path));
}
