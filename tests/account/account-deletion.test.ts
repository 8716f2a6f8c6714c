import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../src/modules/account/account.tables.js';
import { addresses } from '../../src/modules/address/address.tables.js';
import { outboxMessages } from '../../src/modules/notification/notification.tables.js';
import { ERASED_RECIPIENT } from '../../src/modules/notification/recipient-erasure.js';
import { reviews } from '../../src/modules/review/review.tables.js';
import { graphql } from '../generated/gql.js';
import { ADMIN_REVIEWS, refundWholeOrder } from '../review/support.js';
import { adminClient, LOGIN, PASSWORD, REGISTER, registerAndLogin } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, setUpStore } from '../support/store.js';
import { waitFor } from '../support/wait-for.js';
import { createEndpoint, deliveryRows, FAST_WEBHOOKS, Receiver } from '../webhooks/support.js';
import { RETAINED_BY_LAW, searchWholeDatabase } from './database-search.js';
import {
  ACCOUNT_DELETE,
  cartAndWishlistRows,
  type FullCustomer,
  fullCustomer,
  USER_DELETE,
} from './deletion-support.js';
import { ME, REFRESH, RELAXED_LIMITS } from './fixtures.js';

/**
 * accountDelete and userDelete (README "Deleting an account"): the profile, address book, cart,
 * wishlist and logins go; reviews stay as "Former customer"; orders stay, with their address
 * snapshots; afterwards the old email, names and phone are nowhere in the database but in the order
 * columns the law requires kept, and the email can be registered again.
 */

const CONFIGURED_ADMIN = 'configured-admin@example.com';

let t: TestApp;
let store: Store;
let receiver: Receiver;
let endpointId: string;
let victim: FullCustomer;

beforeAll(async () => {
  t = await startTestApp(
    {
      ...RELAXED_LIMITS,
      ...FAST_WEBHOOKS,
      ADMIN_EMAIL: CONFIGURED_ADMIN,
      ADMIN_PASSWORD: 'configured admin 1',
    },
    { idleWorkers: ['reservation-sweeper', 'review-requests'] },
  );
  store = await setUpStore(t);
  receiver = await new Receiver().start();
  endpointId = (await createEndpoint(store.admin.client, receiver.url, ['REVIEW_CREATED', 'PLACED'])).id;
  victim = await fullCustomer(t, store);
  // The review event with the author's display name reached the receiver before the deletion.
  await waitFor('the review event delivery', async () =>
    (await deliveryRows(t, endpointId)).some(
      (d) => d.eventType === 'REVIEW_CREATED' && d.status === 'SUCCEEDED',
    ),
  );
  // And the delivery email was sent (a sent email is erased, not dropped, by the deletion).
  await waitFor('the order.delivered email sent', async () => {
    const rows = await t.database.db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.template, 'order.delivered'), eq(outboxMessages.recipient, victim.email)));
    return rows.some((row) => row.status === 'SENT');
  });
});

afterAll(async () => {
  await receiver?.close();
  await t?.close();
});

const needles = () => [victim.email, victim.firstName, victim.lastName, victim.phone];

const ADMIN_ORDER = graphql(`query DeletionAdminOrder($id: ID) {
  order(id: $id) { id number customerId shippingAddress { name phone } billingAddress { name phone } } }`);
const ADMIN_USER = graphql(`query DeletionAdminUser($id: ID!) {
  user(id: $id) { id email name phone pendingEmail disabled deletedAt } }`);

