import { ErrorRequestHandler, RequestHandler } from 'express';
import { QueryLimits } from '../config';
import { jsonBody, limitRefusal, Refusal, send } from './body';
import { QueryLimitError } from './limits';

/**
 * The size limits, checked before anything is parsed: express.json refuses a body over
 * MAX_BODY_BYTES without reading it all (see body.ts), and a `query` text over
 * MAX_QUERY_BYTES is refused before graphql's parser sees it: both 413 QUERY_TOO_LARGE, and both answer
 * in GraphQL's error shape so clients handle them like every other error.
 */
export function sizeLimits(limits: QueryLimits): Array<RequestHandler | ErrorRequestHandler> {
  const tooLargeQuery: RequestHandler = (req, res, next) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    const refusal = queryTooLarge(query, limits);
    if (refusal) return send(res, refusal);
    next();
  };
  return [...jsonBody(limits.maxBodyBytes), tooLargeQuery];
}

/** A `query` text over MAX_QUERY_BYTES, refused. */
export function queryTooLarge(query: unknown, limits: QueryLimits): Refusal | undefined {
  const bytes = typeof query === 'string' ? Buffer.byteLength(query, 'utf8') : 0;
  if (bytes <= limits.maxQueryBytes) return undefined;
  return limitRefusal(
    new QueryLimitError('QUERY_TOO_LARGE', 'the query text is too long', limits.maxQueryBytes, bytes),
  );
}
