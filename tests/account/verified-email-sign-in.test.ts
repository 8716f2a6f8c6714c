import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/account/account.tables.js';
import {
  adminClient,
  LOGIN,
  PASSWORD,
  REGISTER,
  type SignedIn,
  tokenFromMail,
  uniqueEmail,
  waitForMail,
} from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { bearer, ME, RELAXED_LIMITS, rawPost, sessionsOfUser, VERIFY_EMAIL } from './fixtures.js';

/**
 * REQUIRE_VERIFIED_EMAIL_FOR_SIGN_IN: registering opens no login and answers no tokens; accountLogin
 * refuses the account with EMAIL_NOT_VERIFIED until the link of the verification email is followed.
 */

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp({
    ...RELAXED_LIMITS,
    REQUIRE_VERIFIED_EMAIL_FOR_SIGN_IN: 'true',
    AUTH_COOKIE_MODE: 'true',
  });
  // Administrators are created verified: they sign in as before.
  admin = await adminClient(t);
});
afterAll(() => t?.close());

async function lastLoginAt(userId: string): Promise<Date | null> {
  const [row] = await t.database.db.select({ at: users.lastLoginAt }).from(users).where(eq(users.id, userId));
  return row?.at ?? null;
}

describe('with REQUIRE_VERIFIED_EMAIL_FOR_SIGN_IN', () => {
  it('registering creates the account without signing in; login waits for the verified address', async () => {
    const email = uniqueEmail('unverified');
    const registered = await rawPost(t, REGISTER, { input: { email, name: 'Not Yet', password: PASSWORD } });
    const payload = ((await registered.json()) as any).data.accountRegister;
    expect(payload.errors).toEqual([]);
    expect(payload.user).toMatchObject({ email, emailVerified: false });
    expect(payload).toMatchObject({
      accessToken: null,
      accessTokenExpiresAt: null,
      refreshToken: null,
      refreshTokenExpiresAt: null,
    });
    expect(registered.headers.getSetCookie()).toEqual([]);
    const userId = payload.user.id as string;
    expect(await sessionsOfUser(t, userId)).toHaveLength(0);
    expect(await lastLoginAt(userId)).toBeNull();

    // The right password: refused with its own code, no tokens, no cookie, no login.
    const refused = await rawPost(t, LOGIN, { input: { email, password: PASSWORD } });
    const refusal = ((await refused.json()) as any).data.accountLogin;
    expect(refusal.errors).toEqual([
      { field: null, code: 'EMAIL_NOT_VERIFIED', message: expect.stringMatching(/confirm your email/i) },
    ]);
    expect(refusal).toMatchObject({ accessToken: null, refreshToken: null, user: null });
    expect(refused.headers.getSetCookie()).toEqual([]);
    // A wrong password tells nothing about the address.
    const wrong = (await t.client().ok(LOGIN, { input: { email, password: 'wrong password 1' } }))
      .accountLogin;
    expect(wrong.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    expect(await sessionsOfUser(t, userId)).toHaveLength(0);
    expect(await lastLoginAt(userId)).toBeNull();

    // Following the link of the verification email lets the customer in.
    const token = tokenFromMail(
      (await waitForMail(admin.client, email, /^Confirm your email address$/)).text,
    );
    const verified = (await t.client().ok(VERIFY_EMAIL, { input: { token } })).accountEmailVerify;
    expect(verified.errors).toEqual([]);
    const login = (await t.client().ok(LOGIN, { input: { email, password: PASSWORD } })).accountLogin;
    expect(login.errors).toEqual([]);
    const me = await bearer(t, login.accessToken!).ok(ME);
    expect(me.me).toMatchObject({ id: userId, email, emailVerified: true });
    expect(await sessionsOfUser(t, userId)).toHaveLength(1);
    expect(await lastLoginAt(userId)).not.toBeNull();
  });
});
