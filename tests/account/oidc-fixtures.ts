import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { GqlClient } from '../support/gql-client.js';
import { RELAXED_LIMITS, startAccountApp } from './fixtures.js';
import {
  authorize,
  CLIENT_ID,
  CLIENT_SECRET,
  type IssuerAccount,
  REDIRECT_URI,
  startTestIssuer,
  type TestIssuer,
} from './oidc-issuers.js';

/** Operations and helpers of the OpenID Connect suites. Not a test file. */

export const PROVIDERS = graphql(`query OidcProviders { oidcProviders { name displayName } }`);

export const OIDC_START = graphql(`mutation OidcStart($input: AccountOidcStartInput!) {
  accountOidcStart(input: $input) { authorizationUrl errors { field code message } }
}`);

export const OIDC_COMPLETE = graphql(`mutation OidcComplete($input: AccountOidcCompleteInput!) {
  accountOidcComplete(input: $input) {
    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
    user { id email name emailVerified }
    errors { field code message }
  }
}`);

export const LINK_START = graphql(`mutation IdentityLinkStart($input: AccountOidcStartInput!) {
  accountIdentityLinkStart(input: $input) { authorizationUrl errors { field code message } }
}`);

export const LINK_COMPLETE = graphql(`mutation IdentityLinkComplete($input: AccountOidcCompleteInput!) {
  accountIdentityLinkComplete(input: $input) {
    identity { provider subject email emailVerified linkedAt }
    errors { field code message }
  }
}`);

export const UNLINK = graphql(`mutation IdentityUnlink($input: AccountIdentityUnlinkInput!) {
  accountIdentityUnlink(input: $input) { identity { provider subject } errors { field code message } }
}`);

export const ME_IDENTITIES = graphql(`query MeIdentities {
  me { id email identities { provider subject email emailVerified linkedAt } }
}`);

/** The settings of one provider named `name` at `issuer`, with the test client. */
export function providerEnv(name: string, issuer: string, displayName?: string): Record<string, string> {
  const prefix = `OIDC_${name.toUpperCase()}_`;
  return {
    [`${prefix}ISSUER`]: issuer,
    [`${prefix}CLIENT_ID`]: CLIENT_ID,
    [`${prefix}CLIENT_SECRET`]: CLIENT_SECRET,
    ...(displayName ? { [`${prefix}DISPLAY_NAME`]: displayName } : {}),
  };
}

/** A new subject at the test issuer, with the given email (verified unless said otherwise). */
export function issuerAccount(
  issuer: TestIssuer,
  email: string,
  emailVerified = true,
  name = 'Ada Provider',
): string {
  const subject = `sub-${randomBytes(6).toString('hex')}`;
  const account: IssuerAccount = { email, email_verified: emailVerified, name };
  issuer.accounts.set(subject, account);
  return subject;
}

/** Starts a sign-in (or a link, with `link`) and brings the provider's callback parameters back. */
export async function callbackFor(
  issuer: TestIssuer,
  client: GqlClient,
  subject: string,
  options: { link?: boolean; provider?: string } = {},
): Promise<{ code: string; state: string; iss: string | null }> {
  const input = { provider: options.provider ?? 'test', redirectUri: REDIRECT_URI };
  const data = options.link
    ? (await client.ok(LINK_START, { input })).accountIdentityLinkStart
    : (await client.ok(OIDC_START, { input })).accountOidcStart;
  expect(data.errors).toEqual([]);
  issuer.loginAs(subject);
  const params = await authorize(data.authorizationUrl!);
  expect(params.get('error'), params.get('error_description') ?? '').toBeNull();
  return { code: params.get('code')!, state: params.get('state')!, iss: params.get('iss') };
}

/** A full provider sign-in; returns the payload of accountOidcComplete. */
export async function signInWithProvider(issuer: TestIssuer, client: GqlClient, subject: string) {
  const input = await callbackFor(issuer, client, subject);
  return (await client.ok(OIDC_COMPLETE, { input })).accountOidcComplete;
}

/** The app of an OIDC suite with the real test issuer as provider `test` (and any more settings). */
export async function startOidcApp(extraEnv: Record<string, string> = {}) {
  const issuer = await startTestIssuer();
  const { t, admin } = await startAccountApp({
    ...RELAXED_LIMITS,
    OIDC_PROVIDERS: 'test',
    OIDC_REDIRECT_URIS: `${REDIRECT_URI},https://shop.example/other-callback`,
    ...providerEnv('test', issuer.issuer, 'Test ID'),
    ...extraEnv,
  });
  return { t, admin, issuer };
}
