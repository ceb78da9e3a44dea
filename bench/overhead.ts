import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { startDatabase } from './database';
import { latency, post, throughputHttp } from './measure';
import { startNeo4jGraphql } from './neo4j-graphql/server';
import { createApi } from '../src/server';

/**
 * `npm run bench:overhead`: what one request costs before any Cypher runs. `{ __typename }`
 * through a bare node:http handler, a bare Apollo Server on node:http (no express) and on
 * express, @neo4j/graphql and this API (a throwaway Neo4j backs the last two; the query never
 * reaches it). The rows apart give each layer's share: node:http, Apollo's pipeline, express,
 * and what this API adds (its middleware, plugins and limits). The gap between a question's p50
 * and the floor's that this does not explain is in the Cypher, its round trips and the answer.
 */
async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'silent';
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const db = await startDatabase(log);
  const servers: Array<{ name: string; url: string; stop(): Promise<void> }> = [];
  try {
    const bare = http.createServer((req, res) => {
      req.resume();
      req.on('end', () =>
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"__typename":"Query"}}'),
      );
    });
    servers.push({ name: 'bare node:http', url: `${await listen(bare)}/`, stop: () => close(bare) });
    const bareApollo = () =>
      new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'hi' } } });
    const apolloAlone = bareApollo();
    await apolloAlone.start();
    const apolloNode = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', async () => {
        const headers = new HeaderMap();
        for (const [name, value] of Object.entries(req.headers))
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        const body: unknown = JSON.parse(Buffer.concat(chunks).toString());
        const response = await apolloAlone.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: '', body },
          context: async () => ({}),
        });
        for (const [name, value] of response.headers) res.setHeader(name, value);
        res.statusCode = response.status ?? 200;
        res.end(response.body.kind === 'complete' ? response.body.string : '');
      });
    });
    servers.push({
      name: 'bare Apollo Server on node:http',
      url: `${await listen(apolloNode)}/graphql`,
      stop: async () => {
        await apolloAlone.stop();
        await close(apolloNode);
      },
    });
    const app = express();
    const apollo = bareApollo();
    await apollo.start();
    app.use('/graphql', express.json(), expressMiddleware(apollo));
    const apolloHttp = http.createServer(app);
    servers.push({
      name: 'bare Apollo Server + express',
      url: `${await listen(apolloHttp)}/graphql`,
      stop: async () => {
        await apollo.stop();
        await close(apolloHttp);
      },
    });
    const ng = await startNeo4jGraphql(db.driver);
    servers.push({ name: '@neo4j/graphql', ...ng });
    const api = await createApi({ graph: db.graph, development: false });
    servers.push({ name: 'ours', url: `${await api.listen(0, '127.0.0.1')}/graphql`, stop: () => api.stop() });
    const body = JSON.stringify({ query: '{ __typename }' });
    console.log('| server | p50 ms | p95 ms | req/s (16 connections) |\n|---|---|---|---|');
    for (const { name, url } of servers) {
      const l = await latency(() => post(url, body), 400, 50);
      const t = await throughputHttp(url, body, 16, 5);
      console.log(`| ${name} | ${l.p50.toFixed(2)} | ${l.p95.toFixed(2)} | ${t.requestsPerSecond.toFixed(0)} |`);
    }
  } finally {
    for (const server of servers) await server.stop();
    await db.stop();
  }
}

async function listen(server: http.Server): Promise<string> {
  server.keepAliveTimeout = 60000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
