import { Graph } from './run';
import { statements } from './queries';

/** Applies cypher/schema.cypher; every statement is IF NOT EXISTS, so this runs on every start. */
export async function applySchema(graph: Graph): Promise<void> {
  // Schema commands cannot share a transaction with each other, so one statement each.
  for (const statement of statements('schema')) await graph.write(statement);
}

/** The names of the constraints and indexes schema.cypher declares. */
export function declaredSchemaNames(): string[] {
  return statements('schema').map((statement) => {
    const name = /^CREATE\s+(?:FULLTEXT\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)/i.exec(statement)?.[1];
    if (!name) throw new Error(`schema.cypher statement without a name: ${statement.slice(0, 60)}`);
    return name;
  });
}

/** Which declared constraints and indexes the database lacks (empty when the schema is applied). */
export async function missingSchema(graph: Graph): Promise<string[]> {
  // SHOW commands cannot be combined with UNION: two round trips.
  const indexes = await graph.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name');
  const constraints = await graph.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
  const present = new Set([...indexes, ...constraints].map((row) => row.name));
  return declaredSchemaNames().filter((name) => !present.has(name));
}
