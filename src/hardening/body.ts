import express, { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { errorBody } from '../error-codes';
import { QueryLimitError } from './limits';

/**
 * Deepest nesting of arrays and objects a request body may have. The schema's deepest input
 * (a filter inside the variables) is four levels down; graphql's coercion and the cost check
 * recurse over the variables, and 100,000 levels overflowed the stack (a 500, issue 17).
 */
export const MAX_JSON_DEPTH = 64;

/** An answer refusing a request before GraphQL sees it: a status and a body in GraphQL's error shape. */
export interface Refusal {
  status: number;
  body: unknown;
}

/**
 * The JSON body of /graphql: parsed by express.json up to `maxBodyBytes`, then its nesting
 * bounded. Anything wrong with it gets GraphQL's error shape, never Express's HTML page, and
 * neither the answer nor the log repeats the body: it can hold a document's text or a key.
 */
export function jsonBody(maxBodyBytes: number): Array<RequestHandler | ErrorRequestHandler> {
  const refused: ErrorRequestHandler = (error, _req, res, next) => {
    const refusal = bodyRefusal(error, maxBodyBytes);
    if (!refusal) return next(error);
    send(res, refusal);
  };
  const notTooDeep: RequestHandler = (req, res, next) => {
    const refusal = depthRefusal(req.body);
    if (refusal) return send(res, refusal);
    next();
  };
  return [express.json({ limit: maxBodyBytes }), refused, notTooDeep];
}

/** What to answer when the body parser failed: undefined for an error that is not the body's. */
export function bodyRefusal(error: unknown, maxBodyBytes: number): Refusal | undefined {
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large') {
    const length = (error as { length?: number }).length;
    return limitRefusal(
      new QueryLimitError(
        'QUERY_TOO_LARGE',
        'the request body (query and variables) is too large',
        maxBodyBytes,
        length,
      ),
    );
  }
  if (type === 'entity.parse.failed') {
    // JSON.parse's message quotes the body around the fault; only the position is kept.
    const at = /position (\d+)/.exec(String((error as Error).message))?.[1];
    return badRequest(
      `The request body is not valid JSON${at ? ` (at character ${at})` : ''}: send {"query": "...", "variables": {...}}.`,
    );
  }
  if (typeof type === 'string') return badRequest(`The request body cannot be read (${type}): send UTF-8 JSON.`);
  return undefined;
}

/** A parsed body nested deeper than MAX_JSON_DEPTH, refused. */
export function depthRefusal(body: unknown): Refusal | undefined {
  if (!depthExceeds(body, MAX_JSON_DEPTH)) return undefined;
  return badRequest(
    `The request body is nested more than ${MAX_JSON_DEPTH} levels deep; no query of this API needs that.`,
  );
}

/** Whether `value` nests arrays or objects deeper than `max`; iterative, so no depth can overflow it. */
export function depthExceeds(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** A refused query limit in GraphQL's error shape, with the limit's own status. */
export function limitRefusal(error: QueryLimitError): Refusal {
  const { http, ...extensions } = error.extensions as Record<string, unknown> & { http: { status: number } };
  return { status: http.status, body: { errors: [{ message: error.message, extensions }] } };
}

/** A refusal sent through express. */
export function send(res: Response, { status, body }: Refusal): void {
  res.status(status).json(body);
}

function badRequest(message: string): Refusal {
  return { status: 400, body: errorBody('BAD_REQUEST', message) };
}
