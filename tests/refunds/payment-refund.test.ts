import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payments } from '../../src/modules/order/order.tables.js';
import { createShipment, linesOf } from '../fulfillment/support.js';
import type { PaymentRefundInput } from '../generated/graphql.js';
import {
  CANCEL,
  deliverWholeOrder,
  emailsTo,
  eventsOf,
  expectError,
  MARK_COLLECTED,
  movementsFor,
  newCustomer,
  orderRow,
  paymentsOf,
  placeOrder,
  SwitchableCardProvider,
} from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import { type Store, stockOf, unitsSold } from '../support/store.js';
import { decimal, moneySnapshot, ORDER_MONEY, REFUND, refundsOf, startRefundApp } from './support.js';

/** paymentRefund: partial and full refunds, what is refused, concurrency, cash, provider failures. */

let t: TestApp;
let store: Store;
const card = new SwitchableCardProvider();

beforeAll(async () => {
  ({ t, store } = await startRefundApp(card));
});
afterAll(() => t?.close());

async function refund(who: SignedIn, input: PaymentRefundInput) {
  return (await who.client.ok(REFUND, { input })).paymentRefund;
}

async function deliveredCardOrder(customer: SignedIn) {
  const order = await placeOrder(customer, [
    { variant: store.shirt, quantity: 2 },
    { variant: store.mug, quantity: 1 },
  ]);
  await deliverWholeOrder(store, order.id);
  const [payment] = await paymentsOf(t, order.id);
  if (!payment) throw new Error('no payment');
  return { order, payment };
}

