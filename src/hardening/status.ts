import { ApolloServerPlugin } from '@apollo/server';
import { ERROR_CODES, isErrorCode } from '../error-codes';

/** The HTTP status an error code stands for when it is all a response has to say (declared in error-codes.ts). */
const statusOf = (code: unknown): number | undefined =>
  isErrorCode(code) ? (ERROR_CODES[code] as { status?: number }).status : undefined;

/**
 * Statuses for responses that carry no data, only errors: 503 when the database could not
 * serve (so load balancers and clients back off), 400 when every error is the client's input.
 * GraphQL over HTTP allows a non-2xx status with `application/json` whenever the request
 * failed, and with `application/graphql-response+json` only when `data` is null or absent; a
 * response with any data (a partial result) keeps 200. A status set earlier (401, 413, a limit's
 * 400) is kept.
 */
export function errorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, request }) {
          if (response.http.status !== undefined || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || !failedWhole(data, request.http?.headers.get('accept'))) return;
          const statuses = errors.map((error) => statusOf(error.extensions?.code));
          if (statuses.includes(503)) response.http.status = 503;
          else if (statuses.every((status) => status === 400)) response.http.status = 400;
        },
      };
    },
  };
}

/** No data at all, or (for plain application/json) only nulls at the top. */
function failedWhole(data: Record<string, unknown> | null | undefined, accept: string | undefined): boolean {
  if (data === null || data === undefined) return true;
  const strictMediaType = (accept ?? '').includes('application/graphql-response+json');
  return !strictMediaType && Object.values(data).every((value) => value === null);
}
