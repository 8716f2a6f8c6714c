import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/account/account.tables.js';
import { oidcAuthorizations } from '../../src/modules/account/identity.tables.js';
import type { OidcCompleteMutation } from '../generated/graphql.js';
import { LOGIN, PASSWORD, type SignedIn, tokenFromMail, uniqueEmail } from '../support/accounts.js';
import { GqlClient } from '../support/gql-client.js';
import { startSecondInstance, type TestApp } from '../support/harness.js';
import {
  bearer,
  CHANGE_PASSWORD,
  expectLoginActive,
  ME,
  mailsTo,
  RESET,
  RESET_REQUEST,
  refreshCookieLine,
  sha256,
  USER_UPDATE,
  usersWithEmail,
  waitForMails,
} from './fixtures.js';
import {
  callbackFor,
  issuerAccount,
  ME_IDENTITIES,
  OIDC_COMPLETE,
  OIDC_START,
  PROVIDERS,
  signInWithProvider,
  startOidcApp,
  UNLINK,
} from './oidc-fixtures.js';
import { CLIENT_ID, REDIRECT_URI, type TestIssuer } from './oidc-issuers.js';

/** accountOidcStart / accountOidcComplete against a real OpenID provider (oidc-provider) over HTTP. */

let t: TestApp;
let admin: SignedIn;
let issuer: TestIssuer;

beforeAll(async () => {
  ({ t, admin, issuer } = await startOidcApp());
});
afterAll(async () => {
  await t?.close();
  await issuer?.close();
});

