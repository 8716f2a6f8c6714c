import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { UserUpdateInput } from '../generated/graphql.js';
import { adminClient, LOGIN, PASSWORD, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
/** The only administrator until the LAST_ADMIN scenario adds a second one. */
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
});

afterAll(() => t?.close());

const USER_UPDATE = graphql(`mutation PlatformUserUpdate($input: UserUpdateInput!) {
  userUpdate(input: $input) { user { id role disabled } errors { field code message } }
}`);
const USER = graphql(`query PlatformUser($id: ID!) { user(id: $id) { id role disabled } }`);
const USERS_COUNT = graphql(`query PlatformUsersCount { users(first: 1) { totalCount } }`);
const ACTIVE_ADMINS = graphql(
  `query PlatformActiveAdmins { users(filter: { role: ADMIN, disabled: false }) { totalCount } }`,
);
const ME_ID = graphql(`query PlatformMeId { me { id } }`);
const ME_ROLE = graphql(`query PlatformMeRole { me { id role disabled } }`);
const REFRESH = graphql(`mutation PlatformRefresh($input: AccountTokenRefreshInput) {
  accountTokenRefresh(input: $input) { accessToken errors { code } } }`);

async function update(by: SignedIn, input: UserUpdateInput) {
  return (await by.client.ok(USER_UPDATE, { input })).userUpdate;
}

async function stateOf(id: string) {
  return (await admin.client.ok(USER, { id })).user;
}

