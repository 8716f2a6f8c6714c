import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureHeader } from '../../src/http/hmac-signature.js';
import type { ShipmentStatus } from '../generated/graphql.js';
import { emailsTo, eventsOf, newCustomer, placeOrder } from '../orders/transitions-support.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import type { Store } from '../support/store.js';
import { createShipment, fulfillmentSnapshot, ORDER_SHIPMENTS, startFulfillmentApp } from './support.js';

/** POST /webhooks/carrier: signed status updates by tracking number. */

const SECRET = 'carrier-test-secret-0123456789';

let t: TestApp;
let store: Store;

beforeAll(async () => {
  ({ t, store } = await startFulfillmentApp({ CARRIER_WEBHOOK_SECRET: SECRET }));
});
afterAll(() => t?.close());

function update(trackingNumber: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    id: `evt_${randomUUID()}`,
    trackingNumber,
    status,
    occurredAt: '2030-01-02T03:04:05.000Z',
    note: `${status} scan`,
    ...extra,
  };
}

async function post(
  app: TestApp,
  body: unknown,
  options: { secret?: string; timestamp?: number; header?: string | null } = {},
) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const header =
    options.header === undefined ? signatureHeader(options.secret ?? SECRET, timestamp, raw) : options.header;
  const response = await fetch(`${app.url}/webhooks/carrier`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(header === null ? {} : { 'x-carrier-signature': header }),
    },
    body: raw,
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, body: json };
}

async function shippedOrder(trackingNumber: string, status: ShipmentStatus = 'PENDING') {
  const customer = await newCustomer(t);
  const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
  const created = await createShipment(store, { orderId: order.id, carrier: 'UPS', trackingNumber, status });
  expect(created.errors).toEqual([]);
  return { customer, order, shipment: created.shipment };
}

