import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../src/modules/account/account.tables.js';
import { login, registerAndLogin } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import {
  bearer,
  COOKIE,
  expectLoginActive,
  expectLoginEnded,
  expectUnauthenticated,
  LOGOUT,
  LOGOUT_ALL,
  parseSetCookie,
  REFRESH,
  rawPost,
  refreshCookieLine,
  refreshWith,
  sessionOf,
  sessionsOfUser,
  startAccountApp,
} from './fixtures.js';

/** A login's tokens after sign-in: accountTokenRefresh (rotation, reuse, expiry), accountLogout and accountLogoutAll. */

let t: TestApp;

beforeAll(async () => {
  ({ t } = await startAccountApp());
});
afterAll(() => t?.close());

describe('accountTokenRefresh', () => {
  it('exchanges a refresh token given as argument for a new pair within the same login', async () => {
    const user = await registerAndLogin(t);
    const payload = await refreshWith(t, user.refreshToken);
    expect(payload.errors).toEqual([]);
    expect(payload.user).toEqual({ id: user.id, email: user.email });
    expect(payload.refreshToken).not.toBe(user.refreshToken);
    expect(new Date(payload.refreshTokenExpiresAt!).getTime()).toBeGreaterThan(Date.now());

    await expectLoginActive(t, payload.accessToken!, user.id);
    // Refreshing does not end the login, so the earlier access token is still good until it expires.
    await expectLoginActive(t, user.accessToken, user.id);

    const oldToken = await sessionOf(t, user.refreshToken);
    const newToken = await sessionOf(t, payload.refreshToken!);
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
    const afterReplay = await refreshWith(t, rotated.refreshToken!);
    expect(afterReplay.errors.map((e) => e.code)).toEqual(['INVALID_TOKEN']);
    expect(afterReplay.accessToken).toBeNull();
    await expectLoginEnded(t, rotated.accessToken!);
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
    expect(body.data.accountTokenRefresh.errors[0]!.code).toBe('INVALID_TOKEN');
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
    expect((await refreshWith(t, user.refreshToken)).errors[0]!.code).toBe('INVALID_TOKEN');
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
    expect((await refreshWith(t, user.refreshToken)).errors[0]!.code).toBe('INVALID_TOKEN');
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
      expect((await refreshWith(t, signedIn.refreshToken)).errors[0]!.code).toBe('INVALID_TOKEN');
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
