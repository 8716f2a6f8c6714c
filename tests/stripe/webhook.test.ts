import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { processedWebhookEvents } from '../../src/http/inbound-events.tables.js';
import { CANCEL, emailsTo, eventsOf, orderRow, paymentsOf, snapshot } from '../orders/transitions-support.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, stockOf } from '../support/store.js';
import { FakeStripe, WEBHOOK_SECRET } from './fake-stripe.js';
import { deliver, intentEvent, placeStripeOrder, useStripeStore } from './support.js';

/** POST /webhooks/stripe: signatures, exactly-once processing, and what each event does. */

let fake: FakeStripe;
let t: TestApp;
let store: Store;

useStripeStore((started) => {
  ({ fake, t, store } = started);
});

const placeOrder = (quantity = 1) => placeStripeOrder(t, store.shirt, quantity);

const CHARGE_WITH_CARD = {
  latest_charge: {
    id: 'ch_test_1',
    object: 'charge',
    payment_method_details: { type: 'card', card: { brand: 'visa', last4: '4242' } },
  },
};

async function processed(eventId: string): Promise<number> {
  const rows = await t.database.db
    .select()
    .from(processedWebhookEvents)
    .where(eq(processedWebhookEvents.eventId, eventId));
  return rows.length;
}

describe('payment_intent.succeeded', () => {
  it('confirms the order, records the card and queues the confirmation email', async () => {
    const { customer, orderId, intent } = await placeOrder(2);
    const event = intentEvent('payment_intent.succeeded', intent, CHARGE_WITH_CARD);
    const answer = await deliver(t, event);
    expect(answer).toEqual({ status: 200, body: { received: true } });

    const order = await orderRow(t, orderId);
    expect(order).toMatchObject({ status: 'CONFIRMED', paymentStatus: 'SUCCEEDED', reservedUntil: null });
    const [payment] = await paymentsOf(t, orderId);
    expect(payment).toMatchObject({ status: 'SUCCEEDED', cardBrand: 'VISA', cardLast4: '4242' });
    const events = await eventsOf(t, orderId);
    expect(events.at(-1)).toMatchObject({ type: 'PAYMENT_SUCCEEDED', toStatus: 'CONFIRMED', actorId: null });
    expect(await emailsTo(t, customer.email, 'order.confirmed')).toHaveLength(1);
    expect(await processed(event.id as string)).toBe(1);
  });

  it('reads the card from Stripe when the event names the latest charge by id only', async () => {
    const { orderId, intent } = await placeOrder();
    const chargeId = `ch_${randomUUID().replaceAll('-', '')}`;
    fake.charges.set(chargeId, {
      id: chargeId,
      object: 'charge',
      payment_intent: intent.id,
      payment_method_details: { type: 'card', card: { brand: 'mastercard', last4: '4444' } },
    });
    const event = intentEvent('payment_intent.succeeded', intent, { latest_charge: chargeId });
    expect(await deliver(t, event)).toEqual({ status: 200, body: { received: true } });
    expect(fake.requestsTo('GET', `/v1/charges/${chargeId}`)).toHaveLength(1);
    expect((await paymentsOf(t, orderId))[0]).toMatchObject({
      status: 'SUCCEEDED',
      cardBrand: 'MASTERCARD',
      cardLast4: '4444',
    });
    // A redelivery does not ask Stripe again.
    expect((await deliver(t, event)).body).toEqual({ received: true, duplicate: true });
    expect(fake.requestsTo('GET', `/v1/charges/${chargeId}`)).toHaveLength(1);
  });

  it('confirms the order all the same when the charge cannot be read', async () => {
    for (const failing of [true, false]) {
      const { orderId, intent } = await placeOrder();
      // Stripe failing (500), then a charge Stripe does not know (404).
      fake.failCharges = failing;
      const chargeId = `ch_missing_${failing}`;
      try {
        const event = intentEvent('payment_intent.succeeded', intent, { latest_charge: chargeId });
        expect(await deliver(t, event)).toEqual({ status: 200, body: { received: true } });
      } finally {
        fake.failCharges = false;
      }
      expect(fake.requestsTo('GET', `/v1/charges/${chargeId}`).length).toBeGreaterThan(0);
      expect(await orderRow(t, orderId)).toMatchObject({ status: 'CONFIRMED', paymentStatus: 'SUCCEEDED' });
      expect((await paymentsOf(t, orderId))[0]).toMatchObject({ cardBrand: null, cardLast4: null });
    }
  });

  it('the same event delivered twice is applied once', async () => {
    const { customer, orderId, intent } = await placeOrder();
    const event = intentEvent('payment_intent.succeeded', intent);
    expect((await deliver(t, event)).body).toEqual({ received: true });
    const after = await snapshot(t, orderId, customer.id, [store.shirt.id]);

    const again = await deliver(t, event);
    expect(again).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(await snapshot(t, orderId, customer.id, [store.shirt.id])).toEqual(after);
    expect((await eventsOf(t, orderId)).filter((e) => e.type === 'PAYMENT_SUCCEEDED')).toHaveLength(1);
    expect(await emailsTo(t, customer.email, 'order.confirmed')).toHaveLength(1);
  });

  it('a PaymentIntent unknown here is acknowledged and changes nothing', async () => {
    const { customer, orderId } = await placeOrder();
    const before = await snapshot(t, orderId, customer.id, [store.shirt.id]);
    const answer = await deliver(
      t,
      intentEvent('payment_intent.succeeded', { id: 'pi_not_ours', amount: 999 }),
    );
    expect(answer.status).toBe(200);
    expect(answer.body.received).toBe(true);
    expect(await snapshot(t, orderId, customer.id, [store.shirt.id])).toEqual(before);
  });

  it('a success after the order was cancelled is refunded at Stripe at once', async () => {
    const { customer, orderId, intent } = await placeOrder();
    const cancelled = (await customer.client.ok(CANCEL, { input: { orderId, reason: null } })).orderCancel;
    expect(cancelled.errors).toEqual([]);
    const refundsBefore = fake.requestsTo('POST', '/v1/refunds').length;

    expect((await deliver(t, intentEvent('payment_intent.succeeded', intent))).status).toBe(200);
    const order = await orderRow(t, orderId);
    expect(order).toMatchObject({ status: 'CANCELLED', paymentStatus: 'REFUNDED' });
    const [payment] = await paymentsOf(t, orderId);
    expect(payment).toMatchObject({ status: 'REFUNDED', refundedAmount: intent.amount });
    const refunds = fake.requestsTo('POST', '/v1/refunds');
    expect(refunds).toHaveLength(refundsBefore + 1);
    expect(refunds.at(-1)?.form).toEqual({ payment_intent: intent.id, amount: String(intent.amount) });
    expect((await eventsOf(t, orderId)).at(-1)?.type).toBe('LATE_PAYMENT_REFUNDED');
  });
});

