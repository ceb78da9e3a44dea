import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const checked = GraphQLLocalDate.toConfig();

/**
 * The one date scalar of the schema: an ISO calendar date (`2021-02-02`). Input is checked by
 * graphql-scalars' LocalDate (form and calendar). Output comes from Neo4j dates, which
 * src/graph/values.ts turns into ISO strings, always real dates: their form is all there is
 * to check, and graphql-scalars' full check cost a busy agency's answer tens of milliseconds.
 */
export const LocalDate = new GraphQLScalarType({
  ...checked,
  serialize: (value) => (typeof value === 'string' && ISO_DATE.test(value) ? value : checked.serialize!(value)),
});
