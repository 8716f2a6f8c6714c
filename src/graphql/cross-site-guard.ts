import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context.js';
import { PublicError } from './errors.js';

/** The request headers the decision reads (Apollo's HeaderMap, or any other map of lower-case names). */
interface Headers {
  get(name: string): string | undefined;
}

/**
 * Whether a browser sent this request from another site. With an `Origin` header: unless it is one
 * of `trustedOrigins` (this API's own, CORS_ORIGINS) or the origin of the request's own `Host`;
 * `Origin: null` (a sandboxed frame, a redirect) counts as cross-site, and so does a sibling
 * subdomain (SameSite=Lax cookies still reach it). Without one: when `Sec-Fetch-Site` says
 * `cross-site`. A request with neither comes from no browser (a server forwarding its user's cookie).
 */
export function isCrossSite(headers: Headers, trustedOrigins: ReadonlySet<string>): boolean {
  const origin = headers.get('origin');
  if (origin !== undefined) {
    if (trustedOrigins.has(origin)) return false;
    const host = headers.get('host');
    return origin === 'null' || host === undefined || !/^https?:\/\//.test(origin) || hostOf(origin) !== host;
  }
  return headers.get('sec-fetch-site') === 'cross-site';
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Refuses (403 FORBIDDEN) a mutation sent with a session cookie (cookie sessions: the access cookie,
 * or the refresh cookie that accountTokenRefresh and accountLogout act on) and without a Bearer
 * header that a browser sent from another site, before it runs. Apollo's CSRF prevention already stops simple
 * (non-preflighted) requests and the cookie is SameSite=Lax; this covers what both let through
 * (sibling subdomains, browsers without SameSite, a CORS origin list that grew too wide). A request
 * with a Bearer header carries no ambient credential and is left alone.
 */
export function crossSiteGuard(trustedOrigins: readonly string[]): ApolloServerPlugin<RequestContext> {
  const trusted = new Set(trustedOrigins);
  return {
    async requestDidStart({ request, contextValue }) {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'mutation' || contextValue.credentialSource !== 'cookie') return;
          if (!request.http || !isCrossSite(request.http.headers, trusted)) return;
          throw new PublicError(
            'FORBIDDEN',
            'A mutation authenticated by the session cookie must come from this store’s own site ' +
              '(CORS_ORIGINS); send the access token as a Bearer header instead.',
            { http: { status: 403 } },
          );
        },
      };
    },
  };
}
