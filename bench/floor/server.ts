import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Driver } from 'neo4j-driver';
import { Params, QuestionId } from '../questions';
import { FLOOR, runFloor } from './queries';

/** The floor behind a minimal node:http handler: POST /<question> with the params as JSON. */
export async function startFloorServer(driver: Driver): Promise<{ url: string; stop(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const id = (req.url ?? '').slice(1) as QuestionId;
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', async () => {
      try {
        if (!FLOOR[id]) throw new Error(`no question ${id}`);
        const rows = await runFloor(driver, id, JSON.parse(Buffer.concat(chunks).toString()) as Params);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows));
      } catch (error) {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: (error as Error).message }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.keepAliveTimeout = 60000;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
