import { createHash, timingSafeEqual } from 'node:crypto';
import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { codedError, ERROR_CODES } from '../error-codes';

export interface AccessRules {
  /** Accepted keys; none configured: every mutation is refused. */
  apiKeys: string[];
  readRequiresKey: boolean;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Mutations (and, with READ_REQUIRES_KEY, queries) need `Authorization: Bearer <key>` with a
 * key from API_KEYS. Keys are compared as SHA-256 digests with timingSafeEqual, so neither the
 * length nor the content of a key leaks through timing, and every key is compared (no early
 * exit) so the time says nothing about which one matched. Checked in `didResolveOperation`:
 * nothing has run yet, and the request fails with 401 UNAUTHENTICATED.
 */
export function apiKeyPlugin(rules: AccessRules): ApolloServerPlugin {
  const accepted = rules.apiKeys.map(digest);
  const isAccepted = (presented: string | undefined): boolean => {
    if (presented === undefined) return false;
    const given = digest(presented);
    let match = false;
    for (const key of accepted) match = timingSafeEqual(key, given) || match;
    return match;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          // No operation by that name (or several and none named): nothing runs, and Apollo says
          // which; asking for a key here would send the client after the wrong problem.
          if (!operation) return;
          const needsKey = operation.operation !== 'query' || rules.readRequiresKey;
          if (!needsKey) return;
          const header = request.http?.headers.get('authorization') ?? '';
          const presented = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
          if (isAccepted(presented)) return;
          throw codedError(
            'UNAUTHENTICATED',
            presented === undefined
              ? `This ${operation.operation} needs an API key: send "Authorization: Bearer <key>".`
              : 'The API key is not valid (unknown or rotated out).',
            {
              http: {
                status: ERROR_CODES.UNAUTHENTICATED.status,
                headers: new HeaderMap([['www-authenticate', 'Bearer']]),
              },
            },
          );
        },
      };
    },
  };
}
