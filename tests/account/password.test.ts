import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LOGIN,
  login,
  PASSWORD,
  registerAndLogin,
  type SignedIn,
  tokenFromMail,
  uniqueEmail,
  waitForMail,
} from '../support/accounts.js';
import { type TestApp } from '../support/harness.js';
import {
  CHANGE_PASSWORD,
  expectLoginActive,
  expectLoginEnded,
  expectUnauthenticated,
  expireOneTimeToken,
  ME,
  mailsTo,
  oneTimeTokenRow,
  REFRESH,
  RESET,
  RESET_REQUEST,
  refreshWith,
  sessionOf,
  startAccountApp,
  USER_UPDATE,
  usersWithEmail,
  VERIFY_EMAIL,
  waitForMails,
} from './fixtures.js';

const NEW_PASSWORD = 'brand new secret 7';
const RESET_SUBJECT = /^Reset your password$/;

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  ({ t, admin } = await startAccountApp());
});
afterAll(() => t?.close());

async function loginCode(email: string, password: string): Promise<string | null> {
  const payload = (await t.client().ok(LOGIN, { input: { email, password } })).accountLogin;
  if (payload.errors.length === 0) expect(payload.accessToken).toEqual(expect.any(String));
  return payload.errors[0]?.code ?? null;
}

async function expectPassword(email: string, works: string, fails: string[]): Promise<void> {
  expect(await loginCode(email, works)).toBeNull();
  for (const password of fails) expect(await loginCode(email, password)).toBe('INVALID_CREDENTIALS');
}

describe('accountPasswordChange', () => {
  async function changePassword(user: SignedIn, currentPassword: string, newPassword: string) {
    return (await user.client.ok(CHANGE_PASSWORD, { input: { currentPassword, newPassword } }))
      .accountPasswordChange;
  }

  it('refuses a wrong current password with WRONG_PASSWORD and changes nothing', async () => {
    const user = await registerAndLogin(t);
    const other = await login(t.client(), user.email);
    const payload = await changePassword(user, 'not my password 1', NEW_PASSWORD);
    expect(payload.user).toBeNull();
    expect(payload.errors).toEqual([
      { field: ['input', 'currentPassword'], code: 'WRONG_PASSWORD', message: expect.any(String) },
    ]);
    await expectPassword(user.email, PASSWORD, [NEW_PASSWORD]);
    await expectLoginActive(t, other.accessToken, user.id);
    expect((await mailsTo(admin.client, user.email)).map((m) => m.template)).not.toContain(
      'account.password-changed',
    );
  });

  it.each([
    ['too short', 'abc1', 'WEAK_PASSWORD'],
    ['without a digit', 'no digits at all', 'WEAK_PASSWORD'],
    ['without a letter', '12345678901', 'WEAK_PASSWORD'],
    ['longer than 72 bytes', `a1${'ü'.repeat(36)}`, 'PASSWORD_TOO_LONG'],
  ])('refuses a new password %s and changes nothing', async (_label, newPassword, code) => {
    const user = await registerAndLogin(t);
    const other = await login(t.client(), user.email);
    const payload = await changePassword(user, PASSWORD, newPassword);
    expect(payload.user).toBeNull();
    expect(payload.errors).toEqual([{ field: ['input', 'newPassword'], code, message: expect.any(String) }]);
    await expectPassword(user.email, PASSWORD, [newPassword]);
    // No login was ended.
    await expectLoginActive(t, other.accessToken, user.id);
    await expectLoginActive(t, user.accessToken, user.id);
  });

  it('refuses the email address as the new password', async () => {
    const user = await registerAndLogin(t, `b2-${randomBytes(4).toString('hex')}@example.com`);
    const payload = await changePassword(user, PASSWORD, user.email.toUpperCase());
    expect(payload.errors.map((e) => e.code)).toEqual(['WEAK_PASSWORD']);
    await expectPassword(user.email, PASSWORD, [user.email]);
  });

  it('changes the password, keeps this login, ends the others and mails a notice', async () => {
    const user = await registerAndLogin(t);
    const other = await login(t.client(), user.email);
    const stranger = await registerAndLogin(t);

    const payload = await changePassword(user, PASSWORD, NEW_PASSWORD);
    expect(payload.errors).toEqual([]);
    expect(payload.user).toMatchObject({ id: user.id, email: user.email });

    // This login continues, with both its access and its refresh token.
    await expectLoginActive(t, user.accessToken, user.id);
    const refreshed = await refreshWith(t, user.refreshToken);
    expect(refreshed.errors).toEqual([]);
    // The other login ended.
    await expectLoginEnded(t, other.accessToken);
    expect((await refreshWith(t, other.refreshToken)).errors.map((e) => e.code)).toEqual(['INVALID_TOKEN']);
    expect((await sessionOf(t, other.refreshToken)).session.revokedReason).toBe('PASSWORD_CHANGE');
    // Other users are untouched.
    await expectLoginActive(t, stranger.accessToken, stranger.id);

    await expectPassword(user.email, NEW_PASSWORD, [PASSWORD]);
    const notice = await waitForMail(admin.client, user.email, /Your password was changed/);
    expect(notice.text).toContain('other sessions were signed out');
  });

  it('requires a signed-in user', async () => {
    const response = await t.client().request(CHANGE_PASSWORD, {
      input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    });
    expectUnauthenticated(response);
  });
});

