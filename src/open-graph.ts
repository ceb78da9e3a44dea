import { Config, ConfigError } from './config';
import { waitForNeo4j } from './graph/connect';
import { createDriver } from './graph/driver';
import { Graph } from './graph/run';
import { applySchema } from './graph/schema';
import { useLocalNeo4j } from './neo4j-local/shared';
import { LocalNeo4jHealth, SupervisedNeo4j } from './neo4j-local/supervisor';

export interface OpenGraph {
  graph: Graph;
  uri: string;
  /** Closes the driver and stops the local Neo4j if this call started it. */
  close(): Promise<void>;
  /** The local Neo4j's state, when this call started (and supervises) it. */
  localHealth?: () => LocalNeo4jHealth;
}

/**
 * Connects to the Neo4j the configuration names, or else to the local one of NEO4J_LOCAL_DATA:
 * with `attach`, the one `npm start` already runs there, whatever its port (a command-line
 * tool must not fight it for the store), otherwise a new one this call starts (see
 * neo4j-local/shared.ts) and restarts if it dies (supervisor.ts). Applies the schema before
 * returning.
 */
export async function openGraph(
  config: Config,
  log: (line: string) => void,
  options: { attach: boolean },
): Promise<OpenGraph> {
  const credentials = { username: config.neo4jUsername, password: config.neo4jPassword };
  let local: SupervisedNeo4j | undefined;
  let uri = config.neo4jUri;
  if (!uri) ({ uri, started: local } = await useLocalNeo4j(config, credentials, log, options));
  const driver = createDriver({ uri, ...credentials });
  const graph = new Graph(driver, config.neo4jDatabase);
  const close = async () => {
    await driver.close();
    await local?.stop();
  };
  try {
    await waitFor(graph, config, uri, log);
    await applySchema(graph);
  } catch (error) {
    await close();
    throw error;
  }
  return { graph, uri, close, ...(local ? { localHealth: local.health } : {}) };
}

async function waitFor(graph: Graph, config: Config, uri: string, log: (line: string) => void): Promise<void> {
  try {
    await waitForNeo4j(graph, config.neo4jStartupTimeoutMs, log);
  } catch (error) {
    const variable = config.neo4jUri ? 'NEO4J_URI' : 'the local Neo4j';
    throw new ConfigError(
      variable,
      `cannot reach Neo4j at ${uri} after ${config.neo4jStartupTimeoutMs} ms (${(error as Error).message.split('\n')[0]}). ` +
        'Check that the server runs and the URI, NEO4J_USERNAME and NEO4J_PASSWORD are right, or unset NEO4J_URI to use the local Neo4j.',
    );
  }
}
