import type { RequestContext } from '../../graphql/context.js';
import type { AuthTokens } from './auth.service.js';

/** The refresh token cookie: HttpOnly, SameSite=Lax, Secure behind https, sent only to /graphql. */
export const REFRESH_COOKIE = 'storefront_refresh';
const PATH = '/graphql';

function secure(ctx: RequestContext): boolean {
  return ctx.app.config.publicUrl.startsWith('https:');
}

export function setRefreshCookie(ctx: RequestContext, tokens: AuthTokens): void {
  const maxAgeSeconds = Math.max(1, Math.floor((tokens.refreshTokenExpiresAt.getTime() - Date.now()) / 1000));
  ctx.cookies?.set(REFRESH_COOKIE, tokens.refreshToken, { maxAgeSeconds, path: PATH, secure: secure(ctx) });
}

export function clearRefreshCookie(ctx: RequestContext): void {
  ctx.cookies?.clear(REFRESH_COOKIE, { path: PATH, secure: secure(ctx) });
}

export function readRefreshCookie(ctx: RequestContext): string | undefined {
  return ctx.cookies?.get(REFRESH_COOKIE);
}
