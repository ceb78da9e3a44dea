import { DOCUMENT_LABELS, fillPlaceholders } from './labels';
import { Graph } from './run';
import { query, statements } from './queries';
import { int } from './values';

/**
 * Applies cypher/schema.cypher and brings an older store up to it (cypher/migrate.cypher); every
 * step is idempotent, so this runs on every start.
 */
export async function applySchema(graph: Graph): Promise<void> {
  await dropStaleFulltextIndexes(graph);
  // Schema commands cannot share a transaction with each other, so one statement each.
  for (const statement of statements('schema')) await graph.write(statement);
  for (const step of ['assignmentEnds', 'targetEnds', 'directiveDocumentKind']) await inBatches(graph, step);
  await labelDocumentsByKind(graph);
}

/** The names of the constraints and indexes schema.cypher declares. */
export function declaredSchemaNames(): string[] {
  return statements('schema').map((statement) => {
    const name = /^CREATE\s+(?:FULLTEXT\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)/i.exec(statement)?.[1];
    if (!name) throw new Error(`schema.cypher statement without a name: ${statement.slice(0, 60)}`);
    return name;
  });
}

/** A full-text index of schema.cypher: its name, labels and properties, as declared. */
export interface FulltextIndex {
  name: string;
  labels: string[];
  properties: string[];
}

/** The full-text indexes schema.cypher declares, read from their statements. */
export function declaredFulltextIndexes(): FulltextIndex[] {
  return statements('schema').flatMap((statement) => {
    const found = /^CREATE\s+FULLTEXT\s+INDEX\s+(\w+)[\s\S]*?FOR\s*\(\w+:([\w|]+)\)\s*ON\s+EACH\s*\[([^\]]*)\]/i.exec(
      statement,
    );
    if (!found) return [];
    const properties = found[3].split(',').map((p) => p.trim().replace(/^\w+\./, ''));
    return [{ name: found[1], labels: found[2].split('|'), properties }];
  });
}

/**
 * `CREATE ... IF NOT EXISTS` keeps an index of the same name whatever it covers: a store made
 * before a label joined the search (Notice, FederalRegisterDocument, the bodies and groups of
 * issue 16) would never search it. Such an index is dropped here, to be created anew.
 */
async function dropStaleFulltextIndexes(graph: Graph): Promise<void> {
  for (const index of declaredFulltextIndexes()) {
    const [existing] = await graph.read<{ labels: string[]; properties: string[] }>(query('migrate', 'fulltextIndex'), {
      name: index.name,
    });
    if (existing && !(sameSet(existing.labels, index.labels) && sameSet(existing.properties, index.properties))) {
      // The name is one schema.cypher declares (checked by the pattern above), never a client's.
      await graph.write(`DROP INDEX ${index.name} IF EXISTS`);
    }
  }
}

const sameSet = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

/**
 * Relationships written before they kept their ends' ids (ASSIGNED_TO, TARGETS) get them, and
 * directives their document's kind, in batches: `step` of cypher/migrate.cypher, repeated until
 * a batch comes back short.
 */
async function inBatches(graph: Graph, step: string, batch = 20_000): Promise<void> {
  for (;;) {
    const [{ count }] = await graph.write<{ count: number }>(query('migrate', step), { batch: int(batch) });
    if (count < batch) return;
  }
}

/** A document with no label of its kind gets it (the API reads kinds from labels only). */
async function labelDocumentsByKind(graph: Graph): Promise<void> {
  for (const [kind, label] of Object.entries(DOCUMENT_LABELS))
    await graph.write(fillPlaceholders(query('migrate', 'documentLabel'), { Label: label }), { kind });
}

/** Which declared constraints and indexes the database lacks (empty when the schema is applied). */
export async function missingSchema(graph: Graph): Promise<string[]> {
  // SHOW commands cannot be combined with UNION: two round trips.
  const indexes = await graph.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name');
  const constraints = await graph.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
  const present = new Set([...indexes, ...constraints].map((row) => row.name));
  return declaredSchemaNames().filter((name) => !present.has(name));
}
