import fs from 'node:fs';
import path from 'node:path';
import cors from 'cors';
import express, { Router } from 'express';
import { loadConfig, PROJECT_ROOT } from '../config';
import { Graph } from '../graph/run';
import { checkSubgraphRequest, subgraph, SubgraphRequestError } from '../graph/subgraph';
import { exportFile } from './formats';
import { exportParams } from './params';

/** Where scripts/build-explore.mjs writes the /explore page. */
export const EXPLORE_DIR = path.join(PROJECT_ROOT, 'dist', 'web', 'explore');

/**
 * Everything for external visualizations, mounted before /graphql: CORS for the origins in
 * CORS_ORIGINS (on every route, /graphql included), GET /export/graph, and the /explore page.
 */
export function visualizationRouter(graph: Graph, corsOrigins: string[] = loadConfig().corsOrigins): Router {
  const router = express.Router();
  router.use(cors({ origin: corsOrigins, methods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 }));

  router.get('/export/graph', async (req, res, next) => {
    try {
      const params = exportParams(req.query as Record<string, unknown>);
      const file = exportFile(await subgraph(graph.scoped(), checkSubgraphRequest(params.input)), params.format, params.part);
      // File names are fixed by the format, so they need no escaping.
      res.set({ 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.fileName}"` }).send(file.body);
    } catch (error) {
      if (error instanceof SubgraphRequestError) res.status(400).json({ error: error.message });
      else next(error);
    }
  });

  router.use('/explore', express.static(EXPLORE_DIR, { fallthrough: true }));
  router.get('/explore', (_req, res) => {
    // Only reached when the bundle is missing: express.static serves index.html otherwise.
    const built = fs.existsSync(path.join(EXPLORE_DIR, 'index.html'));
    res.status(built ? 404 : 503).type('text/plain').send(built ? 'Not found' : 'The explorer is not built: run `npm run build:web`.');
  });
  return router;
}
