import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { startDatabase } from './database';
import { latency, post, throughputHttp } from './measure';
import { startNeo4jGraphql } from './neo4j-graphql/server';
import { createApi } from '../src/server';

/**
 * `npm run bench:overhead`: what one request costs before any Cypher runs. `{ __typename }`
 * through a bare node:http handler, a bare Apollo Server on express, @neo4j/graphql and this
 * API (a throwaway Neo4j backs the last two; the query never reaches it). The gap between a
 * question's p50 and the floor's that this does not explain is in the Cypher and its round trips.
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
    const app = express();
    const apollo = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'hi' } },
    });
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
