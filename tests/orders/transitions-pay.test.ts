import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp } from '../support/harness.js';
import { DECLINED_CARD, GOOD_CARD, type Store, stockOf, unitsSold } from '../support/store.js';
import {
  emailsTo,
  eventsOf,
  expectError,
  newCustomer,
  PAY,
  paymentsOf,
  placeOrder,
  snapshot,
  startOrderStore,
} from './transitions-support.js';

/** orderPay: paying an order awaiting payment after a declined card. */

let t: TestApp;
let store: Store;

beforeAll(async () => {
  ({ t, store } = await startOrderStore());
});
afterAll(() => t?.close());

describe('orderPay', () => {
  it('retries after a decline: another decline is recorded, then a good card confirms the order', async () => {
    const customer = await newCustomer(t);
    const stockBefore = await stockOf(t, store.shirt.id);
    const soldBefore = await unitsSold(t, store.shirt.productId);
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 2 }], {
      card: DECLINED_CARD,
    });
    expect(order).toMatchObject({ status: 'PENDING_PAYMENT', paymentStatus: 'FAILED' });
    expect(order.reservedUntil).not.toBeNull();
    // Stock stays reserved while the order awaits payment; nothing is counted as sold yet.
    expect(await stockOf(t, store.shirt.id)).toBe(stockBefore - 2);
    expect(await unitsSold(t, store.shirt.productId)).toBe(soldBefore);

    const declined = (await customer.client.ok(PAY, { input: { orderId: order.id, card: DECLINED_CARD } }))
      .orderPay;
    expectError(declined, 'CARD_DECLINED');
    expect(declined.order).toMatchObject({
      id: order.id,
      status: 'PENDING_PAYMENT',
      paymentStatus: 'FAILED',
    });

    const paid = (await customer.client.ok(PAY, { input: { orderId: order.id, card: GOOD_CARD } })).orderPay;
    expect(paid.errors).toEqual([]);
    expect(paid.order).toMatchObject({
      status: 'CONFIRMED',
      paymentStatus: 'SUCCEEDED',
      reservedUntil: null,
    });

    const attempts = await paymentsOf(t, order.id);
    expect(attempts.map((p) => p.status)).toEqual(['FAILED', 'FAILED', 'SUCCEEDED']);
    expect(attempts[1]).toMatchObject({ failureCode: 'CARD_DECLINED', cardLast4: '0002', method: 'CARD' });
    expect(attempts[2]).toMatchObject({ cardBrand: 'VISA', cardLast4: '4242', refundedAmount: 0 });
    expect(attempts[2]?.providerReference).toMatch(/^sim_ch_/);
    // Distinct attempts, distinct provider references (fresh idempotency key per attempt).
    expect(new Set(attempts.map((p) => p.id)).size).toBe(3);

    const events = await eventsOf(t, order.id);
    // Checkout writes PLACED and its PAYMENT_FAILED in one transaction (same time on PostgreSQL).
    expect(
      events
        .slice(0, 2)
        .map((e) => e.type)
        .sort(),
    ).toEqual(['PAYMENT_FAILED', 'PLACED']);
    expect(events.slice(2).map((e) => e.type)).toEqual(['PAYMENT_FAILED', 'PAYMENT_SUCCEEDED']);
    expect(events.at(-1)).toMatchObject({
      actorKind: 'CUSTOMER',
      actorId: customer.id,
      toStatus: 'CONFIRMED',
    });
    expect(events[2]?.data).toMatchObject({ reason: 'Your card was declined.' });

    // Confirmed: units counted once, stock unchanged (it was reserved at checkout), email queued.
    expect(await stockOf(t, store.shirt.id)).toBe(stockBefore - 2);
    expect(await unitsSold(t, store.shirt.productId)).toBe(soldBefore + 2);
    expect(await emailsTo(t, customer.email, 'order.confirmed')).toHaveLength(1);

    // Paying again is refused, and charges nothing.
    const before = await snapshot(t, order.id, customer.id, [store.shirt.id]);
    expectError(
      (await customer.client.ok(PAY, { input: { orderId: order.id, card: GOOD_CARD } })).orderPay,
      'INVALID_TRANSITION',
    );
    expect(await snapshot(t, order.id, customer.id, [store.shirt.id])).toEqual(before);
  });

  it('refuses an invalid card before contacting the provider, changing nothing', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }], { card: DECLINED_CARD });
    const before = await snapshot(t, order.id, customer.id, [store.mug.id]);
    const payload = (
      await customer.client.ok(PAY, {
        input: {
          orderId: order.id,
          card: { number: '4242 4242 4242 4241', expMonth: 13, expYear: 2040, cvc: '1' },
        },
      })
    ).orderPay;
    expect(payload.errors.map((e: any) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID_CARD', 'input.card.number'],
      ['INVALID_CARD', 'input.card.expMonth'],
      ['INCORRECT_CVC', 'input.card.cvc'],
    ]);
    expect(await snapshot(t, order.id, customer.id, [store.mug.id])).toEqual(before);
  });

  it("answers NOT_FOUND for another customer's order, and refuses cash-on-delivery orders", async () => {
    const owner = await newCustomer(t);
    const stranger = await newCustomer(t);
    const order = await placeOrder(owner, [{ variant: store.mug, quantity: 1 }], { card: DECLINED_CARD });
    const before = await snapshot(t, order.id, owner.id, [store.mug.id]);
    const payload = (await stranger.client.ok(PAY, { input: { orderId: order.id, card: GOOD_CARD } }))
      .orderPay;
    expectError(payload, 'NOT_FOUND');
    expect(payload.order).toBeNull();
    expect(await snapshot(t, order.id, owner.id, [store.mug.id])).toEqual(before);

    // An admin is no exception: orderPay is the buyer's own.
    expectError(
      (await store.admin.client.ok(PAY, { input: { orderId: order.id, card: GOOD_CARD } })).orderPay,
      'NOT_FOUND',
    );

    const cod = await placeOrder(owner, [{ variant: store.mug, quantity: 1 }], {
      paymentMethod: 'CASH_ON_DELIVERY',
    });
    expectError(
      (await owner.client.ok(PAY, { input: { orderId: cod.id, card: GOOD_CARD } })).orderPay,
      'INVALID_TRANSITION',
    );
    // Without a card too: the order is not payable online, whatever was sent.
    const noCard = (await owner.client.ok(PAY, { input: { orderId: cod.id } })).orderPay;
    expectError(noCard, 'INVALID_TRANSITION');
    expect(noCard.order!.id).toBe(cod.id);
    expect(await paymentsOf(t, cod.id)).toHaveLength(1);
  });
});
