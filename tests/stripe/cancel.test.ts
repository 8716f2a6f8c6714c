import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { payments } from '../../src/modules/order/order.tables.js';
import { sweepExpiredReservations } from '../../src/modules/order/reservation-sweeper.js';
import {
  CANCEL,
  eventsOf,
  expireReservation,
  orderRow,
  paymentsOf,
  snapshot,
} from '../orders/transitions-support.js';
import type { TestApp } from '../support/harness.js';
import { type Store } from '../support/store.js';
import { FakeStripe } from './fake-stripe.js';
import { deliver, intentEvent, placeStripeOrder, useStripeStore } from './support.js';

/**
 * An order cancelled while its Stripe payment is still open: the PaymentIntent is cancelled at Stripe after
 * the cancellation commits, so the browser can no longer pay it (best effort).
 */

let fake: FakeStripe;
let t: TestApp;
let store: Store;

useStripeStore((started) => {
  ({ fake, t, store } = started);
});

const placeOrder = () => placeStripeOrder(t, store.shirt);

const cancelsOf = (intentId: string) => fake.requestsTo('POST', `/v1/payment_intents/${intentId}/cancel`);
const allCancels = () => fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/cancel'));

describe('cancelling an order awaiting a Stripe payment', () => {
  it("the customer's orderCancel cancels the PaymentIntent once, with the payment's idempotency key", async () => {
    const { customer, orderId, paymentId, intent } = await placeOrder();
    const cancelled = (await customer.client.ok(CANCEL, { input: { orderId, reason: null } })).orderCancel;
    expect(cancelled.errors).toEqual([]);
    expect(cancelled.order).toMatchObject({ status: 'CANCELLED' });

    const sent = cancelsOf(intent.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ idempotencyKey: `cancel:${paymentId}` });
    expect(sent[0]?.form).toEqual({ cancellation_reason: 'abandoned' });
    expect(fake.intents.get(intent.id)?.status).toBe('canceled');
    // Our records are the cancellation's only: the payment stays as it was.
    expect((await paymentsOf(t, orderId))[0]).toMatchObject({ status: 'PENDING', refundedAmount: 0 });
  });

  it("an admin's orderCancel cancels it too, also after a decline (Stripe keeps a declined intent payable)", async () => {
    const { orderId, paymentId, intent } = await placeOrder();
    expect((await deliver(t, intentEvent('payment_intent.payment_failed', intent))).status).toBe(200);
    expect((await paymentsOf(t, orderId))[0]?.status).toBe('FAILED');

    const cancelled = (await store.admin.client.ok(CANCEL, { input: { orderId, reason: 'Out of stock' } }))
      .orderCancel;
    expect(cancelled.errors).toEqual([]);
    expect(cancelled.order!.status).toBe('CANCELLED');
    expect(cancelsOf(intent.id).map((r) => r.idempotencyKey)).toEqual([`cancel:${paymentId}`]);
    expect(fake.intents.get(intent.id)?.status).toBe('canceled');
  });

  it('the reservation sweeper cancels the PaymentIntent of the order it expired, after its transaction', async () => {
    const { orderId, paymentId, intent } = await placeOrder();
    await expireReservation(t, orderId);
    expect(await sweepExpiredReservations(t.app.context)).toBe(1);

    expect(await orderRow(t, orderId)).toMatchObject({ status: 'CANCELLED' });
    expect((await eventsOf(t, orderId)).at(-1)?.type).toBe('RESERVATION_EXPIRED');
    expect(cancelsOf(intent.id).map((r) => r.idempotencyKey)).toEqual([`cancel:${paymentId}`]);
    expect(fake.intents.get(intent.id)?.status).toBe('canceled');
  });

  it('Stripe failing to cancel changes nothing here; a late payment is still refunded', async () => {
    const { customer, orderId, intent } = await placeOrder();
    const paymentsBefore = await paymentsOf(t, orderId);
    fake.failCancels = true;
    let cancelled: any;
    try {
      cancelled = (await customer.client.ok(CANCEL, { input: { orderId, reason: null } })).orderCancel;
    } finally {
      fake.failCancels = false;
    }
    expect(cancelled.errors).toEqual([]);
    expect(cancelled.order.status).toBe('CANCELLED');
    expect(cancelsOf(intent.id)).toHaveLength(1);
    expect(fake.intents.get(intent.id)?.status).toBe('requires_payment_method');

    // The cancellation as without Stripe's answer: same payment rows, one CANCELLED event.
    const after = await snapshot(t, orderId, customer.id, [store.shirt.id]);
    expect(after.order).toMatchObject({ status: 'CANCELLED', reservedUntil: null });
    expect(after.payments).toEqual(paymentsBefore);
    expect(after.events.map((e) => e.type)).toEqual(['PLACED', 'CANCELLED']);

    // The shopper pays anyway: the late-payment rule refunds it.
    expect((await deliver(t, intentEvent('payment_intent.succeeded', intent))).status).toBe(200);
    expect(await orderRow(t, orderId)).toMatchObject({ status: 'CANCELLED', paymentStatus: 'REFUNDED' });
  });

  it('an intent Stripe no longer lets cancel (already paid there) is only logged', async () => {
    const { customer, orderId, intent } = await placeOrder();
    const stored = fake.intents.get(intent.id);
    if (!stored) throw new Error('intent not at the fake');
    stored.status = 'processing';
    const cancelled = (await customer.client.ok(CANCEL, { input: { orderId, reason: null } })).orderCancel;
    expect(cancelled.errors).toEqual([]);
    expect(cancelled.order!.status).toBe('CANCELLED');
    expect(cancelsOf(intent.id)).toHaveLength(1);
    expect(stored.status).toBe('processing');
  });
});

describe('no cancel is sent', () => {
  it('for a payment made with the simulated card gateway (placed before Stripe was configured)', async () => {
    const { customer, orderId, paymentId, intent } = await placeOrder();
    await t.database.db
      .update(payments)
      .set({ provider: 'simulated-card' })
      .where(eq(payments.id, paymentId));
    const before = allCancels().length;
    const cancelled = (await customer.client.ok(CANCEL, { input: { orderId, reason: null } })).orderCancel;
    expect(cancelled.errors).toEqual([]);
    expect(cancelled.order!.status).toBe('CANCELLED');
    expect(allCancels()).toHaveLength(before);
    expect(fake.intents.get(intent.id)?.status).toBe('requires_payment_method');
  });

  it('for a paid order cancelled: it is refunded instead', async () => {
    const { customer, orderId, intent } = await placeOrder();
    expect((await deliver(t, intentEvent('payment_intent.succeeded', intent))).status).toBe(200);
    expect((await orderRow(t, orderId)).status).toBe('CONFIRMED');
    const before = allCancels().length;
    const refunds = fake.requestsTo('POST', '/v1/refunds').length;
    const cancelled = (await customer.client.ok(CANCEL, { input: { orderId, reason: null } })).orderCancel;
    expect(cancelled.errors).toEqual([]);
    expect(cancelled.order!.status).toBe('CANCELLED');
    expect(allCancels()).toHaveLength(before);
    expect(fake.requestsTo('POST', '/v1/refunds')).toHaveLength(refunds + 1);
  });
});
