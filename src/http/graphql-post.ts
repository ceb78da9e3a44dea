import { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, BaseContext, HeaderMap } from '@apollo/server';
import express from 'express';
import { Logger } from 'pino';
import { QueryLimits } from '../config';
import { corsPolicy } from '../export/router';
import { bodyRefusal, depthRefusal, Refusal } from '../hardening/body';
import { queryTooLarge } from '../hardening/size';
import { answerUnhandled } from './last-error';
import { SecurityHeaders, setSecurityHeaders } from './security-headers';
import { sendJson } from './send-json';

export interface GraphqlPostOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  limits: QueryLimits;
  corsOrigins: string[];
  headers: SecurityHeaders;
  /** The request's context, from its parsed body. */
  context: (body: unknown) => Promise<C>;
  logger: Logger;
}

/** Takes the request and answers it (true), or leaves it untouched for express (false). */
export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * POST /graphql with a JSON body, which is nearly every request, served on node:http: express's
 * router, its request and response objects and the middleware chain cost more per request than
 * the floor's whole handler (bench/README.md, issue 20). The stages are express's for /graphql,
 * in the same order and from the same modules: security headers, CORS, the JSON body and its
 * limits, Apollo, the last-error answer. The CSRF check has nothing to refuse here (an
 * `application/json` POST is one a browser asks CORS about first), so it stays with express,
 * which still serves every other request, GET /graphql and other content types included.
 */
export function graphqlPost<C extends BaseContext>({
  apollo,
  limits,
  corsOrigins,
  headers,
  context,
  logger,
}: GraphqlPostOptions<C>): FastPath {
  const cors = corsPolicy(corsOrigins);
  const json = express.json({ limit: limits.maxBodyBytes });
  type Parsed = IncomingMessage & { body?: unknown };

  const answer = async (req: Parsed, res: ServerResponse): Promise<void> => {
    const refusal =
      depthRefusal(req.body) ?? queryTooLarge((req.body as { query?: unknown } | undefined)?.query, limits);
    if (refusal) return refuse(res, refusal);
    const requestHeaders = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) requestHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url!.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: requestHeaders,
        search: query < 0 ? '' : req.url!.slice(query),
        body: req.body,
      },
      context: () => context(req.body),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('Content-Length', Buffer.byteLength(response.body.string, 'utf8'));
      return void res.end(response.body.string);
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    if (req.method !== 'POST' || !isGraphqlPath(req.url) || !isJson(req.headers['content-type'])) return false;
    const failed = (error: unknown) => answerUnhandled(logger, error, '/graphql', 'POST', res);
    setSecurityHeaders(res, headers);
    // cors answers only preflights itself (OPTIONS, which never comes here); for a POST it sets its headers and goes on.
    cors(req, res, (corsError?: unknown) => {
      if (corsError) return failed(corsError);
      json(req, res, (bodyError?: unknown) => {
        if (bodyError) {
          const refusal = bodyRefusal(bodyError, limits.maxBodyBytes);
          return refusal ? refuse(res, refusal) : failed(bodyError);
        }
        answer(req, res).catch(failed);
      });
    });
    return true;
  };
}

function refuse(res: ServerResponse, { status, body }: Refusal): void {
  sendJson(res, status, body);
}

function isGraphqlPath(url: string | undefined): boolean {
  return url !== undefined && url.startsWith('/graphql') && (url.length === 8 || url[8] === '?');
}

function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const semicolon = contentType.indexOf(';');
  return (semicolon < 0 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase() === 'application/json';
}
