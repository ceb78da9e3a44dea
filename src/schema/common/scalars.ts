import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * The one date scalar of the schema: an ISO calendar date (`2021-02-02`). Neo4j dates reach
 * resolvers as ISO strings already (src/graph/values.ts), so this scalar only checks the form.
 */
export const LocalDate = GraphQLLocalDate;
