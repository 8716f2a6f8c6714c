import type { RequestContext } from '../../graphql/context.js';
import { toUser } from './account.types.js';
import type { AuthResult } from './auth.service.js';
import { setSessionCookies } from './session-cookies.js';

/**
 * The payload of a sign-in (password, registration or provider) or refresh: tokens, the user, and the
 * session cookies set; `user` only with tokens unless `userWithoutTokens` (a registration that waits
 * for its email to be verified).
 */
export function tokenPayload<T>(
  ctx: RequestContext,
  Payload: new () => T,
  result: AuthResult,
  userWithoutTokens = false,
): T {
  if (result.tokens) setSessionCookies(ctx, result.tokens);
  return Object.assign(new Payload() as object, {
    errors: result.errors,
    user: result.user && (result.tokens || userWithoutTokens) ? toUser(result.user) : null,
    accessToken: result.tokens?.accessToken ?? null,
    accessTokenExpiresAt: result.tokens?.accessTokenExpiresAt ?? null,
    refreshToken: result.tokens?.refreshToken ?? null,
    refreshTokenExpiresAt: result.tokens?.refreshTokenExpiresAt ?? null,
  }) as T;
}
