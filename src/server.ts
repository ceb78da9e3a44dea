import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Context } from './context';
import { formatError } from './errors';
import { Graph } from './graph/run';
import { checkReadiness } from './readiness';
import { createSchema } from './schema';

export interface ApiOptions {
  graph: Graph;
  development: boolean;
}

export interface Api {
  httpServer: http.Server;
  /** Listens and resolves to the base URL, e.g. http://localhost:4000 */
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting requests and waits for those in flight. */
  stop(): Promise<void>;
}

export async function createApi({ graph, development }: ApiOptions): Promise<Api> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError: formatError(development),
    includeStacktraceInErrorResponses: development,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from a CDN; GraphiQL is served from our own bundle instead.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const readiness = await checkReadiness(graph);
    res.status(readiness.ready ? 200 : 503).json(readiness.ready ? { status: 'ready' } : { status: 'unavailable', reason: readiness.reason });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => ({ graph: graph.scoped() }) }),
  );

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
    stop: () => apollo.stop(),
  };
}
