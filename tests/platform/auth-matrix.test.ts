import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { GqlClient, GqlResponse } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
let customer: SignedIn;
let admin: SignedIn;
let vendor: SignedIn;
let anonymous: GqlClient;

beforeAll(async () => {
  // Cookie sessions on: every row below holds with the Bearer header, and the last ones with the cookie.
  t = await startTestApp({ AUTH_COOKIE_MODE: 'true' });
  anonymous = t.client();
  customer = await registerAndLogin(t);
  admin = await adminClient(t);
  vendor = await registerAndLogin(t);
  const promoted = await admin.client.ok(USER_UPDATE, { input: { id: vendor.id, role: 'VENDOR' } });
  expect(promoted.userUpdate).toEqual({ user: { id: vendor.id, role: 'VENDOR' }, errors: [] });
});

afterAll(() => t?.close());

function expectCode(result: GqlResponse<unknown>, code: string, path: string[]): void {
  expect(result.errors, JSON.stringify(result)).toHaveLength(1);
  expect(result.errors?.[0]?.extensions?.code).toBe(code);
  expect(result.errors?.[0]?.path).toEqual(path);
  expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace/i);
}

const UPDATE_NAME = graphql(
  `mutation AuthUpdateName($input: AccountUpdateInput!) { accountUpdate(input: $input) { user { id name } errors { code } } }`,
);
const USERS = graphql(`query AuthUsers { users(first: 50) { totalCount nodes { id email role } } }`);
const USER = graphql(`query AuthUser($id: ID!) { user(id: $id) { id email role } }`);
const USER_UPDATE = graphql(
  `mutation AuthUserUpdate($input: UserUpdateInput!) { userUpdate(input: $input) { user { id role } errors { code } } }`,
);
const MAILBOX = graphql(`query AuthMailbox { devMailbox(first: 5) { totalCount nodes { to subject } } }`);
const ME_ADMIN_FIELDS = graphql(`query AuthMeAdminFields { me { id email disabled } }`);
const ME_NAME = graphql(`query AuthMeName { me { name } }`);
const ME_PUBLIC = graphql(`query AuthMePublic { me { id email } }`);
const ME_CANCELLATIONS = graphql(`query AuthMeCancellations { me { id cancellationCount } }`);
const USER_ADMIN_FIELDS = graphql(
  `query AuthUserAdminFields($id: ID!) { user(id: $id) { disabled cancellationCount } }`,
);
const LOGOUT_ALL = graphql(`mutation AuthLogoutAll { accountLogoutAll { revokedSessions errors { code } } }`);