describe('accountPasswordResetRequest', () => {
  async function requestReset(email: string) {
    const response = await t.client().request(RESET_REQUEST, { input: { email } });
    expect(response.errors).toBeUndefined();
    return response.data!.accountPasswordResetRequest;
  }

  it('answers success for an unknown email and sends nothing', async () => {
    const email = uniqueEmail('ghost');
    expect(await requestReset(email)).toEqual({ errors: [] });
    // The outbox row would have been written in the request's own transaction.
    expect(await mailsTo(admin.client, email)).toEqual([]);
    expect(await usersWithEmail(t, email)).toHaveLength(0);
  });

  it('mails a single-use reset link to a known email given in any case', async () => {
    const user = await registerAndLogin(t);
    expect(await requestReset(`  ${user.email.toUpperCase()} `)).toEqual({ errors: [] });
    const mail = await waitForMail(admin.client, user.email, RESET_SUBJECT);
    expect(mail.text).toContain('60 minutes');
    const token = tokenFromMail(mail.text);
    const row = await oneTimeTokenRow(t, token);
    expect(row).toMatchObject({ userId: user.id, purpose: 'PASSWORD_RESET', usedAt: null });
    // One hour by default.
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 60 * 60_000);
    // Requesting a reset changes nothing by itself.
    await expectPassword(user.email, PASSWORD, []);
    await expectLoginActive(t, user.accessToken, user.id);
  });

  it('sends nothing for a disabled account', async () => {
    const user = await registerAndLogin(t);
    const disabled = await admin.client.ok(USER_UPDATE, { input: { id: user.id, disabled: true } });
    expect(disabled.userUpdate.errors).toEqual([]);
    expect(await requestReset(user.email)).toEqual({ errors: [] });
    const mails = await mailsTo(admin.client, user.email);
    expect(mails.map((m) => m.template)).toEqual(['account.email-verification']);
  });
});

