import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { refunds } from '../../src/modules/order/order.tables.js';
import { emailsTo, eventsOf, orderRow, paymentsOf } from '../orders/transitions-support.js';
import { moneySnapshot, REFUND, refundsOf } from '../refunds/support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import { type Store, stockOf } from '../support/store.js';
import { FakeStripe } from './fake-stripe.js';
import { chargeRefundedEvent, deliver, intentEvent, placeStripeOrder, useStripeStore } from './support.js';

/** charge.refunded: refunds made at Stripe (Dashboard) recorded on the order; our own ones not twice. */

let fake: FakeStripe;
let t: TestApp;
let store: Store;

useStripeStore((started) => {
  ({ fake, t, store } = started);
});

interface Paid {
  customer: SignedIn;
  orderId: string;
  paymentId: string;
  intentId: string;
  chargeId: string;
  amount: number;
}

/** A Stripe checkout confirmed by payment_intent.succeeded: CONFIRMED, payment SUCCEEDED. */
async function paidStripeOrder(quantity = 2): Promise<Paid> {
  const { customer, orderId, paymentId, intent } = await placeStripeOrder(t, store.shirt, quantity);
  expect((await deliver(t, intentEvent('payment_intent.succeeded', intent))).body).toEqual({
    received: true,
  });
  expect(await orderRow(t, orderId)).toMatchObject({
    status: 'CONFIRMED',
    paymentStatus: 'SUCCEEDED',
  });
  return {
    customer,
    orderId,
    paymentId,
    intentId: intent.id,
    chargeId: `ch_${randomUUID().replaceAll('-', '')}`,
    amount: intent.amount,
  };
}

const snap = (p: Paid) => moneySnapshot(t, p.orderId, p.customer.id, [store.shirt.id]);

describe('a refund made in the Stripe Dashboard', () => {
  it('part, then the rest: recorded as PROVIDER refunds, order PARTIALLY_REFUNDED then REFUNDED', async () => {
    const paid = await paidStripeOrder(2);
    const stock = await stockOf(t, store.shirt.id);
    const refundCalls = fake.requestsTo('POST', '/v1/refunds').length;
    const part = 500;

    // Refunds expanded on the charge: the newest refund's id is recorded.
    const first = chargeRefundedEvent({
      id: paid.chargeId,
      paymentIntent: paid.intentId,
      amount: paid.amount,
      amountRefunded: part,
      refunds: [{ id: 're_dashboard_1', amount: part, reason: 'requested_by_customer' }],
    });
    expect(await deliver(t, first)).toEqual({ status: 200, body: { received: true } });

    expect(await orderRow(t, paid.orderId)).toMatchObject({
      status: 'CONFIRMED',
      paymentStatus: 'PARTIALLY_REFUNDED',
    });
    expect(await paymentsOf(t, paid.orderId)).toEqual([
      expect.objectContaining({ status: 'PARTIALLY_REFUNDED', refundedAmount: part }),
    ]);
    expect(
      (await refundsOf(t, paid.orderId)).map((r) => [r.amount, r.source, r.providerReference, r.actorId]),
    ).toEqual([[part, 'PROVIDER', 're_dashboard_1', null]]);
    expect((await refundsOf(t, paid.orderId))[0]?.reason).toBe(
      'Refunded at Stripe: requested by the customer.',
    );
    expect((await eventsOf(t, paid.orderId)).at(-1)).toMatchObject({
      type: 'PARTIALLY_REFUNDED',
      actorKind: 'SYSTEM',
      actorId: null,
    });
    expect(await emailsTo(t, paid.customer.email, 'order.partially_refunded')).toHaveLength(1);

    // Stripe delivers the same event again: applied once.
    const afterFirst = await snap(paid);
    expect(await deliver(t, first)).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(await snap(paid)).toEqual(afterFirst);

    // The rest, reported without the refunds list (recent API versions): charge id and total name it.
    const rest = chargeRefundedEvent({
      id: paid.chargeId,
      paymentIntent: paid.intentId,
      amount: paid.amount,
      amountRefunded: paid.amount,
    });
    expect(await deliver(t, rest)).toEqual({ status: 200, body: { received: true } });
    expect(await orderRow(t, paid.orderId)).toMatchObject({ status: 'REFUNDED', paymentStatus: 'REFUNDED' });
    expect(await paymentsOf(t, paid.orderId)).toEqual([
      expect.objectContaining({ status: 'REFUNDED', refundedAmount: paid.amount }),
    ]);
    expect((await refundsOf(t, paid.orderId)).map((r) => [r.amount, r.source, r.providerReference])).toEqual([
      [part, 'PROVIDER', 're_dashboard_1'],
      [paid.amount - part, 'PROVIDER', `${paid.chargeId}:${paid.amount}`],
    ]);
    expect((await eventsOf(t, paid.orderId)).at(-1)).toMatchObject({
      type: 'REFUNDED',
      toStatus: 'REFUNDED',
    });
    expect(await emailsTo(t, paid.customer.email, 'order.refunded')).toHaveLength(1);
    // A confirmed order refunded in full gives its stock back, as an admin's full refund does.
    expect(await stockOf(t, store.shirt.id)).toBe(stock + 2);
    // Nothing was asked of Stripe: the money had already gone back there.
    expect(fake.requestsTo('POST', '/v1/refunds')).toHaveLength(refundCalls);

    // The first report arriving again under another event id (late, out of order): nothing changes.
    const done = await snap(paid);
    const late = chargeRefundedEvent({
      id: paid.chargeId,
      paymentIntent: paid.intentId,
      amount: paid.amount,
      amountRefunded: part,
      refunds: [{ id: 're_dashboard_1', amount: part }],
    });
    expect(await deliver(t, late)).toEqual({ status: 200, body: { received: true, ignored: true } });
    expect(await snap(paid)).toEqual(done);
  });
});

