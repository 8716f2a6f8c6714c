import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedIn } from '../support/accounts.js';
import { type TestApp } from '../support/harness.js';
import { DECLINED_CARD, type Store, stockOf, unitsSold } from '../support/store.js';
import {
  CANCEL,
  cancellationCount,
  couponState,
  createCoupon,
  emailsTo,
  eventsOf,
  expectError,
  movementsFor,
  newCustomer,
  orderRow,
  paymentsOf,
  placeOrder,
  SwitchableCardProvider,
  shipWholeOrder,
  snapshot,
  startOrderStore,
} from './transitions-support.js';

/** orderCancel: who may cancel what, and everything a cancellation gives back. */

let t: TestApp;
let store: Store;
const card = new SwitchableCardProvider();

beforeAll(async () => {
  ({ t, store } = await startOrderStore(card));
});
afterAll(() => t?.close());

async function cancel(who: SignedIn, orderId: string, reason: string | null = 'Changed my mind') {
  return (await who.client.ok(CANCEL, { input: { orderId, reason } })).orderCancel;
}

describe('orderCancel by the customer', () => {
  it('cancels a paid (CONFIRMED) order: stock back, card refunded, coupon released, counted, emailed, on the timeline', async () => {
    const customer = await newCustomer(t);
    const couponId = await createCoupon(store, 'CANCEL10');
    const shirtBefore = await stockOf(t, store.shirt.id);
    const mugBefore = await stockOf(t, store.mug.id);
    const soldBefore = await unitsSold(t, store.shirt.productId);
    const order = await placeOrder(
      customer,
      [
        { variant: store.shirt, quantity: 2 },
        { variant: store.mug, quantity: 3 },
      ],
      { coupon: 'CANCEL10' },
    );
    expect(order.status).toBe('CONFIRMED');
    expect(order.paymentStatus).toBe('SUCCEEDED');
    expect(await stockOf(t, store.shirt.id)).toBe(shirtBefore - 2);
    expect(await unitsSold(t, store.shirt.productId)).toBe(soldBefore + 2);
    expect(await couponState(t, couponId, order.number)).toEqual({ usedCount: 1, redemptions: 1 });
    const [charged] = await paymentsOf(t, order.id);

    const payload = await cancel(customer, order.id);
    expect(payload.errors).toEqual([]);
    expect(payload.order).toMatchObject({ id: order.id, status: 'CANCELLED', paymentStatus: 'REFUNDED' });

    // Stock returned with one CANCEL ledger row per line, referencing the order number.
    expect(await stockOf(t, store.shirt.id)).toBe(shirtBefore);
    expect(await stockOf(t, store.mug.id)).toBe(mugBefore);
    const movements = await movementsFor(t, order.number, 'CANCEL');
    expect(movements.map((m) => [m.variantId, m.delta]).sort()).toEqual(
      [
        [store.shirt.id, 2],
        [store.mug.id, 3],
      ].sort(),
    );
    expect(movements.every((m) => m.actorId === customer.id)).toBe(true);

    // The card payment is refunded through the provider, in full.
    const [payment] = await paymentsOf(t, order.id);
    expect(payment).toMatchObject({ status: 'REFUNDED', refundedAmount: charged?.amount });
    expect(card.refunds.filter((r) => r.providerReference === charged?.providerReference)).toHaveLength(1);

    // Coupon use released, sales uncounted, cancellation counted.
    expect(await couponState(t, couponId, order.number)).toEqual({ usedCount: 0, redemptions: 0 });
    expect(await unitsSold(t, store.shirt.productId)).toBe(soldBefore);
    expect(await cancellationCount(t, customer.id)).toBe(1);

    // Email in the outbox, event on the timeline.
    const mails = await emailsTo(t, customer.email, 'order.cancelled');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.payload.subject).toContain(order.number);
    const events = await eventsOf(t, order.id);
    const last = events.at(-1);
    expect(last).toMatchObject({
      type: 'CANCELLED',
      fromStatus: 'CONFIRMED',
      toStatus: 'CANCELLED',
      actorKind: 'CUSTOMER',
      actorId: customer.id,
    });
    expect(last?.data).toMatchObject({
      reason: 'Changed my mind',
      fromPaymentStatus: 'SUCCEEDED',
      toPaymentStatus: 'REFUNDED',
    });

    // A second cancel is refused and changes nothing.
    const before = await snapshot(t, order.id, customer.id, [store.shirt.id, store.mug.id]);
    expectError(await cancel(customer, order.id), 'INVALID_TRANSITION');
    expect(await snapshot(t, order.id, customer.id, [store.shirt.id, store.mug.id])).toEqual(before);
  });

  it('cancels an order awaiting payment after a declined card: stock back, nothing to refund', async () => {
    const customer = await newCustomer(t);
    const before = await stockOf(t, store.mug.id);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 4 }], { card: DECLINED_CARD });
    expect(order).toMatchObject({ status: 'PENDING_PAYMENT', paymentStatus: 'FAILED' });
    expect(await stockOf(t, store.mug.id)).toBe(before - 4);
    const refundsBefore = card.refunds.length;

    const payload = await cancel(customer, order.id, null);
    expect(payload.errors).toEqual([]);
    expect(payload.order).toMatchObject({
      status: 'CANCELLED',
      paymentStatus: 'FAILED',
      reservedUntil: null,
    });
    expect(await stockOf(t, store.mug.id)).toBe(before);
    expect(await movementsFor(t, order.number, 'CANCEL')).toHaveLength(1);
    expect(card.refunds.length).toBe(refundsBefore);
    expect(await cancellationCount(t, customer.id)).toBe(1);
    expect(await emailsTo(t, customer.email, 'order.cancelled')).toHaveLength(1);
    expect((await eventsOf(t, order.id)).at(-1)).toMatchObject({
      type: 'CANCELLED',
      fromStatus: 'PENDING_PAYMENT',
      actorKind: 'CUSTOMER',
    });
  });

  it('cannot cancel a shipped order', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 1 }]);
    await shipWholeOrder(store, order.id);

    const before = await snapshot(t, order.id, customer.id, [store.shirt.id]);
    const payload = await cancel(customer, order.id);
    expectError(payload, 'INVALID_TRANSITION');
    expect(payload.order).toMatchObject({ id: order.id, status: 'SHIPPED' });
    expect(await snapshot(t, order.id, customer.id, [store.shirt.id])).toEqual(before);

    // Nor can an admin, once it has shipped.
    expectError(await cancel(store.admin, order.id), 'INVALID_TRANSITION');
    expect(await snapshot(t, order.id, customer.id, [store.shirt.id])).toEqual(before);
  });

  it("cannot touch another customer's order: NOT_FOUND, as for an unknown id, and nothing changes", async () => {
    const owner = await newCustomer(t);
    const stranger = await newCustomer(t);
    const order = await placeOrder(owner, [{ variant: store.shirt, quantity: 1 }]);
    const before = await snapshot(t, order.id, owner.id, [store.shirt.id]);

    const payload = await cancel(stranger, order.id);
    expectError(payload, 'NOT_FOUND');
    expect(payload.order).toBeNull();
    const unknown = await cancel(stranger, '00000000-0000-4000-8000-000000000000');
    expectError(unknown, 'NOT_FOUND');
    expect(unknown.errors[0]!.message).toBe(payload.errors[0]!.message);
    expectError(await cancel(stranger, 'not-a-uuid'), 'NOT_FOUND');

    expect(await snapshot(t, order.id, owner.id, [store.shirt.id])).toEqual(before);
    expect(await cancellationCount(t, stranger.id)).toBe(0);
  });

  it('needs a signed-in caller', async () => {
    const result = await t.client().request(CANCEL, {
      input: { orderId: '00000000-0000-4000-8000-000000000000', reason: null },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('orderCancel by an admin', () => {
  it("cancels any customer's confirmed order without counting it against the customer", async () => {
    const customer = await newCustomer(t);
    const before = await stockOf(t, store.shirt.id);
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 3 }]);

    const payload = await cancel(store.admin, order.id, 'Out of stock at the warehouse');
    expect(payload.errors).toEqual([]);
    expect(payload.order).toMatchObject({ status: 'CANCELLED', paymentStatus: 'REFUNDED' });
    expect(await stockOf(t, store.shirt.id)).toBe(before);
    expect(await cancellationCount(t, customer.id)).toBe(0);
    expect((await eventsOf(t, order.id)).at(-1)).toMatchObject({
      type: 'CANCELLED',
      actorKind: 'ADMIN',
      actorId: store.admin.id,
    });
    const mails = await emailsTo(t, customer.email, 'order.cancelled');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.payload.text).toContain('cancelled by the store');
  });

  it('rejects an over-long reason without changing anything', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const before = await snapshot(t, order.id, customer.id, [store.mug.id]);
    const payload = await cancel(store.admin, order.id, 'x'.repeat(501));
    expectError(payload, 'INVALID_INPUT');
    expect(payload.errors[0]!.field).toEqual(['input', 'reason']);
    expect(await snapshot(t, order.id, customer.id, [store.mug.id])).toEqual(before);
  });
});