describe('accountPasswordReset', () => {
  async function resetToken(user: { email: string }, expected = 1): Promise<string> {
    const response = await t.client().ok(RESET_REQUEST, { input: { email: user.email } });
    expect(response.accountPasswordResetRequest.errors).toEqual([]);
    const mails = await waitForMails(admin.client, user.email, RESET_SUBJECT, expected);
    return tokenFromMail(mails[0]!.text);
  }

  async function reset(token: string, newPassword: string) {
    return (await t.client().ok(RESET, { input: { token, newPassword } })).accountPasswordReset;
  }

  it('sets the new password, ends every login and verifies the email', async () => {
    const user = await registerAndLogin(t);
    const other = await login(t.client(), user.email);
    const stranger = await registerAndLogin(t);
    expect((await user.client.ok(ME)).me!.emailVerified).toBe(false);
    const token = await resetToken(user);

    expect(await reset(token, NEW_PASSWORD)).toEqual({ errors: [] });

    for (const signedIn of [user, other]) {
      await expectLoginEnded(t, signedIn.accessToken);
      expect((await refreshWith(t, signedIn.refreshToken)).errors.map((e) => e.code)).toEqual([
        'INVALID_TOKEN',
      ]);
      expect((await sessionOf(t, signedIn.refreshToken)).session.revokedReason).toBe('PASSWORD_RESET');
    }
    await expectLoginActive(t, stranger.accessToken, stranger.id);
    await expectPassword(user.email, NEW_PASSWORD, [PASSWORD]);
    // Following the emailed link proved the address.
    const signedIn = await login(t.client(), user.email, NEW_PASSWORD);
    expect((await signedIn.client.ok(ME)).me!.emailVerified).toBe(true);
    expect((await oneTimeTokenRow(t, token)).usedAt).not.toBeNull();
  });

  it('keeps the original verification date of an already verified address', async () => {
    const user = await registerAndLogin(t);
    const verification = tokenFromMail(
      (await waitForMail(admin.client, user.email, /Confirm your email address/)).text,
    );
    const verified = await t.client().ok(VERIFY_EMAIL, { input: { token: verification } });
    expect(verified.accountEmailVerify.errors).toEqual([]);
    const [before] = await usersWithEmail(t, user.email);
    expect(before!.emailVerifiedAt).not.toBeNull();

    expect(await reset(await resetToken(user), NEW_PASSWORD)).toEqual({ errors: [] });
    const [after] = await usersWithEmail(t, user.email);
    expect(after!.emailVerifiedAt).toEqual(before!.emailVerifiedAt);
    expect(after!.passwordHash).not.toBe(before!.passwordHash);
  });

  it('works once: the same link is refused afterwards with INVALID_TOKEN', async () => {
    const user = await registerAndLogin(t);
    const token = await resetToken(user);
    expect(await reset(token, NEW_PASSWORD)).toEqual({ errors: [] });
    const again = await reset(token, 'yet another one 9');
    expect(again.errors).toEqual([
      { field: ['input', 'token'], code: 'INVALID_TOKEN', message: expect.any(String) },
    ]);
    await expectPassword(user.email, NEW_PASSWORD, ['yet another one 9', PASSWORD]);
  });

  it('lets only one of two simultaneous uses of a link win', async () => {
    const user = await registerAndLogin(t);
    const token = await resetToken(user);
    const passwords = ['first racer 11', 'second racer 22'];
    const results = await Promise.all(passwords.map((password) => reset(token, password)));
    const codes = results.map((r) => r.errors.map((e) => e.code));
    expect(codes.filter((c) => c.length === 0)).toHaveLength(1);
    expect(codes.filter((c) => c.length > 0)).toEqual([['INVALID_TOKEN']]);
    const winner = passwords[codes.findIndex((c) => c.length === 0)]!;
    await expectPassword(user.email, winner, passwords.filter((p) => p !== winner).concat(PASSWORD));
  });

  it('kills a link requested earlier once another one has been used', async () => {
    const user = await registerAndLogin(t);
    const earlier = await resetToken(user, 1);
    const later = await resetToken(user, 2);
    expect(later).not.toBe(earlier);

    expect(await reset(later, NEW_PASSWORD)).toEqual({ errors: [] });
    const stale = await reset(earlier, 'yet another one 9');
    expect(stale.errors.map((e) => e.code)).toEqual(['INVALID_TOKEN']);
    await expectPassword(user.email, NEW_PASSWORD, ['yet another one 9']);
  });

  it('answers TOKEN_EXPIRED for an expired link and changes nothing', async () => {
    const user = await registerAndLogin(t);
    const token = await resetToken(user);
    await expireOneTimeToken(t, token);
    const payload = await reset(token, NEW_PASSWORD);
    expect(payload.errors).toEqual([
      { field: ['input', 'token'], code: 'TOKEN_EXPIRED', message: expect.any(String) },
    ]);
    await expectPassword(user.email, PASSWORD, [NEW_PASSWORD]);
    await expectLoginActive(t, user.accessToken, user.id);
    expect((await oneTimeTokenRow(t, token)).usedAt).toBeNull();
  });

  it('refuses a weak password with WEAK_PASSWORD without using up the link', async () => {
    const user = await registerAndLogin(t);
    const token = await resetToken(user);

    const weak = await reset(token, 'weak');
    expect(weak.errors).toEqual([
      { field: ['input', 'newPassword'], code: 'WEAK_PASSWORD', message: expect.any(String) },
    ]);
    const tooLong = await reset(token, `a1${'x'.repeat(71)}`);
    expect(tooLong.errors.map((e) => e.code)).toEqual(['PASSWORD_TOO_LONG']);
    const isEmail = await reset(token, user.email);
    expect(isEmail.errors.map((e) => e.code)).toEqual(['WEAK_PASSWORD']);
    // Nothing changed: the old password and the login still work, the link is unused.
    await expectPassword(user.email, PASSWORD, ['weak']);
    await expectLoginActive(t, user.accessToken, user.id);
    expect((await oneTimeTokenRow(t, token)).usedAt).toBeNull();

    // The same link then works with a good password.
    expect(await reset(token, NEW_PASSWORD)).toEqual({ errors: [] });
    await expectPassword(user.email, NEW_PASSWORD, [PASSWORD]);
  });

  it.each([
    ['an unknown token', () => randomBytes(32).toString('base64url')],
    ['an empty token', () => ''],
  ])('answers INVALID_TOKEN for %s', async (_label, token) => {
    const payload = await reset(token(), NEW_PASSWORD);
    expect(payload.errors).toEqual([
      { field: ['input', 'token'], code: 'INVALID_TOKEN', message: expect.any(String) },
    ]);
  });

  it('does not accept an email verification token', async () => {
    const user = await registerAndLogin(t);
    const verification = tokenFromMail(
      (await waitForMail(admin.client, user.email, /Confirm your email address/)).text,
    );
    const payload = await reset(verification, NEW_PASSWORD);
    expect(payload.errors.map((e) => e.code)).toEqual(['INVALID_TOKEN']);
    await expectPassword(user.email, PASSWORD, [NEW_PASSWORD]);
  });

  it('leaves a refresh cookie of an ended login useless', async () => {
    const user = await registerAndLogin(t);
    const token = await resetToken(user);
    expect(await reset(token, NEW_PASSWORD)).toEqual({ errors: [] });
    user.client.token = null;
    const payload = (await user.client.ok(REFRESH)).accountTokenRefresh;
    expect(payload.errors.map((e) => e.code)).toEqual(['INVALID_TOKEN']);
    expect(payload.accessToken).toBeNull();
  });
});
