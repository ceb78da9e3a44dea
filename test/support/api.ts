import pino from 'pino';
import { Graph } from '../../src/graph/run';
import { Api, ApiOptions, createApi } from '../../src/server';

/**
 * The API served in-process over real HTTP on a free port. Options (keys, limits, production
 * mode, a logger to read) override the defaults; the request log is silent unless a logger is given.
 */
export async function startApi(
  graph: Graph,
  options: Partial<Omit<ApiOptions, 'graph'>> = {},
): Promise<{ api: Api; url: string }> {
  const api = await createApi({ graph, development: true, logger: pino({ level: 'silent' }), ...options });
  const url = await api.listen(0, '127.0.0.1');
  return { api, url };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** POSTs a GraphQL operation as a client would. */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}
