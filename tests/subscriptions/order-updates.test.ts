import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordOrderEvent } from '../../src/modules/order/order-events.js';
import {
  CANCEL,
  eventsOf,
  expectError,
  newCustomer,
  PAY,
  placeOrder as placeOrderThroughApi,
  SwitchableCardProvider,
  startOrderStore,
} from '../orders/transitions-support.js';
import { adminClient } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { DECLINED_CARD, GOOD_CARD, type Store } from '../support/store.js';
import { sleep, waitFor } from '../support/wait-for.js';
import { clientPool, collect, heardBy, ORDER_EVENTS, ORDER_UPDATED, subscribeReady } from './support.js';

/** orderUpdated / orderEvents over graphql-ws on the real server (one instance; see cross-instance.test.ts). */

let t: TestApp;
let store: Store;
const card = new SwitchableCardProvider();
const ws = clientPool(() => t);

beforeAll(async () => {
  ({ t, store } = await startOrderStore(card));
});
afterEach(async () => {
  await ws.disposeAll();
});
afterAll(() => t?.close());

const hub = () => t.app.context.orderEvents;

/** Places an order and waits until the hub has handed out its events, so a subscription opened next gets only later ones. */
const placeOrder = (...args: Parameters<typeof placeOrderThroughApi>) =>
  heardBy(t, () => placeOrderThroughApi(...args));

