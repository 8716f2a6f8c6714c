import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { CANCEL, emailsTo, eventsOf, newCustomer, placeOrder } from '../orders/transitions-support.js';
import type { TestApp } from '../support/harness.js';
import type { Store } from '../support/store.js';
import {
  createShipment,
  expectOneError,
  fulfillmentSnapshot,
  linesOf,
  ORDER_SHIPMENTS,
  startFulfillmentApp,
  TRACKING,
  updateStatus,
} from './support.js';

/** shipmentCreate and shipmentUpdateStatus as an order goes out in parcels, Order.shipments and orderTracking over the API. */

const CAN_CANCEL = graphql(`query FulfillmentCanCancel($id: ID) { order(id: $id) { canCancel } }`);
const TRACKING_FIELDS = graphql(
  `query FulfillmentTrackingFields { __type(name: "OrderTracking") { fields { name } } }`,
);

let t: TestApp;
let store: Store;

beforeAll(async () => {
  ({ t, store } = await startFulfillmentApp());
});
afterAll(() => t?.close());

describe('shipping an order in parcels', () => {
  it('partial shipment keeps the order CONFIRMED; the second completes it (SHIPPED); delivered one then all (DELIVERED)', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [
      { variant: store.shirt, quantity: 3 },
      { variant: store.mug, quantity: 1 },
    ]);
    const [shirtLine, mugLine] = await linesOf(store, order.id);

    // Parcel 1: two shirts, handed over at once.
    const first = await createShipment(store, {
      orderId: order.id,
      lines: [{ orderLineId: shirtLine!.id, quantity: 2 }],
      carrier: 'UPS',
      trackingNumber: '1ZPART0001',
      trackingUrl: 'https://ups.example/track/1ZPART0001',
      status: 'IN_TRANSIT',
    });
    expect(first.errors).toEqual([]);
    expect(first.shipment).toMatchObject({
      carrier: 'UPS',
      trackingNumber: '1ZPART0001',
      trackingUrl: 'https://ups.example/track/1ZPART0001',
      status: 'IN_TRANSIT',
      lines: [{ quantity: 2, orderLine: { id: shirtLine!.id } }],
    });
    expect(first.order!.status).toBe('CONFIRMED');
    const shippedMails = await emailsTo(t, customer.email, 'order.shipped');
    expect(shippedMails).toHaveLength(1);
    expect(shippedMails[0]!.payload.text).toContain('1ZPART0001');
    expect(shippedMails[0]!.payload.text).toContain('https://ups.example/track/1ZPART0001');
    expect(shippedMails[0]!.payload.subject).toContain('Part of order');

    // Parcel 2: the rest (lines omitted), PENDING at first: not shipped yet, no email.
    const second = await createShipment(store, {
      orderId: order.id,
      carrier: 'DHL',
      trackingNumber: 'JD0002',
    });
    expect(second.errors).toEqual([]);
    expect(second.shipment!.status).toBe('PENDING');
    expect(second.shipment!.lines).toEqual([
      { quantity: 1, orderLine: { id: shirtLine!.id } },
      { quantity: 1, orderLine: { id: mugLine!.id } },
    ]);
    expect(second.order!.status).toBe('CONFIRMED');
    expect(await emailsTo(t, customer.email, 'order.shipped')).toHaveLength(1);

    // It leaves: every unit has left, the order is SHIPPED; one more email, for this parcel only.
    const left = await updateStatus(store, {
      shipmentId: second.shipment!.id,
      status: 'IN_TRANSIT',
      note: 'Picked up',
    });
    expect(left.errors).toEqual([]);
    expect(left.order!.status).toBe('SHIPPED');
    const mails = await emailsTo(t, customer.email, 'order.shipped');
    expect(mails).toHaveLength(2);
    expect(mails.map((m) => m.payload.text).join()).toContain('JD0002');
    expect(mails.find((m) => m.payload.text.includes('JD0002'))!.payload.subject).toBe(
      `Order ${order.number} shipped`,
    );

    // A further scan of the same status is history, not a change.
    const scan = await updateStatus(store, {
      shipmentId: second.shipment!.id,
      status: 'IN_TRANSIT',
      note: 'Arrived at hub',
    });
    expect(scan.errors).toEqual([]);

    // Delivered one: still SHIPPED. Then all: DELIVERED, one delivered email.
    const one = await updateStatus(store, { shipmentId: first.shipment!.id, status: 'DELIVERED' });
    expect(one.order!.status).toBe('SHIPPED');
    expect(await emailsTo(t, customer.email, 'order.delivered')).toHaveLength(0);
    const all = await updateStatus(store, { shipmentId: second.shipment!.id, status: 'DELIVERED' });
    expect(all.errors).toEqual([]);
    expect(all.order!.status).toBe('DELIVERED');
    expect(await emailsTo(t, customer.email, 'order.delivered')).toHaveLength(1);
    expect(await emailsTo(t, customer.email, 'order.shipped')).toHaveLength(2);

    // The timeline: created, changed, and the order's own moves by the admin.
    const timeline = (await eventsOf(t, order.id)).map((e) => [e.type, e.actorKind]);
    expect(timeline.slice(1)).toEqual([
      ['PAYMENT_SUCCEEDED', 'CUSTOMER'],
      ['SHIPMENT_CREATED', 'ADMIN'],
      ['SHIPMENT_CREATED', 'ADMIN'],
      ['SHIPMENT_STATUS_CHANGED', 'ADMIN'],
      ['SHIPPED', 'ADMIN'],
      ['SHIPMENT_STATUS_CHANGED', 'ADMIN'],
      ['SHIPMENT_STATUS_CHANGED', 'ADMIN'],
      ['DELIVERED', 'ADMIN'],
    ]);

    // Order.shipments: both parcels with lines and history, oldest first.
    const read = (await store.admin.client.ok(ORDER_SHIPMENTS, { id: order.id })).order;
    expect(read!.status).toBe('DELIVERED');
    expect(read!.carrier).toBe('DHL');
    expect(read!.shipments.map((s: any) => [s.trackingNumber, s.status])).toEqual([
      ['1ZPART0001', 'DELIVERED'],
      ['JD0002', 'DELIVERED'],
    ]);
    expect(read!.shipments[1]!.events.map((e: any) => [e.status, e.note, e.source])).toEqual([
      ['PENDING', null, 'ADMIN'],
      ['IN_TRANSIT', 'Picked up', 'ADMIN'],
      ['IN_TRANSIT', 'Arrived at hub', 'ADMIN'],
      ['DELIVERED', null, 'ADMIN'],
    ]);
    // The buyer reads their order's shipments too.
    const own = (await customer.client.ok(ORDER_SHIPMENTS, { id: order.id })).order;
    expect(own!.shipments).toHaveLength(2);
  });

  it('an EXCEPTION counts as shipped and recovers', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const created = await createShipment(store, {
      orderId: order.id,
      carrier: 'UPS',
      trackingNumber: '1ZEXC',
    });
    const exception = await updateStatus(store, {
      shipmentId: created.shipment!.id,
      status: 'EXCEPTION',
      note: 'Address unclear',
    });
    expect(exception.order!.status).toBe('SHIPPED');
    expect(await emailsTo(t, customer.email, 'order.shipped')).toHaveLength(1);
    const back = await updateStatus(store, { shipmentId: created.shipment!.id, status: 'OUT_FOR_DELIVERY' });
    expect(back.errors).toEqual([]);
    expect(back.order!.status).toBe('SHIPPED');
    expect(await emailsTo(t, customer.email, 'order.shipped')).toHaveLength(1);
  });

  it('a partly shipped order can no longer be cancelled; one with only pending parcels can', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 2 }]);
    const [line] = await linesOf(store, order.id);
    const parcel = await createShipment(store, {
      orderId: order.id,
      lines: [{ orderLineId: line!.id, quantity: 1 }],
      carrier: 'UPS',
      trackingNumber: '1ZPARTCXL',
    });
    const canCancel = async (who: typeof customer) =>
      (await who.client.ok(CAN_CANCEL, { id: order.id })).order!.canCancel;
    // A parcel still waiting for pickup does not stop a cancellation.
    expect(await canCancel(customer)).toBe(true);
    expect(await canCancel(store.admin)).toBe(true);
    await updateStatus(store, { shipmentId: parcel.shipment!.id, status: 'IN_TRANSIT' });
    const before = await fulfillmentSnapshot(t, order.id);
    for (const who of [customer, store.admin]) {
      expect(await canCancel(who)).toBe(false);
      const refused = (await who.client.ok(CANCEL, { input: { orderId: order.id } })).orderCancel;
      expectOneError(refused, 'INVALID_TRANSITION');
      expect(refused.order!.status).toBe('CONFIRMED');
    }
    expect(await fulfillmentSnapshot(t, order.id)).toEqual(before);
  });
});