describe('accountDelete', () => {
  it('with a wrong password is refused and changes nothing (the search sees all the data)', async () => {
    const before = await searchWholeDatabase(t, needles());
    const result = (await victim.client.ok(ACCOUNT_DELETE, { input: { password: 'wrong password 1' } }))
      .accountDelete;
    expect(result).toEqual({
      deletedId: null,
      errors: [
        { field: ['input', 'password'], code: 'WRONG_PASSWORD', message: 'The password is incorrect.' },
      ],
    });
    const missing = (await victim.client.ok(ACCOUNT_DELETE, { input: {} })).accountDelete;
    expect(missing.errors.map((e) => e.code)).toEqual(['WRONG_PASSWORD']);
    expect((await victim.client.ok(ME)).me).toMatchObject({
      id: victim.id,
      email: victim.email,
      phone: victim.phone,
    });
    expect(await searchWholeDatabase(t, needles())).toEqual(before);
    // The data is really there to be found: profile, address book, cart, order snapshots, outbox.
    const columns = new Set(before.map((hit) => hit.column));
    for (const column of ['users.email', 'users.name', 'users.phone', 'addresses.name', 'addresses.phone']) {
      expect(columns).toContain(column);
    }
    for (const column of [...RETAINED_BY_LAW, 'outbox_messages.recipient', 'webhook_deliveries.payload']) {
      expect(columns).toContain(column);
    }
    expect(await cartAndWishlistRows(t, victim.id)).toEqual({ carts: 1, wishlist: 1 });
  });

  it('with the password erases the account everywhere but in the order records kept by law', async () => {
    const result = (await victim.client.ok(ACCOUNT_DELETE, { input: { password: PASSWORD } })).accountDelete;
    expect(result).toEqual({ deletedId: victim.id, errors: [] });

    const hits = await searchWholeDatabase(t, needles());
    const outside = hits.filter((hit) => !RETAINED_BY_LAW.includes(hit.column));
    expect(outside).toEqual([]);
    // The kept snapshots hold the name and the phone, as the sale was made.
    expect(hits).toEqual(
      expect.arrayContaining(
        RETAINED_BY_LAW.flatMap((column) => [
          { column, needle: victim.firstName },
          { column, needle: victim.phone },
        ]),
      ),
    );

    expect(await cartAndWishlistRows(t, victim.id)).toEqual({ carts: 0, wishlist: 0 });
    const db = t.database.db;
    expect(await db.select().from(addresses).where(eq(addresses.userId, victim.id))).toEqual([]);
    expect(await db.select().from(sessions).where(eq(sessions.userId, victim.id))).toEqual([]);
    const [tombstone] = await db.select().from(users).where(eq(users.id, victim.id));
    expect(tombstone).toMatchObject({ phone: null, pendingEmail: null, passwordHash: null });
    expect(tombstone?.deletedAt).toBeInstanceOf(Date);
  });

  it('ends every login: the access token and the refresh token are refused, signing in fails', async () => {
    const me = await victim.client.request(ME);
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refreshed = (await t.client().ok(REFRESH, { input: { refreshToken: victim.refreshToken } }))
      .accountTokenRefresh;
    expect(refreshed.accessToken).toBeNull();
    expect(refreshed.errors.map((e) => e.code)).toEqual(['INVALID_TOKEN']);
    const signIn = (await t.client().ok(LOGIN, { input: { email: victim.email, password: PASSWORD } }))
      .accountLogin;
    expect(signIn.accessToken).toBeNull();
    expect(signIn.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
  });

  it('keeps the order for the admin, with its address snapshot', async () => {
    const order = (await store.admin.client.ok(ADMIN_ORDER, { id: victim.orderId })).order;
    const name = `${victim.firstName} ${victim.lastName}`;
    expect(order).toEqual({
      id: victim.orderId,
      number: victim.orderNumber,
      customerId: victim.id,
      shippingAddress: { name, phone: victim.phone },
      billingAddress: { name, phone: victim.phone },
    });
    const user = (await store.admin.client.ok(ADMIN_USER, { id: victim.id })).user;
    expect(user).toMatchObject({
      id: victim.id,
      email: `deleted-${victim.id}@deleted.invalid`,
      name: 'Deleted user',
      phone: null,
      pendingEmail: null,
      disabled: true,
    });
    expect(user?.deletedAt).not.toBeNull();
  });

  it('writes no email about the kept order any more (a refund)', async () => {
    // Before the deletion the customer was written to about this order: those rows are erased.
    const delivered = await t.database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.template, 'order.delivered'));
    expect(delivered.map((row) => row.recipient)).toEqual([ERASED_RECIPIENT]);
    await refundWholeOrder(t, store, victim.orderId);
    const refunded = await t.database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.template, 'order.refunded'));
    expect(refunded).toEqual([]);
  });

  it('keeps the review, anonymised, and rewrites its webhook bodies', async () => {
    const [row] = await t.database.db.select().from(reviews).where(eq(reviews.id, victim.reviewId));
    expect(row?.authorId).toBeNull();
    const listed = (await store.admin.client.ok(ADMIN_REVIEWS, { first: 50 })).reviews.nodes;
    const review = listed.find((r) => r.id === victim.reviewId);
    expect(review).toMatchObject({
      authorName: 'Former customer',
      customerId: null,
      title: 'Soft and sturdy',
    });
    const deliveries = (await deliveryRows(t, endpointId)).filter((d) => d.eventType === 'REVIEW_CREATED');
    expect(deliveries.length).toBeGreaterThan(0);
    for (const delivery of deliveries) {
      const body = delivery.payload as { review: { authorName: string; customerId: string | null } };
      expect(body.review).toMatchObject({ authorName: 'Former customer', customerId: null });
    }
  });

  it('frees the email: it can be registered again, as a new account', async () => {
    const client = t.client();
    const reg = (
      await client.ok(REGISTER, { input: { email: victim.email, name: 'Someone New', password: PASSWORD } })
    ).accountRegister;
    expect(reg.errors).toEqual([]);
    expect(reg.user?.id).not.toBe(victim.id);
    const signIn = (await client.ok(LOGIN, { input: { email: victim.email, password: PASSWORD } }))
      .accountLogin;
    expect(signIn.errors).toEqual([]);
    expect(signIn.user?.id).toBe(reg.user?.id);
  });

  it('an account without a password needs a recent sign-in', async () => {
    const someone = await registerAndLogin(t);
    const db = t.database.db;
    await db.update(users).set({ passwordHash: null }).where(eq(users.id, someone.id));
    await db
      .update(sessions)
      .set({ createdAt: new Date(Date.now() - 3600_000) })
      .where(eq(sessions.userId, someone.id));
    const stale = (await someone.client.ok(ACCOUNT_DELETE, { input: {} })).accountDelete;
    expect(stale.deletedId).toBeNull();
    expect(stale.errors.map((e) => e.code)).toEqual(['REAUTHENTICATION_REQUIRED']);
    const [still] = await db.select().from(users).where(eq(users.id, someone.id));
    expect(still).toMatchObject({ email: someone.email, deletedAt: null });

    await db.update(sessions).set({ createdAt: new Date() }).where(eq(sessions.userId, someone.id));
    const fresh = (await someone.client.ok(ACCOUNT_DELETE, { input: {} })).accountDelete;
    expect(fresh).toEqual({ deletedId: someone.id, errors: [] });
  });
});

