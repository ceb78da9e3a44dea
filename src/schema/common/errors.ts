import { GraphQLError } from 'graphql';

/** A bad argument: BAD_USER_INPUT, naming the argument so a client can point at it. */
export function badInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}