describe('OpenID Connect sign-in', () => {
  it('lists the configured providers for the sign-in buttons', async () => {
    const data = await t.client().ok(PROVIDERS);
    expect(data.oidcProviders).toEqual([{ name: 'test', displayName: 'Test ID' }]);
  });

  it('answers an authorization URL with PKCE, state and nonce, and keeps no secret in clear', async () => {
    const data = (await t.client().ok(OIDC_START, { input: { provider: 'test', redirectUri: REDIRECT_URI } }))
      .accountOidcStart;
    expect(data.errors).toEqual([]);
    const url = new URL(data.authorizationUrl!);
    expect(url.origin).toBe(issuer.issuer);
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('scope')).toBe('openid email profile');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    const state = url.searchParams.get('state')!;
    const [row] = await t.database.db
      .select()
      .from(oidcAuthorizations)
      .where(eq(oidcAuthorizations.stateHash, sha256(state)));
    expect(row).toBeDefined();
    expect(row!.purpose).toBe('SIGN_IN');
    expect(row!.sealed).not.toContain(url.searchParams.get('nonce')!);
    const minutes = (row!.expiresAt.getTime() - row!.createdAt.getTime()) / 60_000;
    expect(minutes).toBe(10);
  });

  it('refuses a redirect URI off the allow-list and an unknown provider', async () => {
    const client = t.client();
    const offList = await client.ok(OIDC_START, {
      input: { provider: 'test', redirectUri: 'https://evil.example/oidc/callback' },
    });
    expect(offList.accountOidcStart.authorizationUrl).toBeNull();
    expect(offList.accountOidcStart.errors).toEqual([
      expect.objectContaining({ code: 'REDIRECT_URI_NOT_ALLOWED', field: ['input', 'redirectUri'] }),
    ]);
    const unknown = await client.ok(OIDC_START, { input: { provider: 'nope', redirectUri: REDIRECT_URI } });
    expect(unknown.accountOidcStart.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'provider'] }),
    ]);
  });

  it('creates a verified customer on the first sign-in and signs the same user in afterwards', async () => {
    const email = uniqueEmail('oidc');
    const subject = issuerAccount(issuer, email, true, 'Ada Lovelace');
    const client = t.client();
    const input = await callbackFor(issuer, client, subject);
    const response = await fetch(t.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: OIDC_COMPLETE.toString(), variables: { input } }),
    });
    const body = (await response.json()) as { data: OidcCompleteMutation };
    const payload = body.data.accountOidcComplete;
    expect(payload.errors).toEqual([]);
    expect(payload.user).toEqual({
      id: expect.any(String),
      email,
      name: 'Ada Lovelace',
      emailVerified: true,
    });
    expect(payload.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(payload.refreshToken).toEqual(expect.any(String));
    expect(refreshCookieLine(response)).toContain(payload.refreshToken);
    await expectLoginActive(t, payload.accessToken!, payload.user!.id);

    const me = (await bearer(t, payload.accessToken!).ok(ME_IDENTITIES)).me!;
    expect(me.identities).toEqual([
      { provider: 'test', subject, email, emailVerified: true, linkedAt: expect.any(String) },
    ]);
    const [row] = await usersWithEmail(t, email);
    expect(row!.passwordHash).toBeNull();

    const again = await signInWithProvider(issuer, t.client(), subject);
    expect(again.errors).toEqual([]);
    expect(again.user!.id).toBe(payload.user!.id);
    expect(await usersWithEmail(t, email)).toHaveLength(1);
  });

  it('creates an unverified customer when the provider has not verified the email', async () => {
    const email = uniqueEmail('unverified');
    const payload = await signInWithProvider(issuer, t.client(), issuerAccount(issuer, email, false));
    expect(payload.errors).toEqual([]);
    expect(payload.user).toEqual(expect.objectContaining({ email, emailVerified: false }));
  });

  it('refuses a wrong state, and a known state with another code', async () => {
    const client = t.client();
    const subject = issuerAccount(issuer, uniqueEmail('state'));
    const input = await callbackFor(issuer, client, subject);
    const wrong = await client.ok(OIDC_COMPLETE, { input: { ...input, state: `${input.state}x` } });
    expect(wrong.accountOidcComplete.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_TOKEN', field: ['input', 'state'] }),
    ]);
    expect(wrong.accountOidcComplete.accessToken).toBeNull();
    const badCode = await client.ok(OIDC_COMPLETE, { input: { ...input, code: 'not-the-code' } });
    expect(badCode.accountOidcComplete.errors).toEqual([expect.objectContaining({ code: 'OIDC_REJECTED' })]);
    // The state was used up by that attempt: the genuine code cannot follow it.
    const late = await client.ok(OIDC_COMPLETE, { input });
    expect(late.accountOidcComplete.errors).toEqual([expect.objectContaining({ code: 'INVALID_TOKEN' })]);
  });

  it('refuses a replayed code, under its own state and under a new one', async () => {
    const client = t.client();
    const subject = issuerAccount(issuer, uniqueEmail('replay'));
    const input = await callbackFor(issuer, client, subject);
    const first = await client.ok(OIDC_COMPLETE, { input });
    expect(first.accountOidcComplete.errors).toEqual([]);

    const replay = await client.ok(OIDC_COMPLETE, { input });
    expect(replay.accountOidcComplete.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_TOKEN', field: ['input', 'state'] }),
    ]);
    expect(replay.accountOidcComplete.accessToken).toBeNull();

    // A new sign-in's state with the old code: the provider refuses the code (used, other PKCE verifier).
    const fresh = await callbackFor(issuer, client, subject);
    const mixed = await client.ok(OIDC_COMPLETE, { input: { ...fresh, code: input.code } });
    expect(mixed.accountOidcComplete.errors).toEqual([
      expect.objectContaining({ code: 'OIDC_REJECTED', field: ['input', 'code'] }),
    ]);
    expect(mixed.accountOidcComplete.accessToken).toBeNull();
  });

  it('refuses a sign-in completed after OIDC_AUTHORIZATION_TTL', async () => {
    const client = t.client();
    const input = await callbackFor(issuer, client, issuerAccount(issuer, uniqueEmail('late')));
    await t.database.db
      .update(oidcAuthorizations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(oidcAuthorizations.stateHash, sha256(input.state)));
    const late = await client.ok(OIDC_COMPLETE, { input });
    expect(late.accountOidcComplete.errors).toEqual([
      expect.objectContaining({ code: 'TOKEN_EXPIRED', field: ['input', 'state'] }),
    ]);
  });

  it('completes on another instance what one instance started', async () => {
    const second = await startSecondInstance(t);
    try {
      const email = uniqueEmail('instances');
      const input = await callbackFor(issuer, t.client(), issuerAccount(issuer, email));
      const other = new GqlClient(`${second.url}/graphql`);
      const payload = (await other.ok(OIDC_COMPLETE, { input })).accountOidcComplete;
      expect(payload.errors).toEqual([]);
      expect(payload.user!.email).toBe(email);
      const replay = (await t.client().ok(OIDC_COMPLETE, { input })).accountOidcComplete;
      expect(replay.errors).toEqual([expect.objectContaining({ code: 'INVALID_TOKEN' })]);
    } finally {
      await second.stop();
    }
  });

  it('keeps a disabled user out', async () => {
    const email = uniqueEmail('disabled');
    const subject = issuerAccount(issuer, email);
    const first = await signInWithProvider(issuer, t.client(), subject);
    expect(first.errors).toEqual([]);
    const disable = await admin.client.ok(USER_UPDATE, { input: { id: first.user!.id, disabled: true } });
    expect(disable.userUpdate.errors).toEqual([]);

    const refused = await signInWithProvider(issuer, t.client(), subject);
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'ACCOUNT_DISABLED' })]);
    expect(refused.accessToken).toBeNull();
    expect(refused.user).toBeNull();
    const me = await bearer(t, first.accessToken!).request(ME);
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives a user without a password sensible answers to password sign-in, change and reset', async () => {
    const email = uniqueEmail('nopassword');
    const subject = issuerAccount(issuer, email);
    const signedIn = await signInWithProvider(issuer, t.client(), subject);
    const client = bearer(t, signedIn.accessToken!);

    const login = await t.client().ok(LOGIN, { input: { email, password: PASSWORD } });
    expect(login.accountLogin.errors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    const login2 = await t.client().ok(LOGIN, { input: { email, password: '' } });
    expect(login2.accountLogin.errors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);

    const change = await client.ok(CHANGE_PASSWORD, {
      input: { currentPassword: '', newPassword: 'a new password 2' },
    });
    expect(change.accountPasswordChange.errors).toEqual([
      expect.objectContaining({ code: 'PASSWORD_NOT_SET', field: ['input', 'currentPassword'] }),
    ]);

    // The only way in cannot be unlinked.
    const unlink = await client.ok(UNLINK, { input: { provider: 'test', subject } });
    expect(unlink.accountIdentityUnlink.errors).toEqual([
      expect.objectContaining({ code: 'LAST_SIGN_IN_METHOD' }),
    ]);
    expect((await client.ok(ME_IDENTITIES)).me!.identities).toHaveLength(1);

    // A reset link sets a first password; then password sign-in works and the identity may go.
    await t.client().ok(RESET_REQUEST, { input: { email } });
    const [mail] = await waitForMails(admin.client, email, /reset/i, 1);
    const reset = await t.client().ok(RESET, {
      input: { token: tokenFromMail(mail!.text), newPassword: PASSWORD },
    });
    expect(reset.accountPasswordReset.errors).toEqual([]);
    expect((await mailsTo(admin.client, email)).length).toBeGreaterThan(0);
    const withPassword = await t.client().ok(LOGIN, { input: { email, password: PASSWORD } });
    expect(withPassword.accountLogin.errors).toEqual([]);
    const after = bearer(t, withPassword.accountLogin.accessToken!);
    const unlinked = await after.ok(UNLINK, { input: { provider: 'test', subject } });
    expect(unlinked.accountIdentityUnlink.errors).toEqual([]);
    expect(unlinked.accountIdentityUnlink.identity).toEqual({ provider: 'test', subject });
    expect((await after.ok(ME_IDENTITIES)).me!.identities).toEqual([]);
  });
});

