import { isUnavailable } from './errors';
import { Graph } from './graph/run';
import { missingSchema } from './graph/schema';

export type Readiness = { ready: true } | { ready: false; reason: string };

/** Ready means Neo4j answers now and every constraint and index of schema.cypher exists. */
export async function checkReadiness(graph: Graph): Promise<Readiness> {
  try {
    const missing = await missingSchema(graph);
    if (missing.length > 0) return { ready: false, reason: `schema not applied: missing ${missing.join(', ')}` };
    return { ready: true };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const what = isUnavailable(error) ? 'Neo4j is not reachable' : 'Neo4j check failed';
    return { ready: false, reason: `${what}: ${detail}` };
  }
}
