import { getNamedType, GraphQLError, isIntrospectionType, ValidationRule } from 'graphql';

/**
 * Introspection refused, in this server's words: Apollo's own refusal tells the operator to pass
 * `introspection: true` to ApolloServer, which a user of this API cannot; the switch here is the
 * INTROSPECTION variable. The test is graphql's NoSchemaIntrospectionCustomRule's: a field whose
 * type is `__Schema` or `__Type` (`__typename` stays allowed).
 */
export const introspectionOff: ValidationRule = (context) => ({
  Field(node) {
    const type = getNamedType(context.getType());
    if (type && isIntrospectionType(type)) {
      context.reportError(
        new GraphQLError(
          `Introspection is off (the query asks for "${node.name.value}"): the server allows it with INTROSPECTION=true, which also serves GraphiQL.`,
          { nodes: node },
        ),
      );
    }
  },
});
