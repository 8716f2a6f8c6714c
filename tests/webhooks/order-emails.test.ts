import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CANCEL,
  deliverWholeOrder,
  emailsTo,
  newCustomer,
  orderRow,
  PAY,
  placeOrder,
} from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { DECLINED_CARD, GOOD_CARD, type Store, withStore } from '../support/store.js';

let t: TestApp;
let store: Store;
let customer: SignedIn;

beforeAll(async () => {
  ({ t, store } = await withStore(startTestApp({}, { idleWorkers: ['outbox', 'webhooks'] })));
  customer = await newCustomer(t);
});
afterAll(() => t?.close());

describe('order emails', () => {
  it('tell the buyer a declined payment failed and how to retry before the reservation ends', async () => {
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 1 }], {
      card: DECLINED_CARD,
    });
    expect(order).toMatchObject({ status: 'PENDING_PAYMENT', paymentStatus: 'FAILED' });
    const row = await orderRow(t, order.id);
    const until = `${row.reservedUntil?.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

    const [mail, ...more] = await emailsTo(t, customer.email, 'order.payment_failed');
    expect(more).toEqual([]);
    expect(mail?.payload.subject).toBe(`Payment for order ${order.number} failed`);
    for (const body of [mail?.payload.text ?? '', mail?.payload.html ?? '']) {
      expect(body).toContain(order.number);
      expect(body).toContain('25.00 USD');
      expect(body).toContain(until);
      expect(body).toContain(`/account/orders/${order.number}`);
    }
    expect(mail?.payload.html).toMatch(/^<!doctype html>/);
    expect(mail?.payload.text).toMatch(/Pay for your order: http/);

    // A second decline through orderPay sends another; the success that follows confirms.
    const again = (await customer.client.ok(PAY, { input: { orderId: order.id, card: DECLINED_CARD } }))
      .orderPay;
    expect(again.errors[0]!.code).toBe('CARD_DECLINED');
    expect(await emailsTo(t, customer.email, 'order.payment_failed')).toHaveLength(2);
    const paid = (await customer.client.ok(PAY, { input: { orderId: order.id, card: GOOD_CARD } })).orderPay;
    expect(paid.errors).toEqual([]);
    expect(await emailsTo(t, customer.email, 'order.payment_failed')).toHaveLength(2);
    expect(await emailsTo(t, customer.email, 'order.confirmed')).toHaveLength(1);
  });

  it('exist in text and HTML for confirmed, cancelled and delivered orders', async () => {
    const buyer = await newCustomer(t);
    const cancelled = await placeOrder(buyer, [{ variant: store.mug, quantity: 1 }]);
    const payload = (await buyer.client.ok(CANCEL, { input: { orderId: cancelled.id } })).orderCancel;
    expect(payload.errors).toEqual([]);
    const delivered = await placeOrder(buyer, [{ variant: store.mug, quantity: 2 }]);
    await deliverWholeOrder(store, delivered.id);

    const expectations: [string, number, string][] = [
      ['order.confirmed', 2, 'confirmed'],
      ['order.cancelled', 1, 'cancelled'],
      ['order.delivered', 1, 'delivered'],
    ];
    for (const [template, count, word] of expectations) {
      const mails = await emailsTo(t, buyer.email, template);
      expect(mails, template).toHaveLength(count);
      for (const mail of mails) {
        expect(mail.payload.subject).toContain(word);
        expect(mail.payload.text.length).toBeGreaterThan(20);
        expect(mail.payload.html).toMatch(/^<!doctype html><html><body><p>/);
        expect(mail.payload.html).toContain(word);
      }
    }
  });
});
