import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneTimeTokens, users } from '../../src/modules/account/account.tables.js';
import { graphql } from '../generated/gql.js';
import type { AccountRegisterInput } from '../generated/graphql.js';
import {
  LOGIN,
  login,
  PASSWORD,
  REGISTER,
  type SignedIn,
  tokenFromMail,
  uniqueEmail,
  waitForMail,
} from '../support/accounts.js';
import { type TestApp } from '../support/harness.js';
import {
  bearer,
  COOKIE,
  ME,
  mailsTo,
  oneTimeTokenRow,
  REFRESH,
  sessionsOfUser,
  sha256,
  startAccountApp,
  topLevelError,
  userCount,
  usersWithEmail,
} from './fixtures.js';

const ADMIN_USER = graphql(`query AccountAdminUser($id: ID!) {
  user(id: $id) { id email name role emailVerified disabled phone } }`);

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  ({ t, admin } = await startAccountApp());
});
afterAll(() => t?.close());

function register(input: AccountRegisterInput) {
  return t
    .client()
    .ok(REGISTER, { input })
    .then((data) => data.accountRegister);
}

function loginAttempt(email: string, password: string) {
  return t
    .client()
    .ok(LOGIN, { input: { email, password } })
    .then((data) => data.accountLogin);
}

/** Registration must fail with exactly `code` on `field` and leave no account behind. */
async function expectRejected(input: { email: string; name: string; password: string }, code: string) {
  const before = await userCount(t);
  const payload = await register(input);
  expect(payload.user).toBeNull();
  expect(payload).toMatchObject({ accessToken: null, refreshToken: null, accessTokenExpiresAt: null });
  expect(payload.errors).toHaveLength(1);
  expect(payload.errors[0]!.code).toBe(code);
  expect(payload.errors[0]!.message).toEqual(expect.any(String));
  expect(payload.errors[0]!.message.length).toBeGreaterThan(0);
  expect(await userCount(t)).toBe(before);
  expect(await usersWithEmail(t, input.email)).toHaveLength(0);
  return payload.errors[0];
}