describe('orderUpdated', () => {
  it("delivers the owner's order events as they commit: paid, then cancelled by an admin", async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 1 }], {
      card: DECLINED_CARD,
    });
    expect(order.status).toBe('PENDING_PAYMENT');
    // The access token as `accessToken` in connectionParams.
    const sub = await subscribeReady(t.app, ws.open({ accessToken: customer.accessToken }), ORDER_UPDATED, {
      orderId: order.id,
    });

    const paid = (await customer.client.ok(PAY, { input: { orderId: order.id, card: GOOD_CARD } })).orderPay;
    expect(paid.errors).toEqual([]);
    const first = await sub.data(0);
    expect(first.orderUpdated.event).toMatchObject({
      type: 'PAYMENT_SUCCEEDED',
      fromStatus: 'PENDING_PAYMENT',
      toStatus: 'CONFIRMED',
      toPaymentStatus: 'SUCCEEDED',
      actorKind: 'CUSTOMER',
    });
    expect(first.orderUpdated.order).toMatchObject({
      id: order.id,
      status: 'CONFIRMED',
      paymentStatus: 'SUCCEEDED',
      customerId: customer.id,
    });

    const cancelled = (
      await store.admin.client.ok(CANCEL, { input: { orderId: order.id, reason: 'Out of stock' } })
    ).orderCancel;
    expect(cancelled.errors).toEqual([]);
    const second = await sub.data(1);
    expect(second.orderUpdated.event).toMatchObject({
      type: 'CANCELLED',
      fromStatus: 'CONFIRMED',
      toStatus: 'CANCELLED',
      actorKind: 'ADMIN',
    });
    // Read when delivered, not from the first event's cache: the timeline ends with the cancellation.
    expect(second.orderUpdated.order).toMatchObject({ status: 'CANCELLED', paymentStatus: 'REFUNDED' });
    const timeline = second.orderUpdated.order.events.map((e) => e.type);
    expect(timeline.at(-1)).toBe('CANCELLED');
    expect(timeline).toEqual((await eventsOf(t, order.id)).map((e) => e.type));
    // The event ids are those of the rows written.
    const rows = await eventsOf(t, order.id);
    expect([first, second].map((r) => r.orderUpdated.event.id)).toEqual(
      rows.filter((r) => ['PAYMENT_SUCCEEDED', 'CANCELLED'].includes(r.type)).map((r) => r.id),
    );
    expect(sub.results).toHaveLength(2);
  });

  it("refuses another customer's order exactly like a missing one (NOT_FOUND), at subscribe time", async () => {
    const owner = await newCustomer(t);
    const other = await newCustomer(t);
    const order = await placeOrder(owner, [{ variant: store.mug, quantity: 1 }]);
    const before = hub().subscriberCount;
    const client = ws.open({ authorization: `Bearer ${other.accessToken}` });

    const foreign = collect(client, ORDER_UPDATED, { orderId: order.id });
    const missing = collect(client, ORDER_UPDATED, { orderId: randomUUID() });
    const malformed = collect(client, ORDER_UPDATED, { orderId: 'not-an-id' });
    for (const sub of [foreign, missing, malformed]) {
      await sub.finished();
      expect(sub.completed).toBe(true);
      expect(sub.results).toHaveLength(1);
      expect(sub.results[0]?.data ?? null).toBeNull();
      expect(sub.results[0]?.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    }
    expect(foreign.results[0]?.errors?.[0]?.message).toBe(missing.results[0]?.errors?.[0]?.message);
    expect(hub().subscriberCount).toBe(before);

    // The owner's own subscription on the same order still works, and the other customer got nothing.
    const mine = await subscribeReady(t.app, ws.open({ accessToken: owner.accessToken }), ORDER_UPDATED, {
      orderId: order.id,
    });
    expect((await owner.client.ok(CANCEL, { input: { orderId: order.id } })).orderCancel.errors).toEqual([]);
    expect((await mine.data(0)).orderUpdated.event.type).toBe('CANCELLED');
    expect(foreign.results).toHaveLength(1);
  });

  it('lets an admin follow any order', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const sub = await subscribeReady(
      t.app,
      ws.open({ authorization: `Bearer ${store.admin.accessToken}` }),
      ORDER_UPDATED,
      { orderId: order.id },
    );
    expect((await customer.client.ok(CANCEL, { input: { orderId: order.id } })).orderCancel.errors).toEqual(
      [],
    );
    expect((await sub.data(0)).orderUpdated).toMatchObject({
      event: { type: 'CANCELLED', actorKind: 'CUSTOMER' },
      order: { id: order.id, status: 'CANCELLED' },
    });
  });

  it('refuses anonymous subscribers and invalid tokens with UNAUTHENTICATED', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const before = hub().subscriberCount;
    const cases = [
      collect(ws.open(), ORDER_UPDATED, { orderId: order.id }),
      collect(ws.open(), ORDER_EVENTS),
      collect(ws.open({ accessToken: 'not-a-token' }), ORDER_UPDATED, { orderId: order.id }),
      collect(ws.open({ authorization: 'Bearer not-a-token' }), ORDER_EVENTS),
    ];
    for (const sub of cases) {
      await sub.finished();
      expect(sub.completed).toBe(true);
      expect(sub.results[0]?.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(sub.results[0]?.data ?? null).toBeNull();
    }
    expect(hub().subscriberCount).toBe(before);
  });

  it('publishes nothing for refused or rolled-back changes; the next committed event arrives first', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 1 }]);
    expect(order.status).toBe('CONFIRMED');
    const sub = await subscribeReady(t.app, ws.open({ accessToken: customer.accessToken }), ORDER_UPDATED, {
      orderId: order.id,
    });

    // A cancellation the payment provider refuses to refund: rolled back, nothing changes.
    card.failRefunds = true;
    try {
      expectError(
        (await customer.client.ok(CANCEL, { input: { orderId: order.id } })).orderCancel,
        'REFUND_FAILED',
      );
    } finally {
      card.failRefunds = false;
    }
    // An order event recorded (and NOTIFYed) inside a transaction that then rolls back.
    const rollback = new Error('rollback');
    await expect(
      t.database.db.transaction(async (tx) => {
        await recordOrderEvent(tx, {
          orderId: order.id,
          type: 'SHIPMENT_CREATED',
          actorKind: 'SYSTEM',
          data: {},
        });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    const eventsBefore = (await eventsOf(t, order.id)).length;

    const cancelled = (await customer.client.ok(CANCEL, { input: { orderId: order.id } })).orderCancel;
    expect(cancelled.errors).toEqual([]);
    const first = await sub.data(0);
    expect(first.orderUpdated.event.type).toBe('CANCELLED');
    expect(first.orderUpdated.order.status).toBe('CANCELLED');
    expect(await eventsOf(t, order.id)).toHaveLength(eventsBefore + 1);
    // Give a stray notice time to arrive (it would come before the cancellation's anyway).
    await sleep(200);
    expect(sub.results).toHaveLength(1);
  });

  it('only delivers the followed order, and unsubscribing removes the subscription from the hub', async () => {
    const customer = await newCustomer(t);
    const followed = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const other = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const before = hub().subscriberCount;
    const sub = await subscribeReady(t.app, ws.open({ accessToken: customer.accessToken }), ORDER_UPDATED, {
      orderId: followed.id,
    });
    expect(hub().subscriberCount).toBe(before + 1);

    expect((await customer.client.ok(CANCEL, { input: { orderId: other.id } })).orderCancel.errors).toEqual(
      [],
    );
    expect(
      (await customer.client.ok(CANCEL, { input: { orderId: followed.id } })).orderCancel.errors,
    ).toEqual([]);
    expect((await sub.data(0)).orderUpdated.order.id).toBe(followed.id);

    sub.unsubscribe();
    await waitFor('the subscription to leave the hub', () => hub().subscriberCount === before);
  });
});

