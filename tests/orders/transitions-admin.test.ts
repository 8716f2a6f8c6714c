import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationText } from '../support/gql-client.js';
import { type TestApp } from '../support/harness.js';
import { type Store, unitsSold } from '../support/store.js';
import {
  emailsTo,
  eventsOf,
  expectError,
  MARK_COLLECTED,
  newCustomer,
  paymentsOf,
  placeOrder,
  SHIPMENT_CREATE,
  SHIPMENT_UPDATE_STATUS,
  snapshot,
  startOrderStore,
} from './transitions-support.js';

/** Shipping through shipments (as the order state machine sees it) and paymentMarkCollected: admin only. */

let t: TestApp;
let store: Store;

beforeAll(async () => {
  ({ t, store } = await startOrderStore());
});
afterAll(() => t?.close());

describe('shipping and delivery (through shipments)', () => {
  it('a paid order shipped in one parcel, then delivered: SHIPPED and DELIVERED events by the admin, each emailed', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 1 }]);
    const admin = store.admin.client;

    const shipped = (
      await admin.ok(SHIPMENT_CREATE, {
        input: { orderId: order.id, carrier: ' DHL ', trackingNumber: 'JD0142', status: 'IN_TRANSIT' },
      })
    ).shipmentCreate;
    expect(shipped.errors).toEqual([]);
    // The deprecated order fields still answer the latest parcel's carrier and tracking number.
    expect(shipped.order).toMatchObject({ status: 'SHIPPED', carrier: 'DHL', trackingNumber: 'JD0142' });
    expect(await emailsTo(t, customer.email, 'order.shipped')).toHaveLength(1);

    // Nothing is left to ship.
    expectError(
      (
        await admin.ok(SHIPMENT_CREATE, {
          input: { orderId: order.id, carrier: 'DHL', trackingNumber: 'X', status: 'IN_TRANSIT' },
        })
      ).shipmentCreate,
      'SHIPMENT_QUANTITY_EXCEEDED',
    );

    const delivered = (
      await admin.ok(SHIPMENT_UPDATE_STATUS, {
        input: { shipmentId: shipped.shipment!.id, status: 'DELIVERED' },
      })
    ).shipmentUpdateStatus;
    expect(delivered.errors).toEqual([]);
    expect(delivered.order).toMatchObject({
      status: 'DELIVERED',
      paymentStatus: 'SUCCEEDED',
      carrier: 'DHL',
    });
    expect(await emailsTo(t, customer.email, 'order.delivered')).toHaveLength(1);
    expect(await emailsTo(t, customer.email, 'order.shipped')).toHaveLength(1);

    const events = (await eventsOf(t, order.id)).filter(
      (e) => e.type === 'SHIPPED' || e.type === 'DELIVERED',
    );
    expect(events.map((e) => [e.type, e.fromStatus, e.toStatus, e.actorKind, e.actorId])).toEqual([
      ['SHIPPED', 'CONFIRMED', 'SHIPPED', 'ADMIN', store.admin.id],
      ['DELIVERED', 'SHIPPED', 'DELIVERED', 'ADMIN', store.admin.id],
    ]);
    expect(events[0]?.data).toMatchObject({ carrier: 'DHL', trackingNumber: 'JD0142' });
  });

  it('cannot ship an order awaiting payment', async () => {
    const customer = await newCustomer(t);
    const unpaid = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }], {
      card: { number: '4000000000000002', expMonth: 12, expYear: 2040, cvc: '123' },
    });
    const before = await snapshot(t, unpaid.id, customer.id, [store.mug.id]);
    const admin = store.admin.client;
    expectError(
      (
        await admin.ok(SHIPMENT_CREATE, {
          input: { orderId: unpaid.id, carrier: 'UPS', trackingNumber: '1', status: 'IN_TRANSIT' },
        })
      ).shipmentCreate,
      'INVALID_TRANSITION',
    );
    expect(await snapshot(t, unpaid.id, customer.id, [store.mug.id])).toEqual(before);
  });

  it('validates carrier and tracking number', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const payload = (
      await store.admin.client.ok(SHIPMENT_CREATE, {
        input: { orderId: order.id, carrier: '  ', trackingNumber: 'x'.repeat(101) },
      })
    ).shipmentCreate;
    expect(payload.errors.map((e: any) => e.field)).toEqual([
      ['input', 'carrier'],
      ['input', 'trackingNumber'],
    ]);
    expect(payload.shipment).toBeNull();
  });

  it('is admin only: customers get FORBIDDEN, anonymous callers UNAUTHENTICATED, and nothing changes', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const before = await snapshot(t, order.id, customer.id, [store.mug.id]);
    const calls: [OperationText, Record<string, unknown>][] = [
      [SHIPMENT_CREATE, { orderId: order.id, carrier: 'UPS', trackingNumber: '1Z' }],
      [SHIPMENT_UPDATE_STATUS, { shipmentId: '00000000-0000-4000-8000-000000000000', status: 'DELIVERED' }],
      [MARK_COLLECTED, { orderId: order.id }],
    ];
    for (const [query, input] of calls) {
      const own = await customer.client.request(query.toString(), { input });
      expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await t.client().request(query.toString(), { input });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await snapshot(t, order.id, customer.id, [store.mug.id])).toEqual(before);
  });
});

describe('cash on delivery', () => {
  it('is confirmed with the payment pending, shipped and delivered unpaid, then marked collected', async () => {
    const customer = await newCustomer(t);
    const sold = await unitsSold(t, store.mug.productId);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 2 }], {
      paymentMethod: 'CASH_ON_DELIVERY',
    });
    expect(order).toMatchObject({
      status: 'CONFIRMED',
      paymentStatus: 'PENDING',
      paymentMethod: 'CASH_ON_DELIVERY',
    });
    expect(await unitsSold(t, store.mug.productId)).toBe(sold + 2);
    const admin = store.admin.client;

    const shipped = (
      await admin.ok(SHIPMENT_CREATE, {
        input: { orderId: order.id, carrier: 'UPS', trackingNumber: '1Z1', status: 'IN_TRANSIT' },
      })
    ).shipmentCreate;
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
      await store.admin.client.ok(MARK_COLLECTED, {
        input: { orderId: '00000000-0000-4000-8000-000000000000' },
      })
    ).paymentMarkCollected;
    expectError(payload, 'NOT_FOUND');
  });
});
