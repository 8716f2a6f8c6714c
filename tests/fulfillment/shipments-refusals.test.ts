import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CANCEL,
  newCustomer,
  placeOrder,
  SHIPMENT_CREATE,
  SHIPMENT_UPDATE_STATUS,
} from '../orders/transitions-support.js';
import type { TestApp } from '../support/harness.js';
import { DECLINED_CARD, type Store } from '../support/store.js';
import {
  createShipment,
  expectOneError,
  fulfillmentSnapshot,
  linesOf,
  startFulfillmentApp,
  updateStatus,
} from './support.js';

/** shipmentCreate and shipmentUpdateStatus refusals: each answers its error and changes nothing. */

let t: TestApp;
let store: Store;

beforeAll(async () => {
  ({ t, store } = await startFulfillmentApp());
});
afterAll(() => t?.close());

describe('shipping an order in parcels: what is refused', () => {
  it('refuses over-shipping, unknown lines, duplicate tracking numbers and bad input, changing nothing', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 2 }]);
    const [line] = await linesOf(store, order.id);
    const ok = await createShipment(store, {
      orderId: order.id,
      lines: [{ orderLineId: line!.id, quantity: 1 }],
      carrier: 'UPS',
      trackingNumber: '1ZDUP',
    });
    expect(ok.errors).toEqual([]);
    const before = await fulfillmentSnapshot(t, order.id);

    const over = await createShipment(store, {
      orderId: order.id,
      lines: [{ orderLineId: line!.id, quantity: 2 }],
      carrier: 'UPS',
      trackingNumber: '1ZOVER',
    });
    expectOneError(over, 'SHIPMENT_QUANTITY_EXCEEDED', ['input', 'lines', '0', 'quantity']);
    expect(over.shipment).toBeNull();

    expectOneError(
      await createShipment(store, {
        orderId: order.id,
        lines: [{ orderLineId: '00000000-0000-4000-8000-000000000000', quantity: 1 }],
        carrier: 'UPS',
        trackingNumber: '1ZUNKNOWN',
      }),
      'NOT_FOUND',
      ['input', 'lines', '0', 'orderLineId'],
    );
    // Same carrier (any case) and number as an existing parcel.
    expectOneError(
      await createShipment(store, { orderId: order.id, carrier: 'ups', trackingNumber: '1ZDUP' }),
      'TRACKING_NUMBER_TAKEN',
      ['input', 'trackingNumber'],
    );
    expectOneError(
      await createShipment(store, {
        orderId: order.id,
        carrier: 'UPS',
        trackingNumber: '1ZURL',
        trackingUrl: 'javascript:alert(1)',
      }),
      'INVALID_INPUT',
      ['input', 'trackingUrl'],
    );
    expectOneError(
      await createShipment(store, {
        orderId: order.id,
        lines: [{ orderLineId: line!.id, quantity: 0 }],
        carrier: 'UPS',
        trackingNumber: '1ZZERO',
      }),
      'INVALID_INPUT',
      ['input', 'lines', '0', 'quantity'],
    );
    expectOneError(
      await createShipment(store, { orderId: order.id, lines: [], carrier: 'UPS', trackingNumber: '1ZNONE' }),
      'INVALID_INPUT',
      ['input', 'lines'],
    );
    expectOneError(
      await createShipment(store, {
        orderId: order.id,
        carrier: 'UPS',
        trackingNumber: '1ZRET',
        status: 'RETURNED',
      }),
      'INVALID_INPUT',
      ['input', 'status'],
    );
    expectOneError(
      await createShipment(store, {
        orderId: '00000000-0000-4000-8000-000000000000',
        carrier: 'UPS',
        trackingNumber: '1ZNOORDER',
      }),
      'NOT_FOUND',
      ['input', 'orderId'],
    );
    expect(await fulfillmentSnapshot(t, order.id)).toEqual(before);
  });

  it('refuses invalid status moves, changing nothing', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const created = await createShipment(store, {
      orderId: order.id,
      carrier: 'UPS',
      trackingNumber: '1ZMOVES',
      status: 'IN_TRANSIT',
    });
    const id = created.shipment!.id;
    expect((await updateStatus(store, { shipmentId: id, status: 'DELIVERED' })).order!.status).toBe(
      'DELIVERED',
    );
    const before = await fulfillmentSnapshot(t, order.id);
    for (const status of ['IN_TRANSIT', 'PENDING', 'EXCEPTION', 'DELIVERED'] as const) {
      const refused = await updateStatus(store, { shipmentId: id, status });
      expectOneError(refused, 'INVALID_TRANSITION', ['input', 'status']);
      expect(refused.shipment).toBeNull();
    }
    expectOneError(
      await updateStatus(store, { shipmentId: id, status: 'RETURNED', note: 'x'.repeat(501) }),
      'INVALID_INPUT',
      ['input', 'note'],
    );
    expectOneError(
      await updateStatus(store, { shipmentId: '00000000-0000-4000-8000-000000000000', status: 'IN_TRANSIT' }),
      'NOT_FOUND',
    );
    expect(await fulfillmentSnapshot(t, order.id)).toEqual(before);

    // DELIVERED may still be RETURNED (the order stays DELIVERED).
    const returned = await updateStatus(store, {
      shipmentId: id,
      status: 'RETURNED',
      note: 'Refused by the buyer',
    });
    expect(returned.errors).toEqual([]);
    expect(returned.shipment!.status).toBe('RETURNED');
    expect(returned.order!.status).toBe('DELIVERED');
  });

  it('refuses cancelled and unpaid orders, changing nothing', async () => {
    const customer = await newCustomer(t);
    const unpaid = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }], { card: DECLINED_CARD });
    expect(unpaid.status).toBe('PENDING_PAYMENT');
    const cancelled = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    // A pending parcel, then the order is cancelled: its parcel no longer moves.
    const pending = await createShipment(store, {
      orderId: cancelled.id,
      carrier: 'UPS',
      trackingNumber: '1ZCXL',
    });
    expect(pending.errors).toEqual([]);
    const cancel = (await customer.client.ok(CANCEL, { input: { orderId: cancelled.id } })).orderCancel;
    expect(cancel.errors).toEqual([]);

    for (const order of [unpaid, cancelled]) {
      const before = await fulfillmentSnapshot(t, order.id);
      const refused = await createShipment(store, {
        orderId: order.id,
        carrier: 'UPS',
        trackingNumber: `1Z${order.number}`,
        status: 'IN_TRANSIT',
      });
      expectOneError(refused, 'INVALID_TRANSITION', ['input', 'orderId']);
      expect(await fulfillmentSnapshot(t, order.id)).toEqual(before);
    }
    const before = await fulfillmentSnapshot(t, cancelled.id);
    expectOneError(
      await updateStatus(store, { shipmentId: pending.shipment!.id, status: 'IN_TRANSIT' }),
      'INVALID_TRANSITION',
    );
    expect(await fulfillmentSnapshot(t, cancelled.id)).toEqual(before);
  });

  it('customers are forbidden from the admin mutations, and nothing changes', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const created = await createShipment(store, {
      orderId: order.id,
      carrier: 'UPS',
      trackingNumber: '1ZFORB',
    });
    const before = await fulfillmentSnapshot(t, order.id);
    const create = await customer.client.request(SHIPMENT_CREATE, {
      input: { orderId: order.id, carrier: 'UPS', trackingNumber: '1ZMINE', status: 'IN_TRANSIT' },
    });
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const update = await customer.client.request(SHIPMENT_UPDATE_STATUS, {
      input: { shipmentId: created.shipment!.id, status: 'DELIVERED' },
    });
    expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.client().request(SHIPMENT_UPDATE_STATUS, {
      input: { shipmentId: created.shipment!.id, status: 'DELIVERED' },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await fulfillmentSnapshot(t, order.id)).toEqual(before);
  });
});