describe('carrier webhook', () => {
  it('a correctly signed update moves the shipment and the order (as SYSTEM), with history and emails', async () => {
    const { customer, order, shipment } = await shippedOrder('1ZHOOK1');
    const inTransit = await post(t, update('1ZHOOK1', 'IN_TRANSIT', { carrier: 'ups' }));
    expect(inTransit).toEqual({
      status: 200,
      body: { ok: true, shipmentId: shipment!.id, status: 'IN_TRANSIT', orderStatus: 'SHIPPED' },
    });
    expect(await emailsTo(t, customer.email, 'order.shipped')).toHaveLength(1);

    const delivered = await post(t, update('1ZHOOK1', 'DELIVERED', { note: 'Left at the door' }));
    expect(delivered.status).toBe(200);
    expect(delivered.body.orderStatus).toBe('DELIVERED');
    expect(await emailsTo(t, customer.email, 'order.delivered')).toHaveLength(1);

    const events = await eventsOf(t, order.id);
    expect(events.slice(-4).map((e) => [e.type, e.actorKind, e.actorId])).toEqual([
      ['SHIPMENT_STATUS_CHANGED', 'SYSTEM', null],
      ['SHIPPED', 'SYSTEM', null],
      ['SHIPMENT_STATUS_CHANGED', 'SYSTEM', null],
      ['DELIVERED', 'SYSTEM', null],
    ]);
    const read = (await store.admin.client.ok(ORDER_SHIPMENTS, { id: order.id })).order;
    expect(read!.shipments[0]!.events.map((e: any) => [e.status, e.note, e.source, e.occurredAt])).toEqual([
      ['PENDING', null, 'ADMIN', expect.any(String)],
      ['IN_TRANSIT', 'IN_TRANSIT scan', 'CARRIER', '2030-01-02T03:04:05.000Z'],
      ['DELIVERED', 'Left at the door', 'CARRIER', '2030-01-02T03:04:05.000Z'],
    ]);
  });

  it('refuses a wrong, missing or malformed signature with 401 and changes nothing', async () => {
    const { order } = await shippedOrder('1ZHOOK2');
    const before = await fulfillmentSnapshot(t, order.id);
    const body = update('1ZHOOK2', 'IN_TRANSIT');
    expect((await post(t, body, { secret: 'not-the-secret' })).status).toBe(401);
    expect((await post(t, body, { header: null })).status).toBe(401);
    expect((await post(t, body, { header: 't=abc,v1=zz' })).status).toBe(401);
    // A valid signature of another body.
    const raw = JSON.stringify(body);
    const other = signatureHeader(SECRET, Math.floor(Date.now() / 1000), `${raw} `);
    const tampered = await post(t, body, { header: other });
    expect(tampered.status).toBe(401);
    expect(tampered.body.error).toBe('invalid_signature');
    expect(await fulfillmentSnapshot(t, order.id)).toEqual(before);
  });

  it('refuses a stale timestamp (more than 5 minutes off, either way) with 401 and changes nothing', async () => {
    const { order } = await shippedOrder('1ZHOOK3');
    const before = await fulfillmentSnapshot(t, order.id);
    const now = Math.floor(Date.now() / 1000);
    const old = await post(t, update('1ZHOOK3', 'IN_TRANSIT'), { timestamp: now - 301 - 5 });
    expect(old.status).toBe(401);
    expect(old.body.message).toContain('5 minutes');
    expect((await post(t, update('1ZHOOK3', 'IN_TRANSIT'), { timestamp: now + 400 })).status).toBe(401);
    expect(await fulfillmentSnapshot(t, order.id)).toEqual(before);
  });

  it('refuses a replayed event id with 409 and changes nothing', async () => {
    const { order } = await shippedOrder('1ZHOOK4', 'IN_TRANSIT');
    const body = update('1ZHOOK4', 'OUT_FOR_DELIVERY');
    expect((await post(t, body)).status).toBe(200);
    const before = await fulfillmentSnapshot(t, order.id);
    const replay = await post(t, body);
    expect(replay.status).toBe(409);
    expect(replay.body.error).toBe('replayed');
    // The same id with another status (a forged replay, newly signed) changes nothing either.
    expect((await post(t, { ...body, status: 'DELIVERED' })).status).toBe(409);
    expect(await fulfillmentSnapshot(t, order.id)).toEqual(before);
  });

  it('answers 404 for an unknown tracking number and records nothing', async () => {
    const { order } = await shippedOrder('1ZHOOK5');
    const before = await fulfillmentSnapshot(t, order.id);
    const body = update('1ZNOSUCH', 'IN_TRANSIT');
    const unknown = await post(t, body);
    expect(unknown).toEqual({
      status: 404,
      body: { error: 'unknown_tracking_number', message: expect.any(String) },
    });
    // The carrier of a known number must match when given.
    expect((await post(t, update('1ZHOOK5', 'IN_TRANSIT', { carrier: 'FedEx' }))).status).toBe(404);
    expect(await fulfillmentSnapshot(t, order.id)).toEqual(before);
    // Nothing was recorded: the same id is accepted once the parcel exists.
    await shippedOrder('1ZNOSUCH');
    expect((await post(t, body)).status).toBe(200);
  });

  it('answers 400 for a malformed body and 422 for a move the shipment cannot make, changing nothing', async () => {
    const { order } = await shippedOrder('1ZHOOK6');
    const before = await fulfillmentSnapshot(t, order.id);
    expect((await post(t, 'not json')).status).toBe(400);
    expect((await post(t, update('1ZHOOK6', 'LOST'))).status).toBe(400);
    expect((await post(t, update('1ZHOOK6', 'IN_TRANSIT', { occurredAt: 'yesterday' }))).status).toBe(400);
    expect((await post(t, { ...update('1ZHOOK6', 'IN_TRANSIT'), id: '' })).status).toBe(400);
    // Over the 256 KB limit: refused before it is read, in JSON like every other answer.
    const huge = await post(t, { ...update('1ZHOOK6', 'IN_TRANSIT'), note: 'x'.repeat(300 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ error: 'payload_too_large' });
    const invalid = await post(t, update('1ZHOOK6', 'RETURNED'));
    expect(invalid.status).toBe(422);
    expect(invalid.body.error).toBe('invalid_transition');
    expect(await fulfillmentSnapshot(t, order.id)).toEqual(before);
  });
});

describe('carrier webhook without a secret', () => {
  it('is off: answers 404', async () => {
    const off = await startTestApp({}, { idleWorkers: ['reservation-sweeper'] });
    try {
      const response = await post(off, update('1ZANY', 'IN_TRANSIT'));
      expect(response.status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
