import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/http/hmac-signature.js';
import { webhookDeliveryAttempts } from '../../src/modules/webhook/webhook.tables.js';
import { WebhookWorker } from '../../src/modules/webhook/webhook.worker.js';
import { CANCEL, newCustomer, placeOrder } from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, withStore } from '../support/store.js';
import { waitFor } from '../support/wait-for.js';
import {
  createEndpoint,
  DELETE,
  DELIVERIES,
  deactivate,
  deliveryRows,
  FAST_WEBHOOKS,
  Receiver,
  ROTATE,
  waitForSettled,
} from './support.js';

let t: TestApp;
let store: Store;
let customer: SignedIn;
const receivers: Receiver[] = [];

beforeAll(async () => {
  ({ t, store } = await withStore(startTestApp(FAST_WEBHOOKS)));
  customer = await newCustomer(t);
});
afterAll(async () => {
  await t?.close();
  await Promise.all(receivers.map((r) => r.close()));
});

async function receiver(respond?: (index: number) => number): Promise<Receiver> {
  const r = await new Receiver(respond).start();
  receivers.push(r);
  return r;
}

async function attemptsOf(deliveryId: string) {
  return t.database.db
    .select()
    .from(webhookDeliveryAttempts)
    .where(eq(webhookDeliveryAttempts.deliveryId, deliveryId))
    .orderBy(asc(webhookDeliveryAttempts.attempt));
}

