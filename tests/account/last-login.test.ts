import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/account/account.tables.js';
import { graphql } from '../generated/gql.js';
import {
  login,
  PASSWORD,
  REGISTER,
  registerAndLogin,
  type SignedIn,
  uniqueEmail,
} from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import { REFRESH, startAccountApp } from './fixtures.js';

/** User.lastLoginAt: recorded at each password sign-in (not at token refreshes), visible to admins only. */

const USER_LAST_LOGIN = graphql(`query UserLastLogin($id: ID!) { user(id: $id) { id lastLoginAt } }`);
const ME_LAST_LOGIN = graphql(`query MeLastLogin { me { id lastLoginAt } }`);
const USERS_LAST_LOGIN = graphql(`query UsersLastLogin($query: String) {
  users(first: 5, filter: { query: $query }) { nodes { id email lastLoginAt } } }`);

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  ({ t, admin } = await startAccountApp());
});
afterAll(() => t?.close());

async function storedLastLogin(userId: string): Promise<Date | null> {
  const [row] = await t.database.db.select({ at: users.lastLoginAt }).from(users).where(eq(users.id, userId));
  return row?.at ?? null;
}

describe('User.lastLoginAt', () => {
  it('is the time of the sign-in that registering is, then of each sign-in', async () => {
    const email = uniqueEmail('last-login');
    const before = Date.now();
    const registered = await t
      .client()
      .ok(REGISTER, { input: { email, name: 'Last Login', password: PASSWORD } });
    const id = registered.accountRegister.user!.id;
    const atRegistration = await storedLastLogin(id);
    expect(atRegistration).not.toBeNull();
    expect(atRegistration!.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(atRegistration!.getTime()).toBeLessThanOrEqual(Date.now() + 5);
    expect((await admin.client.ok(USER_LAST_LOGIN, { id })).user?.lastLoginAt).toBe(
      atRegistration!.toISOString(),
    );

    await new Promise((resolve) => setTimeout(resolve, 15));
    await login(t.client(), email);
    const first = await storedLastLogin(id);
    expect(first!.getTime()).toBeGreaterThan(atRegistration!.getTime());
    expect(first!.getTime()).toBeLessThanOrEqual(Date.now() + 5);
    expect((await admin.client.ok(USER_LAST_LOGIN, { id })).user?.lastLoginAt).toBe(first!.toISOString());

    await new Promise((resolve) => setTimeout(resolve, 15));
    await login(t.client(), email);
    const second = await storedLastLogin(id);
    expect(second!.getTime()).toBeGreaterThan(first!.getTime());
    const listed = (await admin.client.ok(USERS_LAST_LOGIN, { query: email })).users.nodes;
    expect(listed).toEqual([{ id, email, lastLoginAt: second!.toISOString() }]);
  });

  it('is not changed by a token refresh or a failed sign-in', async () => {
    const user = await registerAndLogin(t);
    const signedInAt = await storedLastLogin(user.id);
    expect(signedInAt).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 15));

    const refreshed = (await t.client().ok(REFRESH, { input: { refreshToken: user.refreshToken } }))
      .accountTokenRefresh;
    expect(refreshed.errors).toEqual([]);
    const wrong = await t.client().request(
      graphql(`mutation LastLoginWrongPassword($input: AccountLoginInput!) {
        accountLogin(input: $input) { accessToken errors { code } } }`),
      { input: { email: user.email, password: 'wrong password 1' } },
    );
    expect(wrong.data?.accountLogin.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    expect(await storedLastLogin(user.id)).toEqual(signedInAt);
  });

  it('is an admin-only field: FORBIDDEN for the user themself, UNAUTHENTICATED anonymously', async () => {
    const user = await registerAndLogin(t);
    const own = await user.client.request(ME_LAST_LOGIN);
    expect(own.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(own.errors?.[0]?.path).toEqual(['me', 'lastLoginAt']);
    // The field is nullable: the rest of the user still arrives.
    expect(own.data?.me).toEqual({ id: user.id, lastLoginAt: null });

    const anonymous = await t.client().request(USER_LAST_LOGIN, { id: user.id });
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data?.user ?? null).toBeNull();
  });

  it('is written in the sign-in transaction: a sign-in that opens no session records nothing', async () => {
    const user = await registerAndLogin(t);
    const before = await storedLastLogin(user.id);
    // A disabled account is refused before any session: its lastLoginAt stays.
    await t.database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    const refused = await t.client().request(
      graphql(`mutation LastLoginDisabled($input: AccountLoginInput!) {
        accountLogin(input: $input) { accessToken errors { code } } }`),
      { input: { email: user.email, password: PASSWORD } },
    );
    expect(refused.data?.accountLogin).toEqual({ accessToken: null, errors: [{ code: 'ACCOUNT_DISABLED' }] });
    expect(await storedLastLogin(user.id)).toEqual(before);
  });
});