describe('accountRegister', () => {
  it('creates an unverified CUSTOMER with a trimmed, lower-cased email and mails a verification link', async () => {
    const local = `MiXeD-${randomBytes(4).toString('hex')}`;
    const email = `${local.toLowerCase()}@example.com`;
    const payload = await register({
      email: `  ${local}@Example.COM  `,
      name: '  Ann Example  ',
      password: PASSWORD,
    });

    expect(payload.errors).toEqual([]);
    expect(payload.user).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      email,
      name: 'Ann Example',
      role: 'CUSTOMER',
      emailVerified: false,
      pendingEmail: null,
    });

    // Read back through the admin API.
    const read = await admin.client.ok(ADMIN_USER, { id: payload.user!.id });
    expect(read.user).toEqual({
      id: payload.user!.id,
      email,
      name: 'Ann Example',
      role: 'CUSTOMER',
      emailVerified: false,
      disabled: false,
      phone: null,
    });

    // The password is stored as a bcrypt hash, never as given.
    const [row] = await usersWithEmail(t, email);
    expect(row!.passwordHash).not.toContain(PASSWORD);
    expect(row!.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(row!.emailVerifiedAt).toBeNull();

    // The verification email reaches the normalised address and carries a working token.
    const mail = await waitForMail(admin.client, email, /Confirm your email address/);
    expect(mail.text).toContain('Ann Example');
    const token = tokenFromMail(mail.text);
    const tokenRow = await oneTimeTokenRow(t, token);
    expect(tokenRow).toMatchObject({
      userId: payload.user!.id,
      purpose: 'EMAIL_VERIFICATION',
      email,
      usedAt: null,
    });
    expect(tokenRow.expiresAt.getTime()).toBeGreaterThan(Date.now());
    // Only the hash is stored.
    const raw = await t.database.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.tokenHash, token));
    expect(raw).toHaveLength(0);
    expect(tokenRow.tokenHash).toBe(sha256(token));

    // Exactly one email was written, and it is the verification email.
    const mails = await mailsTo(admin.client, email);
    expect(mails.map((m) => m.template)).toEqual(['account.email-verification']);

    // Signing in works with any case of the address, and the account is a plain customer.
    const signedIn = await login(t.client(), `${local}@EXAMPLE.com`);
    const me = await signedIn.client.ok(ME);
    expect(me.me).toMatchObject({ id: payload.user!.id, email, role: 'CUSTOMER', emailVerified: false });
  });

  it('signs the new customer in as accountLogin does: tokens, the refresh cookie, one login', async () => {
    const client = t.client();
    const before = Date.now();
    const response = await client.request(REGISTER, {
      input: { email: uniqueEmail(), name: 'New Session', password: PASSWORD },
    });
    expect(response.errors).toBeUndefined();
    const payload = response.data!.accountRegister;
    expect(payload.errors).toEqual([]);
    const userId = payload.user!.id;
    expect(payload.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(payload.refreshToken!.length).toBeGreaterThanOrEqual(32);
    expect(new Date(payload.accessTokenExpiresAt!).getTime()).toBeGreaterThan(before + 14 * 60_000);
    expect(new Date(payload.refreshTokenExpiresAt!).getTime()).toBeGreaterThan(before + 29 * 86_400_000);

    // The refresh cookie, as at sign-in; no access cookie outside cookie mode.
    expect(response.headers.getSetCookie().map((line) => line.split('=')[0])).toEqual([COOKIE]);
    expect(client.cookies.get(COOKIE)).toBe(payload.refreshToken);

    // The access token works, and one login was opened for it, recorded as a sign-in.
    const me = await bearer(t, payload.accessToken!).request(ME);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toMatchObject({ id: userId, role: 'CUSTOMER', emailVerified: false });
    const sessions = await sessionsOfUser(t, userId);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ revokedAt: null });
    const [row] = await t.database.db.select().from(users).where(eq(users.id, userId));
    expect(row!.lastLoginAt).not.toBeNull();

    // The refresh token is a real one: it rotates (through the cookie) like a login's.
    const refreshed = (await client.ok(REFRESH)).accountTokenRefresh;
    expect(refreshed.errors).toEqual([]);
    expect(refreshed.user?.id).toBe(userId);
    expect(client.cookies.get(COOKIE)).toBe(refreshed.refreshToken);
    expect(refreshed.refreshToken).not.toBe(payload.refreshToken);
  });

  it('rejects an email that differs only in case or surrounding spaces with EMAIL_TAKEN and keeps the first account', async () => {
    const email = uniqueEmail('dup');
    const first = await register({ email, name: 'First', password: PASSWORD });
    expect(first.errors).toEqual([]);

    const error = await expectRejectedDuplicate(` ${email.toUpperCase()} `, 'other password 2');
    expect(error).toEqual({ field: ['input', 'email'], code: 'EMAIL_TAKEN', message: expect.any(String) });

    const rows = await usersWithEmail(t, email);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(first.user!.id);
    expect(rows[0]!.name).toBe('First');
    // The original password still signs in; the duplicate's does not.
    expect((await loginAttempt(email, PASSWORD)).errors).toEqual([]);
    expect((await loginAttempt(email, 'other password 2')).errors[0]!.code).toBe('INVALID_CREDENTIALS');
    // No second verification email was written.
    await waitForMail(admin.client, email, /Confirm your email address/);
    expect(await mailsTo(admin.client, email)).toHaveLength(1);
  });

  async function expectRejectedDuplicate(email: string, password: string) {
    const before = await userCount(t);
    const payload = await register({ email, name: 'Second', password });
    expect(payload.user).toBeNull();
    expect(payload.errors).toHaveLength(1);
    expect(await userCount(t)).toBe(before);
    return payload.errors[0];
  }

  it('lets exactly one of two concurrent registrations of one email win; the other gets EMAIL_TAKEN', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.all(
      ['Racer A', 'Racer B', 'Racer C'].map((name) =>
        t.client().request(REGISTER, { input: { email, name, password: PASSWORD } }),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const payloads = results.map((r) => r.data!.accountRegister);
    const winners = payloads.filter((p) => p.errors.length === 0);
    const losers = payloads.filter((p) => p.errors.length > 0);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(2);
    for (const loser of losers) {
      expect(loser.user).toBeNull();
      expect(loser.errors.map((e) => e.code)).toEqual(['EMAIL_TAKEN']);
    }
    const rows = await usersWithEmail(t, email);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(winners[0]!.user!.id);
    await waitForMail(admin.client, email, /Confirm your email address/);
    expect(await mailsTo(admin.client, email)).toHaveLength(1);
  });

  it.each([
    ['no at sign', 'plainaddress.example.com'],
    ['no domain dot', 'ann@localhost'],
    ['empty local part', '@example.com'],
    ['empty domain', 'ann@'],
    ['inner space', 'ann smith@example.com'],
    ['two at signs', 'ann@@example.com'],
    ['empty label', 'ann@example..com'],
    ['empty string', ''],
    ['only spaces', '   '],
    ['longer than 254 characters', `${'a'.repeat(64)}@${'b'.repeat(190)}.com`],
    ['comma in the local part', 'ann,smith@example.com'],
    ['underscore in the domain', 'ann@exa_mple.com'],
    ['non-ASCII local part', 'jörg@example.com'],
    ['domain label starting with a dash', 'ann@-example.com'],
  ])('rejects an invalid email (%s) with INVALID_EMAIL', async (_label, email) => {
    const error = await expectRejected({ email, name: 'Invalid Email', password: PASSWORD }, 'INVALID_EMAIL');
    expect(error!.field).toEqual(['input', 'email']);
  });

  describe('password rules', () => {
    // 'a1' plus 35 two-byte characters: 37 characters, exactly 72 UTF-8 bytes.
    const seventyTwoBytes = `a1${'é'.repeat(35)}`;

    it('has test values of the intended sizes', () => {
      expect(Buffer.byteLength(seventyTwoBytes, 'utf8')).toBe(72);
      expect(seventyTwoBytes.length).toBe(37);
    });

    it.each([
      ['7 bytes', 'abcde12', 7],
      ['7 bytes of multi-byte characters', 'éé1é', 7],
      ['no digit', 'abcdefghijkl', 12],
      ['no letter', '1234567890!?', 12],
      ['nothing', '', 0],
    ])('rejects a password with %s as WEAK_PASSWORD', async (_label, password, bytes) => {
      expect(Buffer.byteLength(password, 'utf8')).toBe(bytes);
      const error = await expectRejected(
        { email: uniqueEmail('weak'), name: 'Weak Password', password },
        'WEAK_PASSWORD',
      );
      expect(error!.field).toEqual(['input', 'password']);
    });

    it('rejects the email address as password, in any case, with WEAK_PASSWORD', async () => {
      const email = `a1-${randomBytes(4).toString('hex')}@example.com`;
      for (const password of [email, email.toUpperCase(), ` ${email} `]) {
        const error = await expectRejected({ email, name: 'Email Password', password }, 'WEAK_PASSWORD');
        expect(error!.field).toEqual(['input', 'password']);
      }
    });

    it.each([
      ['73 ASCII bytes', `a1${'b'.repeat(71)}`],
      ['73 bytes in only 38 characters', `${seventyTwoBytes}x`],
      ['73 bytes of three-byte characters', `a1${'€'.repeat(23)}cd`],
    ])('rejects a password of %s as PASSWORD_TOO_LONG (never truncated)', async (_label, password) => {
      expect(Buffer.byteLength(password, 'utf8')).toBe(73);
      const error = await expectRejected(
        { email: uniqueEmail('long'), name: 'Long Password', password },
        'PASSWORD_TOO_LONG',
      );
      expect(error!.field).toEqual(['input', 'password']);
    });

    it('accepts exactly 72 bytes, and only that exact password signs in', async () => {
      const email = uniqueEmail('max');
      const payload = await register({ email, name: 'Max Password', password: seventyTwoBytes });
      expect(payload.errors).toEqual([]);
      expect(payload.user!.email).toBe(email);

      expect((await loginAttempt(email, seventyTwoBytes)).errors).toEqual([]);
      // bcrypt reads 72 bytes: a longer password sharing them must not match.
      const longer = await loginAttempt(email, `${seventyTwoBytes}x`);
      expect(longer.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
      expect(longer.accessToken).toBeNull();
      const shorter = await loginAttempt(email, seventyTwoBytes.slice(0, -1));
      expect(shorter.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    });

    it('accepts exactly 8 bytes with a letter and a digit', async () => {
      const email = uniqueEmail('min');
      const payload = await register({ email, name: 'Min Password', password: 'abcdefg1' });
      expect(payload.errors).toEqual([]);
      expect((await loginAttempt(email, 'abcdefg1')).errors).toEqual([]);
    });
  });

  it.each([
    ['empty', ''],
    ['only spaces', '    '],
    ['101 characters', 'n'.repeat(101)],
  ])('rejects a name that is %s with INVALID_INPUT', async (_label, name) => {
    const error = await expectRejected(
      { email: uniqueEmail('name'), name, password: PASSWORD },
      'INVALID_INPUT',
    );
    expect(error!.field).toEqual(['input', 'name']);
  });

  it('accepts a name of 100 characters', async () => {
    const payload = await register({
      email: uniqueEmail('name100'),
      name: 'n'.repeat(100),
      password: PASSWORD,
    });
    expect(payload.errors).toEqual([]);
    expect(payload.user!.name).toBe('n'.repeat(100));
  });

  it('reports every invalid field at once and creates nothing', async () => {
    const before = await userCount(t);
    const payload = await register({ email: 'not-an-email', name: ' ', password: 'short' });
    expect(payload.user).toBeNull();
    expect(
      payload.errors.map((e) => [e.field, e.code] as const).sort((a, b) => a[1].localeCompare(b[1])),
    ).toEqual([
      [['input', 'email'], 'INVALID_EMAIL'],
      [['input', 'name'], 'INVALID_INPUT'],
      [['input', 'password'], 'WEAK_PASSWORD'],
    ]);
    expect(await userCount(t)).toBe(before);
  });

  describe('role cannot be chosen', () => {
    it('rejects a role written into the query with GRAPHQL_VALIDATION_FAILED and creates nothing', async () => {
      const email = uniqueEmail('role');
      // Plain text on purpose: a role written into the query is what this case sends.
      const response = await t.client().request(
        `mutation { accountRegister(input: { email: "${email}", name: "Mallory", password: "${PASSWORD}", role: ADMIN }) {
          user { id role } errors { code }
        } }`,
      );
      expect(response.data).toBeNull();
      expect(topLevelError(response).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(await usersWithEmail(t, email)).toHaveLength(0);
    });

    it('rejects a role passed in the input variable with BAD_USER_INPUT and creates nothing', async () => {
      const email = uniqueEmail('role');
      const response = await t.client().request(REGISTER, {
        input: { email, name: 'Mallory', password: PASSWORD, role: 'ADMIN' },
      });
      expect(response.data).toBeNull();
      expect(topLevelError(response).extensions?.code).toBe('BAD_USER_INPUT');
      expect(await usersWithEmail(t, email)).toHaveLength(0);
    });
  });
});
