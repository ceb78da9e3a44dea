import { Graph } from './run';

/**
 * Waits until Neo4j answers, retrying with exponential backoff (0.25 s doubling to 4 s) for
 * up to `timeoutMs`: a server started beside the API (docker compose) may come up later.
 * Rejects with the last error once the time is spent.
 */
export async function waitForNeo4j(graph: Graph, timeoutMs: number, log: (line: string) => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 250;
  for (;;) {
    try {
      await graph.driver.verifyConnectivity({ database: graph.database });
      return;
    } catch (error) {
      if (Date.now() + delay > deadline) throw error;
      log(`Neo4j not reachable yet (${(error as Error).message.split('\n')[0]}); retrying in ${delay} ms`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 4000);
    }
  }
}
