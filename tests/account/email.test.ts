import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LOGIN,
  login,
  PASSWORD,
  REGISTER,
  registerAndLogin,
  type SignedIn,
  tokenFromMail,
  uniqueEmail,
  waitForMail,
} from '../support/accounts.js';
import { type TestApp } from '../support/harness.js';
import {
  CHANGE_EMAIL,
  expectUnauthenticated,
  expireOneTimeToken,
  ME,
  mailsTo,
  oneTimeTokenRow,
  REQUEST_VERIFICATION,
  RESET_REQUEST,
  startAccountApp,
  usersWithEmail,
  VERIFY_EMAIL,
  waitForMails,
} from './fixtures.js';

const VERIFICATION_SUBJECT = /^Confirm your email address$/;
const CHANGE_SUBJECT = /^Confirm your new email address$/;

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  ({ t, admin } = await startAccountApp());
});
afterAll(() => t?.close());

/** Verifies with a client that is not signed in: the link works from any browser. */
async function verify(token: string) {
  return (await t.client().ok(VERIFY_EMAIL, { input: { token } })).accountEmailVerify;
}

async function me(user: SignedIn) {
  return (await user.client.ok(ME)).me;
}

async function loginCode(email: string, password = PASSWORD): Promise<string | null> {
  const payload = (await t.client().ok(LOGIN, { input: { email, password } })).accountLogin;
  return payload.errors[0]?.code ?? null;
}

async function registrationToken(email: string): Promise<string> {
  return tokenFromMail((await waitForMail(admin.client, email, VERIFICATION_SUBJECT)).text);
}

describe('accountEmailVerify', () => {
  it('confirms the address with the token from the registration email, once', async () => {
    const user = await registerAndLogin(t);
    expect((await me(user))!.emailVerified).toBe(false);
    const token = await registrationToken(user.email);

    const payload = await verify(token);
    expect(payload.errors).toEqual([]);
    expect(payload.user).toMatchObject({
      id: user.id,
      email: user.email,
      emailVerified: true,
      pendingEmail: null,
    });
    expect(await me(user)).toMatchObject({ email: user.email, emailVerified: true });
    expect((await oneTimeTokenRow(t, token)).usedAt).not.toBeNull();
    const [row] = await usersWithEmail(t, user.email);
    expect(row!.emailVerifiedAt).not.toBeNull();

    const again = await verify(token);
    expect(again.user).toBeNull();
    expect(again.errors).toEqual([
      { field: ['input', 'token'], code: 'INVALID_TOKEN', message: expect.any(String) },
    ]);
    // The second attempt did not move the verification date.
    const [after] = await usersWithEmail(t, user.email);
    expect(after!.emailVerifiedAt).toEqual(row!.emailVerifiedAt);
  });

  it.each([
    ['an unknown token', () => randomBytes(32).toString('base64url')],
    ['an empty token', () => ''],
  ])('answers INVALID_TOKEN for %s', async (_label, token) => {
    const payload = await verify(token());
    expect(payload.user).toBeNull();
    expect(payload.errors).toEqual([
      { field: ['input', 'token'], code: 'INVALID_TOKEN', message: expect.any(String) },
    ]);
  });

  it('does not accept a password reset token', async () => {
    const user = await registerAndLogin(t);
    await t.client().ok(RESET_REQUEST, { input: { email: user.email } });
    const resetToken = tokenFromMail(
      (await waitForMail(admin.client, user.email, /Reset your password/)).text,
    );
    const payload = await verify(resetToken);
    expect(payload.errors.map((e) => e.code)).toEqual(['INVALID_TOKEN']);
    expect((await me(user))!.emailVerified).toBe(false);
  });

  it('answers TOKEN_EXPIRED for an expired token, changes nothing, and a new link works', async () => {
    const user = await registerAndLogin(t);
    const token = await registrationToken(user.email);
    await expireOneTimeToken(t, token);

    const payload = await verify(token);
    expect(payload.user).toBeNull();
    expect(payload.errors).toEqual([
      { field: ['input', 'token'], code: 'TOKEN_EXPIRED', message: expect.any(String) },
    ]);
    expect((await me(user))!.emailVerified).toBe(false);
    expect((await oneTimeTokenRow(t, token)).usedAt).toBeNull();

    const request = await user.client.ok(REQUEST_VERIFICATION);
    expect(request.accountEmailVerificationRequest.errors).toEqual([]);
    const mails = await waitForMails(admin.client, user.email, VERIFICATION_SUBJECT, 2);
    const fresh = tokenFromMail(mails[0]!.text);
    expect(fresh).not.toBe(token);
    expect((await verify(fresh)).errors).toEqual([]);
    expect((await me(user))!.emailVerified).toBe(true);
  });
});

