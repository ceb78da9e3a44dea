import { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** Neo4j error codes that mean "the database cannot be reached now", not "your query is wrong". */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (UNAVAILABLE.has(error.code) || error.code.startsWith('Neo.TransientError'));
}

/**
 * The public error contract: codes in `extensions.code`, no stack traces outside development,
 * and driver failures reported as SERVICE_UNAVAILABLE rather than leaking driver messages.
 */
export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    if (isUnavailable(original)) {
      return {
        message: 'The graph database is not reachable right now; retry in a few seconds.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    if (development) return formatted;
    const { stacktrace: _ignored, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  };
}