describe('paymentRefund', () => {
  it('refunds part, then the rest: payment and order statuses, ledger rows, provider calls, emails, timeline', async () => {
    const customer = await newCustomer(t);
    const { order, payment } = await deliveredCardOrder(customer);
    expect(payment.status).toBe('SUCCEEDED');
    const stockBefore = await stockOf(t, store.shirt.id);
    const callsBefore = card.refunds.length;

    const partial = await refund(store.admin, {
      paymentId: payment.id,
      amount: '10.00',
      reason: 'Scratched mug',
    });
    expect(partial.errors).toEqual([]);
    expect(partial.payment).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedAmount: { amount: '10.00' },
    });
    expect(partial.order).toMatchObject({ status: 'DELIVERED', paymentStatus: 'PARTIALLY_REFUNDED' });
    expect(partial.refund).toMatchObject({
      paymentId: payment.id,
      orderId: order.id,
      amount: { amount: '10.00', currencyCode: 'USD' },
      source: 'ADMIN',
      reason: 'Scratched mug',
      returnId: null,
    });
    expect(partial.refund!.providerReference).toMatch(/\S/);
    expect(card.refunds.slice(callsBefore)).toMatchObject([
      { providerReference: payment.providerReference, amount: 1000, currency: 'USD' },
    ]);

    // The rest, amount omitted: everything still refundable.
    const rest = payment.amount - 1000;
    const full = await refund(store.admin, { paymentId: payment.id, reason: 'Gave up on the order' });
    expect(full.errors).toEqual([]);
    expect(full.payment).toMatchObject({
      status: 'REFUNDED',
      refundedAmount: { amount: decimal(payment.amount) },
    });
    expect(full.order).toMatchObject({ status: 'REFUNDED', paymentStatus: 'REFUNDED' });
    expect(full.refund!.amount.amount).toBe(decimal(rest));
    expect(card.refunds.slice(callsBefore).map((r) => r.amount)).toEqual([1000, rest]);
    // Idempotency keys differ per refund, and are stable (payment, refunded so far, amount).
    const keys = card.refunds.slice(callsBefore).map((r) => r.idempotencyKey);
    expect(keys).toEqual([`refund:${payment.id}:0:1000`, `refund:${payment.id}:1000:${rest}`]);

    // Ledger rows, in the database.
    const rows = await refundsOf(t, order.id);
    expect(rows.map((r) => [r.paymentId, r.amount, r.source, r.actorId])).toEqual([
      [payment.id, 1000, 'ADMIN', store.admin.id],
      [payment.id, rest, 'ADMIN', store.admin.id],
    ]);
    expect(new Set(rows.map((r) => r.providerReference)).size).toBe(2);
    const [paid] = await paymentsOf(t, order.id);
    expect(paid).toMatchObject({ status: 'REFUNDED', refundedAmount: payment.amount });

    // Delivered goods stay with the customer: no restock.
    expect(await stockOf(t, store.shirt.id)).toBe(stockBefore);
    expect(await movementsFor(t, order.number, 'CANCEL')).toHaveLength(0);

    // Timeline and emails.
    const events = (await eventsOf(t, order.id)).slice(-2);
    expect(events.map((e) => [e.type, e.fromStatus, e.toStatus, e.actorKind])).toEqual([
      ['PARTIALLY_REFUNDED', 'DELIVERED', 'DELIVERED', 'ADMIN'],
      ['REFUNDED', 'DELIVERED', 'REFUNDED', 'ADMIN'],
    ]);
    expect(events[0]?.data).toMatchObject({
      refunded: 1000,
      reason: 'Scratched mug',
      toPaymentStatus: 'PARTIALLY_REFUNDED',
    });
    expect(events[1]?.data).toMatchObject({ refunded: rest, toPaymentStatus: 'REFUNDED' });
    const partialMail = await emailsTo(t, customer.email, 'order.partially_refunded');
    expect(partialMail).toHaveLength(1);
    expect(partialMail[0]?.payload.text).toContain('10.00 USD');
    const fullMail = await emailsTo(t, customer.email, 'order.refunded');
    expect(fullMail).toHaveLength(1);
    expect(fullMail[0]?.payload.text).toContain(`${decimal(rest)} USD`);

    // The reads: Payment.refunds and Order.refunds, for the buyer too.
    const seen = (await customer.client.ok(ORDER_MONEY, { id: order.id })).order;
    expect(seen!.refunds.map((r: any) => r.amount.amount)).toEqual(['10.00', decimal(rest)]);
    expect(seen!.payments[0]!.refunds.map((r: any) => r.source)).toEqual(['ADMIN', 'ADMIN']);

    // Nothing is left: a further refund is refused and changes nothing.
    const before = await moneySnapshot(t, order.id, customer.id, [store.shirt.id]);
    expectError(
      await refund(store.admin, { paymentId: payment.id, amount: '0.01' }),
      'REFUND_EXCEEDS_CAPTURED',
    );
    expect(await moneySnapshot(t, order.id, customer.id, [store.shirt.id])).toEqual(before);
  });

  it('a full refund before shipping puts the goods back in stock and takes the units off the counters', async () => {
    const customer = await newCustomer(t);
    const before = await stockOf(t, store.mug.id);
    const sold = await unitsSold(t, store.mug.productId);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 3 }]);
    const [payment] = await paymentsOf(t, order.id);
    const payload = await refund(store.admin, { paymentId: payment?.id as string, reason: null });
    expect(payload.errors).toEqual([]);
    expect(payload.order).toMatchObject({ status: 'REFUNDED', paymentStatus: 'REFUNDED' });
    expect(await stockOf(t, store.mug.id)).toBe(before);
    expect(await unitsSold(t, store.mug.productId)).toBe(sold);
    expect(await movementsFor(t, order.number, 'CANCEL')).toHaveLength(1);
  });

  it('a full refund of a partly shipped order restocks only the units still in the store', async () => {
    const customer = await newCustomer(t);
    const before = await stockOf(t, store.mug.id);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 3 }]);
    const [line] = await linesOf(store, order.id);
    const created = await createShipment(store, {
      orderId: order.id,
      lines: [{ orderLineId: line!.id, quantity: 2 }],
      carrier: 'UPS',
      trackingNumber: `1ZPART${order.number}`,
      status: 'IN_TRANSIT',
    });
    expect(created.errors).toEqual([]);
    expect(created.order!.status).toBe('CONFIRMED');
    const [payment] = await paymentsOf(t, order.id);
    const payload = await refund(store.admin, {
      paymentId: payment?.id as string,
      reason: 'Lost in transit',
    });
    expect(payload.errors).toEqual([]);
    expect(payload.order).toMatchObject({ status: 'REFUNDED', paymentStatus: 'REFUNDED' });
    // Two mugs are with the carrier: only the third comes back to stock.
    expect(await stockOf(t, store.mug.id)).toBe(before - 2);
    expect(await movementsFor(t, order.number, 'CANCEL')).toEqual([expect.objectContaining({ delta: 1 })]);
  });

  it('refuses more than is refundable, zero, negative and malformed amounts, changing nothing', async () => {
    const customer = await newCustomer(t);
    const { order, payment } = await deliveredCardOrder(customer);
    const calls = card.refunds.length;
    const before = await moneySnapshot(t, order.id, customer.id, [store.shirt.id, store.mug.id]);

    const above = await refund(store.admin, { paymentId: payment.id, amount: decimal(payment.amount + 1) });
    expectError(above, 'REFUND_EXCEEDS_CAPTURED');
    expect(above.errors[0]!.field).toEqual(['input', 'amount']);
    expect(above.errors[0]!.message).toContain(`${decimal(payment.amount)} USD`);
    expect(above.payment).toMatchObject({ status: 'SUCCEEDED', refundedAmount: { amount: '0.00' } });
    expect(above.refund).toBeNull();
    for (const amount of ['0', '0.00', '-5.00', 'ten', '1.234', '1e3', '']) {
      expectError(await refund(store.admin, { paymentId: payment.id, amount }), 'INVALID_INPUT');
    }
    expectError(await refund(store.admin, { paymentId: crypto.randomUUID(), amount: '1.00' }), 'NOT_FOUND');
    expectError(await refund(store.admin, { paymentId: 'nope', amount: '1.00' }), 'NOT_FOUND');
    expect(await moneySnapshot(t, order.id, customer.id, [store.shirt.id, store.mug.id])).toEqual(before);
    expect(card.refunds.length).toBe(calls);

    // After a partial refund, the limit is what remains.
    expect((await refund(store.admin, { paymentId: payment.id, amount: '5.00' })).errors).toEqual([]);
    const middle = await moneySnapshot(t, order.id, customer.id, [store.shirt.id]);
    expectError(
      await refund(store.admin, { paymentId: payment.id, amount: decimal(payment.amount - 500 + 1) }),
      'REFUND_EXCEEDS_CAPTURED',
    );
    expect(await moneySnapshot(t, order.id, customer.id, [store.shirt.id])).toEqual(middle);
  });

  it('refuses payments that captured nothing (a declined attempt)', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }], {
      card: { number: '4000000000000002', expMonth: 12, expYear: 2040, cvc: '123' },
    });
    const [failed] = await paymentsOf(t, order.id);
    expect(failed?.status).toBe('FAILED');
    expectError(await refund(store.admin, { paymentId: failed?.id as string }), 'REFUND_EXCEEDS_CAPTURED');
    expect(await refundsOf(t, order.id)).toEqual([]);
  });

  it('concurrent refunds never give back more than was captured', async () => {
    const customer = await newCustomer(t);
    const { order, payment } = await deliveredCardOrder(customer);
    const slice = Math.floor(payment.amount / 3) + 1; // at most two fit
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        refund(store.admin, { paymentId: payment.id, amount: decimal(slice), reason: 'race' }),
      ),
    );
    const succeeded = results.filter((r) => r.errors.length === 0);
    expect(succeeded).toHaveLength(2);
    for (const r of results.filter((r) => r.errors.length > 0)) {
      expect(r.errors[0]!.code).toBe('REFUND_EXCEEDS_CAPTURED');
    }
    const rows = await refundsOf(t, order.id);
    expect(rows.map((r) => r.amount)).toEqual([slice, slice]);
    const [after] = await paymentsOf(t, order.id);
    expect(after).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedAmount: 2 * slice });
    expect(card.refunds.filter((r) => r.providerReference === payment.providerReference)).toHaveLength(2);
  });

  it('the database itself refuses a refunded amount above the payment (CHECK)', async () => {
    const customer = await newCustomer(t);
    const { payment } = await deliveredCardOrder(customer);
    const overRefund = t.database.db
      .update(payments)
      .set({ refundedAmount: sql`${payments.amount} + 1` })
      .where(eq(payments.id, payment.id));
    const failure: any = await overRefund.then(
      () => null,
      (err: unknown) => err,
    );
    // Drizzle wraps the driver's error: the constraint is named in its cause.
    expect(String(failure?.cause?.message ?? failure)).toMatch(/payments_refunded_amount_range/);
    // The same statement within the amount goes through (the refusal above is the CHECK's).
    await t.database.db
      .update(payments)
      .set({ refundedAmount: sql`${payments.amount}` })
      .where(eq(payments.id, payment.id));
    const [after] = await paymentsOf(t, payment.orderId);
    expect(after?.refundedAmount).toBe(payment.amount);
  });

  it('records a cash-on-delivery refund without any provider call', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 1 }], {
      paymentMethod: 'CASH_ON_DELIVERY',
    });
    await deliverWholeOrder(store, order.id);
    const [pending] = await paymentsOf(t, order.id);
    expectError(await refund(store.admin, { paymentId: pending?.id as string }), 'REFUND_EXCEEDS_CAPTURED');
    const collected = (await store.admin.client.ok(MARK_COLLECTED, { input: { orderId: order.id } }))
      .paymentMarkCollected;
    expect(collected.errors).toEqual([]);
    const calls = card.refunds.length;

    const payload = await refund(store.admin, {
      paymentId: pending?.id as string,
      amount: '3.00',
      reason: 'Late',
    });
    expect(payload.errors).toEqual([]);
    expect(payload.payment).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedAmount: { amount: '3.00' },
    });
    expect(payload.order).toMatchObject({ status: 'DELIVERED', paymentStatus: 'PARTIALLY_REFUNDED' });
    expect(payload.refund).toMatchObject({ source: 'ADMIN', providerReference: null });
    const rest = await refund(store.admin, { paymentId: pending?.id as string });
    expect(rest.order).toMatchObject({ status: 'REFUNDED', paymentStatus: 'REFUNDED' });
    expect(card.refunds.length).toBe(calls);
    expect((await refundsOf(t, order.id)).map((r) => [r.source, r.providerReference])).toEqual([
      ['ADMIN', null],
      ['ADMIN', null],
    ]);
  });

  it('a provider that fails changes nothing (REFUND_FAILED); the retry refunds once', async () => {
    const customer = await newCustomer(t);
    const { order, payment } = await deliveredCardOrder(customer);
    const before = await moneySnapshot(t, order.id, customer.id, [store.shirt.id]);
    card.failRefunds = true;
    try {
      const payload = await refund(store.admin, { paymentId: payment.id, amount: '2.00' });
      expectError(payload, 'REFUND_FAILED');
      expect(payload.payment).toMatchObject({ status: 'SUCCEEDED', refundedAmount: { amount: '0.00' } });
      expect(payload.order).toMatchObject({ status: 'DELIVERED', paymentStatus: 'SUCCEEDED' });
    } finally {
      card.failRefunds = false;
    }
    expect(await moneySnapshot(t, order.id, customer.id, [store.shirt.id])).toEqual(before);
    const retried = await refund(store.admin, { paymentId: payment.id, amount: '2.00' });
    expect(retried.errors).toEqual([]);
    expect(card.refunds.filter((r) => r.providerReference === payment.providerReference)).toHaveLength(1);
  });

  it('cancelling a paid order writes its refund to the ledger (source CANCELLATION)', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const cancelled = (await customer.client.ok(CANCEL, { input: { orderId: order.id, reason: 'Oops' } }))
      .orderCancel;
    expect(cancelled.errors).toEqual([]);
    const [payment] = await paymentsOf(t, order.id);
    expect(
      (await refundsOf(t, order.id)).map((r) => [r.paymentId, r.amount, r.source, r.reason, r.actorId]),
    ).toEqual([[payment?.id, payment?.amount, 'CANCELLATION', 'Oops', customer.id]]);
  });

  it('is admin only: customers get FORBIDDEN, anonymous callers UNAUTHENTICATED, and nothing changes', async () => {
    const customer = await newCustomer(t);
    const { order, payment } = await deliveredCardOrder(customer);
    const before = await moneySnapshot(t, order.id, customer.id, [store.shirt.id]);
    const own = await customer.client.request(REFUND, { input: { paymentId: payment.id } });
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.client().request(REFUND, { input: { paymentId: payment.id } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await moneySnapshot(t, order.id, customer.id, [store.shirt.id])).toEqual(before);
    expect((await orderRow(t, order.id)).paymentStatus).toBe('SUCCEEDED');
  });
});
