import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestVariant, variant } from '../cart/support.js';
import { buyer, checkoutOk, ORDER, startCheckoutApp } from '../checkout/support.js';
import { graphql } from '../generated/gql.js';
import { type SignedIn } from '../support/accounts.js';
import { type TestApp } from '../support/harness.js';
import { DECLINED_CARD } from '../support/store.js';

/** orders / order / payments / payment: own data for customers, everything for admins. */

const ORDERS = graphql(`query OwnershipOrders($first: Int, $after: String, $filter: OrderFilterInput) {
  orders(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id number status customerId } } } }`);
const PAYMENTS = graphql(`query OwnershipPayments($first: Int, $after: String) {
  payments(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ...CheckoutPaymentFields order { id number } } } }`);
const PAYMENT = graphql(`query OwnershipPayment($id: ID!) {
  payment(id: $id) { ...CheckoutPaymentFields order { ...CheckoutOrderFields } } }`);

let t: TestApp;
let admin: SignedIn;
let item: TestVariant;
let alice: Awaited<ReturnType<typeof buyer>>;
let bob: Awaited<ReturnType<typeof buyer>>;
const aliceOrders: any[] = [];
let bobOrder: any;

beforeAll(async () => {
  ({ t, admin } = await startCheckoutApp());
  item = await variant(admin.client, 'Owned Thing', '10.00', 100);
  alice = await buyer(t, [{ variantId: item.id, quantity: 1 }]);
  aliceOrders.push(await checkoutOk(alice.client));
  await alice.shopper.add(item.id, 2);
  aliceOrders.push(await checkoutOk(alice.client, { card: DECLINED_CARD }));
  await alice.shopper.add(item.id, 3);
  aliceOrders.push(await checkoutOk(alice.client, { paymentMethod: 'CASH_ON_DELIVERY', card: null }));
  bob = await buyer(t, [{ variantId: item.id, quantity: 1 }]);
  bobOrder = await checkoutOk(bob.client);
});
afterAll(() => t?.close());

describe('orders', () => {
  it("lists the customer's own orders, newest first, with keyset pages", async () => {
    const page1 = (await alice.client.ok(ORDERS, { first: 2 })).orders;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e) => e.node.id)).toEqual([aliceOrders[2].order.id, aliceOrders[1].order.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await alice.client.ok(ORDERS, { first: 2, after: page1.pageInfo.endCursor })).orders;
    expect(page2.edges.map((e) => e.node.id)).toEqual([aliceOrders[0].order.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const bobs = (await bob.client.ok(ORDERS, {})).orders;
    expect(bobs.edges.map((e) => e.node.id)).toEqual([bobOrder.order.id]);
  });

  it('filters by status and time; a customer filter cannot reach other customers', async () => {
    const pending = (await alice.client.ok(ORDERS, { filter: { status: 'PENDING_PAYMENT' } })).orders;
    expect(pending.edges.map((e) => e.node.id)).toEqual([aliceOrders[1].order.id]);
    const future = (
      await alice.client.ok(ORDERS, { filter: { from: new Date(Date.now() + 3_600_000).toISOString() } })
    ).orders;
    expect(future.totalCount).toBe(0);
    const past = (
      await alice.client.ok(ORDERS, { filter: { to: new Date(Date.now() + 3_600_000).toISOString() } })
    ).orders;
    expect(past.totalCount).toBe(3);
    const sneaky = (await alice.client.ok(ORDERS, { filter: { customerId: bob.id } })).orders;
    expect(sneaky.totalCount).toBe(0);
    expect(sneaky.edges).toEqual([]);
  });

  it('admins see every order and may filter by customer', async () => {
    const all = (await admin.client.ok(ORDERS, { first: 100 })).orders;
    expect(all.totalCount).toBe(4);
    const bobsOnly = (await admin.client.ok(ORDERS, { filter: { customerId: bob.id } })).orders;
    expect(bobsOnly.edges.map((e) => e.node.customerId)).toEqual([bob.id]);
  });

  it('requires sign-in', async () => {
    const anonymous = await t.client().request(ORDERS, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('order', () => {
  it('reads an own order by id or number, with lines, payments, events and canCancel', async () => {
    const mine = aliceOrders[0].order;
    const byId = (await alice.client.ok(ORDER, { id: mine.id })).order;
    const byNumber = (await alice.client.ok(ORDER, { number: mine.number.toLowerCase() })).order;
    expect(byId).toEqual(byNumber);
    expect(byId).toMatchObject({ id: mine.id, status: 'CONFIRMED', canCancel: true });
    expect(byId!.lines).toHaveLength(1);
    expect(byId!.payments).toHaveLength(1);
    expect(byId!.events.map((e) => e.type)).toEqual(['PLACED', 'PAYMENT_SUCCEEDED']);
  });

  it("never shows another customer's order: null, as for a missing one", async () => {
    expect((await bob.client.ok(ORDER, { id: aliceOrders[0].order.id })).order).toBeNull();
    expect((await bob.client.ok(ORDER, { number: aliceOrders[0].order.number })).order).toBeNull();
    expect((await bob.client.ok(ORDER, { id: '00000000-0000-4000-8000-000000000000' })).order).toBeNull();
    expect((await bob.client.ok(ORDER, { id: 'not-a-uuid' })).order).toBeNull();
  });

  it('admins read any order; canCancel is answered for the admin', async () => {
    const read = (await admin.client.ok(ORDER, { number: bobOrder.order.number })).order;
    expect(read).toMatchObject({ id: bobOrder.order.id, customerId: bob.id, canCancel: true });
  });

  it('needs exactly one of id and number', async () => {
    const both = await alice.client.request(ORDER, { id: aliceOrders[0].order.id, number: 'ORD-000001' });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const neither = await alice.client.request(ORDER, {});
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('payments', () => {
  it("lists the customer's own payments only, newest first", async () => {
    const mine = (await alice.client.ok(PAYMENTS, {})).payments;
    expect(mine.totalCount).toBe(3);
    expect(mine.nodes.map((p) => p.status)).toEqual(['PENDING', 'FAILED', 'SUCCEEDED']);
    expect(mine.nodes[1]).toMatchObject({ failureCode: 'CARD_DECLINED', cardLast4: '0002' });
    expect(new Set(mine.nodes.map((p) => p.order.id))).toEqual(new Set(aliceOrders.map((o) => o.order.id)));
    const all = (await admin.client.ok(PAYMENTS, { first: 100 })).payments;
    expect(all.totalCount).toBe(4);
  });

  it("reads an own payment; another customer's is null; admins read any", async () => {
    const paymentId = aliceOrders[0].payment.id;
    const own = (await alice.client.ok(PAYMENT, { id: paymentId })).payment;
    expect(own).toMatchObject({ id: paymentId, status: 'SUCCEEDED', order: { id: aliceOrders[0].order.id } });
    expect((await bob.client.ok(PAYMENT, { id: paymentId })).payment).toBeNull();
    expect((await bob.client.ok(PAYMENT, { id: 'nope' })).payment).toBeNull();
    expect((await admin.client.ok(PAYMENT, { id: paymentId })).payment!.id).toBe(paymentId);
    const anonymous = await t.client().request(PAYMENT, { id: paymentId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
