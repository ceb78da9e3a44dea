import fs from 'node:fs';
import path from 'node:path';
import express, { Request, Router } from 'express';
import { PROJECT_ROOT } from '../config';

/** Where scripts/build-graphiql.mjs writes the GraphiQL page. */
export const GRAPHIQL_DIR = path.join(PROJECT_ROOT, 'dist', 'web', 'graphiql');

/** True when the client ranks HTML above JSON, as a browser navigating to /graphql does. */
export function prefersHtml(req: Request): boolean {
  return req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

/**
 * GraphiQL at GET /graphql for clients that prefer HTML, its bundle at /graphql/assets/;
 * mounted before Apollo, to which every other /graphql request passes untouched.
 */
export function graphiqlRouter(dir: string = GRAPHIQL_DIR): Router {
  const router = express.Router();
  const notBuilt = 'GraphiQL is not built: run `npm run build:web`.';

  router.get('/graphql', (req, res, next) => {
    if (!prefersHtml(req)) return next();
    const page = path.join(dir, 'index.html');
    if (!fs.existsSync(page)) return void res.status(503).type('text/plain').send(notBuilt);
    // Its Content-Security-Policy is the app-wide one (http/security-headers.ts).
    res.set('Cache-Control', 'no-cache').sendFile(page);
  });
  router.use('/graphql/assets', express.static(dir, { index: false, fallthrough: true }), (_req, res) => {
    const built = fs.existsSync(path.join(dir, 'index.html'));
    res
      .status(built ? 404 : 503)
      .type('text/plain')
      .send(built ? 'Not found' : notBuilt);
  });
  return router;
}
