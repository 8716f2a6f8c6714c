import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from '@apollo/server';
import { operationMaxAge } from './cache-control.js';
import type { RequestContext } from './context.js';
import type { ResponseCache } from './response-cache.js';

/** Request headers that make an answer private: a signed-in viewer, a session, a guest cart. */
const PRIVATE_HEADERS = ['authorization', 'cookie', 'x-cart-token'] as const;
/** What a shared cache (CDN) must key a public answer by besides its URL. */
const VARY = 'Origin, Authorization, Cookie, X-Cart-Token';

/**
 * Serves and fills the response cache (README "Response cache"). Once Apollo has parsed and
 * validated an operation (and the cost guard has accepted it), an anonymous query whose every field
 * is public (src/graphql/cache-control.ts) is answered from the cache when it holds the answer
 * (`X-Cache: HIT`), else executed and its answer stored if it has no errors (`MISS`). Everything
 * else runs as usual (`BYPASS`). A GET answer that may be cached says so to CDNs
 * (`Cache-Control: public, max-age=N`); other GET answers are `private, no-store`. A mutation's
 * answer waits until this instance's cache has seen the invalidations its transaction sent.
 */
export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const http = request.http;
      let outcome: 'HIT' | 'MISS' | 'BYPASS' = 'BYPASS';
      let miss: { key: string; generation: string; maxAge: number } | undefined;
      let servedMaxAge = 0;
      return {
        async responseForOperation({ schema, document, operation, queryHash }) {
          if (!http || operation.operation !== 'query' || !queryHash) return null;
          for (const name of PRIVATE_HEADERS) if (http.headers.get(name)) return null;
          const maxAge = operationMaxAge(schema, document, operation);
          if (maxAge <= 0) return null;
          const generation = cache.generation;
          const key = cache.key(generation, queryHash, request.operationName, request.variables);
          const hit = await cache.get(key);
          if (!hit) {
            // Filled from the primary: a lagging replica's answer, stored under a generation that
            // already counts a newer write, would be served until it expires.
            contextValue.readRouting?.primaryOnly();
            outcome = 'MISS';
            miss = { key, generation, maxAge };
            return null;
          }
          outcome = 'HIT';
          servedMaxAge = Math.max(0, hit.maxAge - Math.floor((Date.now() - hit.storedAt) / 1000));
          const response: GraphQLResponse = {
            http: { headers: new HeaderMap(), status: undefined },
            body: { kind: 'single', singleResult: { data: hit.data } },
          };
          return response;
        },
        async willSendResponse({ response, operation }) {
          if (!http) return;
          if (operation?.operation === 'mutation') await cache.sync();
          const { headers } = response.http;
          if (outcome === 'MISS' && miss) {
            const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
            if (body?.data && !body.errors?.length) {
              servedMaxAge = miss.maxAge;
              await cache.set(miss.key, miss.generation, {
                data: body.data,
                storedAt: Date.now(),
                maxAge: miss.maxAge,
              });
            } else {
              outcome = 'BYPASS';
            }
          }
          cache.counters?.lookup(outcome === 'HIT' ? 'hit' : outcome === 'MISS' ? 'miss' : 'bypass');
          headers.set('x-cache', outcome);
          if (http.method !== 'GET' || operation?.operation !== 'query') return;
          if (outcome === 'BYPASS') {
            headers.set('cache-control', 'private, no-store');
          } else {
            headers.set('cache-control', `public, max-age=${servedMaxAge}`);
            headers.set('vary', VARY);
          }
        },
      };
    },
  };
}