describe('webhook deliveries', () => {
  it('retry a receiver that fails twice, then succeeds: three attempts, one event id, valid signatures', async () => {
    const r = await receiver((i) => (i < 2 ? 500 : 200));
    // A loopback URL is accepted because the setting allows it (WEBHOOK_ALLOW_PRIVATE_URLS=true).
    const endpoint = await createEndpoint(store.admin.client, r.url, ['PAYMENT_SUCCEEDED']);
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 1 }]);

    const [delivery] = await waitForSettled(t, endpoint.id, 1);
    expect(delivery).toMatchObject({ status: 'SUCCEEDED', attempts: 3, lastError: null });
    expect(r.requests).toHaveLength(3);

    const ids = new Set(r.requests.map((q) => q.headers['x-webhook-id']));
    expect([...ids]).toEqual([delivery?.eventId]);
    for (const request of r.requests) {
      expect(request.method).toBe('POST');
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['x-webhook-event']).toBe('PAYMENT_SUCCEEDED');
      const check = verifySignature(
        request.headers['x-webhook-signature'] as string,
        endpoint.secret,
        request.body,
        Math.floor(Date.now() / 1000),
      );
      expect(check).toMatchObject({ ok: true, timestamp: Number(request.headers['x-webhook-timestamp']) });
      // The same bytes every time.
      expect(request.body).toBe(r.requests[0]?.body);
    }
    const body = JSON.parse(r.requests[0]?.body ?? '{}');
    expect(body).toMatchObject({
      id: delivery?.eventId,
      type: 'PAYMENT_SUCCEEDED',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      order: {
        id: order.id,
        number: order.number,
        customerId: customer.id,
        status: 'CONFIRMED',
        paymentStatus: 'SUCCEEDED',
        paymentMethod: 'CARD',
        total: { amount: '25.00', currencyCode: 'USD' },
      },
      fromStatus: 'PENDING_PAYMENT',
      toStatus: 'CONFIRMED',
      actorKind: 'CUSTOMER',
      data: { fromPaymentStatus: 'PENDING', toPaymentStatus: 'SUCCEEDED' },
    });

    // Every attempt is logged, and listed with the delivery.
    const attempts = await attemptsOf(delivery?.id as string);
    expect(attempts.map((a) => [a.attempt, a.responseStatus])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    expect(attempts[0]?.error).toMatch(/^HTTP 500: failure number 1/);
    expect(attempts[2]?.error).toBeNull();
    const listed = (await store.admin.client.ok(DELIVERIES, { filter: { endpointId: endpoint.id } }))
      .webhookDeliveries;
    expect(listed.totalCount).toBe(1);
    expect(listed.nodes[0]).toMatchObject({
      eventId: delivery?.eventId,
      eventType: 'PAYMENT_SUCCEEDED',
      status: 'SUCCEEDED',
      attemptCount: 3,
      nextAttemptAt: null,
      lastError: null,
      deliveredAt: expect.any(String),
      body: r.requests[0]?.body,
    });
    expect(listed.nodes[0]!.attempts.map((a) => [a.attempt, a.responseStatus, a.error === null])).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 200, true],
    ]);
    await deactivate(store.admin.client, endpoint.id);
  });

  it('give up after WEBHOOK_MAX_ATTEMPTS against a receiver that always fails', async () => {
    const r = await receiver(() => 503);
    const endpoint = await createEndpoint(store.admin.client, r.url, ['PAYMENT_SUCCEEDED']);
    await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);

    const [delivery] = await waitForSettled(t, endpoint.id, 1);
    expect(delivery).toMatchObject({ status: 'FAILED', attempts: 3, deliveredAt: null });
    expect(delivery?.lastError).toMatch(/^HTTP 503/);
    expect(r.requests).toHaveLength(3);
    expect((await attemptsOf(delivery?.id as string)).map((a) => a.responseStatus)).toEqual([503, 503, 503]);

    const failed = (
      await store.admin.client.ok(DELIVERIES, { filter: { endpointId: endpoint.id, status: 'FAILED' } })
    ).webhookDeliveries;
    expect(failed.nodes.map((n) => n.id)).toEqual([delivery?.id]);
    const succeeded = (
      await store.admin.client.ok(DELIVERIES, { filter: { endpointId: endpoint.id, status: 'SUCCEEDED' } })
    ).webhookDeliveries;
    expect(succeeded.totalCount).toBe(0);
    await deactivate(store.admin.client, endpoint.id);
  });

  it('deliver only the subscribed event types', async () => {
    const placed = await receiver();
    const cancelled = await receiver();
    const shipped = await receiver();
    const a = await createEndpoint(store.admin.client, placed.url, ['PLACED', 'PAYMENT_SUCCEEDED']);
    const b = await createEndpoint(store.admin.client, cancelled.url, ['CANCELLED']);
    const c = await createEndpoint(store.admin.client, shipped.url, ['SHIPPED']);

    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 1 }]);
    const cancel = (await customer.client.ok(CANCEL, { input: { orderId: order.id } })).orderCancel;
    expect(cancel.errors).toEqual([]);

    await waitForSettled(t, a.id, 2);
    await waitForSettled(t, b.id, 1);
    expect(placed.requests.map((q) => q.headers['x-webhook-event']).sort()).toEqual([
      'PAYMENT_SUCCEEDED',
      'PLACED',
    ]);
    expect(cancelled.requests.map((q) => JSON.parse(q.body).type)).toEqual(['CANCELLED']);
    expect(JSON.parse(cancelled.requests[0]?.body ?? '{}').order).toMatchObject({
      id: order.id,
      status: 'CANCELLED',
    });
    expect(await deliveryRows(t, c.id)).toEqual([]);
    expect(shipped.requests).toEqual([]);
    for (const e of [a, b, c]) await deactivate(store.admin.client, e.id);
  });

  it('sign the next delivery with the new secret after a rotation', async () => {
    const r = await receiver();
    const endpoint = await createEndpoint(store.admin.client, r.url, ['PAYMENT_SUCCEEDED']);
    await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    await waitForSettled(t, endpoint.id, 1);

    const rotated = (await store.admin.client.ok(ROTATE, { input: { id: endpoint.id } })).webhookRotateSecret;
    expect(rotated.errors).toEqual([]);
    await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    await waitForSettled(t, endpoint.id, 2);

    const now = Math.floor(Date.now() / 1000);
    const [first, second] = r.requests;
    const check = (body: string | undefined, header: unknown, secret: string) =>
      verifySignature(header as string, secret, body ?? '', now).ok;
    expect(check(first?.body, first?.headers['x-webhook-signature'], endpoint.secret)).toBe(true);
    expect(check(second?.body, second?.headers['x-webhook-signature'], rotated.secret!)).toBe(true);
    expect(check(second?.body, second?.headers['x-webhook-signature'], endpoint.secret)).toBe(false);
    await deactivate(store.admin.client, endpoint.id);
  });

  it('send nothing for an inactive endpoint, and drop the deliveries of a deleted one', async () => {
    const r = await receiver(() => 500);
    const endpoint = await createEndpoint(store.admin.client, r.url, ['PAYMENT_SUCCEEDED']);
    await deactivate(store.admin.client, endpoint.id);
    await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    expect(await deliveryRows(t, endpoint.id)).toEqual([]);

    const other = await createEndpoint(store.admin.client, r.url, ['PAYMENT_SUCCEEDED']);
    await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    await waitFor('a failed attempt', async () =>
      (await deliveryRows(t, other.id)).some((d) => d.attempts >= 1),
    );
    const ids = (await deliveryRows(t, other.id)).map((d) => d.id);
    const deleted = (await store.admin.client.ok(DELETE, { input: { id: other.id } })).webhookDelete;
    expect(deleted.errors).toEqual([]);
    expect(await deliveryRows(t, other.id)).toEqual([]);
    expect(
      await t.database.db
        .select()
        .from(webhookDeliveryAttempts)
        .where(inArray(webhookDeliveryAttempts.deliveryId, ids)),
    ).toEqual([]);
  });

  it('check the host again at delivery time: a worker without the setting refuses a loopback URL', async () => {
    const r = await receiver();
    const endpoint = await createEndpoint(store.admin.client, r.url, ['PAYMENT_SUCCEEDED']);
    // Stop the app's worker so the strict one below makes the attempt.
    await t.app.context.webhookWorker.stop();
    try {
      await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
      const strict = new WebhookWorker({
        db: t.database.db,
        logger: t.app.context.logger,
        serverSecret: t.config.jwtSecret,
        ...t.config.webhooks,
        allowPrivateUrls: false,
      });
      expect(await strict.runOnce()).toBe(1);
    } finally {
      t.app.context.webhookWorker.start();
    }
    const [delivery] = await deliveryRows(t, endpoint.id);
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(delivery?.lastError).toMatch(/loopback address \(127\.0\.0\.1\)/);
    expect(r.requests).toEqual([]);
    const [attempt] = await attemptsOf(delivery?.id as string);
    expect(attempt).toMatchObject({ attempt: 1, responseStatus: null });
    await deactivate(store.admin.client, endpoint.id);
  });
});
