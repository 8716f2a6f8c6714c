import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoginMutation } from '../generated/graphql.js';
import {
  adminClient,
  LOGIN,
  login,
  PASSWORD,
  REGISTER,
  type SignedIn,
  tokenFromMail,
  uniqueEmail,
  waitForMail,
} from '../support/accounts.js';
import type { GqlResponse } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { sleep, waitFor } from '../support/wait-for.js';
import {
  mailsTo,
  REQUEST_VERIFICATION,
  RESET,
  RESET_REQUEST,
  sessionsOfUser,
  topLevelError,
} from './fixtures.js';

/** RATE_LIMIT_WINDOW default: 15 minutes. */
const WINDOW_SECONDS = 900;

interface Registered {
  id: string;
  email: string;
  /** The login registering opened (it signs the customer in): not one of the attempts counted here. */
  registrationSessionId: string;
}

async function register(t: TestApp, email = uniqueEmail()): Promise<Registered> {
  const data = await t.client().ok(REGISTER, { input: { email, name: 'Limited', password: PASSWORD } });
  expect(data.accountRegister.errors).toEqual([]);
  const id = data.accountRegister.user!.id;
  const sessions = await sessionsOfUser(t, id);
  expect(sessions).toHaveLength(1);
  return { id, email, registrationSessionId: sessions[0]!.id };
}

/** The logins accountLogin opened for the user. */
async function loginsOf(t: TestApp, user: Registered) {
  return (await sessionsOfUser(t, user.id)).filter((row) => row.id !== user.registrationSessionId);
}

function attemptLogin(t: TestApp, email: string, password = PASSWORD, headers: Record<string, string> = {}) {
  return t.client().request(LOGIN, { input: { email, password } }, headers);
}

function requestReset(t: TestApp, email: string, headers: Record<string, string> = {}) {
  return t.client().request(RESET_REQUEST, { input: { email } }, headers);
}

function expectRateLimited(response: GqlResponse): void {
  // A resolver's error: 200 under the GraphQL-over-HTTP rules, with the wait in a header too.
  expect(response.status).toBe(200);
  expect(response.data).toBeNull();
  const error = topLevelError(response);
  expect(error.extensions?.code).toBe('RATE_LIMITED');
  const retryAfter = error.extensions?.retryAfter;
  expect(typeof retryAfter).toBe('number');
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  expect(error.message).toContain(`${retryAfter} seconds`);
  expect(response.headers.get('retry-after')).toBe(String(retryAfter));
}

function expectLoginSucceeded(response: GqlResponse): void {
  expect(response.errors).toBeUndefined();
  expect(response.data!.accountLogin.errors).toEqual([]);
  expect(response.data!.accountLogin.accessToken).toEqual(expect.any(String));
}

function expectLoginFailed(response: GqlResponse<LoginMutation>, code: string): void {
  expect(response.errors).toBeUndefined();
  expect(response.data!.accountLogin.errors.map((e) => e.code)).toEqual([code]);
}

function expectResetAccepted(response: GqlResponse): void {
  expect(response.errors).toBeUndefined();
  expect(response.data!.accountPasswordResetRequest.errors).toEqual([]);
}

describe('per-email limits', () => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp({
      RATE_LIMIT_LOGIN_PER_EMAIL: '3',
      RATE_LIMIT_LOGIN_PER_IP: '100',
      RATE_LIMIT_RESET_PER_EMAIL: '2',
      RATE_LIMIT_RESET_PER_IP: '100',
    });
    admin = await adminClient(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses the 4th login attempt for one email, even with the right password, in any case', async () => {
    const user = await register(t);
    expectLoginFailed(await attemptLogin(t, user.email, 'wrong password 1'), 'INVALID_CREDENTIALS');
    expectLoginFailed(await attemptLogin(t, user.email, 'wrong password 2'), 'INVALID_CREDENTIALS');
    expectLoginSucceeded(await attemptLogin(t, user.email));
    expect(await loginsOf(t, user)).toHaveLength(1);

    const limited = await attemptLogin(t, user.email);
    expectRateLimited(limited);
    expect(limited.headers.getSetCookie()).toEqual([]);
    // Other spellings of the same address share the counter.
    expectRateLimited(await attemptLogin(t, ` ${user.email.toUpperCase()} `));
    // No login was opened by the refused attempts.
    expect(await loginsOf(t, user)).toHaveLength(1);
  });

  it('counts unknown emails too, so the limit reveals nothing', async () => {
    const ghost = uniqueEmail('ghost');
    for (let i = 0; i < 3; i += 1) expectLoginFailed(await attemptLogin(t, ghost), 'INVALID_CREDENTIALS');
    expectRateLimited(await attemptLogin(t, ghost));
  });

  it('does not limit another email from the same client', async () => {
    const limitedUser = await register(t);
    for (let i = 0; i < 3; i += 1) await attemptLogin(t, limitedUser.email, 'wrong password 1');
    expectRateLimited(await attemptLogin(t, limitedUser.email));

    const other = await register(t);
    const signedIn = await login(t.client(), other.email);
    expect(signedIn.id).toBe(other.id);
  });

  it('refuses the 3rd password reset request for one email and sends no mail for it', async () => {
    const user = await register(t);
    expectResetAccepted(await requestReset(t, user.email));
    expectResetAccepted(await requestReset(t, user.email.toUpperCase()));
    expectRateLimited(await requestReset(t, user.email));

    const mails = await waitForMailCount(user.email, /Reset your password/, 2);
    expect(mails).toHaveLength(2);
    // Another email is unaffected.
    const other = await register(t);
    expectResetAccepted(await requestReset(t, other.email));
    await waitForMail(admin.client, other.email, /Reset your password/);
    // The limit applies to unknown emails alike (no account enumeration).
    const ghost = uniqueEmail('ghost');
    expectResetAccepted(await requestReset(t, ghost));
    expectResetAccepted(await requestReset(t, ghost));
    expectRateLimited(await requestReset(t, ghost));
    // Being limited does not stop a link already sent from working.
    const token = tokenFromMail(mails[0]!.text);
    const reset = await t.client().ok(RESET, { input: { token, newPassword: 'after limit 42' } });
    expect(reset.accountPasswordReset.errors).toEqual([]);
  });

  it('limits new verification emails per address as well', async () => {
    const user = await register(t);
    const signedIn = await login(t.client(), user.email);
    for (let i = 0; i < 2; i += 1) {
      const ok = await signedIn.client.request(REQUEST_VERIFICATION);
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.accountEmailVerificationRequest.errors).toEqual([]);
    }
    expectRateLimited(await signedIn.client.request(REQUEST_VERIFICATION));
    // Registration email plus the two allowed requests.
    const mails = await waitForMailCount(user.email, /Confirm your email address/, 3);
    expect(mails).toHaveLength(3);
  });

  /** Waits for `n` delivered mails, then checks no more were written. */
  async function waitForMailCount(to: string, subject: RegExp, n: number) {
    return waitFor(
      `${n} mails to ${to}`,
      async () => {
        const matching = (await mailsTo(admin.client, to)).filter((m) => subject.test(m.subject));
        return matching.length >= n && matching.every((m) => m.status === 'SENT') && matching;
      },
      { timeoutMs: 10_000, intervalMs: 50 },
    );
  }
});

