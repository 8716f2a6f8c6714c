import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  emailsTo,
  eventsOf,
  expectError,
  MARK_COLLECTED,
  MARK_DELIVERED,
  MARK_SHIPPED,
  newCustomer,
  paymentsOf,
  placeOrder,
  type Store,
  setUpStore,
  snapshot,
  unitsSoldOf,
} from './transitions-support.js';

/** orderMarkShipped, orderMarkDelivered and paymentMarkCollected: admin only. */

let t: TestApp;
let store: Store;

beforeAll(async () => {
  t = await startTestApp({}, { startReservationSweeper: false });
  store = await setUpStore(t);
});
afterAll(async () => {
  await t?.close();
});

describe('shipping and delivery', () => {
  it('an admin marks a paid order shipped (carrier, tracking), then delivered; each step emailed and on the timeline', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 1 }]);
    const admin = store.admin.client;

    const shipped = (
      await admin.ok(MARK_SHIPPED, {
        input: { orderId: order.id, carrier: ' DHL ', trackingNumber: 'JD0142' },
      })
    ).orderMarkShipped;
    expect(shipped.errors).toEqual([]);
    expect(shipped.order).toMatchObject({ status: 'SHIPPED', carrier: 'DHL', trackingNumber: 'JD0142' });
    expect(await emailsTo(t, customer.email, 'order.shipped')).toHaveLength(1);

    // Not twice.
    expectError(
      (await admin.ok(MARK_SHIPPED, { input: { orderId: order.id, carrier: 'DHL', trackingNumber: 'X' } }))
        .orderMarkShipped,
      'INVALID_TRANSITION',
    );

    const delivered = (await admin.ok(MARK_DELIVERED, { input: { orderId: order.id } })).orderMarkDelivered;
    expect(delivered.errors).toEqual([]);
    expect(delivered.order).toMatchObject({
      status: 'DELIVERED',
      paymentStatus: 'SUCCEEDED',
      carrier: 'DHL',
    });
    expect(await emailsTo(t, customer.email, 'order.delivered')).toHaveLength(1);

    const events = await eventsOf(t, order.id);
    expect(events.slice(-2).map((e) => [e.type, e.fromStatus, e.toStatus, e.actorKind, e.actorId])).toEqual([
      ['SHIPPED', 'CONFIRMED', 'SHIPPED', 'ADMIN', store.admin.id],
      ['DELIVERED', 'SHIPPED', 'DELIVERED', 'ADMIN', store.admin.id],
    ]);
    expect(events.at(-2)?.data).toMatchObject({ carrier: 'DHL', trackingNumber: 'JD0142' });
  });

  it('cannot ship an order awaiting payment, nor deliver one not shipped', async () => {
    const customer = await newCustomer(t);
    const unpaid = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }], {
      card: { number: '4000000000000002', expMonth: 12, expYear: 2040, cvc: '123' },
    });
    const before = await snapshot(t, unpaid.id, customer.id, [store.mug.id]);
    const admin = store.admin.client;
    expectError(
      (await admin.ok(MARK_SHIPPED, { input: { orderId: unpaid.id, carrier: 'UPS', trackingNumber: '1' } }))
        .orderMarkShipped,
      'INVALID_TRANSITION',
    );
    expectError(
      (await admin.ok(MARK_DELIVERED, { input: { orderId: unpaid.id } })).orderMarkDelivered,
      'INVALID_TRANSITION',
    );
    expect(await snapshot(t, unpaid.id, customer.id, [store.mug.id])).toEqual(before);
  });

  it('validates carrier and tracking number', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const payload = (
      await store.admin.client.ok(MARK_SHIPPED, {
        input: { orderId: order.id, carrier: '  ', trackingNumber: 'x'.repeat(101) },
      })
    ).orderMarkShipped;
    expect(payload.errors.map((e: any) => e.field)).toEqual([
      ['input', 'carrier'],
      ['input', 'trackingNumber'],
    ]);
    expect(payload.order).toBeNull();
  });

  it('is admin only: customers get FORBIDDEN, anonymous callers UNAUTHENTICATED, and nothing changes', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const before = await snapshot(t, order.id, customer.id, [store.mug.id]);
    const calls: [string, Record<string, unknown>][] = [
      [MARK_SHIPPED, { orderId: order.id, carrier: 'UPS', trackingNumber: '1Z' }],
      [MARK_DELIVERED, { orderId: order.id }],
      [MARK_COLLECTED, { orderId: order.id }],
    ];
    for (const [query, input] of calls) {
      const own = await customer.client.request(query, { input });
      expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await t.client().request(query, { input });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await snapshot(t, order.id, customer.id, [store.mug.id])).toEqual(before);
  });
});

describe('cash on delivery', () => {
  it('is confirmed with the payment pending, shipped and delivered unpaid, then marked collected', async () => {
    const customer = await newCustomer(t);
    const sold = await unitsSoldOf(t, store.mug.productId);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 2 }], {
      paymentMethod: 'CASH_ON_DELIVERY',
    });
    expect(order).toMatchObject({
      status: 'CONFIRMED',
      paymentStatus: 'PENDING',
      paymentMethod: 'CASH_ON_DELIVERY',
    });
    expect(await unitsSoldOf(t, store.mug.productId)).toBe(sold + 2);
    const admin = store.admin.client;

    const shipped = (
      await admin.ok(MARK_SHIPPED, { input: { orderId: order.id, carrier: 'UPS', trackingNumber: '1Z1' } })
    ).orderMarkShipped;
    expect(shipped.order).toMatchObject({ status: 'SHIPPED', paymentStatus: 'PENDING' });

    const collected = (await admin.ok(MARK_COLLECTED, { input: { orderId: order.id } })).paymentMarkCollected;
    expect(collected.errors).toEqual([]);
    expect(collected.order).toMatchObject({ status: 'SHIPPED', paymentStatus: 'SUCCEEDED' });
    const payments = await paymentsOf(t, order.id);
    expect(payments.map((p) => [p.method, p.status])).toEqual([['CASH_ON_DELIVERY', 'SUCCEEDED']]);
    expect((await eventsOf(t, order.id)).at(-1)).toMatchObject({
      type: 'PAYMENT_COLLECTED',
      actorKind: 'ADMIN',
      fromStatus: 'SHIPPED',
      toStatus: 'SHIPPED',
    });

    // Once collected, not again; and a card order has no cash to collect.
    expectError(
      (await admin.ok(MARK_COLLECTED, { input: { orderId: order.id } })).paymentMarkCollected,
      'INVALID_TRANSITION',
    );
    const cardOrder = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    expectError(
      (await admin.ok(MARK_COLLECTED, { input: { orderId: cardOrder.id } })).paymentMarkCollected,
      'INVALID_TRANSITION',
    );
  });

  it('an unknown order is NOT_FOUND for admins too', async () => {
    const payload = (
      await store.admin.client.ok(MARK_DELIVERED, {
        input: { orderId: '00000000-0000-4000-8000-000000000000' },
      })
    ).orderMarkDelivered;
    expectError(payload, 'NOT_FOUND');
  });
});
