import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  emailsTo,
  eventsOf,
  expectError,
  newCustomer,
  orderRow,
  paymentsOf,
  SwitchableCardProvider,
  startOrderStore,
} from '../orders/transitions-support.js';
import { decimal, refundsOf, returnMovements } from '../refunds/support.js';
import type { TestApp } from '../support/harness.js';
import { type Store, stockOf } from '../support/store.js';
import {
  approveReturn,
  deliveredOrder,
  ORDER_RETURNS,
  PAYMENT_REFUND,
  receiveReturn,
  requestReturn,
} from './support.js';

/** Returns from request to refund: approve, receive, restock and refund exactly the returned units' share. */

let t: TestApp;
let store: Store;
const card = new SwitchableCardProvider();

beforeAll(async () => {
  ({ t, store } = await startOrderStore(card));
});
afterAll(() => t?.close());

describe('a return from request to refund', () => {
  it('request → approve → receive: stock back with RETURN movements, exact refund, statuses, emails, timeline', async () => {
    const customer = await newCustomer(t);
    const { order, shirt, mug } = await deliveredOrder(t, store, customer);
    const shirtStock = await stockOf(t, store.shirt.id);
    const [payment] = await paymentsOf(t, order.id);
    const calls = card.refunds.length;

    const requested = await requestReturn(customer, {
      orderId: order.id,
      reason: 'Too small',
      lines: [{ orderLineId: shirt.id, quantity: 2 }],
    });
    expect(requested.errors).toEqual([]);
    expect(requested.return).toMatchObject({
      orderId: order.id,
      customerId: customer.id,
      status: 'REQUESTED',
      reason: 'Too small',
      note: null,
      refundedAmount: { amount: '0.00', currencyCode: 'USD' },
      lines: [{ orderLineId: shirt.id, quantity: 2, orderLine: { id: shirt.id, quantity: 3 } }],
    });
    const returnId = requested.return!.id;
    expect(await emailsTo(t, customer.email, 'return.requested')).toHaveLength(1);

    const approved = await approveReturn(store, { returnId, note: 'Send them to our warehouse' });
    expect(approved.errors).toEqual([]);
    expect(approved.return).toMatchObject({ status: 'APPROVED', note: 'Send them to our warehouse' });
    const approvedMail = await emailsTo(t, customer.email, 'return.approved');
    expect(approvedMail).toHaveLength(1);
    expect(approvedMail[0]?.payload.text).toContain('Send them to our warehouse');
    // Nothing moved yet.
    expect(await stockOf(t, store.shirt.id)).toBe(shirtStock);
    expect(await refundsOf(t, order.id)).toEqual([]);

    const received = await receiveReturn(store, { returnId });
    expect(received.errors).toEqual([]);
    const share = Math.floor((shirt.total * 2) / 3);
    expect(received.return).toMatchObject({ status: 'RECEIVED', refundedAmount: { amount: decimal(share) } });

    // Stock: +2 shirts, one RETURN movement referencing the order number, by the admin.
    expect(await stockOf(t, store.shirt.id)).toBe(shirtStock + 2);
    expect((await returnMovements(t, order.number)).map((m) => [m.variantId, m.delta, m.actorId])).toEqual([
      [store.shirt.id, 2, store.admin.id],
    ]);
    // Money: exactly the returned units' share, through the provider, as a RETURN refund.
    expect((await refundsOf(t, order.id)).map((r) => [r.amount, r.source, r.returnId, r.paymentId])).toEqual([
      [share, 'RETURN', returnId, payment?.id],
    ]);
    expect(card.refunds.slice(calls).map((r) => r.amount)).toEqual([share]);
    expect(await orderRow(t, order.id)).toMatchObject({
      status: 'DELIVERED',
      paymentStatus: 'PARTIALLY_REFUNDED',
    });
    expect((await paymentsOf(t, order.id))[0]).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedAmount: share,
    });

    // One email per step; the return's own email carries the amount (no separate refund email).
    const receivedMail = await emailsTo(t, customer.email, 'return.received');
    expect(receivedMail).toHaveLength(1);
    expect(receivedMail[0]?.payload.text).toContain(`${decimal(share)} USD`);
    expect(await emailsTo(t, customer.email, 'order.partially_refunded')).toHaveLength(0);

    // Timeline.
    const types = (await eventsOf(t, order.id)).map((e) => e.type);
    expect(types.slice(-4)).toEqual([
      'RETURN_REQUESTED',
      'RETURN_APPROVED',
      'PARTIALLY_REFUNDED',
      'RETURN_RECEIVED',
    ]);

    // The rest of the order comes back too: all shirt units together refund exactly the shirt line total.
    const second = await requestReturn(customer, {
      orderId: order.id,
      reason: 'Changed my mind',
      lines: [
        { orderLineId: shirt.id, quantity: 1 },
        { orderLineId: mug.id, quantity: 2 },
      ],
    });
    expect(second.errors).toEqual([]);
    expect((await approveReturn(store, { returnId: second.return!.id, note: null })).errors).toEqual([]);
    const secondReceived = await receiveReturn(store, { returnId: second.return!.id });
    expect(secondReceived.errors).toEqual([]);
    const secondShare = shirt.total - share + mug.total;
    expect(secondReceived.return!.refundedAmount.amount).toBe(decimal(secondShare));
    const all = await refundsOf(t, order.id);
    expect(all.reduce((n, r) => n + r.amount, 0)).toBe(shirt.total + mug.total);
    // Shipping was not returned: still captured, the order stays delivered.
    expect(await orderRow(t, order.id)).toMatchObject({
      status: 'DELIVERED',
      paymentStatus: 'PARTIALLY_REFUNDED',
    });

    // The buyer reads their returns on the order.
    const seen = (await customer.client.ok(ORDER_RETURNS, { id: order.id })).order;
    expect(seen!.returns.map((r) => [r.status, r.refundedAmount.amount])).toEqual([
      ['RECEIVED', decimal(share)],
      ['RECEIVED', decimal(secondShare)],
    ]);
    // Nothing more to return.
    expectError(
      await requestReturn(customer, {
        orderId: order.id,
        reason: 'More',
        lines: [{ orderLineId: mug.id, quantity: 1 }],
      }),
      'RETURN_QUANTITY_EXCEEDED',
    );
  });

  it('a return that brings the captured remainder to zero makes the order REFUNDED', async () => {
    const customer = await newCustomer(t);
    const { order, shirt, mug } = await deliveredOrder(t, store, customer);
    const [payment] = await paymentsOf(t, order.id);
    // Shipping is refunded by hand first; the return then takes the rest.
    const refundable = payment!.amount - shirt.total - mug.total;
    const refunded = await store.admin.client.ok(PAYMENT_REFUND, {
      input: { paymentId: payment!.id, amount: decimal(refundable) },
    });
    expect(refunded.paymentRefund.errors).toEqual([]);
    const r = await requestReturn(customer, {
      orderId: order.id,
      reason: 'All of it',
      lines: [
        { orderLineId: shirt.id, quantity: 3 },
        { orderLineId: mug.id, quantity: 2 },
      ],
    });
    await approveReturn(store, { returnId: r.return!.id });
    const shirtStock = await stockOf(t, store.shirt.id);
    const received = await receiveReturn(store, { returnId: r.return!.id });
    expect(received.errors).toEqual([]);
    expect(await orderRow(t, order.id)).toMatchObject({ status: 'REFUNDED', paymentStatus: 'REFUNDED' });
    // Restocked once, by the return (the full refund after delivery does not restock again).
    expect(await stockOf(t, store.shirt.id)).toBe(shirtStock + 3);
    expect((await paymentsOf(t, order.id))[0]?.refundedAmount).toBe(payment?.amount);
  });
});
