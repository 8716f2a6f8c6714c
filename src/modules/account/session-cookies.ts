import type { Config } from '../../config.js';
import type { RequestContext } from '../../graphql/context.js';
import type { HttpCookies } from '../../http/cookies.js';
import type { AuthTokens } from './auth.service.js';

/**
 * The login's cookies, both HttpOnly and SameSite=Lax, Secure outside development (or behind an
 * https PUBLIC_URL):
 * - the refresh token, always, sent only to /graphql (where accountTokenRefresh and accountLogout
 *   read it);
 * - the access token, in cookie mode only (AUTH_COOKIE_MODE), on every path: a server-rendered
 *   storefront's pages (Next.js server components) read it from their own request and forward it,
 *   and it expires with the token, after which the refresh cookie gets a new pair.
 */
export const REFRESH_COOKIE = 'storefront_refresh';
export const ACCESS_COOKIE = 'storefront_access';
const REFRESH_PATH = '/graphql';
const ACCESS_PATH = '/';

export function cookiesAreSecure(config: Pick<Config, 'nodeEnv' | 'publicUrl'>): boolean {
  return config.nodeEnv !== 'development' || config.publicUrl.startsWith('https:');
}

const secondsUntil = (at: Date) => Math.max(1, Math.floor((at.getTime() - Date.now()) / 1000));

/** Sets the cookies of a new or rotated login. */
export function setSessionCookies(ctx: RequestContext, tokens: AuthTokens): void {
  const { config } = ctx.app;
  const secure = cookiesAreSecure(config);
  ctx.cookies?.set(REFRESH_COOKIE, tokens.refreshToken, {
    maxAgeSeconds: secondsUntil(tokens.refreshTokenExpiresAt),
    path: REFRESH_PATH,
    secure,
  });
  if (config.authCookieMode) {
    ctx.cookies?.set(ACCESS_COOKIE, tokens.accessToken, {
      maxAgeSeconds: secondsUntil(tokens.accessTokenExpiresAt),
      path: ACCESS_PATH,
      secure,
    });
  }
}

/** Clears both cookies (the access cookie too when cookie mode is off: one left from before goes). */
export function clearSessionCookies(ctx: RequestContext): void {
  const secure = cookiesAreSecure(ctx.app.config);
  ctx.cookies?.clear(REFRESH_COOKIE, { path: REFRESH_PATH, secure });
  if (ctx.app.config.authCookieMode || ctx.cookies?.get(ACCESS_COOKIE) !== undefined) {
    ctx.cookies?.clear(ACCESS_COOKIE, { path: ACCESS_PATH, secure });
  }
}

/** Whether either cookie came with the request (whatever the mode: both are credentials a browser adds). */
export function hasSessionCookie(cookies: HttpCookies | null): boolean {
  return Boolean(cookies?.get(ACCESS_COOKIE) || cookies?.get(REFRESH_COOKIE));
}

export function readRefreshCookie(ctx: RequestContext): string | undefined {
  return ctx.cookies?.get(REFRESH_COOKIE);
}

/** The access token of the cookie, in cookie mode; undefined otherwise (the cookie is then ignored). */
export function readAccessCookie(authCookieMode: boolean, cookies: HttpCookies | null): string | undefined {
  return authCookieMode ? cookies?.get(ACCESS_COOKIE) || undefined : undefined;
}