describe('payment_intent.payment_failed', () => {
  it("records Stripe's decline; a later success on the same PaymentIntent still confirms", async () => {
    const { orderId, intent } = await placeOrder();
    const failed = intentEvent('payment_intent.payment_failed', intent, {
      last_payment_error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        message: 'Your card has insufficient funds.',
        payment_method: { id: 'pm_1', object: 'payment_method', card: { brand: 'visa', last4: '9995' } },
      },
    });
    expect((await deliver(t, failed)).body).toEqual({ received: true });
    expect(await orderRow(t, orderId)).toMatchObject({ status: 'PENDING_PAYMENT', paymentStatus: 'FAILED' });
    const [payment] = await paymentsOf(t, orderId);
    expect(payment).toMatchObject({
      status: 'FAILED',
      failureCode: 'INSUFFICIENT_FUNDS',
      failureMessage: 'Your card has insufficient funds.',
    });
    expect((await eventsOf(t, orderId)).at(-1)).toMatchObject({
      type: 'PAYMENT_FAILED',
      data: expect.objectContaining({ reason: 'Your card has insufficient funds.' }),
    });

    // The shopper tries another card in the browser on the same PaymentIntent.
    expect((await deliver(t, intentEvent('payment_intent.succeeded', intent))).status).toBe(200);
    expect(await orderRow(t, orderId)).toMatchObject({ status: 'CONFIRMED', paymentStatus: 'SUCCEEDED' });
    const [paid] = await paymentsOf(t, orderId);
    expect(paid).toMatchObject({ status: 'SUCCEEDED', failureCode: null, failureMessage: null });
  });

  it('a failure arriving after the success (out of order) changes nothing', async () => {
    const { customer, orderId, intent } = await placeOrder();
    await deliver(t, intentEvent('payment_intent.succeeded', intent));
    const before = await snapshot(t, orderId, customer.id, [store.shirt.id]);
    const answer = await deliver(t, intentEvent('payment_intent.payment_failed', intent));
    expect(answer.status).toBe(200);
    const after = await snapshot(t, orderId, customer.id, [store.shirt.id]);
    expect(after).toEqual(before);
  });
});

