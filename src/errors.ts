import { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { isUnreachable, RequestTimeoutError } from './graph/run';
import { QueryLimitError, tooManyTokens } from './hardening/limits';
import { ErrorCode } from './error-codes';

/** "The database cannot serve this now", not "your query is wrong": unreachable, or a transient error that outlived its retries. */
export function isUnavailable(error: unknown): boolean {
  return isUnreachable(error) || (error instanceof Neo4jError && error.code.startsWith('Neo.TransientError'));
}

/**
 * The public error contract: codes in `extensions.code`, no stack traces outside development,
 * and driver failures reported as SERVICE_UNAVAILABLE rather than leaking driver messages.
 */
export function formatError(development: boolean, maxTokens?: number) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    // Apollo wraps validation-rule errors as GRAPHQL_VALIDATION_FAILED (and parse errors as
    // GRAPHQL_PARSE_FAILED); a refused limit keeps its own code, limit and actual.
    const limit =
      original instanceof QueryLimitError
        ? original
        : maxTokens === undefined
          ? undefined
          : tooManyTokens(original, maxTokens);
    if (limit) {
      return {
        message: limit.message,
        locations: formatted.locations,
        extensions: { code: limit.code, limit: limit.limit, actual: limit.actual },
      };
    }
    if (isTimeout(original)) {
      return {
        message: 'The request took longer than its time limit (REQUEST_TIMEOUT_MS) and was cancelled; ask for less.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'REQUEST_TIMEOUT' satisfies ErrorCode },
      };
    }
    if (isUnavailable(original)) {
      return {
        message: 'The graph database is not reachable right now; retry in a few seconds.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' satisfies ErrorCode },
      };
    }
    if (development) return formatted;
    const { stacktrace: _ignored, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    // In production an unexpected error's message can carry Cypher or driver internals.
    if (extensions.code === ('INTERNAL_SERVER_ERROR' satisfies ErrorCode))
      return { message: 'Internal server error.', path: formatted.path, extensions };
    return { ...formatted, extensions };
  };
}

/** Neo4j aborted the transaction at its timeout (the request's remaining budget), or no budget was left to start one. */
function isTimeout(error: unknown): boolean {
  if (error instanceof RequestTimeoutError) return true;
  return error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}
