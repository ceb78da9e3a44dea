import { ApolloServerPlugin } from '@apollo/server';
import { Context } from './context';

/**
 * Reports what a request cost the database as `extensions.roundTrips`: the queries its scoped
 * graph sent. Clients see it and tests bound it.
 */
export function roundTripsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, roundTrips: contextValue.graph.roundTrips };
        },
      };
    },
  };
}
