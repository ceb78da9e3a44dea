import { Graph } from '../../src/graph/run';

/**
 * Everything in the graph as sorted, comparable text: each node with its labels and
 * properties, each relationship with its ends, type and properties. Two graphs are the
 * same when their snapshots are equal, which compares sets, not just counts.
 */
export async function graphSnapshot(graph: Graph): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await graph.read('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props');
  const relationships = await graph.read(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const text = (row: Record<string, unknown>) => JSON.stringify(row, sortedKeys);
  return { nodes: nodes.map(text).sort(), relationships: relationships.map(text).sort() };
}

/** Label order is not data; every other list keeps its stored order, which clients read. */
function sortedKeys(key: string, value: unknown): unknown {
  if (key === 'labels' && Array.isArray(value)) return [...value].sort();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
  }
  return value;
}
