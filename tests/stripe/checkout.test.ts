import { randomUUID } from 'node:crypto';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { newCustomer, orderRow, paymentsOf } from '../orders/transitions-support.js';
import type { TestApp } from '../support/harness.js';
import { fillCart, GOOD_CARD, type Store, stockOf } from '../support/store.js';
import { FakeStripe, SECRET_KEY } from './fake-stripe.js';
import { CHECKOUT, PAY, useStripeStore } from './support.js';

/** Checkout and orderPay with Stripe as the card provider, against a local stand-in for Stripe's API. */

let fake: FakeStripe;
let t: TestApp;
let store: Store;

useStripeStore((started) => {
  ({ fake, t, store } = started);
});

describe('checkout with Stripe', () => {
  it('creates a PaymentIntent for the order total with the checkout key and returns its client secret', async () => {
    const customer = await newCustomer(t);
    await fillCart(customer.client, [{ variantId: store.shirt.id, quantity: 2 }]);
    const stockBefore = await stockOf(t, store.shirt.id);
    const key = randomUUID();
    const before = fake.requests.length;

    const payload = (
      await customer.client.ok(CHECKOUT, { input: { idempotencyKey: key, paymentMethod: 'CARD' } })
    ).checkoutComplete;
    expect(payload.errors).toEqual([]);
    expect(payload.order).toMatchObject({ status: 'PENDING_PAYMENT', paymentStatus: 'PENDING' });
    expect(payload.order!.reservedUntil).not.toBeNull();
    expect(payload.payment).toMatchObject({ status: 'PENDING', provider: 'stripe', cardBrand: null });

    // What Stripe was sent.
    const sent = fake.requests.slice(before);
    expect(sent).toHaveLength(1);
    const [create] = sent;
    const order = await orderRow(t, payload.order!.id);
    expect(order.total).toBe(2 * 2000 + 500);
    expect(create).toMatchObject({
      method: 'POST',
      path: '/v1/payment_intents',
      idempotencyKey: `checkout:${customer.id}:${key}`,
      authorization: `Bearer ${SECRET_KEY}`,
    });
    expect(create?.form).toMatchObject({
      amount: String(order.total),
      currency: 'usd',
      'metadata[order_number]': order.number,
      'metadata[order_id]': order.id,
    });
    // Exactly this, and so no card detail: the browser gives the card to Stripe itself.
    expect(Object.keys(create?.form ?? {}).sort()).toEqual([
      'amount',
      'automatic_payment_methods[enabled]',
      'currency',
      'description',
      'metadata[order_id]',
      'metadata[order_number]',
    ]);

    const intent = [...fake.intents.values()].find((i) => i.metadata.order_id === order.id);
    expect(intent).toBeDefined();
    expect(payload.clientSecret).toBe(intent?.client_secret);

    // Recorded as a pending payment of the PaymentIntent; stock reserved, order not confirmed.
    const rows = await paymentsOf(t, order.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'PENDING',
      provider: 'stripe',
      providerReference: intent?.id,
      amount: order.total,
      currency: 'USD',
      cardBrand: null,
      cardLast4: null,
    });
    expect(order.status).toBe('PENDING_PAYMENT');
    expect(await stockOf(t, store.shirt.id)).toBe(stockBefore - 2);
  });

  it('a replayed checkout returns the same order and client secret without a second PaymentIntent', async () => {
    const customer = await newCustomer(t);
    await fillCart(customer.client, [{ variantId: store.mug.id, quantity: 1 }]);
    const key = randomUUID();
    const first = (
      await customer.client.ok(CHECKOUT, { input: { idempotencyKey: key, paymentMethod: 'CARD' } })
    ).checkoutComplete;
    expect(first.errors).toEqual([]);
    const creates = fake.requestsTo('POST', '/v1/payment_intents').length;

    const again = (
      await customer.client.ok(CHECKOUT, { input: { idempotencyKey: key, paymentMethod: 'CARD' } })
    ).checkoutComplete;
    expect(again.errors).toEqual([]);
    expect(again.order!.id).toBe(first.order!.id);
    expect(again.payment?.id).toBe(first.payment!.id);
    expect(again.clientSecret).toBe(first.clientSecret);
    expect(fake.requestsTo('POST', '/v1/payment_intents')).toHaveLength(creates);
    expect(await paymentsOf(t, first.order!.id)).toHaveLength(1);
  });

  it('refuses raw card details with INVALID_INPUT and changes nothing', async () => {
    const customer = await newCustomer(t);
    await fillCart(customer.client, [{ variantId: store.mug.id, quantity: 1 }]);
    const stockBefore = await stockOf(t, store.mug.id);
    const before = fake.requests.length;
    const payload = (
      await customer.client.ok(CHECKOUT, {
        input: { idempotencyKey: randomUUID(), paymentMethod: 'CARD', card: GOOD_CARD },
      })
    ).checkoutComplete;
    expect(payload.order).toBeNull();
    expect(payload.clientSecret).toBeNull();
    expect(payload.errors).toEqual([
      expect.objectContaining({ field: ['input', 'card'], code: 'INVALID_INPUT' }),
    ]);
    expect(payload.errors[0]?.message).toMatch(/Stripe/);
    expect(fake.requests.length).toBe(before);
    expect(await stockOf(t, store.mug.id)).toBe(stockBefore);
  });

  it('Stripe failing rolls the checkout back; the same key then succeeds', async () => {
    const customer = await newCustomer(t);
    await fillCart(customer.client, [{ variantId: store.mug.id, quantity: 2 }]);
    const stockBefore = await stockOf(t, store.mug.id);
    const key = randomUUID();
    fake.failPaymentIntents = true;
    let payload: ResultOf<typeof CHECKOUT>['checkoutComplete'] | undefined;
    try {
      payload = (
        await customer.client.ok(CHECKOUT, { input: { idempotencyKey: key, paymentMethod: 'CARD' } })
      ).checkoutComplete;
    } finally {
      fake.failPaymentIntents = false;
    }
    expect(payload?.order).toBeNull();
    expect(payload?.errors).toEqual([expect.objectContaining({ code: 'PAYMENT_PROVIDER_ERROR' })]);
    expect(await stockOf(t, store.mug.id)).toBe(stockBefore);

    const retried = (
      await customer.client.ok(CHECKOUT, { input: { idempotencyKey: key, paymentMethod: 'CARD' } })
    ).checkoutComplete;
    expect(retried.errors).toEqual([]);
    expect(retried.order).toMatchObject({ status: 'PENDING_PAYMENT' });
    expect(retried.clientSecret).toBeTruthy();
    expect(await stockOf(t, store.mug.id)).toBe(stockBefore - 2);
  });

  it('a key Stripe already saw with other parameters (an attempt rolled back here) asks for a new key', async () => {
    const customer = await newCustomer(t);
    await fillCart(customer.client, [{ variantId: store.mug.id, quantity: 1 }]);
    const stockBefore = await stockOf(t, store.mug.id);
    const key = randomUUID();
    // What an earlier attempt that reached Stripe, then rolled back before commit, left there.
    const earlier = await fetch(`http://127.0.0.1:${fake.port}/v1/payment_intents`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'idempotency-key': `checkout:${customer.id}:${key}`,
      },
      body: 'amount=999&currency=usd&metadata[order_number]=ORD-999999',
    });
    expect(earlier.status).toBe(200);

    const payload = (
      await customer.client.ok(CHECKOUT, { input: { idempotencyKey: key, paymentMethod: 'CARD' } })
    ).checkoutComplete;
    expect(payload.order).toBeNull();
    expect(payload.errors).toEqual([
      expect.objectContaining({ field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED' }),
    ]);
    expect(await stockOf(t, store.mug.id)).toBe(stockBefore);

    const fresh = (
      await customer.client.ok(CHECKOUT, { input: { idempotencyKey: randomUUID(), paymentMethod: 'CARD' } })
    ).checkoutComplete;
    expect(fresh.errors).toEqual([]);
    expect(fresh.clientSecret).toBeTruthy();
  });

  it('cash on delivery still works without Stripe', async () => {
    const customer = await newCustomer(t);
    await fillCart(customer.client, [{ variantId: store.mug.id, quantity: 1 }]);
    const before = fake.requests.length;
    const payload = (
      await customer.client.ok(CHECKOUT, {
        input: { idempotencyKey: randomUUID(), paymentMethod: 'CASH_ON_DELIVERY' },
      })
    ).checkoutComplete;
    expect(payload.errors).toEqual([]);
    expect(payload.order).toMatchObject({ status: 'CONFIRMED' });
    expect(payload.clientSecret).toBeNull();
    expect(fake.requests.length).toBe(before);
  });
});

