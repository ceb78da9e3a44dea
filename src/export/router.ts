import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import cors from 'cors';
import express, { Response, Router } from 'express';
import { loadConfig, PROJECT_ROOT } from '../config';
import { Graph } from '../graph/run';
import { checkSubgraphRequest, subgraph, SubgraphRequest, SubgraphRequestError } from '../graph/subgraph';
import { wholeGraphSelection } from '../graph/whole-graph';
import { exportFile, StreamedFormat } from './formats';
import { ExportParams, exportParams } from './params';
import { joined, streamedFile } from './streamed';

/** Where scripts/build-explore.mjs writes the /explore page. */
export const EXPLORE_DIR = path.join(PROJECT_ROOT, 'dist', 'web', 'explore');

/** CORS for the origins in CORS_ORIGINS, the same on every route (the /graphql fast path asks it too). */
export const corsPolicy = (corsOrigins: string[]) =>
  cors({ origin: corsOrigins, methods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 });

/**
 * Everything for external visualizations, mounted before /graphql: CORS for the origins in
 * CORS_ORIGINS (on every route, /graphql included), GET /export/graph, and the /explore page.
 */
export function visualizationRouter(graph: Graph, corsOrigins: string[] = loadConfig().corsOrigins): Router {
  const router = express.Router();
  router.use(corsPolicy(corsOrigins));

  router.get('/export/graph', async (req, res, next) => {
    try {
      const params = exportParams(req.query as Record<string, unknown>);
      const request = checkSubgraphRequest(params.input);
      if (params.streamed) return await sendStreamed(graph, request, params, res);
      const file = exportFile(await subgraph(graph.scoped(), request), params.format, params.part);
      // File names are fixed by the format, so they need no escaping.
      res.set(attachment(file)).send(file.body);
    } catch (error) {
      if (error instanceof SubgraphRequestError) res.status(400).json({ error: error.message });
      // A client that left is not an error; the read behind it has stopped (streamRows).
      else if ((error as NodeJS.ErrnoException)?.code !== 'ERR_STREAM_PREMATURE_CLOSE') next(error);
    }
  });

  router.use('/explore', express.static(EXPLORE_DIR, { fallthrough: true }));
  router.get('/explore', (_req, res) => {
    // Only reached when the bundle is missing: express.static serves index.html otherwise.
    const built = fs.existsSync(path.join(EXPLORE_DIR, 'index.html'));
    res
      .status(built ? 404 : 503)
      .type('text/plain')
      .send(built ? 'Not found' : 'The explorer is not built: run `npm run build:web`.');
  });
  return router;
}

/**
 * After this long with nothing taken by the client, a streamed export is dropped: a stalled
 * download would otherwise hold a Neo4j transaction and a pooled connection for ever.
 */
export const STREAM_IDLE_MS = 60_000;

/**
 * The whole graph as a stream: `pipeline` writes only as fast as the socket drains, and when
 * the client goes away it destroys the source, which stops the Neo4j read. An error after the
 * first byte cannot change the status any more: the connection is cut (pipeline destroys the
 * response), so the client sees a failed download, never a short file that looks complete.
 */
async function sendStreamed(
  graph: Graph,
  request: SubgraphRequest,
  params: ExportParams,
  res: Response,
): Promise<void> {
  const file = await streamedFile(
    graph.scoped(),
    wholeGraphSelection(request),
    params.format as StreamedFormat,
    params.part,
  );
  res.set(attachment(file));
  res.setTimeout(STREAM_IDLE_MS, () => res.destroy());
  await pipeline(Readable.from(joined(file.chunks)), res);
}

function attachment(file: { fileName: string; contentType: string }): Record<string, string> {
  return { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.fileName}"` };
}
