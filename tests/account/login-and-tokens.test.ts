import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../src/modules/account/account.tables.js';
import {
  adminClient,
  LOGIN,
  login,
  PASSWORD,
  REGISTER,
  registerAndLogin,
  type SignedIn,
  uniqueEmail,
} from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  bearer,
  expectLoginActive,
  expectLoginEnded,
  expectUnauthenticated,
  LOGOUT,
  LOGOUT_ALL,
  ME,
  parseSetCookie,
  REFRESH,
  RELAXED_LIMITS,
  rawPost,
  refreshWith,
  sessionOf,
  sessionsOfUser,
  USER_UPDATE,
  usersWithEmail,
} from './fixtures.js';

const COOKIE = 'storefront_refresh';

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp(RELAXED_LIMITS);
  admin = await adminClient(t);
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

function refreshCookieLine(response: Response): string | undefined {
  return response.headers.getSetCookie().find((line) => line.startsWith(`${COOKIE}=`));
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

  it('sets the refresh token as an HttpOnly, SameSite=Lax cookie limited to /graphql', async () => {
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
    // Plain http in tests: Secure would stop the browser from ever sending it back.
    expect(cookie.attributes.has('secure')).toBe(false);
    const maxAge = Number(cookie.attributes.get('max-age'));
    expect(maxAge).toBeGreaterThan(29 * 86_400);
    expect(maxAge).toBeLessThanOrEqual(30 * 86_400);
  });

  it('answers an unknown email and a wrong password identically with INVALID_CREDENTIALS and no tokens', async () => {
    const user = await registered();
    const unknown = await rawPost(t, LOGIN, { input: { email: uniqueEmail('nobody'), password: PASSWORD } });
    const wrong = await rawPost(t, LOGIN, { input: { email: user.email, password: `${PASSWORD}x` } });
    const unknownPayload = ((await unknown.json()) as any).data.accountLogin;
    const wrongPayload = ((await wrong.json()) as any).data.accountLogin;

    expect(unknownPayload.errors).toHaveLength(1);
    expect(unknownPayload.errors[0].code).toBe('INVALID_CREDENTIALS');
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
    // No login was opened for the account.
    expect(await sessionsOfUser(t, user.id)).toHaveLength(0);
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
    expect((await refreshWith(t, user.refreshToken)).errors[0].code).toBe('INVALID_TOKEN');

    const attempt = await loginAttempt(user.email, PASSWORD);
    expect(attempt.errors.map((e: any) => e.code)).toEqual(['ACCOUNT_DISABLED']);
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
    expect(bcrypt.getRounds(row!.passwordHash)).toBe(t.config.bcryptCost);
    expect(await bcrypt.compare(PASSWORD, row!.passwordHash)).toBe(true);
    expect((await loginAttempt(user.email, PASSWORD)).errors).toEqual([]);
  });

  it('applies a role change on the next request with the same access token', async () => {
    const user = await registerAndLogin(t);
    const listUsers = `query { users(first: 1) { totalCount } }`;

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

describe('accountTokenRefresh', () => {
  it('exchanges a refresh token given as argument for a new pair within the same login', async () => {
    const user = await registerAndLogin(t);
    const payload = await refreshWith(t, user.refreshToken);
    expect(payload.errors).toEqual([]);
    expect(payload.user).toEqual({ id: user.id, email: user.email });
    expect(payload.refreshToken).not.toBe(user.refreshToken);
    expect(new Date(payload.refreshTokenExpiresAt).getTime()).toBeGreaterThan(Date.now());

    await expectLoginActive(t, payload.accessToken, user.id);
    // Refreshing does not end the login, so the earlier access token is still good until it expires.
    await expectLoginActive(t, user.accessToken, user.id);

    const oldToken = await sessionOf(t, user.refreshToken);
    const newToken = await sessionOf(t, payload.refreshToken);
    expect(newToken.session.id).toBe(oldToken.session.id);
    expect(oldToken.token.rotatedAt).not.toBeNull();
    expect(newToken.token.rotatedAt).toBeNull();
  });

  it('uses the refresh cookie when no argument is given, and rotates the cookie', async () => {
    const user = await registerAndLogin(t);
    expect(user.client.cookies.get(COOKIE)).toBe(user.refreshToken);

    // Only the cookie: a client without a bearer token and no input.
    user.client.token = null;
    const response = await user.client.request(REFRESH);
    expect(response.errors).toBeUndefined();
    const payload = response.data!.accountTokenRefresh;
    expect(payload.errors).toEqual([]);
    expect(payload.user!.id).toBe(user.id);
    const line = response.headers.getSetCookie().find((l) => l.startsWith(`${COOKIE}=`));
    expect(line).toBeDefined();
    const cookie = parseSetCookie(line!);
    expect(cookie.value).toBe(payload.refreshToken);
    expect(cookie.attributes.has('httponly')).toBe(true);
    expect(cookie.attributes.get('samesite')?.toLowerCase()).toBe('lax');
    expect(user.client.cookies.get(COOKIE)).toBe(payload.refreshToken);
    await expectLoginActive(t, payload.accessToken!, user.id);

    // The rotated cookie works again.
    const second = await user.client.ok(REFRESH);
    expect(second.accountTokenRefresh.errors).toEqual([]);
    expect(second.accountTokenRefresh.refreshToken).not.toBe(payload.refreshToken);
  });

  it('prefers the argument over the cookie', async () => {
    const first = await registerAndLogin(t);
    const second = await registerAndLogin(t);
    first.client.token = null;
    const payload = (await first.client.ok(REFRESH, { input: { refreshToken: second.refreshToken } }))
      .accountTokenRefresh;
    expect(payload.errors).toEqual([]);
    expect(payload.user!.id).toBe(second.id);
  });

  it('ends the whole login when a rotated refresh token is presented again (TOKEN_REUSED)', async () => {
    const user = await registerAndLogin(t);
    const otherLogin = await login(t.client(), user.email);
    const rotated = await refreshWith(t, user.refreshToken);
    expect(rotated.errors).toEqual([]);

    const replay = await refreshWith(t, user.refreshToken);
    expect(replay.errors).toHaveLength(1);
    expect(replay.errors[0]).toMatchObject({ code: 'TOKEN_REUSED', field: ['input', 'refreshToken'] });
    expect(replay.accessToken).toBeNull();
    expect(replay.refreshToken).toBeNull();

    // Even the newest token of that family is dead now, and so are its access tokens.
    const afterReplay = await refreshWith(t, rotated.refreshToken);
    expect(afterReplay.errors.map((e: any) => e.code)).toEqual(['INVALID_TOKEN']);
    expect(afterReplay.accessToken).toBeNull();
    await expectLoginEnded(t, rotated.accessToken);
    await expectLoginEnded(t, user.accessToken);

    const { session } = await sessionOf(t, user.refreshToken);
    expect(session.revokedReason).toBe('TOKEN_REUSE');
    // Another login of the same user is not affected.
    await expectLoginActive(t, otherLogin.accessToken, user.id);
    expect((await refreshWith(t, otherLogin.refreshToken)).errors).toEqual([]);
  });

  it('answers INVALID_TOKEN when no token is given or the token is unknown, and clears the cookie', async () => {
    const noInput = await t.client().ok(REFRESH);
    expect(noInput.accountTokenRefresh.errors).toEqual([
      { field: ['input', 'refreshToken'], code: 'INVALID_TOKEN', message: expect.any(String) },
    ]);
    expect(noInput.accountTokenRefresh.accessToken).toBeNull();

    const nullToken = await t.client().ok(REFRESH, { input: { refreshToken: null } });
    expect(nullToken.accountTokenRefresh.errors[0]!.code).toBe('INVALID_TOKEN');
    const emptyToken = await t.client().ok(REFRESH, { input: { refreshToken: '' } });
    expect(emptyToken.accountTokenRefresh.errors[0]!.code).toBe('INVALID_TOKEN');

    const response = await rawPost(t, REFRESH, {}, { cookie: `${COOKIE}=not-a-real-token` });
    const body = (await response.json()) as any;
    expect(body.data.accountTokenRefresh.errors[0].code).toBe('INVALID_TOKEN');
    expect(body.data.accountTokenRefresh.refreshToken).toBeNull();
    const cleared = parseSetCookie(refreshCookieLine(response)!);
    expect(cleared.value).toBe('');
    expect(new Date(cleared.attributes.get('expires')!).getTime()).toBeLessThan(Date.now());
  });

  it('answers TOKEN_EXPIRED once the login has expired, and its access token stops working', async () => {
    const user = await registerAndLogin(t);
    const { session } = await sessionOf(t, user.refreshToken);
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(sessions.id, session.id));

    const payload = await refreshWith(t, user.refreshToken);
    expect(payload.errors).toEqual([
      { field: ['input', 'refreshToken'], code: 'TOKEN_EXPIRED', message: expect.any(String) },
    ]);
    expect(payload.accessToken).toBeNull();
    await expectLoginEnded(t, user.accessToken);
    // The expiry was not extended by the failed attempt.
    const after = await sessionOf(t, user.refreshToken);
    expect(after.session.expiresAt.getTime()).toBeLessThan(Date.now());
    expect(after.token.rotatedAt).toBeNull();
  });
});

describe('accountLogout', () => {
  it('ends the login of the refresh cookie only, and clears the cookie', async () => {
    const user = await registerAndLogin(t);
    const other = await login(t.client(), user.email);

    const response = await user.client.request(LOGOUT);
    expect(response.errors).toBeUndefined();
    expect(response.data!.accountLogout.errors).toEqual([]);
    const cleared = parseSetCookie(response.headers.getSetCookie().find((l) => l.startsWith(`${COOKIE}=`))!);
    expect(cleared.value).toBe('');
    expect(user.client.cookies.has(COOKIE)).toBe(false);

    await expectLoginEnded(t, user.accessToken);
    expect((await refreshWith(t, user.refreshToken)).errors[0].code).toBe('INVALID_TOKEN');
    const { session } = await sessionOf(t, user.refreshToken);
    expect(session.revokedReason).toBe('LOGOUT');

    // The other login keeps working.
    await expectLoginActive(t, other.accessToken, user.id);
    expect((await refreshWith(t, other.refreshToken)).errors).toEqual([]);
  });

  it('ends the login named by a refresh token argument', async () => {
    const user = await registerAndLogin(t);
    const other = await login(t.client(), user.email);
    const payload = (await t.client().ok(LOGOUT, { input: { refreshToken: user.refreshToken } }))
      .accountLogout;
    expect(payload.errors).toEqual([]);
    await expectLoginEnded(t, user.accessToken);
    await expectLoginActive(t, other.accessToken, user.id);
  });

  it('ends the login of the access token when there is neither argument nor cookie', async () => {
    const user = await registerAndLogin(t);
    const other = await login(t.client(), user.email);
    const payload = (await bearer(t, user.accessToken).ok(LOGOUT)).accountLogout;
    expect(payload.errors).toEqual([]);
    await expectLoginEnded(t, user.accessToken);
    expect((await refreshWith(t, user.refreshToken)).errors[0].code).toBe('INVALID_TOKEN');
    await expectLoginActive(t, other.accessToken, user.id);
  });
  it('ends nothing for an unknown refresh token', async () => {
    const user = await registerAndLogin(t);
    const payload = (await bearer(t, user.accessToken).ok(LOGOUT, { input: { refreshToken: 'unknown' } }))
      .accountLogout;
    expect(payload.errors).toEqual([]);
    await expectLoginActive(t, user.accessToken, user.id);
    expect((await sessionsOfUser(t, user.id)).every((row) => row.revokedAt === null)).toBe(true);
  });
});

describe('accountLogoutAll', () => {
  it('ends every login of the user and counts the ones it ended', async () => {
    const user = await registerAndLogin(t);
    const second = await login(t.client(), user.email);
    const third = await login(t.client(), user.email);
    const stranger = await registerAndLogin(t);
    // One login already ended: it is not counted again.
    expect((await third.client.ok(LOGOUT)).accountLogout.errors).toEqual([]);

    const response = await user.client.request(LOGOUT_ALL);
    expect(response.errors).toBeUndefined();
    expect(response.data!.accountLogoutAll).toEqual({ revokedSessions: 2, errors: [] });
    expect(user.client.cookies.has(COOKIE)).toBe(false);

    for (const signedIn of [user, second, third]) {
      await expectLoginEnded(t, signedIn.accessToken);
      expect((await refreshWith(t, signedIn.refreshToken)).errors[0].code).toBe('INVALID_TOKEN');
    }
    const rows = await sessionsOfUser(t, user.id);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.revokedAt !== null)).toBe(true);
    expect(rows.map((row) => row.revokedReason).sort()).toEqual(['LOGOUT', 'LOGOUT_ALL', 'LOGOUT_ALL']);

    // Other users are untouched.
    await expectLoginActive(t, stranger.accessToken, stranger.id);
  });

  it('requires a signed-in user', async () => {
    const response = await t.client().request(LOGOUT_ALL);
    expectUnauthenticated(response);
    expect(response.data).toBeNull();
  });
});
