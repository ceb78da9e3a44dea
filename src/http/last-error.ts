import { ServerResponse } from 'node:http';
import { ErrorRequestHandler } from 'express';
import { Logger } from 'pino';
import { errorBody } from '../error-codes';
import { sendJson } from './send-json';

/**
 * What no route handled: a JSON 500 (or the error's own 4xx) instead of Express's HTML page,
 * which shows a stack trace outside production, and one log line naming the error's kind and
 * route, never its message, which can quote the request.
 */
export function lastErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => answerUnhandled(logger, error, req.path, req.method, res);
}

/** The same answer on a bare node:http response (the /graphql fast path, http/graphql-post.ts). */
export function answerUnhandled(
  logger: Logger,
  error: unknown,
  path: string,
  method: string,
  res: ServerResponse,
): void {
  const given = Number((error as { status?: unknown }).status);
  const status = given >= 400 && given < 500 ? given : 500;
  logger.error({ path, method, status, error: (error as Error)?.name ?? typeof error }, 'unhandled request error');
  if (res.headersSent) return void res.end();
  sendJson(
    res,
    status,
    status === 500
      ? errorBody('INTERNAL_SERVER_ERROR', 'Internal server error.')
      : errorBody('BAD_REQUEST', 'The request cannot be served as sent.'),
  );
}
