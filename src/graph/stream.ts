import { Graph, Params } from './run';
import { plainRecord } from './values';

/**
 * A query's rows one at a time, as plain values, pulled from Neo4j only as fast as the caller
 * takes them: the driver fetches in batches and stops asking for more while its buffer is
 * full, so a slow consumer slows the read instead of filling memory. Stopping early (a `break`,
 * a `return()` from a destroyed stream) discards the rest on the server and closes the session.
 * No time budget: a whole-graph read takes as long as its reader; the caller bounds idleness.
 */
export async function* streamRows<T>(graph: Graph, cypher: string, params: Params = {}): AsyncGenerator<T> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'READ' });
  try {
    graph.roundTrips += 1;
    for await (const record of session.run(cypher, graph.withDefaults(params))) {
      yield plainRecord(record) as T;
    }
  } finally {
    await session.close();
  }
}
