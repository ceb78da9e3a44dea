import { ApolloServerPlugin } from '@apollo/server';
import pino, { DestinationStream, Logger } from 'pino';
import { Context } from '../context';
import { ErrorCode } from '../error-codes';

/** Codes that say the server, not the request, failed: logged at error level. */
const SERVER_FAULTS: string[] = ['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE'] satisfies ErrorCode[];

/** JSON lines on stdout (pino), for a log collector; `destination` lets tests read them. */
export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'presidential-graph' } }, destination);
}

/**
 * One line per GraphQL request: operation name and type, duration, the Neo4j round trips of
 * the request's scoped graph, and the outcome (ok, or the error codes). Never the query text,
 * variables or headers: they can hold a document's text or an API key.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, contextValue, response }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          // The formatted errors: the codes clients saw, after errors.ts mapped them.
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) =>
            String(error.extensions?.code ?? ('INTERNAL_SERVER_ERROR' satisfies ErrorCode)),
          );
          const line = {
            operationName: operationName ?? null,
            operationType: operation?.operation ?? null,
            durationMs: Math.round(durationMs * 10) / 10,
            roundTrips: contextValue.graph?.roundTrips ?? 0,
            status: response.http.status ?? 200,
            outcome: codes.length === 0 ? 'ok' : 'error',
            ...(codes.length > 0 ? { errorCodes: [...new Set(codes)] } : {}),
          };
          if (codes.some((code) => SERVER_FAULTS.includes(code))) logger.error(line, 'graphql request');
          else logger.info(line, 'graphql request');
        },
      };
    },
  };
}
