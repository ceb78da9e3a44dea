// Before anything that declares type-graphql types (context.ts reaches them through the loaders).
import 'reflect-metadata';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Logger } from 'pino';
import { noStorePlugin } from './cache-control';
import { CorpusStatus } from './corpus/progress';
import { Context, createContext, mayAskSources } from './context';
import { visualizationRouter } from './export/router';
import { formatError } from './errors';
import { graphiqlRouter } from './http/graphiql';
import { Graph } from './graph/run';
import { checkReadiness } from './readiness';
import { createSchema } from './schema';
import { roundTripsPlugin } from './round-trips';
import { compiledExecution } from './compiled-execution';
import { typeNameOf } from './schema/node/kinds';
import { hardenedApolloOptions, SecurityOptions, securityOptions } from './hardening';
import { createLogger } from './hardening/logging';
import { csrfGuard } from './hardening/csrf';
import { sizeLimits } from './hardening/size';
import { lastErrorHandler } from './http/last-error';
import { closeParsePool, warmParsePool } from './ingest/parse-pool';
import { LocalNeo4jHealth } from './neo4j-local/supervisor';
import { securityHeaderList, securityHeaders } from './http/security-headers';
import { FastPath, graphqlPost } from './http/graphql-post';
import { loadConfig } from './config';

/** How long /readyz waits for Neo4j before it answers 503. */
const READY_TIMEOUT_MS = 3000;

export interface ApiOptions {
  graph: Graph;
  development: boolean;
  /** Query limits, API keys, introspection (issue 7); unset parts come from the environment. */
  security?: Partial<SecurityOptions>;
  /** The request log; default: pino on stdout at LOG_LEVEL. */
  logger?: Logger;
  /** How far the background corpus load is, shown by /readyz; none when nothing loads. */
  corpus?: () => CorpusStatus;
  /** The state of the local Neo4j the process supervises, for /healthz (none: Neo4j is not ours). */
  localNeo4j?: () => LocalNeo4jHealth;
  /** Start the ingest parser's threads now, warmed on the seed texts (the served API does; a test that never ingests needs none). */
  warmParser?: boolean;
}

export interface Api {
  httpServer: http.Server;
  /** Listens and resolves to the base URL, e.g. http://localhost:4000 */
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting requests and waits for those in flight. */
  stop(): Promise<void>;
}

export async function createApi({
  graph,
  development,
  security: given,
  logger = createLogger(process.env.LOG_LEVEL),
  corpus,
  localNeo4j,
  warmParser = false,
}: ApiOptions): Promise<Api> {
  // before Apollo starts: the threads warm up while the rest of the server is built
  if (warmParser) warmParsePool();
  const security = securityOptions(given);
  const hardened = hardenedApolloOptions(security, development, logger);
  const app = express();
  // Express hashes every body it sends for an ETag; a GraphQL answer is `no-store` and a POST,
  // so no client revalidates it, and the hash cost a pass over every answer (static files keep
  // theirs: express.static sets its own).
  app.set('etag', false);
  const headers = securityHeaderList();
  const corsOrigins = loadConfig().corsOrigins;
  // Each request's scoped graph gets REQUEST_TIMEOUT_MS for all its transactions together, and
  // leaves out nodes' `sources` lists (long, and rarely asked) when the query cannot ask them.
  const contextOf = async (body: unknown) =>
    createContext(graph.withRequestTimeout(security.limits.requestTimeoutMs), { sources: mayAskSources(body) });
  let fastPath: FastPath = () => false;
  const httpServer = http.createServer((req, res) => {
    if (!fastPath(req, res)) app(req, res);
  });
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(await createSchema(), { typeNameOf }),
    ...hardened,
    formatError: formatError(development, security.limits.maxTokens),
    includeStacktraceInErrorResponses: development,
    // src/shutdown.ts owns SIGINT/SIGTERM: Apollo's own handler (on whenever NODE_ENV is not
    // 'test', so never under jest) stops the server and re-raises the signal, which our handler
    // took as a second Ctrl-C and exited 130 in the middle of the orderly shutdown.
    stopOnTerminationSignals: false,
    plugins: [
      ...hardened.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from a CDN; GraphiQL is served from our own bundle instead.
      ApolloServerPluginLandingPageDisabled(),
      // Its per-field hook made Apollo wrap every resolver; the one header it set is noStorePlugin's.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      roundTripsPlugin(),
    ],
  });
  await apollo.start();
  fastPath = graphqlPost({ apollo, limits: security.limits, corsOrigins, headers, context: contextOf, logger });

  app.use(securityHeaders(headers)); // CSP, nosniff, frame and referrer policies; no X-Powered-By
  app.get('/healthz', (_req, res) => {
    // The process is up; a local Neo4j being restarted is said, and only one given up on fails.
    const neo4j = localNeo4j?.();
    if (neo4j?.state === 'failed') return void res.status(503).json({ status: 'failed', neo4j });
    res.json({ status: 'ok', ...(neo4j ? { neo4j } : {}) });
  });
  app.get('/readyz', async (_req, res) => {
    // Bounded like a request: a frozen Neo4j makes /readyz answer 503 in seconds, not hang.
    const readiness = await checkReadiness(graph.withRequestTimeout(READY_TIMEOUT_MS).scoped());
    // Ready while the corpus loads: the API answers from what is in; `corpus` says how far it is.
    const body = readiness.ready ? { status: 'ready' } : { status: 'unavailable', reason: readiness.reason };
    res.status(readiness.ready ? 200 : 503).json(corpus ? { ...body, corpus: corpus() } : body);
  });
  app.use(visualizationRouter(graph, corsOrigins)); // CORS (before /graphql), GET /export/graph, /explore
  if (security.introspection) app.use(graphiqlRouter()); // GET /graphql for browsers (HTML), /graphql/assets; the rest goes on to Apollo
  // What the fast path (http/graphql-post.ts) leaves: GET, other content types, /graphql/...
  app.use(
    '/graphql',
    csrfGuard(),
    ...sizeLimits(security.limits),
    expressMiddleware(apollo, { context: async ({ req }) => contextOf(req.body) }),
  );

  app.use(lastErrorHandler(logger));

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          resolve(`http://${host}:${address.port}`);
        });
      }),
    // After the requests in flight: an ingest among them still needs its parse thread.
    stop: () => apollo.stop().then(closeParsePool),
  };
}
