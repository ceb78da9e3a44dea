import { query } from './queries';
import { Graph } from './run';

export interface Count {
  name: string;
  count: number;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  labels: Count[];
  relationshipTypes: Count[];
}

/** How many nodes carry each label and how many relationships have each type, sorted by name. */
export async function graphCounts(graph: Graph): Promise<GraphCounts> {
  const [row] = await graph.read<GraphCounts>(query('stats', 'graphCounts'));
  const byName = (a: Count, b: Count) => a.name.localeCompare(b.name);
  return { ...row, labels: row.labels.sort(byName), relationshipTypes: row.relationshipTypes.sort(byName) };
}