describe('a refund the provider cannot make', () => {
  it('rolls the whole cancellation back: order, stock, coupon, counters, email, event', async () => {
    const customer = await newCustomer(t);
    const couponId = await createCoupon(store, 'ROLLBACK10');
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 2 }], {
      coupon: 'ROLLBACK10',
    });
    expect(order.status).toBe('CONFIRMED');
    const before = await snapshot(t, order.id, customer.id, [store.shirt.id]);
    const sold = await unitsSold(t, store.shirt.productId);

    card.failRefunds = true;
    try {
      const payload = await cancel(customer, order.id);
      expectError(payload, 'REFUND_FAILED');
      expect(payload.order).toMatchObject({ id: order.id, status: 'CONFIRMED', paymentStatus: 'SUCCEEDED' });
    } finally {
      card.failRefunds = false;
    }
    expect(await snapshot(t, order.id, customer.id, [store.shirt.id])).toEqual(before);
    expect(await unitsSold(t, store.shirt.productId)).toBe(sold);
    expect(await couponState(t, couponId, order.number)).toEqual({ usedCount: 1, redemptions: 1 });
    expect((await orderRow(t, order.id)).status).toBe('CONFIRMED');

    // Once the provider answers again, the same cancellation goes through, refunding exactly once.
    const retried = await cancel(customer, order.id);
    expect(retried.errors).toEqual([]);
    expect(retried.order).toMatchObject({ status: 'CANCELLED', paymentStatus: 'REFUNDED' });
    const [payment] = await paymentsOf(t, order.id);
    expect(card.refunds.filter((r) => r.providerReference === payment?.providerReference)).toHaveLength(1);
    expect(await couponState(t, couponId, order.number)).toEqual({ usedCount: 0, redemptions: 0 });
  });
});
