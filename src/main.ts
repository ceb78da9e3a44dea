import 'reflect-metadata';
import { Config, ConfigError, loadConfig } from './config';
import { waitForNeo4j } from './graph/connect';
import { createDriver } from './graph/driver';
import { Graph } from './graph/run';
import { applySchema } from './graph/schema';
import { seedIfEmpty } from './ingest/seed';
import { MissingToolError } from './neo4j-local/toolchain';
import { LocalNeo4j, startLocalNeo4j } from './neo4j-local/process';
import { createApi } from './server';

const log = (line: string) => console.log(line);

/** Starts Neo4j (unless NEO4J_URI names one), applies the schema, seeds an empty graph, serves the API. */
async function main(): Promise<void> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  const stopLocal = () => local?.stop();
  // Registered before anything slow, so Ctrl-C during start-up still stops the JVM.
  onSignals(async () => stopLocal());

  if (!config.neo4jUri) local = await startLocalNeo4j(config.local, log);
  const uri = config.neo4jUri ?? local!.uri;
  const driver = createDriver({ uri, username: config.neo4jUsername, password: config.neo4jPassword });
  const graph = new Graph(driver, config.neo4jDatabase);
  await connect(graph, config, uri);
  await applySchema(graph);
  if (config.seedOnStart) await seedIfEmpty(graph, log);

  const api = await createApi({ graph, development: process.env.NODE_ENV !== 'production' });
  const url = await api.listen(config.port, config.host);
  log(`API ready at ${url}/graphql`);
  onSignals(async () => {
    await api.stop();
    await driver.close();
    await stopLocal();
  });
}

async function connect(graph: Graph, config: Config, uri: string): Promise<void> {
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

let stopping: Array<() => Promise<unknown>> = [];
let installed = false;

/** The last registered handler stops everything; a second signal forces exit. */
function onSignals(handler: () => Promise<unknown>): void {
  stopping = [handler];
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      process.once(signal, () => process.exit(130));
      log(`${signal}: shutting down`);
      try {
        for (const stop of stopping) await stop();
      } finally {
        process.exit(0);
      }
    });
  }
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof MissingToolError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
