import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/account/account.tables.js';
import { graphql } from '../generated/gql.js';
import {
  LOGIN,
  login,
  PASSWORD,
  REGISTER,
  registerAndLogin,
  type SignedIn,
  uniqueEmail,
} from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import {
  expectLoginActive,
  expectLoginEnded,
  ME,
  parseSetCookie,
  rawPost,
  refreshCookieLine,
  refreshWith,
  sessionOf,
  sessionsOfUser,
  startAccountApp,
  USER_UPDATE,
  usersWithEmail,
} from './fixtures.js';

/** accountLogin: tokens, the refresh cookie, refusals, disabled accounts, password re-hashing and role changes. */

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  ({ t, admin } = await startAccountApp());
});
afterAll(() => t?.close());

async function registered(email = uniqueEmail()): Promise<{ id: string; email: string }> {
  const data = await t.client().ok(REGISTER, { input: { email, name: 'Login Tester', password: PASSWORD } });
  expect(data.accountRegister.errors).toEqual([]);
  return { id: data.accountRegister.user!.id, email };
}

async function loginAttempt(email: string, password: string) {
  return (await t.client().ok(LOGIN, { input: { email, password } })).accountLogin;
}

describe('accountLogin', () => {
  it('returns tokens and the user for any case and spacing of the email', async () => {
    const user = await registered();
    const before = Date.now();
    const payload = await loginAttempt(`  ${user.email.toUpperCase()} `, PASSWORD);
    expect(payload.errors).toEqual([]);
    expect(payload.user).toEqual({ id: user.id, email: user.email, role: 'CUSTOMER' });
    expect(payload.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(payload.refreshToken).toEqual(expect.any(String));
    expect(payload.refreshToken!.length).toBeGreaterThanOrEqual(32);
    // Default lifetimes: 15 minutes for the access token, 30 days for the login.
    const accessExpires = new Date(payload.accessTokenExpiresAt!).getTime();
    const refreshExpires = new Date(payload.refreshTokenExpiresAt!).getTime();
    expect(accessExpires).toBeGreaterThan(before + 14 * 60_000);
    expect(accessExpires).toBeLessThanOrEqual(Date.now() + 15 * 60_000 + 1000);
    expect(refreshExpires).toBeGreaterThan(before + 29 * 86_400_000);
    expect(refreshExpires).toBeLessThanOrEqual(Date.now() + 30 * 86_400_000 + 1000);

    await expectLoginActive(t, payload.accessToken!, user.id);
    const { session } = await sessionOf(t, payload.refreshToken!);
    expect(session).toMatchObject({ userId: user.id, revokedAt: null });
  });

  it('sets the refresh token as an HttpOnly, SameSite=Lax, Secure cookie limited to /graphql', async () => {
    const user = await registered();
    const response = await rawPost(t, LOGIN, { input: { email: user.email, password: PASSWORD } });
    const body = (await response.json()) as any;
    expect(body.data.accountLogin.errors).toEqual([]);

    const line = refreshCookieLine(response);
    expect(line, 'no refresh cookie was set').toBeDefined();
    const cookie = parseSetCookie(line!);
    expect(cookie.value).toBe(body.data.accountLogin.refreshToken);
    expect(cookie.attributes.has('httponly')).toBe(true);
    expect(cookie.attributes.get('samesite')?.toLowerCase()).toBe('lax');
    expect(cookie.attributes.get('path')).toBe('/graphql');
    // Secure outside NODE_ENV=development (tests run as `test`); development over http is checked in
    // tests/account/cookie-sessions.test.ts.
    expect(cookie.attributes.has('secure')).toBe(true);
    const maxAge = Number(cookie.attributes.get('max-age'));
    expect(maxAge).toBeGreaterThan(29 * 86_400);
    expect(maxAge).toBeLessThanOrEqual(30 * 86_400);
  });

  it('answers an unknown email and a wrong password identically with INVALID_CREDENTIALS and no tokens', async () => {
    const user = await registered();
    // Registering signed the account in once.
    const [registration] = await sessionsOfUser(t, user.id);
    const unknown = await rawPost(t, LOGIN, { input: { email: uniqueEmail('nobody'), password: PASSWORD } });
    const wrong = await rawPost(t, LOGIN, { input: { email: user.email, password: `${PASSWORD}x` } });
    const unknownPayload = ((await unknown.json()) as any).data.accountLogin;
    const wrongPayload = ((await wrong.json()) as any).data.accountLogin;

    expect(unknownPayload.errors).toHaveLength(1);
    expect(unknownPayload.errors[0]!.code).toBe('INVALID_CREDENTIALS');
    expect(wrongPayload).toEqual(unknownPayload);
    expect(wrongPayload).toMatchObject({
      accessToken: null,
      accessTokenExpiresAt: null,
      refreshToken: null,
      refreshTokenExpiresAt: null,
      user: null,
    });
    expect(refreshCookieLine(unknown)).toBeUndefined();
    expect(refreshCookieLine(wrong)).toBeUndefined();
    // No login was opened for the account: it has only the one of its registration.
    expect(await sessionsOfUser(t, user.id)).toEqual([registration]);
  });

  it('refuses a disabled account with ACCOUNT_DISABLED and ends its logins at once', async () => {
    const user = await registerAndLogin(t);
    const other = await login(t.client(), user.email);
    await expectLoginActive(t, user.accessToken, user.id);

    const disabled = await admin.client.ok(USER_UPDATE, { input: { id: user.id, disabled: true } });
    expect(disabled.userUpdate.errors).toEqual([]);
    expect(disabled.userUpdate.user).toEqual({ id: user.id, role: 'CUSTOMER', disabled: true });

    // Existing access tokens stop working on the very next request.
    await expectLoginEnded(t, user.accessToken);
    await expectLoginEnded(t, other.accessToken);
    // So do the refresh tokens.
    expect((await refreshWith(t, user.refreshToken)).errors[0]!.code).toBe('INVALID_TOKEN');

    const attempt = await loginAttempt(user.email, PASSWORD);
    expect(attempt.errors.map((e) => e.code)).toEqual(['ACCOUNT_DISABLED']);
    expect(attempt.accessToken).toBeNull();
    expect(attempt.refreshToken).toBeNull();
    // A wrong password does not reveal that the account exists but is disabled.
    expect((await loginAttempt(user.email, 'wrong password 1')).errors[0]!.code).toBe('INVALID_CREDENTIALS');

    const rows = await sessionsOfUser(t, user.id);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.revokedAt).not.toBeNull();
      expect(row.revokedReason).toBe('DISABLED');
    }

    // Enabling it again allows new logins; the ended ones stay ended.
    const enabled = await admin.client.ok(USER_UPDATE, { input: { id: user.id, disabled: false } });
    expect(enabled.userUpdate.user!.disabled).toBe(false);
    const again = await login(t.client(), user.email);
    await expectLoginActive(t, again.accessToken, user.id);
    await expectLoginEnded(t, user.accessToken);
  });

  it('re-hashes a password stored with another bcrypt cost at the next successful login', async () => {
    const user = await registered();
    const oldHash = await bcrypt.hash(PASSWORD, 5);
    await t.database.db.update(users).set({ passwordHash: oldHash }).where(eq(users.id, user.id));

    expect((await loginAttempt(user.email, 'wrong password 1')).errors[0]!.code).toBe('INVALID_CREDENTIALS');
    expect((await usersWithEmail(t, user.email))[0]!.passwordHash).toBe(oldHash);

    expect((await loginAttempt(user.email, PASSWORD)).errors).toEqual([]);
    const [row] = await usersWithEmail(t, user.email);
    expect(row!.passwordHash).not.toBe(oldHash);
    expect(bcrypt.getRounds(row!.passwordHash!)).toBe(t.config.bcryptCost);
    expect(await bcrypt.compare(PASSWORD, row!.passwordHash!)).toBe(true);
    expect((await loginAttempt(user.email, PASSWORD)).errors).toEqual([]);
  });

  it('applies a role change on the next request with the same access token', async () => {
    const user = await registerAndLogin(t);
    const listUsers = graphql(`query AccountUsersTotal { users(first: 1) { totalCount } }`);

    const asCustomer = await user.client.request(listUsers);
    expect(asCustomer.data).toBeNull();
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const promoted = await admin.client.ok(USER_UPDATE, { input: { id: user.id, role: 'ADMIN' } });
    expect(promoted.userUpdate.user!.role).toBe('ADMIN');
    expect((await user.client.ok(ME)).me!.role).toBe('ADMIN');
    const asAdmin = await user.client.request(listUsers);
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.users.totalCount).toBeGreaterThanOrEqual(2);

    const demoted = await admin.client.ok(USER_UPDATE, { input: { id: user.id, role: 'CUSTOMER' } });
    expect(demoted.userUpdate.user!.role).toBe('CUSTOMER');
    expect((await user.client.ok(ME)).me!.role).toBe('CUSTOMER');
    const afterDemotion = await user.client.request(listUsers);
    expect(afterDemotion.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