describe('a refund made by this server (paymentRefund)', () => {
  it("Stripe's charge.refunded for it changes nothing", async () => {
    const paid = await paidStripeOrder(2);
    const ours = (
      await store.admin.client.ok(REFUND, { input: { paymentId: paid.paymentId, amount: '3.00' } })
    ).paymentRefund;
    expect(ours.errors).toEqual([]);
    const reference = ours.refund!.providerReference as string;
    expect(reference).toMatch(/^re_/);
    expect(fake.requestsTo('POST', '/v1/refunds').at(-1)?.form).toEqual({
      payment_intent: paid.intentId,
      amount: '300',
    });
    const before = await snap(paid);
    expect(before.refunds.map((r) => [r.amount, r.source, r.providerReference])).toEqual([
      [300, 'ADMIN', reference],
    ]);

    // With the refunds list, and (another event) without it.
    for (const refundsList of [[{ id: reference, amount: 300 }], null]) {
      const answer = await deliver(
        t,
        chargeRefundedEvent({
          id: paid.chargeId,
          paymentIntent: paid.intentId,
          amount: paid.amount,
          amountRefunded: 300,
          refunds: refundsList,
        }),
      );
      expect(answer).toEqual({ status: 200, body: { received: true, ignored: true } });
      expect(await snap(paid)).toEqual(before);
    }
  });

  it('a Dashboard refund reported only inside the event of ours is still recorded once', async () => {
    const paid = await paidStripeOrder(2);
    // 2.00 refunded in the Dashboard; its own event is late. Meanwhile an admin refunds 3.00 here.
    const ours = (
      await store.admin.client.ok(REFUND, { input: { paymentId: paid.paymentId, amount: '3.00' } })
    ).paymentRefund;
    expect(ours.errors).toEqual([]);
    const reference = ours.refund!.providerReference as string;

    // The event of our refund: its total (5.00) includes the Dashboard's 2.00.
    const answer = await deliver(
      t,
      chargeRefundedEvent({
        id: paid.chargeId,
        paymentIntent: paid.intentId,
        amount: paid.amount,
        amountRefunded: 500,
        refunds: [
          { id: reference, amount: 300 },
          { id: 're_dashboard_early', amount: 200 },
        ],
      }),
    );
    expect(answer).toEqual({ status: 200, body: { received: true } });
    expect((await refundsOf(t, paid.orderId)).map((r) => [r.amount, r.source, r.providerReference])).toEqual([
      [300, 'ADMIN', reference],
      [200, 'PROVIDER', `${paid.chargeId}:500`],
    ]);
    expect((await paymentsOf(t, paid.orderId))[0]).toMatchObject({ refundedAmount: 500 });

    // The Dashboard refund's own event, late: already counted.
    const before = await snap(paid);
    const late = await deliver(
      t,
      chargeRefundedEvent({
        id: paid.chargeId,
        paymentIntent: paid.intentId,
        amount: paid.amount,
        amountRefunded: 200,
        refunds: [{ id: 're_dashboard_early', amount: 200 }],
      }),
    );
    expect(late).toEqual({ status: 200, body: { received: true, ignored: true } });
    expect(await snap(paid)).toEqual(before);
  });
});

describe('a charge this server does not know', () => {
  it('is acknowledged and changes nothing', async () => {
    const paid = await paidStripeOrder(1);
    const before = await snap(paid);
    const count = (await t.database.db.select({ id: refunds.id }).from(refunds)).length;
    for (const paymentIntent of ['pi_not_ours', null]) {
      const answer = await deliver(
        t,
        chargeRefundedEvent({
          id: 'ch_not_ours',
          paymentIntent,
          amount: 1000,
          amountRefunded: 1000,
          refunds: [{ id: 're_not_ours', amount: 1000 }],
        }),
      );
      expect(answer).toEqual({ status: 200, body: { received: true } });
    }
    expect(await snap(paid)).toEqual(before);
    expect((await t.database.db.select({ id: refunds.id }).from(refunds)).length).toBe(count);
    expect(
      await t.database.db.select().from(refunds).where(eq(refunds.providerReference, 're_not_ours')),
    ).toEqual([]);
  });
});
