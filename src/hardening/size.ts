import express, { ErrorRequestHandler, RequestHandler } from 'express';
import { QueryLimits } from '../config';
import { QueryLimitError } from './limits';

/**
 * The size limits, checked before anything is parsed: express.json refuses a body over
 * MAX_BODY_BYTES without reading it all, and a `query` text over
 * MAX_QUERY_BYTES is refused before graphql's parser sees it: both 413 QUERY_TOO_LARGE, and both answer
 * in GraphQL's error shape so clients handle them like every other error.
 */
export function sizeLimits(limits: QueryLimits): Array<RequestHandler | ErrorRequestHandler> {
  const tooLargeBody: ErrorRequestHandler = (error, _req, res, next) => {
    if ((error as { type?: string }).type !== 'entity.too.large') return next(error);
    const length = (error as { length?: number }).length;
    send(res, new QueryLimitError('QUERY_TOO_LARGE', 'the request body (query and variables) is too large', limits.maxBodyBytes, length, 413));
  };
  const tooLargeQuery: RequestHandler = (req, res, next) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    const bytes = typeof query === 'string' ? Buffer.byteLength(query, 'utf8') : 0;
    if (bytes > limits.maxQueryBytes) return send(res, new QueryLimitError('QUERY_TOO_LARGE', 'the query text is too long', limits.maxQueryBytes, bytes, 413));
    next();
  };
  return [express.json({ limit: limits.maxBodyBytes }), tooLargeBody, tooLargeQuery];
}

function send(res: express.Response, error: QueryLimitError): void {
  const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
  res.status(413).json({ errors: [{ message: error.message, extensions }] });
}
