import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { RequestContext } from './context.js';
import { tokenLimitError } from './cost/query-limits.js';
import { PublicError } from './errors.js';

/** Errors Apollo and graphql-js raise about the request itself; safe and useful to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // Refusals of the operation gate (src/graphql/operation-gate.ts), made before parsing.
  'PERSISTED_QUERY_HASH_MISMATCH',
  'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
  'OPERATION_NOT_REGISTERED',
]);

const INTERNAL_MESSAGE = 'Internal server error';

/** True for errors meant for the client; anything else (SQL, bugs, crashes) is masked. */
export function isPublicError(error: unknown): boolean {
  if (error instanceof PublicError) return true;
  if (!(error instanceof GraphQLError)) return false;
  if (error instanceof PublicError) return true;
  const original = error.originalError;
  if (original instanceof PublicError) return true;
  const code = error.extensions?.code;
  const requestError = typeof code === 'string' && REQUEST_ERROR_CODES.has(code);
  if (original === undefined || original === null) return requestError;
  // Apollo's parse, validation and variable errors wrap the graphql-js error they report; they are
  // raised before any resolver runs, so they have no path (resolver errors always do).
  if (requestError && error.path === undefined && original instanceof GraphQLError) return true;
  // A graphql-js coercion error wrapping a scalar's TypeError (bad variable value).
  return original instanceof GraphQLError && isPublicError(original);
}

export interface MaskingOptions {
  /**
   * Drop graphql-js's "Did you mean …?" suggestions, which spell out field, argument, type and enum
   * value names of the schema (on in production, where introspection is off). Apollo's
   * `hideSchemaDetailsFromClientErrors` only rewrites validation errors; the same suggestions also
   * come from variable values (an unknown enum value or input field) and over WebSocket, and all
   * of them pass here.
   */
  hideSuggestions: boolean;
}

/** Suggestions are hidden in production. */
export function maskingOptions(config: Pick<Config, 'nodeEnv'>): MaskingOptions {
  return { hideSuggestions: config.nodeEnv === 'production' };
}

/** graphql-js ends a message with its suggestions: `… Did you mean "title"?`. */
const SUGGESTION = / ?Did you mean .+\?$/;

/** Apollo `formatError`: public errors pass without stack traces, the rest become a bare code. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: MaskingOptions = { hideSuggestions: false },
): GraphQLFormattedError {
  const tooLarge = tokenLimitError(formatted.message);
  if (tooLarge) {
    const { http: _http, ...extensions } = tooLarge.extensions;
    return { message: tooLarge.message, extensions };
  }
  if (isPublicError(error)) {
    // `http` (status and headers) is for the transport: Apollo takes it out; the WebSocket path must too.
    const {
      stacktrace: _stack,
      http: _http,
      ...extensions
    } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const message = options.hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message;
    return { ...formatted, message, extensions };
  }
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Logs every masked error in full with the request id, and adds that id to the masked
 * error the client sees so support can find the log line.
 */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isPublicError(error)) continue;
            const cause = error.originalError ?? error;
            logger.error(
              { requestId: contextValue.requestId, path: error.path, err: cause },
              'unexpected error while executing a GraphQL operation',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}