describe('signatures', () => {
  async function refused(options: Parameters<typeof deliver>[2], reason: RegExp) {
    const { customer, orderId, intent } = await placeOrder();
    const before = await snapshot(t, orderId, customer.id, [store.shirt.id]);
    const event = intentEvent('payment_intent.succeeded', intent);
    const answer = await deliver(t, event, options);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(reason);
    expect(await snapshot(t, orderId, customer.id, [store.shirt.id])).toEqual(before);
    expect(await processed(event.id as string)).toBe(0);
  }

  it('refuses a signature made with another secret', async () => {
    await refused({ secret: 'whsec_someone_else' }, /signature/i);
  });

  it('refuses a stale timestamp (older than five minutes)', async () => {
    await refused({ timestamp: Math.floor(Date.now() / 1000) - 600 }, /signature/i);
  });

  it('refuses a request without a signature', async () => {
    await refused({ signature: null }, /Stripe-Signature/);
  });

  it('refuses a body changed after signing', async () => {
    const { orderId, intent } = await placeOrder();
    const event = intentEvent('payment_intent.succeeded', intent);
    const stripeSignature = (await import('stripe')).default.webhooks.generateTestHeaderString({
      payload: JSON.stringify({ ...event, id: 'evt_other' }),
      secret: WEBHOOK_SECRET,
    });
    const answer = await deliver(t, event, { signature: stripeSignature });
    expect(answer.status).toBe(400);
    expect(await orderRow(t, orderId)).toMatchObject({ status: 'PENDING_PAYMENT', paymentStatus: 'PENDING' });
  });
});

describe('other events', () => {
  it('are acknowledged and ignored', async () => {
    const { customer, orderId } = await placeOrder();
    const before = await snapshot(t, orderId, customer.id, [store.shirt.id]);
    const event = {
      id: `evt_${randomUUID()}`,
      object: 'event',
      type: 'customer.created',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: { object: { id: 'cus_1', object: 'customer' } },
    };
    expect(await deliver(t, event)).toEqual({ status: 200, body: { received: true, ignored: true } });
    expect(await snapshot(t, orderId, customer.id, [store.shirt.id])).toEqual(before);
  });
});

describe('refunds through Stripe', () => {
  it('an admin cancelling a confirmed Stripe order refunds the PaymentIntent in full', async () => {
    const { customer, orderId, intent } = await placeOrder(3);
    await deliver(t, intentEvent('payment_intent.succeeded', intent));
    const stockBefore = await stockOf(t, store.shirt.id);
    const [payment] = await paymentsOf(t, orderId);
    const refundsBefore = fake.requestsTo('POST', '/v1/refunds').length;

    const cancelled = (await store.admin.client.ok(CANCEL, { input: { orderId, reason: 'Out of stock' } }))
      .orderCancel;
    expect(cancelled.errors).toEqual([]);
    expect(cancelled.order).toMatchObject({ status: 'CANCELLED', paymentStatus: 'REFUNDED' });
    const refunds = fake.requestsTo('POST', '/v1/refunds');
    expect(refunds).toHaveLength(refundsBefore + 1);
    expect(refunds.at(-1)).toMatchObject({
      form: { payment_intent: intent.id, amount: String(intent.amount) },
      // refund:<payment>:<refunded so far>:<amount>, the same on a retry of this very refund.
      idempotencyKey: `refund:${payment?.id}:0:${intent.amount}`,
    });
    expect(await paymentsOf(t, orderId)).toEqual([
      expect.objectContaining({ status: 'REFUNDED', refundedAmount: intent.amount }),
    ]);
    expect(await stockOf(t, store.shirt.id)).toBe(stockBefore + 3);
    expect(await emailsTo(t, customer.email, 'order.cancelled')).toHaveLength(1);
  });

  it('a refund Stripe refuses leaves the order as it was', async () => {
    const { customer, orderId, intent } = await placeOrder();
    await deliver(t, intentEvent('payment_intent.succeeded', intent));
    const before = await snapshot(t, orderId, customer.id, [store.shirt.id]);
    fake.refuseNextRefund = {
      code: 'charge_already_refunded',
      message: 'Charge ch_1 has already been refunded.',
    };

    const payload = (await store.admin.client.ok(CANCEL, { input: { orderId, reason: null } })).orderCancel;
    expect(payload.errors).toEqual([expect.objectContaining({ code: 'REFUND_FAILED' })]);
    expect(payload.errors[0]!.message).toMatch(/already been refunded in full/);
    expect(payload.errors[0]!.message).not.toMatch(/ch_1/);
    expect(await snapshot(t, orderId, customer.id, [store.shirt.id])).toEqual(before);
  });
});

describe('without Stripe configured', () => {
  it('the endpoint does not exist', async () => {
    const plain = await startTestApp({}, { idleWorkers: ['reservation-sweeper'] });
    try {
      const answer = await deliver(
        plain,
        intentEvent('payment_intent.succeeded', { id: 'pi_x', amount: 100 }),
      );
      expect(answer.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
