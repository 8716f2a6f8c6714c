import type { RequestContext } from '../../graphql/context.js';
import { toUser } from './account.types.js';
import type { AuthResult } from './auth.service.js';
import { setRefreshCookie } from './refresh-cookie.js';

/** The payload of a sign-in (password or provider) or refresh: tokens, the user, and the refresh cookie set. */
export function tokenPayload<T>(ctx: RequestContext, Payload: new () => T, result: AuthResult): T {
  if (result.tokens) setRefreshCookie(ctx, result.tokens);
  return Object.assign(new Payload() as object, {
    errors: result.errors,
    user: result.user && result.tokens ? toUser(result.user) : null,
    accessToken: result.tokens?.accessToken ?? null,
    accessTokenExpiresAt: result.tokens?.accessTokenExpiresAt ?? null,
    refreshToken: result.tokens?.refreshToken ?? null,
    refreshTokenExpiresAt: result.tokens?.refreshTokenExpiresAt ?? null,
  }) as T;
}
