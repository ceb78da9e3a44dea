import { GraphQLError } from 'graphql';
import { codedError } from '../../error-codes';

/** A bad argument: BAD_USER_INPUT, naming the argument so a client can point at it. */
export function badInput(argumentName: string, message: string): GraphQLError {
  return codedError('BAD_USER_INPUT', message, { argumentName });
}
