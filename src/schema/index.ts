import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { GraphResolver } from './graph/graph.resolver';
import { StatsResolver } from './stats/stats.resolver';
import { AgencyResolver } from './agency/agency.resolver';
import { AgencyGroupResolver, BodyResolver } from './agency/actor.resolver';
import { ChainResolver } from './chain/chain.resolver';
import { DirectiveResolver } from './directive/directive.resolver';
import { DocumentResolver } from './document/document.resolver';
import { ENTITY_RESOLVERS } from './entity/entity.resolver';
import { NodeResolver } from './node/node.resolver';
import { ProvisionResolver } from './provision/provision.resolver';
import { ResponsibilityResolver } from './responsibility/responsibility.resolver';
import { SearchResolver } from './search/search.resolver';
import { IngestResolver } from './ingest/ingest.resolver';
import { BusiestAgencyResolver, ExploreStartResolver } from './explore/explore.resolver';
import { callFieldResolversDirectly } from './direct-resolvers';

export const resolvers = [
  GraphResolver,
  StatsResolver,
  NodeResolver,
  DocumentResolver,
  DirectiveResolver,
  AgencyResolver,
  AgencyGroupResolver,
  BodyResolver,
  ProvisionResolver,
  ...ENTITY_RESOLVERS,
  ChainResolver,
  ResponsibilityResolver,
  SearchResolver,
  IngestResolver,
  ExploreStartResolver,
  BusiestAgencyResolver,
] as const;

/** The schema from the decorated classes; schema.graphql in the repository is its printed form. */
export async function createSchema(): Promise<GraphQLSchema> {
  // A field without a @FieldResolver gets a resolver of type-graphql's own (for middlewares and
  // auth rules, which this API has none of) unless its type says `simpleResolvers`: graphql's
  // default property read then serves it, which saves a call and an object for every plain
  // field of every answer (thousands in a large one). A type that sets the option keeps its choice.
  for (const type of getMetadataStorage().objectTypes) type.simpleResolvers ??= true;
  const schema = await buildSchema({ resolvers, validate: false });
  callFieldResolversDirectly(schema, resolvers);
  return schema;
}
