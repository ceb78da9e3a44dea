import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { StatsResolver } from './stats/stats.resolver';

export const resolvers = [StatsResolver] as const;

/** The schema from the decorated classes; schema.graphql in the repository is its printed form. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}