describe('customer field (accountUpdate)', () => {
  it('anonymous: UNAUTHENTICATED, nothing resolved', async () => {
    const result = await anonymous.request(UPDATE_NAME, { input: { name: 'Nobody' } });
    expectCode(result, 'UNAUTHENTICATED', ['accountUpdate']);
    expect(result.data).toBeNull();
  });

  it('customer: changes their own name', async () => {
    const result = await customer.client.request(UPDATE_NAME, { input: { name: 'Renamed Customer' } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.accountUpdate).toEqual({
      user: { id: customer.id, name: 'Renamed Customer' },
      errors: [],
    });
    const me = await customer.client.ok(ME_NAME);
    expect(me.me?.name).toBe('Renamed Customer');
  });

  it('vendor and admin: allowed too (higher roles include lower ones)', async () => {
    for (const who of [vendor, admin]) {
      const result = await who.client.request(UPDATE_NAME, { input: { name: 'Higher Role' } });
      expect(result.errors).toBeUndefined();
      expect(result.data?.accountUpdate).toEqual({ user: { id: who.id, name: 'Higher Role' }, errors: [] });
    }
  });

  it('an invalid bearer token is UNAUTHENTICATED, not anonymous', async () => {
    const result = await anonymous.request(
      UPDATE_NAME,
      { input: { name: 'X' } },
      {
        authorization: 'Bearer not-a-jwt',
      },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });
});

describe('customer field (accountLogoutAll)', () => {
  it('anonymous: UNAUTHENTICATED', async () => {
    const result = await anonymous.request(LOGOUT_ALL);
    expectCode(result, 'UNAUTHENTICATED', ['accountLogoutAll']);
    expect(result.data).toBeNull();
  });

  it('customer: ends their logins', async () => {
    const someone = await registerAndLogin(t);
    const result = await someone.client.request(LOGOUT_ALL);
    expect(result.errors).toBeUndefined();
    expect(result.data?.accountLogoutAll).toEqual({ revokedSessions: 1, errors: [] });
    const after = await someone.client.request(ME_PUBLIC);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('admin query users', () => {
  it('anonymous: UNAUTHENTICATED', async () => {
    const result = await anonymous.request(USERS);
    expectCode(result, 'UNAUTHENTICATED', ['users']);
    expect(result.data).toBeNull();
  });

  it('customer and vendor: FORBIDDEN', async () => {
    for (const who of [customer, vendor]) {
      const result = await who.client.request(USERS);
      expectCode(result, 'FORBIDDEN', ['users']);
      expect(result.data).toBeNull();
    }
  });

  it('admin: the list', async () => {
    const result = await admin.client.request(USERS);
    expect(result.errors).toBeUndefined();
    const ids = result.data?.users.nodes.map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([customer.id, admin.id, vendor.id]));
    expect(result.data?.users.totalCount).toBeGreaterThanOrEqual(3);
  });
});

describe('admin query user(id)', () => {
  it('anonymous: UNAUTHENTICATED; customer: FORBIDDEN; admin: the user', async () => {
    const anon = await anonymous.request(USER, { id: customer.id });
    expectCode(anon, 'UNAUTHENTICATED', ['user']);
    expect(anon.data).toEqual({ user: null });

    const asCustomer = await customer.client.request(USER, { id: customer.id });
    expectCode(asCustomer, 'FORBIDDEN', ['user']);
    expect(asCustomer.data).toEqual({ user: null });

    const asAdmin = await admin.client.request(USER, { id: customer.id });
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.user).toEqual({ id: customer.id, email: customer.email, role: 'CUSTOMER' });
  });
});

describe('admin mutation userUpdate', () => {
  it('anonymous: UNAUTHENTICATED, and nothing changes', async () => {
    const result = await anonymous.request(USER_UPDATE, { input: { id: customer.id, role: 'ADMIN' } });
    expectCode(result, 'UNAUTHENTICATED', ['userUpdate']);
    expect(result.data).toBeNull();
    const check = await admin.client.ok(USER, { id: customer.id });
    expect(check.user?.role).toBe('CUSTOMER');
  });

  it('a customer cannot promote themselves: FORBIDDEN, and nothing changes', async () => {
    const result = await customer.client.request(USER_UPDATE, { input: { id: customer.id, role: 'ADMIN' } });
    expectCode(result, 'FORBIDDEN', ['userUpdate']);
    expect(result.data).toBeNull();
    const check = await admin.client.ok(USER, { id: customer.id });
    expect(check.user?.role).toBe('CUSTOMER');
    const stillForbidden = await customer.client.request(USERS);
    expect(stillForbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a vendor cannot disable someone: FORBIDDEN', async () => {
    const result = await vendor.client.request(USER_UPDATE, { input: { id: customer.id, disabled: true } });
    expectCode(result, 'FORBIDDEN', ['userUpdate']);
    const check = await admin.client.ok(USER_ADMIN_FIELDS, { id: customer.id });
    expect(check.user?.disabled).toBe(false);
  });

  it('admin: changes the role', async () => {
    const target = await registerAndLogin(t);
    const result = await admin.client.request(USER_UPDATE, { input: { id: target.id, role: 'VENDOR' } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.userUpdate).toEqual({ user: { id: target.id, role: 'VENDOR' }, errors: [] });
  });
});

describe('admin query devMailbox', () => {
  it('anonymous: UNAUTHENTICATED; customer: FORBIDDEN; admin: messages', async () => {
    const anon = await anonymous.request(MAILBOX);
    expectCode(anon, 'UNAUTHENTICATED', ['devMailbox']);
    expect(anon.data).toBeNull();
    const asCustomer = await customer.client.request(MAILBOX);
    expectCode(asCustomer, 'FORBIDDEN', ['devMailbox']);
    expect(asCustomer.data).toBeNull();
    const asAdmin = await admin.client.request(MAILBOX);
    expect(asAdmin.errors).toBeUndefined();
    // Every registration above wrote a verification email.
    expect(asAdmin.data?.devMailbox.totalCount).toBeGreaterThan(0);
  });
});

describe('admin-only field User.disabled on me', () => {
  it('anonymous: me is null, no error (me is public)', async () => {
    const result = await anonymous.request(ME_ADMIN_FIELDS);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ me: null });
  });

  it('customer: FORBIDDEN on the field itself', async () => {
    const result = await customer.client.request(ME_ADMIN_FIELDS);
    expectCode(result, 'FORBIDDEN', ['me', 'disabled']);
    // disabled is non-null, so the error nulls the whole `me` object.
    expect(result.data).toEqual({ me: null });
    // The same user may read their public fields.
    const plain = await customer.client.ok(ME_PUBLIC);
    expect(plain.me).toEqual({ id: customer.id, email: customer.email });
  });

  it('customer: cancellationCount is admin-only too', async () => {
    const result = await customer.client.request(ME_CANCELLATIONS);
    expectCode(result, 'FORBIDDEN', ['me', 'cancellationCount']);
  });

  it('admin: sees the field', async () => {
    const result = await admin.client.request(ME_ADMIN_FIELDS);
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toEqual({ id: admin.id, email: admin.email, disabled: false });
  });

  it('admin reading another user sees admin fields', async () => {
    const result = await admin.client.request(USER_ADMIN_FIELDS, { id: customer.id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.user).toEqual({ disabled: false, cancellationCount: 0 });
  });
});

const ACCOUNT_DELETE = graphql(
  `mutation AuthAccountDelete($input: AccountDeleteInput!) { accountDelete(input: $input) { deletedId errors { code } } }`,
);
const USER_DELETE = graphql(
  `mutation AuthUserDelete($input: UserDeleteInput!) { userDelete(input: $input) { deletedId errors { code } } }`,
);
const DATA_EXPORT = graphql(`mutation AuthDataExport { accountDataExport { url errors { code } } }`);

describe('customer mutation accountDelete', () => {
  it('anonymous: UNAUTHENTICATED', async () => {
    const result = await anonymous.request(ACCOUNT_DELETE, { input: { password: 'whatever 1' } });
    expectCode(result, 'UNAUTHENTICATED', ['accountDelete']);
    expect(result.data).toBeNull();
  });

  it('customer, vendor and admin: allowed, their own account only (a wrong password deletes nothing)', async () => {
    for (const who of [customer, vendor, admin]) {
      const result = await who.client.request(ACCOUNT_DELETE, { input: { password: 'not the password 1' } });
      expect(result.errors).toBeUndefined();
      expect(result.data?.accountDelete).toEqual({ deletedId: null, errors: [{ code: 'WRONG_PASSWORD' }] });
      expect((await who.client.ok(ME_PUBLIC)).me?.id).toBe(who.id);
    }
  });
});

describe('admin mutation userDelete', () => {
  it('anonymous: UNAUTHENTICATED; customer and vendor: FORBIDDEN; nothing deleted', async () => {
    const target = await registerAndLogin(t);
    const anon = await anonymous.request(USER_DELETE, { input: { id: target.id } });
    expectCode(anon, 'UNAUTHENTICATED', ['userDelete']);
    for (const who of [customer, vendor]) {
      const result = await who.client.request(USER_DELETE, { input: { id: target.id } });
      expectCode(result, 'FORBIDDEN', ['userDelete']);
      expect(result.data).toBeNull();
    }
    expect((await target.client.ok(ME_PUBLIC)).me?.id).toBe(target.id);
  });

  it('admin: deletes the account', async () => {
    const target = await registerAndLogin(t);
    const result = await admin.client.request(USER_DELETE, { input: { id: target.id } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.userDelete).toEqual({ deletedId: target.id, errors: [] });
    expect((await target.client.request(ME_PUBLIC)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('customer mutation accountDataExport', () => {
  it('anonymous: UNAUTHENTICATED; customer, vendor and admin: a link', async () => {
    const anon = await anonymous.request(DATA_EXPORT);
    expectCode(anon, 'UNAUTHENTICATED', ['accountDataExport']);
    expect(anon.data).toBeNull();
    for (const who of [customer, vendor, admin]) {
      const result = await who.client.request(DATA_EXPORT);
      expect(result.errors).toBeUndefined();
      expect(result.data?.accountDataExport.errors).toEqual([]);
      expect(result.data?.accountDataExport.url).toContain('/account/data-export?token=');
    }
  });
});

/** A client that presents `who`'s access token as the access cookie only (no Authorization header). */
function byCookie(who: SignedIn | string): GqlClient {
  const client = t.client();
  client.cookies.set('storefront_access', typeof who === 'string' ? who : who.accessToken);
  return client;
}

describe('the access cookie instead of the Bearer header (AUTH_COOKIE_MODE)', () => {
  it('customer: their own field; admin query and mutation FORBIDDEN', async () => {
    const asCustomer = byCookie(customer);
    const own = await asCustomer.request(ME_PUBLIC);
    expect(own.errors).toBeUndefined();
    expect(own.data?.me).toEqual({ id: customer.id, email: customer.email });
    expectCode(await asCustomer.request(USERS), 'FORBIDDEN', ['users']);
    const promote = await asCustomer.request(USER_UPDATE, { input: { id: customer.id, role: 'ADMIN' } });
    expectCode(promote, 'FORBIDDEN', ['userUpdate']);
    expect((await admin.client.ok(USER, { id: customer.id })).user?.role).toBe('CUSTOMER');
  });

  it('vendor: FORBIDDEN on admin fields; admin: allowed', async () => {
    expectCode(await byCookie(vendor).request(USERS), 'FORBIDDEN', ['users']);
    const asAdmin = await byCookie(admin).request(USER, { id: customer.id });
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.user).toEqual({ id: customer.id, email: customer.email, role: 'CUSTOMER' });
  });

  it('a forged cookie is UNAUTHENTICATED, not anonymous', async () => {
    const result = await byCookie('not-a-jwt').request(UPDATE_NAME, { input: { name: 'X' } });
    expectCode(result, 'UNAUTHENTICATED', ['accountUpdate']);
    expect(result.data).toBeNull();
  });

  it("an admin's cookie sent from another site: FORBIDDEN before anything runs, and nothing changes", async () => {
    const target = await registerAndLogin(t);
    const result = await byCookie(admin).request(
      USER_UPDATE,
      { input: { id: target.id, disabled: true } },
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    );
    expect(result.status).toBe(403);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(result.data).toBeNull();
    expect((await admin.client.ok(USER_ADMIN_FIELDS, { id: target.id })).user?.disabled).toBe(false);
  });
});

describe('accountRegister (anyone: signs the new customer in)', () => {
  it('anonymous: a signed-in CUSTOMER, with what a customer may do and nothing more', async () => {
    const someone = await registerAndLogin(t);
    const me = await someone.client.ok(ME_PUBLIC);
    expect(me.me).toEqual({ id: someone.id, email: someone.email });
    expectCode(await someone.client.request(USERS), 'FORBIDDEN', ['users']);
    const renamed = await someone.client.request(UPDATE_NAME, { input: { name: 'Registered' } });
    expect(renamed.data?.accountUpdate).toEqual({ user: { id: someone.id, name: 'Registered' }, errors: [] });
  });
});