describe('userUpdate', () => {
  it('changes the role, effective on the next request', async () => {
    const target = await registerAndLogin(t);
    const before = await target.client.request(USERS_COUNT);
    expect(before.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const promoted = await update(admin, { id: target.id, role: 'ADMIN' });
    expect(promoted).toEqual({ user: { id: target.id, role: 'ADMIN', disabled: false }, errors: [] });
    expect(await stateOf(target.id)).toEqual({ id: target.id, role: 'ADMIN', disabled: false });
    // The same access token now carries admin rights (the role is read per request).
    const after = await target.client.request(USERS_COUNT);
    expect(after.errors).toBeUndefined();
    expect(after.data?.users.totalCount).toBeGreaterThanOrEqual(2);

    const demoted = await update(admin, { id: target.id, role: 'CUSTOMER' });
    expect(demoted.errors).toEqual([]);
    expect(demoted.user?.role).toBe('CUSTOMER');
    const again = await target.client.request(USERS_COUNT);
    expect(again.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('disables an account: its logins end and it cannot sign in; enabling lets it sign in again', async () => {
    const target = await registerAndLogin(t);
    const disabled = await update(admin, { id: target.id, disabled: true });
    expect(disabled).toEqual({ user: { id: target.id, role: 'CUSTOMER', disabled: true }, errors: [] });

    const me = await target.client.request(ME_ID);
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refresh = await t.client().ok(REFRESH, { input: { refreshToken: target.refreshToken } });
    expect(refresh.accountTokenRefresh.accessToken).toBeNull();
    expect(refresh.accountTokenRefresh.errors.length).toBeGreaterThan(0);
    const login = await t.client().ok(LOGIN, { input: { email: target.email, password: PASSWORD } });
    expect(login.accountLogin.accessToken).toBeNull();
    expect(login.accountLogin.errors.map((e) => e.code)).toEqual(['ACCOUNT_DISABLED']);

    // Disabling twice keeps the account disabled.
    const twice = await update(admin, { id: target.id, disabled: true });
    expect(twice.errors).toEqual([]);
    expect(twice.user?.disabled).toBe(true);

    const enabled = await update(admin, { id: target.id, disabled: false });
    expect(enabled).toEqual({ user: { id: target.id, role: 'CUSTOMER', disabled: false }, errors: [] });
    // The old login stays ended; a new one works.
    const oldToken = await target.client.request(ME_ID);
    expect(oldToken.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const relogin = await t.client().ok(LOGIN, { input: { email: target.email, password: PASSWORD } });
    expect(relogin.accountLogin.errors).toEqual([]);
    expect(relogin.accountLogin.user!.id).toBe(target.id);
  });

  it('changes role and disabled state together', async () => {
    const target = await registerAndLogin(t);
    const result = await update(admin, { id: target.id, role: 'VENDOR', disabled: true });
    expect(result).toEqual({ user: { id: target.id, role: 'VENDOR', disabled: true }, errors: [] });
    expect(await stateOf(target.id)).toEqual({ id: target.id, role: 'VENDOR', disabled: true });
  });

  it('an empty change leaves the user as it was', async () => {
    const target = await registerAndLogin(t);
    const result = await update(admin, { id: target.id });
    expect(result).toEqual({ user: { id: target.id, role: 'CUSTOMER', disabled: false }, errors: [] });
  });

  it.each([
    ['an unknown id', '0b7c1c3e-54a1-4f57-9d34-5c1f0e8f2a10'],
    ['a non-uuid id', 'nope'],
  ])('%s: NOT_FOUND user error', async (_name, id) => {
    const result = await update(admin, { id, role: 'VENDOR' });
    expect(result.user).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'id'] });
  });
});

describe('the last active administrator', () => {
  it('cannot demote or disable themselves; nothing changes', async () => {
    const admins = await admin.client.ok(ACTIVE_ADMINS);
    expect(admins.users.totalCount).toBe(1);

    const inputs: UserUpdateInput[] = [
      { id: admin.id, role: 'CUSTOMER' },
      { id: admin.id, role: 'VENDOR' },
      { id: admin.id, disabled: true },
      { id: admin.id, role: 'ADMIN', disabled: true },
    ];
    for (const input of inputs) {
      const result = await update(admin, input);
      expect(result.user, JSON.stringify(input)).toBeNull();
      expect(result.errors.map((e) => e.code)).toEqual(['LAST_ADMIN']);
    }
    expect(await stateOf(admin.id)).toEqual({ id: admin.id, role: 'ADMIN', disabled: false });
    // Their login still works.
    const me = await admin.client.ok(ME_ROLE);
    expect(me.me).toEqual({ id: admin.id, role: 'ADMIN', disabled: false });
  });

  it('may keep their role (no removal)', async () => {
    const result = await update(admin, { id: admin.id, role: 'ADMIN', disabled: false });
    expect(result).toEqual({ user: { id: admin.id, role: 'ADMIN', disabled: false }, errors: [] });
  });

  it('with two admins one can demote the other, then is the last one', async () => {
    const second = await adminClient(t);
    const demoted = await update(second, { id: admin.id, role: 'CUSTOMER' });
    expect(demoted).toEqual({ user: { id: admin.id, role: 'CUSTOMER', disabled: false }, errors: [] });
    const lost = await admin.client.request(USERS_COUNT);
    expect(lost.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const self = await update(second, { id: second.id, role: 'CUSTOMER' });
    expect(self.errors.map((e) => e.code)).toEqual(['LAST_ADMIN']);
    const check = await second.client.ok(USER, { id: second.id });
    expect(check.user).toEqual({ id: second.id, role: 'ADMIN', disabled: false });

    // Restore the first admin for the next scenario.
    const restored = await update(second, { id: admin.id, role: 'ADMIN' });
    expect(restored.errors).toEqual([]);
    // Demotion did not end the first admin's login: the same token has admin rights again.
    expect((await admin.client.ok(ME_ROLE)).me?.role).toBe('ADMIN');
    const third = await update(admin, { id: second.id, role: 'CUSTOMER' });
    expect(third.errors).toEqual([]);
  });

  it('a disabled administrator does not count as active', async () => {
    const other = await adminClient(t);
    const disabled = await update(admin, { id: other.id, disabled: true });
    expect(disabled).toEqual({ user: { id: other.id, role: 'ADMIN', disabled: true }, errors: [] });
    const self = await update(admin, { id: admin.id, disabled: true });
    expect(self.errors.map((e) => e.code)).toEqual(['LAST_ADMIN']);
    expect(await stateOf(admin.id)).toEqual({ id: admin.id, role: 'ADMIN', disabled: false });
    // Demoting the disabled admin is fine: it removes no active administrator.
    const demoted = await update(admin, { id: other.id, role: 'CUSTOMER' });
    expect(demoted.errors).toEqual([]);
  });
});
