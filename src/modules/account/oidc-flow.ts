import * as oidc from 'openid-client';
import { inTransaction } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, rateLimited, type UserError, userError } from '../../graphql/errors.js';
import { attemptsPerWindow } from '../../http/rate-limiter.js';
import { type ProviderAccount, providerAccount } from './identity.rules.js';
import {
  type ClaimedAuthorization,
  claimPendingAuthorization,
  type OidcPurpose,
  savePendingAuthorization,
} from './oidc-pending.js';

/**
 * The authorization code flow with PKCE, state and nonce, through openid-client. What is started
 * here is kept in the database (oidc-pending.ts), so any instance completes it, once.
 */

export interface StartResult {
  errors: UserError[];
  authorizationUrl: string | null;
}

const startFailure = (field: string[] | null, code: ErrorCode, message: string): StartResult => ({
  errors: [userError(field, code, message)],
  authorizationUrl: null,
});

const unavailable = (field: string[] | null) =>
  userError(
    field,
    ErrorCode.OIDC_PROVIDER_UNAVAILABLE,
    'The sign-in provider cannot be reached right now. Try again later.',
  );

/** Answers the provider's authorization URL for the browser to open. */
export async function startAuthorization(
  ctx: RequestContext,
  input: { provider: string; redirectUri: string },
  purpose: OidcPurpose,
  userId: string | null,
): Promise<StartResult> {
  const { config, db, oidcClients, rateLimiter } = ctx.app;
  // Each start writes a row: anonymous clients share the sign-in allowance per IP.
  const { loginPerIp, windowSeconds } = config.rateLimit;
  const byIp = await rateLimiter.take(`oidc:ip:${ctx.ip}`, 1, attemptsPerWindow(loginPerIp, windowSeconds));
  if (!byIp.allowed) throw rateLimited(byIp.retryAfter);
  const settings = oidcClients.settings(input.provider.trim().toLowerCase());
  if (!settings) {
    return startFailure(['input', 'provider'], ErrorCode.NOT_FOUND, 'No sign-in provider has this name.');
  }
  if (!config.oidc.redirectUris.includes(input.redirectUri)) {
    return startFailure(
      ['input', 'redirectUri'],
      ErrorCode.REDIRECT_URI_NOT_ALLOWED,
      'This redirect URI is not allowed (OIDC_REDIRECT_URIS).',
    );
  }
  const configuration = await oidcClients.configuration(settings);
  if (!configuration) return { errors: [unavailable(['input', 'provider'])], authorizationUrl: null };

  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const verifier = oidc.randomPKCECodeVerifier();
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: input.redirectUri,
    scope: settings.scopes.join(' '),
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  await inTransaction(db, (tx) =>
    savePendingAuthorization(tx, {
      state,
      provider: settings.name,
      purpose,
      userId,
      redirectUri: input.redirectUri,
      secrets: { verifier, nonce },
      ttlSeconds: config.oidc.authorizationTtl,
    }),
  );
  return { errors: [], authorizationUrl: url.href };
}

export type ExchangeResult =
  | { errors: []; account: ProviderAccount; authorization: ClaimedAuthorization }
  | { errors: UserError[]; account: null; authorization: null };

const exchangeFailure = (field: string[] | null, code: ErrorCode, message: string): ExchangeResult => ({
  errors: [userError(field, code, message)],
  account: null,
  authorization: null,
});

/**
 * Completes an authorization: claims its state (single use), redeems the code with the PKCE
 * verifier and checks the ID token (signature through the provider's keys, issuer, audience,
 * expiry, nonce). `iss` is the callback's issuer parameter, which providers that advertise it require.
 */
export async function completeAuthorization(
  ctx: RequestContext,
  input: { code: string; state: string; iss?: string | null },
  purpose: OidcPurpose,
): Promise<ExchangeResult> {
  const { db, oidcClients, logger } = ctx.app;
  const claimed = await claimPendingAuthorization(db, input.state);
  if (!claimed || claimed.authorization.purpose !== purpose) {
    return exchangeFailure(
      ['input', 'state'],
      ErrorCode.INVALID_TOKEN,
      'This sign-in is unknown or was already completed. Start again.',
    );
  }
  const { authorization } = claimed;
  if (claimed.expired) {
    return exchangeFailure(
      ['input', 'state'],
      ErrorCode.TOKEN_EXPIRED,
      'This sign-in took too long. Start again.',
    );
  }
  const settings = oidcClients.settings(authorization.provider);
  if (!settings) {
    return exchangeFailure(null, ErrorCode.NOT_FOUND, 'This sign-in provider is no longer configured.');
  }
  const configuration = await oidcClients.configuration(settings);
  if (!configuration) return { errors: [unavailable(null)], account: null, authorization: null };

  const callback = new URL(authorization.redirectUri);
  callback.searchParams.set('code', input.code);
  callback.searchParams.set('state', input.state);
  if (input.iss) callback.searchParams.set('iss', input.iss);
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
      pkceCodeVerifier: authorization.secrets.verifier,
      expectedState: input.state,
      expectedNonce: authorization.secrets.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    return { errors: [], account: providerAccount(settings.name, claims), authorization };
  } catch (err) {
    // What failed (a check, the provider's error code) helps operators; tokens and secrets are in no message.
    logger.warn(
      { provider: settings.name, err: failureReason(err), code: (err as { code?: string }).code },
      'OpenID Connect sign-in refused',
    );
    return exchangeFailure(
      ['input', 'code'],
      ErrorCode.OIDC_REJECTED,
      "The sign-in provider's answer could not be verified. Start the sign-in again.",
    );
  }
}

/** The messages of an error and its causes (openid-client wraps the check that failed). */
function failureReason(err: unknown): string {
  const messages: string[] = [];
  for (let at: unknown = err; at instanceof Error && messages.length < 4; at = at.cause)
    messages.push(at.message);
  return messages.join(': ');
}