describe('orderEvents', () => {
  it('refuses a customer with FORBIDDEN at subscribe time', async () => {
    const customer = await newCustomer(t);
    const before = hub().subscriberCount;
    const sub = collect(ws.open({ accessToken: customer.accessToken }), ORDER_EVENTS);
    await sub.finished();
    expect(sub.completed).toBe(true);
    expect(sub.results).toHaveLength(1);
    expect(sub.results[0]?.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(hub().subscriberCount).toBe(before);
  });

  it("delivers every order's events to an admin, placements included", async () => {
    const sub = await subscribeReady(
      t.app,
      ws.open({ authorization: `Bearer ${store.admin.accessToken}` }),
      ORDER_EVENTS,
    );
    const alice = await newCustomer(t);
    const bob = await newCustomer(t);
    const aliceOrder = await placeOrder(alice, [{ variant: store.shirt, quantity: 1 }], {
      paymentMethod: 'CASH_ON_DELIVERY',
    });
    const bobOrder = await placeOrder(bob, [{ variant: store.mug, quantity: 2 }]);
    expect(
      (await store.admin.client.ok(CANCEL, { input: { orderId: aliceOrder.id } })).orderCancel.errors,
    ).toEqual([]);

    const expected = [
      ...(await eventsOf(t, aliceOrder.id)).map((e) => ({ id: e.id, type: e.type, orderId: aliceOrder.id })),
      ...(await eventsOf(t, bobOrder.id)).map((e) => ({ id: e.id, type: e.type, orderId: bobOrder.id })),
    ];
    expect(expected.map((e) => e.type)).toContain('PLACED');
    expect(expected.map((e) => e.type)).toContain('CANCELLED');
    await waitFor('every event of both orders', () => sub.results.length >= expected.length);
    const received = sub.results.map((r) => {
      expect(r.errors).toBeUndefined();
      const { event, order } = r.data!.orderEvents;
      return { id: event.id, type: event.type, orderId: order.id };
    });
    expect(received).toHaveLength(expected.length);
    expect(received).toEqual(expect.arrayContaining(expected));
    // Each event came with its order's owner, and the cancellation with the order as cancelled.
    const cancellation = sub.results.find((r) => r.data?.orderEvents.event.type === 'CANCELLED');
    expect(cancellation?.data?.orderEvents.order).toMatchObject({
      id: aliceOrder.id,
      status: 'CANCELLED',
      customerId: alice.id,
    });
  });
});

describe('transport', () => {
  it('answers a subscription sent over HTTP with a clear 400, not a hang', async () => {
    const customer = await newCustomer(t);
    const response = await customer.client.request(ORDER_EVENTS);
    expect(response.status).toBe(400);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(response.errors?.[0]?.message).toMatch(/WebSocket/);
  });

  it('answers malformed operations over WebSocket with the codes HTTP uses, keeping the socket open', async () => {
    const customer = await newCustomer(t);
    const client = ws.open({ accessToken: customer.accessToken });
    const syntax = collect(client, 'subscription { orderEvents {');
    const unknownField = collect(client, 'subscription { orderEvents { nope } }');
    // Variables of the wrong type: sent as text, past the type check.
    const badVariable = collect(client, ORDER_UPDATED.toString(), { orderId: { not: 'an id' } });
    for (const [sub, code] of [
      [syntax, 'GRAPHQL_PARSE_FAILED'],
      [unknownField, 'GRAPHQL_VALIDATION_FAILED'],
    ] as const) {
      await sub.finished();
      const errors = sub.error as { message: string; extensions?: { code?: string } }[];
      expect(errors.map((e) => e.extensions?.code)).toEqual([code]);
      expect(errors[0]?.message).not.toBe('Internal server error');
    }
    expect((unknownField.error as { message: string }[])[0]?.message).toMatch(/nope/);
    await badVariable.finished();
    expect(badVariable.results[0]?.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(badVariable.results[0]?.errors?.[0]?.message).toMatch(/orderId/);
    // The same socket still serves a valid subscription.
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const sub = await subscribeReady(t.app, client, ORDER_UPDATED, { orderId: order.id });
    expect((await customer.client.ok(CANCEL, { input: { orderId: order.id } })).orderCancel.errors).toEqual(
      [],
    );
    expect((await sub.data(0)).orderUpdated.event.type).toBe('CANCELLED');
  });

  it('stops gracefully with subscriptions open: clients are closed, stop() resolves', async () => {
    const other = await startTestApp({}, { idleWorkers: ['reservation-sweeper'] });
    try {
      const customer = await newCustomer(other);
      const client = ws.open({ accessToken: customer.accessToken }, other.url);
      const admin = await adminClient(other);
      const sub = await subscribeReady(
        other.app,
        ws.open({ accessToken: admin.accessToken }, other.url),
        ORDER_EVENTS,
      );
      const refused = collect(client, ORDER_EVENTS);
      await refused.finished();
      await other.app.stop();
      await waitFor('the subscription to end', () => sub.error !== undefined || sub.completed);
      expect(other.app.context.orderEvents.subscriberCount).toBe(0);
    } finally {
      await other.close();
    }
  });
});
