import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { CorpusProgress } from './corpus/progress';
import { runCorpusLoad } from './corpus/startup';
import { createLogger } from './hardening/logging';
import { seedIfEmpty } from './ingest/seed';
import { MissingToolError } from './neo4j-local/toolchain';
import { OpenGraph, openGraph } from './open-graph';
import { createApi } from './server';
import { onShutdown } from './shutdown';

const log = (line: string) => console.log(line);

/** Starts Neo4j (unless NEO4J_URI names one), applies the schema, seeds an empty graph, serves the API. */
async function main(): Promise<void> {
  const config = loadConfig();
  let opened: OpenGraph | undefined;
  // Registered before anything slow, so Ctrl-C during start-up still stops the JVM.
  onShutdown(async () => opened?.close());
  // The API owns the local Neo4j it starts, so its lifetime is the API's.
  opened = await openGraph(config, log, { attach: false });
  if (config.seedOnStart) await seedIfEmpty(opened.graph, log);

  const corpus = new CorpusProgress(config.corpus.load);
  const api = await createApi({
    graph: opened.graph,
    development: process.env.NODE_ENV !== 'production',
    security: config,
    logger: createLogger(config.logLevel),
    corpus: () => corpus.status(),
    localNeo4j: opened.localHealth,
    warmParser: true,
  });
  const url = await api.listen(config.port, config.host);
  log(`API ready at ${url}/graphql`);
  // The corpus loads after the API listens, so it answers (from what is in) from the start.
  const stopLoading = new AbortController();
  const loading = config.corpus.load
    ? runCorpusLoad(opened.graph, { source: config.corpus, progress: corpus, signal: stopLoading.signal, log })
    : Promise.resolve(log('Corpus load off (SEED_CORPUS=false)'));
  onShutdown(async () => {
    // The batch in flight commits (or not at all); the next start goes on after it.
    stopLoading.abort();
    await loading;
    // Apollo's drain plugin stops new connections and waits for requests in flight; only then does the driver close.
    await api.stop();
    await opened?.close();
  });
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof MissingToolError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
