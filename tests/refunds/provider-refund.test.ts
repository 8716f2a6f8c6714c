import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordProviderRefund } from '../../src/modules/order/refund.service.js';
import {
  deliverWholeOrder,
  emailsTo,
  eventsOf,
  newCustomer,
  orderRow,
  paymentsOf,
  placeOrder,
  SwitchableCardProvider,
} from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import type { Store } from '../support/store.js';
import { REFUND, refundsOf, startRefundApp } from './support.js';

/** recordProviderRefund: refunds made at the provider and reported by its webhook (called directly here). */

let t: TestApp;
let store: Store;
const card = new SwitchableCardProvider();

beforeAll(async () => {
  ({ t, store } = await startRefundApp(card));
});
afterAll(() => t?.close());

function report(input: Parameters<typeof recordProviderRefund>[2]) {
  const ctx = { app: t.app.context };
  return t.database.db.transaction((tx) => recordProviderRefund(ctx, tx, input));
}

async function deliveredOrder(customer: SignedIn) {
  const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 2 }]);
  await deliverWholeOrder(store, order.id);
  const [payment] = await paymentsOf(t, order.id);
  if (!payment?.providerReference) throw new Error('no captured payment');
  return { order, payment, reference: payment.providerReference };
}

describe('recordProviderRefund', () => {
  it('records without calling the provider, once per refund, and moves the order like any refund', async () => {
    const customer = await newCustomer(t);
    const { order, payment, reference } = await deliveredOrder(customer);
    const calls = card.refunds.length;

    const first = await report({
      providerReference: reference,
      refundReference: 're_first',
      amountRefundedTotal: 700,
      reason: 'requested_by_customer',
    });
    expect(first.status).toBe('RECORDED');
    expect(await orderRow(t, order.id)).toMatchObject({
      status: 'DELIVERED',
      paymentStatus: 'PARTIALLY_REFUNDED',
    });
    expect((await paymentsOf(t, order.id))[0]).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedAmount: 700,
    });
    expect(
      (await refundsOf(t, order.id)).map((r) => [r.amount, r.source, r.providerReference, r.actorId]),
    ).toEqual([[700, 'PROVIDER', 're_first', null]]);
    expect((await eventsOf(t, order.id)).at(-1)).toMatchObject({
      type: 'PARTIALLY_REFUNDED',
      actorKind: 'SYSTEM',
    });
    expect(await emailsTo(t, customer.email, 'order.partially_refunded')).toHaveLength(1);

    // Redelivered webhook: the same refund reference is recorded once.
    expect(
      (
        await report({
          providerReference: reference,
          refundReference: 're_first',
          amountRefundedTotal: 700,
          reason: null,
        })
      ).status,
    ).toBe('ALREADY_RECORDED');
    // A refund we made through paymentRefund, reported afterwards: the total is not above what we know.
    const ours = (await store.admin.client.ok(REFUND, { input: { paymentId: payment.id, amount: '3.00' } }))
      .paymentRefund;
    expect(ours.errors).toEqual([]);
    expect(
      (
        await report({
          providerReference: reference,
          refundReference: ours.refund!.providerReference as string,
          amountRefundedTotal: 1000,
          reason: null,
        })
      ).status,
    ).toBe('ALREADY_RECORDED');
    expect(
      (
        await report({
          providerReference: reference,
          refundReference: 're_other',
          amountRefundedTotal: 1000,
          reason: null,
        })
      ).status,
    ).toBe('ALREADY_RECORDED');
    expect((await refundsOf(t, order.id)).map((r) => r.amount)).toEqual([700, 300]);

    // The rest refunded at the provider: the order becomes REFUNDED.
    const last = await report({
      providerReference: reference,
      refundReference: 're_last',
      amountRefundedTotal: payment.amount,
      reason: null,
    });
    expect(last.status).toBe('RECORDED');
    expect(await orderRow(t, order.id)).toMatchObject({ status: 'REFUNDED', paymentStatus: 'REFUNDED' });
    expect((await refundsOf(t, order.id)).map((r) => r.amount)).toEqual([700, 300, payment.amount - 1000]);
    expect(await emailsTo(t, customer.email, 'order.refunded')).toHaveLength(1);

    // Only our own paymentRefund reached the provider.
    expect(card.refunds.length).toBe(calls + 1);
  });

  it('ignores payments it does not know', async () => {
    expect(
      (
        await report({
          providerReference: 'pi_unknown',
          refundReference: 're_x',
          amountRefundedTotal: 100,
          reason: null,
        })
      ).status,
    ).toBe('UNKNOWN_PAYMENT');
  });
});
