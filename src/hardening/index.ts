import { ApolloServerPlugin } from '@apollo/server';
import { ParseOptions, ValidationRule } from 'graphql';
import { Logger } from 'pino';
import { Config, loadConfig } from '../config';
import { Context } from '../context';
import { apiKeyPlugin } from './auth';
import { introspectionOff } from './introspection';
import { costLimitPlugin, limitValidationRules } from './limits';
import { requestLogPlugin } from './logging';
import { errorStatusPlugin } from './status';

/** Mutations get WRITE_TIMEOUT_MS instead of REQUEST_TIMEOUT_MS, set once the operation is known. */
function writeBudgetPlugin(ms: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation') contextValue.graph.setTimeBudget(ms);
        },
      };
    },
  };
}

/** What createApi needs from the configuration to harden /graphql. */
export type SecurityOptions = Pick<Config, 'limits' | 'apiKeys' | 'readRequiresKey' | 'introspection'>;

/** Given options over the environment's (loadConfig), so tests can set a few and keep the rest. */
export function securityOptions(given: Partial<SecurityOptions> = {}): SecurityOptions {
  const fromEnv = loadConfig();
  return {
    limits: { ...fromEnv.limits, ...given.limits },
    apiKeys: given.apiKeys ?? fromEnv.apiKeys,
    readRequiresKey: given.readRequiresKey ?? fromEnv.readRequiresKey,
    introspection: given.introspection ?? fromEnv.introspection,
  };
}

export interface HardenedOptions {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  introspection: boolean;
  hideSchemaDetailsFromClientErrors: boolean;
  csrfPrevention: boolean;
  plugins: ApolloServerPlugin<Context>[];
}

/**
 * The Apollo options issue 7 adds: token limit in the parser, depth and alias rules in
 * validation, key check and cost limit before execution, a log line per request, and in
 * production no schema details ("Did you mean ...?") in errors.
 */
export function hardenedApolloOptions(
  security: SecurityOptions,
  development: boolean,
  logger: Logger,
): HardenedOptions {
  return {
    parseOptions: { maxTokens: security.limits.maxTokens },
    validationRules: [...limitValidationRules(security.limits), ...(security.introspection ? [] : [introspectionOff])],
    // Off is enforced by introspectionOff, whose refusal names INTROSPECTION=true.
    introspection: true,
    hideSchemaDetailsFromClientErrors: !development,
    // Apollo's check refuses GET queries without a preflight header (urql's default is GET);
    // csrf.ts keeps it for POST, where mutations travel, and lets GET queries through.
    csrfPrevention: false,
    plugins: [
      // First: the request log reads the status this sets.
      errorStatusPlugin() as ApolloServerPlugin<Context>,
      requestLogPlugin(logger),
      apiKeyPlugin(security) as ApolloServerPlugin<Context>,
      costLimitPlugin(security.limits) as ApolloServerPlugin<Context>,
      writeBudgetPlugin(security.limits.writeTimeoutMs),
    ],
  };
}