describe('per-client limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      RATE_LIMIT_LOGIN_PER_EMAIL: '100',
      RATE_LIMIT_LOGIN_PER_IP: '3',
      RATE_LIMIT_RESET_PER_EMAIL: '100',
      RATE_LIMIT_RESET_PER_IP: '3',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses the 4th login from one client across different emails; a forged X-Forwarded-For does not help', async () => {
    const users = [await register(t), await register(t), await register(t), await register(t)];
    expectLoginSucceeded(await attemptLogin(t, users[0]!.email));
    expectLoginFailed(await attemptLogin(t, users[1]!.email, 'wrong password 1'), 'INVALID_CREDENTIALS');
    expectLoginSucceeded(await attemptLogin(t, users[2]!.email));

    expectRateLimited(await attemptLogin(t, users[3]!.email));
    // TRUST_PROXY is off: the header is the client's word and changes nothing.
    expectRateLimited(
      await attemptLogin(t, users[3]!.email, PASSWORD, { 'x-forwarded-for': '198.51.100.7' }),
    );
    expect(await loginsOf(t, users[3]!)).toHaveLength(0);
  });

  it('refuses the 4th password reset request from one client across different emails', async () => {
    for (let i = 0; i < 3; i += 1) expectResetAccepted(await requestReset(t, uniqueEmail('reset')));
    expectRateLimited(await requestReset(t, uniqueEmail('reset')));
    expectRateLimited(await requestReset(t, uniqueEmail('reset'), { 'x-forwarded-for': '198.51.100.8' }));
  });
});

describe('per-client limits behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: 'true',
      RATE_LIMIT_LOGIN_PER_EMAIL: '100',
      RATE_LIMIT_LOGIN_PER_IP: '2',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts each client address from X-Forwarded-For separately', async () => {
    const user = await register(t);
    const first = { 'x-forwarded-for': '203.0.113.1' };
    const second = { 'x-forwarded-for': '203.0.113.2' };
    expectLoginSucceeded(await attemptLogin(t, user.email, PASSWORD, first));
    expectLoginSucceeded(await attemptLogin(t, user.email, PASSWORD, first));
    expectRateLimited(await attemptLogin(t, user.email, PASSWORD, first));

    expectLoginSucceeded(await attemptLogin(t, user.email, PASSWORD, second));
    const rows = await loginsOf(t, user);
    expect(rows.map((row) => row.ip).sort()).toEqual(['203.0.113.1', '203.0.113.1', '203.0.113.2']);
  });
});

describe('attempts restored one at a time', () => {
  /** 2 attempts per 4 s window: one back every 2 s, not both at the window's end. */
  const POINT_MS = 2000;
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      RATE_LIMIT_WINDOW: '4s',
      RATE_LIMIT_LOGIN_PER_EMAIL: '2',
      RATE_LIMIT_LOGIN_PER_IP: '1000',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives back one sign-in attempt per window / limit, and a refused attempt takes none', async () => {
    const user = await register(t);
    expectLoginFailed(await attemptLogin(t, user.email, 'wrong password 1'), 'INVALID_CREDENTIALS');
    expectLoginFailed(await attemptLogin(t, user.email, 'wrong password 2'), 'INVALID_CREDENTIALS');
    const limited = await attemptLogin(t, user.email);
    expectRateLimited(limited);
    // The wait is for the next attempt (one restore period), not for the whole window.
    expect(limited.errors![0]!.extensions!.retryAfter).toBeLessThanOrEqual(POINT_MS / 1000);

    // Asking again while refused spends nothing: the attempt is there once its time has passed.
    await sleep(POINT_MS);
    const restored = await waitFor(
      'a restored attempt',
      async () => {
        const attempt = await attemptLogin(t, user.email);
        if (!attempt.errors) return attempt;
        expectRateLimited(attempt);
        return undefined;
      },
      { timeoutMs: 20 * POINT_MS, intervalMs: POINT_MS / 10 },
    );
    expectLoginSucceeded(restored);
    // One attempt only.
    expectRateLimited(await attemptLogin(t, user.email));
    expect(await loginsOf(t, user)).toHaveLength(1);
  });
});