describe('userDelete', () => {
  it('an admin deletes a customer: signed out, cannot sign in, email free', async () => {
    const target = await registerAndLogin(t);
    const result = (await store.admin.client.ok(USER_DELETE, { input: { id: target.id } })).userDelete;
    expect(result).toEqual({ deletedId: target.id, errors: [] });
    expect((await target.client.request(ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const signIn = (await t.client().ok(LOGIN, { input: { email: target.email, password: PASSWORD } }))
      .accountLogin;
    expect(signIn.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    expect(await searchWholeDatabase(t, [target.email])).toEqual([]);
    const again = (await store.admin.client.ok(USER_DELETE, { input: { id: target.id } })).userDelete;
    expect(again.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('refuses the admin themselves, the configured admin and unknown ids', async () => {
    const self = (await store.admin.client.ok(USER_DELETE, { input: { id: store.admin.id } })).userDelete;
    expect(self).toMatchObject({ deletedId: null, errors: [{ code: 'ACCOUNT_PROTECTED' }] });
    const [configured] = await t.database.db.select().from(users).where(eq(users.email, CONFIGURED_ADMIN));
    expect(configured).toBeDefined();
    const protectedOne = (await store.admin.client.ok(USER_DELETE, { input: { id: configured!.id } }))
      .userDelete;
    expect(protectedOne).toMatchObject({ deletedId: null, errors: [{ code: 'ACCOUNT_PROTECTED' }] });
    const [after] = await t.database.db.select().from(users).where(eq(users.id, configured!.id));
    expect(after?.deletedAt).toBeNull();
    const unknown = (
      await store.admin.client.ok(USER_DELETE, { input: { id: '00000000-0000-4000-8000-000000000000' } })
    ).userDelete;
    expect(unknown.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('an admin may delete another admin, and their own account through accountDelete', async () => {
    const other = await adminClient(t);
    const result = (await store.admin.client.ok(USER_DELETE, { input: { id: other.id } })).userDelete;
    expect(result).toEqual({ deletedId: other.id, errors: [] });
    const third = await adminClient(t);
    const own = (await third.client.ok(ACCOUNT_DELETE, { input: { password: PASSWORD } })).accountDelete;
    expect(own).toEqual({ deletedId: third.id, errors: [] });
  });

  it('customers cannot delete anyone: FORBIDDEN, nothing deleted', async () => {
    const customer = await registerAndLogin(t);
    const other = await registerAndLogin(t);
    const result = await customer.client.request(USER_DELETE, { input: { id: other.id } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await other.client.ok(ME)).me?.id).toBe(other.id);
  });
});