describe('orderTracking', () => {
  it('answers the number and email pair (email in any case), null for a wrong number or email alike', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [
      { variant: store.shirt, quantity: 2 },
      { variant: store.mug, quantity: 1 },
    ]);
    const [shirtLine] = await linesOf(store, order.id);
    await createShipment(store, {
      orderId: order.id,
      lines: [{ orderLineId: shirtLine!.id, quantity: 2 }],
      carrier: 'UPS',
      trackingNumber: '1ZTRACK',
      trackingUrl: 'https://ups.example/1ZTRACK',
      status: 'IN_TRANSIT',
    });

    const anonymous = t.client();
    const found = (
      await anonymous.ok(TRACKING, { number: order.number, email: customer.email.toUpperCase() })
    ).orderTracking;
    expect(found).toMatchObject({
      number: order.number,
      status: 'CONFIRMED',
      items: [
        { productTitle: 'Order Shirt', quantity: 2 },
        { productTitle: 'Order Mug', quantity: 1 },
      ],
      shipments: [
        {
          carrier: 'UPS',
          trackingNumber: '1ZTRACK',
          trackingUrl: 'https://ups.example/1ZTRACK',
          status: 'IN_TRANSIT',
          items: [{ productTitle: 'Order Shirt', quantity: 2 }],
          events: [{ status: 'IN_TRANSIT', note: null, source: 'ADMIN' }],
        },
      ],
    });
    expect(typeof found!.placedAt).toBe('string');

    const other = await newCustomer(t);
    const wrongEmail = await anonymous.request(TRACKING, { number: order.number, email: other.email });
    const wrongNumber = await anonymous.request(TRACKING, { number: 'ORD-999999', email: customer.email });
    expect(wrongEmail.errors).toBeUndefined();
    expect(wrongEmail.data).toEqual({ orderTracking: null });
    expect(wrongNumber.data).toEqual({ orderTracking: null });
  });

  it('has no prices, addresses or payment data in its type', async () => {
    const result = await t.client().request(TRACKING_FIELDS);
    const names = (result.data as any).__type.fields.map((f: any) => f.name).sort();
    expect(names).toEqual(['items', 'number', 'placedAt', 'shipments', 'status']);
  });
});