describe('orderPay with Stripe', () => {
  it("hands out the open PaymentIntent's client secret again, and a new PaymentIntent once it is cancelled", async () => {
    const customer = await newCustomer(t);
    await fillCart(customer.client, [{ variantId: store.shirt.id, quantity: 1 }]);
    const placed = (
      await customer.client.ok(CHECKOUT, { input: { idempotencyKey: randomUUID(), paymentMethod: 'CARD' } })
    ).checkoutComplete;
    const orderId = placed.order!.id;
    const creates = fake.requestsTo('POST', '/v1/payment_intents').length;

    const again = (await customer.client.ok(PAY, { input: { orderId } })).orderPay;
    expect(again.errors).toEqual([]);
    expect(again.clientSecret).toBe(placed.clientSecret);
    expect(again.order).toMatchObject({ id: orderId, status: 'PENDING_PAYMENT' });
    expect(fake.requestsTo('POST', '/v1/payment_intents')).toHaveLength(creates);

    // Cancelled at Stripe (e.g. in the Dashboard): a new PaymentIntent, recorded as a new pending payment.
    const [payment] = await paymentsOf(t, orderId);
    const intent = fake.intents.get(payment?.providerReference ?? '');
    if (!intent) throw new Error('no intent');
    intent.status = 'canceled';
    const fresh = (await customer.client.ok(PAY, { input: { orderId } })).orderPay;
    expect(fresh.errors).toEqual([]);
    expect(fresh.clientSecret).toBeTruthy();
    expect(fresh.clientSecret).not.toBe(placed.clientSecret);
    const creates2 = fake.requestsTo('POST', '/v1/payment_intents');
    expect(creates2).toHaveLength(creates + 1);
    expect(creates2.at(-1)?.idempotencyKey).toMatch(new RegExp(`^order-pay:${orderId}:`));
    const rows = await paymentsOf(t, orderId);
    expect(rows.map((r) => r.status)).toEqual(['PENDING', 'PENDING']);
    expect(rows[1]?.providerReference).not.toBe(rows[0]?.providerReference);
  });

  it('refuses a card with INVALID_INPUT', async () => {
    const customer = await newCustomer(t);
    await fillCart(customer.client, [{ variantId: store.mug.id, quantity: 1 }]);
    const placed = (
      await customer.client.ok(CHECKOUT, { input: { idempotencyKey: randomUUID(), paymentMethod: 'CARD' } })
    ).checkoutComplete;
    const payload = (await customer.client.ok(PAY, { input: { orderId: placed.order!.id, card: GOOD_CARD } }))
      .orderPay;
    expect(payload.clientSecret).toBeNull();
    expect(payload.errors).toEqual([
      expect.objectContaining({ field: ['input', 'card'], code: 'INVALID_INPUT' }),
    ]);
  });

  it("another customer's order reads as missing", async () => {
    const owner = await newCustomer(t);
    await fillCart(owner.client, [{ variantId: store.mug.id, quantity: 1 }]);
    const placed = (
      await owner.client.ok(CHECKOUT, { input: { idempotencyKey: randomUUID(), paymentMethod: 'CARD' } })
    ).checkoutComplete;
    const other = await newCustomer(t);
    const payload = (await other.client.ok(PAY, { input: { orderId: placed.order!.id } })).orderPay;
    expect(payload.order).toBeNull();
    expect(payload.clientSecret).toBeNull();
    expect(payload.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
  });
});