describe('accountEmailVerificationRequest', () => {
  it('sends a new link to the current address of an unverified user', async () => {
    const user = await registerAndLogin(t);
    await registrationToken(user.email);
    const payload = (await user.client.ok(REQUEST_VERIFICATION)).accountEmailVerificationRequest;
    expect(payload.errors).toEqual([]);
    const mails = await waitForMails(admin.client, user.email, VERIFICATION_SUBJECT, 2);
    expect(mails).toHaveLength(2);
    expect(mails.every((m) => m.to === user.email && m.template === 'account.email-verification')).toBe(true);
  });

  it('answers ALREADY_VERIFIED and sends nothing when there is nothing to verify', async () => {
    const user = await registerAndLogin(t);
    expect((await verify(await registrationToken(user.email))).errors).toEqual([]);
    const before = await mailsTo(admin.client, user.email);

    const payload = (await user.client.ok(REQUEST_VERIFICATION)).accountEmailVerificationRequest;
    expect(payload.errors).toEqual([{ field: null, code: 'ALREADY_VERIFIED', message: expect.any(String) }]);
    expect(await mailsTo(admin.client, user.email)).toHaveLength(before.length);
  });

  it('requires a signed-in user', async () => {
    const response = await t.client().request(REQUEST_VERIFICATION);
    expectUnauthenticated(response);
    expect(response.data).toBeNull();
  });
});