describe('OpenID Connect sign-in with REQUIRE_VERIFIED_EMAIL_FOR_SIGN_IN', () => {
  it('signs in an address the provider verified, and refuses an unverified one (no tokens) until it is verified', async () => {
    const strict = await startOidcApp({ REQUIRE_VERIFIED_EMAIL_FOR_SIGN_IN: 'true' });
    try {
      const verified = await signInWithProvider(
        strict.issuer,
        strict.t.client(),
        issuerAccount(strict.issuer, uniqueEmail('verified'), true),
      );
      expect(verified.errors).toEqual([]);
      expect(verified.accessToken).toEqual(expect.any(String));

      const email = uniqueEmail('unverified-strict');
      const subject = issuerAccount(strict.issuer, email, false);
      const refused = await signInWithProvider(strict.issuer, strict.t.client(), subject);
      expect(refused.errors).toEqual([expect.objectContaining({ code: 'EMAIL_NOT_VERIFIED' })]);
      expect(refused.accessToken).toBeNull();
      expect(refused.user).toBeNull();
      // The account waits for its address: once verified, the same provider account signs in.
      const [row] = await usersWithEmail(strict.t, email);
      expect(row).toBeDefined();
      await strict.t.database.db
        .update(users)
        .set({ emailVerifiedAt: new Date() })
        .where(eq(users.id, row!.id));
      const later = await signInWithProvider(strict.issuer, strict.t.client(), subject);
      expect(later.errors).toEqual([]);
      expect(later.user!.id).toBe(row!.id);
    } finally {
      await strict.t.close();
      await strict.issuer.close();
    }
  });
});
