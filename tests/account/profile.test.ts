import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/harness.js';
import { bearer, expectUnauthenticated, ME, RELAXED_LIMITS, rawPost, UPDATE_PROFILE } from './fixtures.js';

const ME_DISABLED = graphql(`query AccountMeDisabled { me { id disabled } }`);

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp(RELAXED_LIMITS);
});
afterAll(() => t?.close());

async function me(user: SignedIn) {
  return (await user.client.ok(ME)).me;
}

async function update(user: SignedIn, input: Record<string, unknown>) {
  return (await user.client.ok(UPDATE_PROFILE, { input })).accountUpdate;
}

function signToken(secret: string, claims: { sub: string; sid: string }, expiresAt: number): Promise<string> {
  return new SignJWT({ sid: claims.sid })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer('storefront')
    .setAudience('storefront-api')
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));
}

describe('me', () => {
  it('is null without any authorization', async () => {
    const response = await t.client().request(ME);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ me: null });
  });

  it('returns the signed-in user', async () => {
    const user = await registerAndLogin(t);
    expect(await me(user)).toEqual({
      id: user.id,
      email: user.email,
      name: 'Test Customer',
      phone: null,
      role: 'CUSTOMER',
      emailVerified: false,
      pendingEmail: null,
    });
  });

  it('keeps admin-only fields from customers', async () => {
    const user = await registerAndLogin(t);
    const response = await user.client.request(ME_DISABLED);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.path).toEqual(['me', 'disabled']);
  });

  describe('with a bad Authorization header', () => {
    let user: SignedIn;
    let claims: { sub: string; sid: string };
    beforeAll(async () => {
      user = await registerAndLogin(t);
      const payload = JSON.parse(Buffer.from(user.accessToken.split('.')[1]!, 'base64url').toString());
      claims = { sub: payload.sub, sid: payload.sid };
      expect(claims.sub).toBe(user.id);
    });

    const cases: [string, () => Promise<string>][] = [
      ['a garbage bearer token', async () => 'Bearer not-a-jwt'],
      ['an empty bearer token', async () => 'Bearer '],
      ['another scheme', async () => `Basic ${Buffer.from('a:b').toString('base64')}`],
      ['a tampered token', async () => `Bearer ${user.accessToken.slice(0, -2)}xx`],
      [
        'a token signed with another secret',
        async () => `Bearer ${await signToken('x'.repeat(40), claims, 4e9)}`,
      ],
      [
        'an expired token',
        async () => `Bearer ${await signToken(TEST_JWT_SECRET, claims, Math.floor(Date.now() / 1000) - 60)}`,
      ],
      [
        'a valid signature for a login that does not exist',
        async () =>
          `Bearer ${await signToken(TEST_JWT_SECRET, { ...claims, sid: '00000000-0000-4000-8000-000000000000' }, 4e9)}`,
      ],
    ];

    it.each(cases)('answers UNAUTHENTICATED for %s', async (_label, header) => {
      const response = await rawPost(t, ME, {}, { authorization: await header() });
      const body = (await response.json()) as any;
      expect(body.data).toEqual({ me: null });
      expectUnauthenticated({
        status: response.status,
        headers: response.headers,
        data: body.data,
        errors: body.errors,
      });
    });

    it('accepts a correctly signed token for a live login (control for the cases above)', async () => {
      const header = `Bearer ${await signToken(TEST_JWT_SECRET, claims, 4e9)}`;
      const body = (await (await rawPost(t, ME, {}, { authorization: header })).json()) as any;
      expect(body.errors).toBeUndefined();
      expect(body.data.me.id).toBe(user.id);
    });
  });
});

describe('accountUpdate', () => {
  it('changes the name (trimmed) and leaves the phone alone when it is omitted', async () => {
    const user = await registerAndLogin(t);
    expect((await update(user, { phone: '+1 555 123 4567' })).errors).toEqual([]);
    const payload = await update(user, { name: '  Grace Hopper  ' });
    expect(payload.errors).toEqual([]);
    expect(payload.user).toMatchObject({ id: user.id, name: 'Grace Hopper', phone: '+1 555 123 4567' });
    expect(await me(user)).toMatchObject({
      name: 'Grace Hopper',
      phone: '+1 555 123 4567',
      email: user.email,
    });
  });

  it('sets, keeps and clears the phone (empty string or null)', async () => {
    const user = await registerAndLogin(t);
    const set = await update(user, { phone: ' (030) 1234-5678 ' });
    expect(set.errors).toEqual([]);
    expect(set.user!.phone).toBe('(030) 1234-5678');
    expect((await me(user))!.phone).toBe('(030) 1234-5678');

    // Omitted: unchanged.
    expect((await update(user, { name: 'Still Here' })).user!.phone).toBe('(030) 1234-5678');

    expect((await update(user, { phone: '' })).user!.phone).toBeNull();
    expect((await me(user))!.phone).toBeNull();

    expect((await update(user, { phone: '+44 20 7946 0958' })).user!.phone).toBe('+44 20 7946 0958');
    const cleared = await update(user, { phone: null });
    expect(cleared.errors).toEqual([]);
    expect(cleared.user!.phone).toBeNull();
    expect(await me(user)).toMatchObject({ phone: null, name: 'Still Here' });
  });

  it('returns the user unchanged for an empty input', async () => {
    const user = await registerAndLogin(t);
    const before = await me(user);
    const payload = await update(user, {});
    expect(payload.errors).toEqual([]);
    expect(payload.user).toEqual(before);
    expect(await me(user)).toEqual(before);
  });

  it.each([
    ['letters', 'call me maybe'],
    ['too few digits', '12345'],
    ['too many digits', '+1234567890123456'],
    ['a plus sign in the middle', '555+1234567'],
  ])('refuses a phone with %s as INVALID_INPUT and changes nothing', async (_label, phone) => {
    const user = await registerAndLogin(t);
    expect((await update(user, { phone: '+1 555 000 1111' })).errors).toEqual([]);
    const before = await me(user);

    const payload = await update(user, { phone, name: 'Changed Name' });
    expect(payload.user).toBeNull();
    expect(payload.errors).toEqual([
      { field: ['input', 'phone'], code: 'INVALID_INPUT', message: expect.any(String) },
    ]);
    // Neither the phone nor the valid name given along with it was applied.
    expect(await me(user)).toEqual(before);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['longer than 100 characters', 'x'.repeat(101)],
  ])('refuses a name that is %s as INVALID_INPUT and changes nothing', async (_label, name) => {
    const user = await registerAndLogin(t);
    const before = await me(user);
    const payload = await update(user, { name, phone: '+1 555 222 3333' });
    expect(payload.user).toBeNull();
    expect(payload.errors).toEqual([
      { field: ['input', 'name'], code: 'INVALID_INPUT', message: expect.any(String) },
    ]);
    expect(await me(user)).toEqual(before);
  });

  it('changes only the caller', async () => {
    const user = await registerAndLogin(t);
    const other = await registerAndLogin(t);
    expect((await update(user, { name: 'Only Me', phone: '+1 555 444 5555' })).errors).toEqual([]);
    expect(await me(other)).toMatchObject({ name: 'Test Customer', phone: null });
  });

  it('requires a signed-in user', async () => {
    const response = await t.client().request(UPDATE_PROFILE, { input: { name: 'Nobody' } });
    expectUnauthenticated(response);
    expect(response.data).toBeNull();
  });

  it('answers UNAUTHENTICATED, not a partial update, for a garbage token', async () => {
    const response = await bearer(t, 'garbage').request(UPDATE_PROFILE, { input: { name: 'Nobody' } });
    expectUnauthenticated(response);
  });
});
