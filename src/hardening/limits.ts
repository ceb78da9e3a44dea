import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Lexer, Source, TokenKind, ValidationContext, ValidationRule } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { getComplexity } from 'graphql-query-complexity';
import { QueryLimits } from '../config';
import { codedError, ERROR_CODES, ErrorCode } from '../error-codes';
import { listSizeEstimator } from './cost';
import { costAdvice, CostAdvice, CostedQuery, describeAdvice } from './cost-advice';
import { CostCache } from './cost-cache';

export type LimitCode = Extract<
  ErrorCode,
  'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'QUERY_TOO_COSTLY' | 'QUERY_TOO_LARGE' | 'TOO_MANY_TOKENS'
>;

/**
 * A request refused by one of the query limits: the code names the limit, `limit` and `actual`
 * say by how much. Always a client error (its code's declared 4xx), raised before any Cypher runs.
 */
export class QueryLimitError extends GraphQLError {
  constructor(
    readonly code: LimitCode,
    what: string,
    readonly limit: number,
    readonly actual: number | undefined,
    advice?: { text: string; wouldPass: CostAdvice[] },
  ) {
    const status = ERROR_CODES[code].status;
    const by = actual === undefined ? `more than ${limit}` : `${actual}, limit ${limit}`;
    super(`The query is refused: ${what} (${by}). ${advice?.text ?? 'Simplify it or ask for less.'}`, {
      extensions: { code, limit, actual, ...(advice && { wouldPass: advice.wouldPass }), http: { status } },
    });
  }
}

/** QUERY_TOO_COSTLY, saying which smaller `first`/`limit` would pass (see cost-advice.ts). */
export function tooCostly(query: CostedQuery, maxCost: number, cost: number): QueryLimitError {
  const wouldPass = costAdvice(query, maxCost);
  return new QueryLimitError('QUERY_TOO_COSTLY', 'it could return too many values', maxCost, cost, {
    text: describeAdvice(wouldPass),
    wouldPass,
  });
}

/**
 * Depth and alias limits as validation rules from graphql-armor's own plugins, so they run in
 * Apollo's validation step, before execution. The rules only report through `onReject`; their
 * message carries the count ("found N"), which is the only place they expose it.
 */
export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  const reject =
    (code: LimitCode, what: string, limit: number) => (context: ValidationContext | null, error: GraphQLError) => {
      const found = /found (\d+)/.exec(error.message);
      context?.reportError(new QueryLimitError(code, what, limit, found ? Number(found[1]) : undefined));
    };
  const off = { enabled: false };
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      propagateOnRejection: false,
      onReject: [reject('QUERY_TOO_DEEP', 'it nests fields too deeply', limits.maxDepth)],
    },
    // graphql-armor lets `__typename` aliases through by default; each is still a field to answer, so every alias counts.
    maxAliases: {
      n: limits.maxAliases,
      allowList: [],
      propagateOnRejection: false,
      onReject: [reject('TOO_MANY_ALIASES', 'it uses too many aliases', limits.maxAliases)],
    },
    // Cost and tokens are checked elsewhere (see below); directives and suggestions are Apollo's business.
    costLimit: off,
    maxTokens: off,
    maxDirectives: off,
    blockFieldSuggestion: off,
  });
  return armor.protect().validationRules as ValidationRule[];
}

/**
 * The cost limit, computed in `didResolveOperation` because only then are the variables known
 * (a `first: $n` must count as n). A rejection is a 400 before any resolver runs.
 */
export function costLimitPlugin(limits: QueryLimits): ApolloServerPlugin {
  const costs = new CostCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName, operation }) {
          // Costing coerces the variables; a bad one (a wrong enum value) would surface from
          // inside the cost check as a 500, so it is reported here as the client's error.
          const definitions = operation?.variableDefinitions ?? [];
          const coerced = getVariableValues(schema, definitions, request.variables ?? {});
          if (coerced.errors) {
            throw codedError(
              'BAD_USER_INPUT',
              coerced.errors.map((error) => error.message).join(' '),
              { http: { status: ERROR_CODES.BAD_USER_INPUT.status } },
              { nodes: definitions },
            );
          }
          const variables = request.variables ?? {};
          const cost = costs.costOf(document, operationName ?? undefined, coerced.coerced, () =>
            getComplexity({
              schema,
              query: document,
              variables,
              operationName: operationName ?? undefined,
              estimators: [listSizeEstimator],
            }),
          );
          if (cost > limits.maxCost)
            throw tooCostly(
              { schema, document, variables, operationName: operationName ?? undefined },
              limits.maxCost,
              cost,
            );
        },
      };
    },
  };
}

/**
 * graphql's `parse` stops at `maxTokens` with a plain syntax error ("more that N tokens" in graphql 16,
 * a typo: "than" is matched too, for when it is fixed); this recognises that error
 * and restates it as TOO_MANY_TOKENS with the real count (the document is bounded by
 * MAX_QUERY_BYTES, so counting it is cheap).
 */
export function tooManyTokens(error: unknown, maxTokens: number): QueryLimitError | undefined {
  if (!(error instanceof GraphQLError) || !/Document contains more (?:than|that) \d+ tokens/.test(error.message))
    return undefined;
  return new QueryLimitError(
    'TOO_MANY_TOKENS',
    'it has too many tokens',
    maxTokens,
    error.source ? countTokens(error.source) : undefined,
  );
}

function countTokens(source: Source): number | undefined {
  const lexer = new Lexer(source);
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    return undefined; // a lexical error further on: the count is unknown
  }
  return count;
}