describe('accountEmailChange', () => {
  async function change(user: SignedIn, newEmail: string, password = PASSWORD) {
    return (await user.client.ok(CHANGE_EMAIL, { input: { newEmail, password } })).accountEmailChange;
  }

  /** The failed change left the account as it was and sent nothing to `newEmail`. */
  async function expectUnchanged(user: SignedIn, newEmail: string) {
    expect(await me(user)).toMatchObject({ email: user.email, pendingEmail: null });
    expect(await mailsTo(admin.client, newEmail.trim().toLowerCase())).toHaveLength(0);
    expect(await loginCode(user.email)).toBeNull();
  }

  it('refuses a wrong password with WRONG_PASSWORD and changes nothing', async () => {
    const user = await registerAndLogin(t);
    const newEmail = uniqueEmail('new');
    const payload = await change(user, newEmail, 'not my password 1');
    expect(payload.user).toBeNull();
    expect(payload.errors).toEqual([
      { field: ['input', 'password'], code: 'WRONG_PASSWORD', message: expect.any(String) },
    ]);
    await expectUnchanged(user, newEmail);
  });

  it("refuses another account's address, in any case, with EMAIL_TAKEN and changes nothing", async () => {
    const user = await registerAndLogin(t);
    const other = await registerAndLogin(t);
    const payload = await change(user, ` ${other.email.toUpperCase()} `);
    expect(payload.user).toBeNull();
    expect(payload.errors).toEqual([
      { field: ['input', 'newEmail'], code: 'EMAIL_TAKEN', message: expect.any(String) },
    ]);
    await expectUnchanged(user, uniqueEmail('unused'));
    // The other account did not receive a change email either.
    const theirs = await mailsTo(admin.client, other.email);
    expect(theirs.map((m) => m.template)).toEqual(['account.email-verification']);
  });

  it('refuses an invalid address with INVALID_EMAIL and its own address with INVALID_INPUT', async () => {
    const user = await registerAndLogin(t);
    const invalid = await change(user, 'not an email');
    expect(invalid.errors).toEqual([
      { field: ['input', 'newEmail'], code: 'INVALID_EMAIL', message: expect.any(String) },
    ]);
    const same = await change(user, user.email.toUpperCase());
    expect(same.errors).toEqual([
      { field: ['input', 'newEmail'], code: 'INVALID_INPUT', message: expect.any(String) },
    ]);
    await expectUnchanged(user, uniqueEmail('unused'));
  });

  it('requires a signed-in user', async () => {
    const response = await t
      .client()
      .request(CHANGE_EMAIL, { input: { newEmail: uniqueEmail(), password: PASSWORD } });
    expectUnauthenticated(response);
  });

  it('keeps the old address until the link sent to the new one is followed, then swaps them', async () => {
    const user = await registerAndLogin(t);
    const newLocal = `New-${randomBytes(4).toString('hex')}`;
    const newEmail = `${newLocal.toLowerCase()}@example.com`;

    const payload = await change(user, `  ${newLocal}@EXAMPLE.com `);
    expect(payload.errors).toEqual([]);
    expect(payload.user).toMatchObject({
      id: user.id,
      email: user.email,
      pendingEmail: newEmail,
      emailVerified: false,
    });
    expect(await me(user)).toMatchObject({ email: user.email, pendingEmail: newEmail });

    // Until confirmed, the old address signs in and the new one does not.
    expect(await loginCode(user.email)).toBeNull();
    expect(await loginCode(newEmail)).toBe('INVALID_CREDENTIALS');

    // The link goes to the new address only.
    const mail = await waitForMail(admin.client, newEmail, CHANGE_SUBJECT);
    const token = tokenFromMail(mail.text);
    expect((await oneTimeTokenRow(t, token)).email).toBe(newEmail);
    const oldMails = await mailsTo(admin.client, user.email);
    expect(oldMails.map((m) => m.template)).toEqual(['account.email-verification']);

    const verified = await verify(token);
    expect(verified.errors).toEqual([]);
    expect(verified.user).toMatchObject({
      id: user.id,
      email: newEmail,
      pendingEmail: null,
      emailVerified: true,
    });
    expect(await me(user)).toMatchObject({ email: newEmail, pendingEmail: null, emailVerified: true });

    expect(await loginCode(newEmail)).toBeNull();
    expect(await loginCode(user.email)).toBe('INVALID_CREDENTIALS');
    // The old address is free again.
    expect(await usersWithEmail(t, user.email)).toHaveLength(0);
    // The link was single use.
    expect((await verify(token)).errors.map((e) => e.code)).toEqual(['INVALID_TOKEN']);
    // The old registration link no longer verifies anything.
    const oldToken = await registrationToken(user.email);
    expect((await verify(oldToken)).errors.map((e) => e.code)).toEqual(['INVALID_TOKEN']);
    expect(await me(user)).toMatchObject({ email: newEmail });
  });

  it('resends the link to the pending address when asked for a new verification email', async () => {
    const user = await registerAndLogin(t);
    const newEmail = uniqueEmail('pending');
    expect((await change(user, newEmail)).errors).toEqual([]);
    await waitForMail(admin.client, newEmail, CHANGE_SUBJECT);

    const payload = (await user.client.ok(REQUEST_VERIFICATION)).accountEmailVerificationRequest;
    expect(payload.errors).toEqual([]);
    const mails = await waitForMails(admin.client, newEmail, CHANGE_SUBJECT, 2);
    expect((await verify(tokenFromMail(mails[0]!.text))).errors).toEqual([]);
    expect(await me(user)).toMatchObject({ email: newEmail, pendingEmail: null });
  });

  it('invalidates the link of an earlier request when the address is changed again', async () => {
    const user = await registerAndLogin(t);
    const first = uniqueEmail('first');
    const second = uniqueEmail('second');
    expect((await change(user, first)).errors).toEqual([]);
    const firstToken = tokenFromMail((await waitForMail(admin.client, first, CHANGE_SUBJECT)).text);
    expect((await change(user, second)).user!.pendingEmail).toBe(second);
    const secondToken = tokenFromMail((await waitForMail(admin.client, second, CHANGE_SUBJECT)).text);

    const stale = await verify(firstToken);
    expect(stale.user).toBeNull();
    expect(stale.errors.map((e) => e.code)).toEqual(['INVALID_TOKEN']);
    expect(await me(user)).toMatchObject({ email: user.email, pendingEmail: second });

    expect((await verify(secondToken)).errors).toEqual([]);
    expect(await me(user)).toMatchObject({ email: second, pendingEmail: null });
  });

  it('answers EMAIL_TAKEN at confirmation when another account took the address meanwhile', async () => {
    const user = await registerAndLogin(t);
    const wanted = uniqueEmail('contested');
    expect((await change(user, wanted)).errors).toEqual([]);
    const token = tokenFromMail((await waitForMail(admin.client, wanted, CHANGE_SUBJECT)).text);

    const registered = (
      await t.client().ok(REGISTER, { input: { email: wanted, name: 'Quicker', password: PASSWORD } })
    ).accountRegister;
    expect(registered.errors).toEqual([]);

    const payload = await verify(token);
    expect(payload.user).toBeNull();
    expect(payload.errors.map((e) => e.code)).toEqual(['EMAIL_TAKEN']);
    expect((await me(user))!.email).toBe(user.email);
    const rows = await usersWithEmail(t, wanted);
    expect(rows.map((r) => r.id)).toEqual([registered.user!.id]);
    expect(await loginCode(user.email)).toBeNull();
  });

  it('confirms the current address with its registration link while a change is pending', async () => {
    const user = await registerAndLogin(t);
    const registrationLink = await registrationToken(user.email);
    const newEmail = uniqueEmail('later');
    expect((await change(user, newEmail)).errors).toEqual([]);

    const payload = await verify(registrationLink);
    expect(payload.errors).toEqual([]);
    expect(payload.user).toMatchObject({ email: user.email, emailVerified: true, pendingEmail: newEmail });
    const signedIn = await login(t.client(), user.email);
    expect((await me(signedIn))!.email).toBe(user.email);
  });
});
