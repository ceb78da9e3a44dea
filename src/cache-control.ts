import { ApolloServerPlugin } from '@apollo/server';

/**
 * Every answer is `Cache-Control: no-store`, as Apollo's cache-control plugin said for this
 * schema (no cache hints, default max-age 0). That plugin is switched off in server.ts: it
 * hooks every resolved field, and any such hook makes Apollo wrap every resolver of the
 * schema; a 1,000-group answer paid milliseconds for a header that never changes.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
