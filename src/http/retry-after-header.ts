import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * Adds `Retry-After` (seconds) to an answer refused with RATE_LIMITED, from its
 * `extensions.retryAfter`, for HTTP clients and proxies that read the header rather than the body.
 * The status stays what the GraphQL-over-HTTP rules give it (200 for a resolver's error).
 */
export function retryAfterHeader<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          let seconds = 0;
          for (const error of errors ?? []) {
            const retryAfter = error.extensions?.retryAfter;
            if (error.extensions?.code === 'RATE_LIMITED' && typeof retryAfter === 'number')
              seconds = Math.max(seconds, retryAfter);
          }
          if (seconds > 0) response.http.headers.set('retry-after', String(seconds));
        },
      };
    },
  };
}
