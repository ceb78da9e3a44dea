import { GraphQLError, GraphQLErrorOptions } from 'graphql';

/** What a client needs to know of one `extensions.code`. */
export interface ErrorCodeDeclaration {
  /** What went wrong and what the client should do. */
  meaning: string;
  /**
   * The HTTP status of a response that fails with this code alone (no data). Absent: 200,
   * GraphQL's convention for errors met while executing, sent beside whatever data came.
   */
  status?: number;
  /** Raised by this code base, or by Apollo Server itself (listed so clients have one list). */
  raisedBy: 'api' | 'apollo';
}

/**
 * Every `extensions.code` a client of this API can receive, declared once: the type
 * `ErrorCode` is derived from it, so a code not declared here does not compile where errors
 * are made (`codedError`, `errorBody`, `QueryLimitError`), and the request log, the statuses
 * (hardening/status.ts) and the README's table read it.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: {
    meaning:
      'An argument or variable is wrong (out of range, malformed, not coercible); the message says which and what to send.',
    status: 400,
    raisedBy: 'api',
  },
  BAD_REQUEST: {
    meaning:
      'The HTTP request itself cannot be served: a body that is not JSON or is nested too deep, a POST that could be a cross-site forgery, a malformed GraphQL request.',
    status: 400,
    raisedBy: 'api',
  },
  UNAUTHENTICATED: {
    meaning: 'A mutation (or, with READ_REQUIRES_KEY, any query) without a valid `Authorization: Bearer <key>`.',
    status: 401,
    raisedBy: 'api',
  },
  QUERY_TOO_DEEP: {
    meaning: 'Fields nest deeper than MAX_DEPTH; `limit` and `actual` say by how much.',
    status: 400,
    raisedBy: 'api',
  },
  TOO_MANY_ALIASES: {
    meaning: 'More aliases than MAX_ALIASES in one operation.',
    status: 400,
    raisedBy: 'api',
  },
  QUERY_TOO_COSTLY: {
    meaning: 'The query could return more values than MAX_COST; `wouldPass` names smaller `first`/`limit` that pass.',
    status: 400,
    raisedBy: 'api',
  },
  TOO_MANY_TOKENS: {
    meaning: 'The query text has more tokens than MAX_TOKENS.',
    status: 400,
    raisedBy: 'api',
  },
  QUERY_TOO_LARGE: {
    meaning: 'The query text is over MAX_QUERY_BYTES, or the whole body over MAX_BODY_BYTES; refused before parsing.',
    status: 413,
    raisedBy: 'api',
  },
  REQUEST_TIMEOUT: {
    meaning:
      'The request used up REQUEST_TIMEOUT_MS (WRITE_TIMEOUT_MS for mutations) and was cancelled, or an ingested text took too long to parse; ask for less.',
    raisedBy: 'api',
  },
  SERVICE_UNAVAILABLE: {
    meaning:
      'The graph database cannot be reached or did not answer, or every parse worker is busy; retry in a few seconds.',
    status: 503,
    raisedBy: 'api',
  },
  INTERNAL_SERVER_ERROR: {
    meaning:
      'An unexpected failure; outside development its message says nothing more (HTTP 500 when no GraphQL execution was reached).',
    raisedBy: 'api',
  },
  GRAPHQL_PARSE_FAILED: {
    meaning: 'The query text is not valid GraphQL syntax.',
    status: 400,
    raisedBy: 'apollo',
  },
  GRAPHQL_VALIDATION_FAILED: {
    meaning:
      'The query does not fit the schema (an unknown field, a wrong argument type), or asks for introspection while INTROSPECTION is off.',
    status: 400,
    raisedBy: 'apollo',
  },
  OPERATION_RESOLUTION_FAILURE: {
    meaning: 'The document has several operations and `operationName` names none of them (or is missing).',
    status: 400,
    raisedBy: 'apollo',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    meaning:
      'An automatic persisted query sent by its hash alone that this server has not seen: send the query text with it once.',
    raisedBy: 'apollo',
  },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    meaning: 'Persisted queries are switched off (they are on here; listed because Apollo declares it).',
    raisedBy: 'apollo',
  },
} as const satisfies Record<string, ErrorCodeDeclaration>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The declared codes, in declaration order. */
export const ERROR_CODE_NAMES = Object.keys(ERROR_CODES) as ErrorCode[];

/** Whether `code` is declared (for codes read back from a response, which are plain strings). */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}

/** A GraphQL error with a declared code; `extensions` adds what the code's meaning promises (`argumentName`, `limit`...). */
export function codedError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  options: Omit<GraphQLErrorOptions, 'extensions'> = {},
): GraphQLError {
  return new GraphQLError(message, { ...options, extensions: { code, ...extensions } });
}

/** GraphQL's error shape for a refusal sent before GraphQL runs (an Express handler's JSON body). */
export function errorBody(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/** The README's table of codes (between its `error-codes` markers), rendered from the declarations. */
export function errorCodesTable(): string {
  const rows = ERROR_CODE_NAMES.map((code) => {
    const { meaning, raisedBy, ...rest } = ERROR_CODES[code] as ErrorCodeDeclaration;
    const by = raisedBy === 'api' ? 'this API' : 'Apollo Server';
    return `| \`${code}\` | ${rest.status ?? '200'} | ${by} | ${meaning.replace(/\|/g, '\\|')} |`;
  });
  return ['| code | HTTP status (when alone) | raised by | meaning |', '|---|--:|---|---|', ...rows].join('\n');
}
