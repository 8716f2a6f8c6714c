import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockMovements } from '../../src/modules/catalog/catalog.tables.js';
import { outboxMessages } from '../../src/modules/notification/notification.tables.js';
import { payments } from '../../src/modules/order/order.tables.js';
import { expectUserError, type TestVariant } from '../cart/support.js';
import { type SignedIn } from '../support/accounts.js';
import { type TestApp } from '../support/harness.js';
import { DECLINED_CARD, GOOD_CARD, NO_FUNDS_CARD, stockOf, unitsSold } from '../support/store.js';
import {
  buyer,
  cartLineCount,
  checkoutOk,
  checkoutProducts,
  countRows,
  ledgerSum,
  startCheckoutApp,
} from './support.js';

/** checkoutComplete: what an order placed by card or by cash on delivery holds and changes. */

let t: TestApp;
let admin: SignedIn;
let shirt: { id: string; variants: TestVariant[] };
let mug: TestVariant;

beforeAll(async () => {
  ({ t, admin } = await startCheckoutApp());
  ({ shirt, mug } = await checkoutProducts(admin.client));
});
afterAll(() => t?.close());

describe('checkoutComplete by card', () => {
  it('places a CONFIRMED order with a SUCCEEDED payment, snapshots, stock, ledger, units sold, outbox and an empty cart', async () => {
    const s = shirt.variants[0] as TestVariant;
    const b = await buyer(t, [
      { variantId: s.id, quantity: 2 },
      { variantId: mug.id, quantity: 1 },
    ]);
    const cartBefore = await b.shopper.cart();
    const stockBefore = await stockOf(t, s.id);
    const soldBefore = await unitsSold(t, shirt.id);

    const payload = await checkoutOk(b.client, { note: '  Leave at the door  ' });
    expect(payload.errors).toEqual([]);
    const order = payload.order;
    expect(order!.number).toMatch(/^ORD-\d{6,}$/);
    expect(order).toMatchObject({
      status: 'CONFIRMED',
      paymentStatus: 'SUCCEEDED',
      paymentMethod: 'CARD',
      customerId: b.id,
      note: 'Leave at the door',
      reservedUntil: null,
      canCancel: true,
    });
    // Totals are the cart's totals, computed by the same engine.
    expect(order!.totals.subtotal.amount).toBe(cartBefore!.totals.subtotal.amount);
    expect(order!.totals.shipping.amount).toBe(cartBefore!.totals.shipping.amount);
    expect(order!.totals.tax.amount).toBe(cartBefore!.totals.tax.amount);
    expect(order!.totals.total.amount).toBe(cartBefore!.totals.total.amount);
    expect(order!.totals).toMatchObject({
      subtotal: { amount: '48.50', currencyCode: 'USD' },
      shipping: { amount: '5.00' },
      tax: { amount: '5.35' },
      total: { amount: '58.85' },
    });
    expect(order!.shippingAddress).toMatchObject({ name: 'Jane Doe', city: 'San Francisco', country: 'US' });
    expect(order!.billingAddress).toMatchObject({ name: 'Jane Doe', country: 'US' });
    expect(order!.shippingMethod).toMatchObject({
      code: 'STANDARD',
      name: 'Standard',
      price: { amount: '5.00' },
    });
    expect(order!.lines).toHaveLength(2);
    expect(order!.lines[0]).toMatchObject({
      position: 1,
      productId: shirt.id,
      variantId: s.id,
      productTitle: 'Checkout Shirt',
      sku: s.sku,
      options: [{ name: 'Option', value: '1' }],
      taxClass: 'STANDARD',
      unitPrice: { amount: '20.00' },
      quantity: 2,
      subtotal: { amount: '40.00' },
      discount: { amount: '0.00' },
      tax: { amount: '4.00' },
      total: { amount: '44.00' },
    });
    expect(order!.lines[1]).toMatchObject({
      position: 2,
      variantId: mug.id,
      quantity: 1,
      total: { amount: '9.35' },
    });
    expect(payload.payment).toMatchObject({
      status: 'SUCCEEDED',
      method: 'CARD',
      provider: 'simulated-card',
      amount: { amount: '58.85', currencyCode: 'USD' },
      cardBrand: 'VISA',
      cardLast4: '4242',
      failureCode: null,
    });
    expect(order!.payments).toHaveLength(1);
    expect(order!.events.map((e: any) => e.type)).toEqual(['PLACED', 'PAYMENT_SUCCEEDED']);
    expect(order!.events[1]).toMatchObject({
      fromStatus: 'PENDING_PAYMENT',
      toStatus: 'CONFIRMED',
      toPaymentStatus: 'SUCCEEDED',
      actorKind: 'CUSTOMER',
    });

    expect(await stockOf(t, s.id)).toBe(stockBefore - 2);
    expect(await ledgerSum(t, s.id)).toBe(await stockOf(t, s.id));
    const ledger = await t.database.db
      .select()
      .from(stockMovements)
      .where(and(eq(stockMovements.variantId, s.id), eq(stockMovements.reference, order!.number)));
    expect(ledger).toMatchObject([{ delta: -2, reason: 'ORDER', actorId: b.id }]);
    expect(await unitsSold(t, shirt.id)).toBe(soldBefore + 2);
    expect(await cartLineCount(t, b.id)).toBe(0);
    const cart = await b.shopper.cart();
    expect(cart!.lines).toEqual([]);
    expect(cart!.shippingAddress).toMatchObject({ city: 'San Francisco' });
    const mails = await t.database.db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.recipient, b.email), eq(outboxMessages.template, 'order.confirmed')));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.payload.subject).toContain(order!.number);

    // Nothing of the card but brand and last four is stored.
    const [row] = await t.database.db.select().from(payments).where(eq(payments.orderId, order!.id));
    expect(JSON.stringify(row)).not.toContain('4242424242424242');
    expect(JSON.stringify(row)).not.toContain('"123"');
  });

  it('uses the given billing address', async () => {
    const b = await buyer(t, [{ variantId: mug.id, quantity: 1 }]);
    const payload = await checkoutOk(b.client, {
      billingAddress: {
        name: 'Billing Person',
        line1: '9 Bill St',
        city: 'Austin',
        postalCode: '73301',
        country: 'us',
      },
    });
    expect(payload.errors).toEqual([]);
    expect(payload.order!.billingAddress).toMatchObject({
      name: 'Billing Person',
      city: 'Austin',
      country: 'US',
    });
    expect(payload.order!.shippingAddress).toMatchObject({ name: 'Jane Doe' });
  });

  it.each([
    ['CARD_DECLINED', DECLINED_CARD],
    ['INSUFFICIENT_FUNDS', NO_FUNDS_CARD],
  ])(
    'a %s card places the order PENDING_PAYMENT with a FAILED payment, stock reserved, the error in the payload',
    async (code, card) => {
      const b = await buyer(t, [{ variantId: mug.id, quantity: 3 }]);
      const stockBefore = await stockOf(t, mug.id);
      const soldBefore = await unitsSold(t, mug.productId);
      const payload = await checkoutOk(b.client, { card });
      expectUserError(payload, code, ['input', 'card']);
      expect(payload.order).toMatchObject({
        status: 'PENDING_PAYMENT',
        paymentStatus: 'FAILED',
        canCancel: true,
      });
      const reservedUntil = new Date(payload.order!.reservedUntil!).getTime();
      const created = new Date(payload.order!.createdAt).getTime();
      expect(reservedUntil - created).toBeGreaterThan((t.config.orderReservationTtl - 60) * 1000);
      expect(reservedUntil - created).toBeLessThanOrEqual((t.config.orderReservationTtl + 60) * 1000);
      expect(payload.payment).toMatchObject({
        status: 'FAILED',
        failureCode: code,
        cardLast4: card.number.slice(-4),
      });
      expect(payload.payment!.failureMessage!.length).toBeGreaterThan(0);
      expect(payload.order!.events.map((e: any) => e.type)).toEqual(['PLACED', 'PAYMENT_FAILED']);
      expect(payload.order!.events[1]!.reason).toBe(payload.payment!.failureMessage);
      expect(await stockOf(t, mug.id)).toBe(stockBefore - 3);
      expect(await ledgerSum(t, mug.id)).toBe(await stockOf(t, mug.id));
      expect(await unitsSold(t, mug.productId)).toBe(soldBefore);
      expect(await cartLineCount(t, b.id)).toBe(0);
      const mails = await t.database.db
        .select()
        .from(outboxMessages)
        .where(and(eq(outboxMessages.recipient, b.email), eq(outboxMessages.template, 'order.confirmed')));
      expect(mails).toHaveLength(0);
    },
  );

  it('an invalid card (validation) changes nothing', async () => {
    const b = await buyer(t, [{ variantId: mug.id, quantity: 1 }]);
    const before = await countRows(t);
    const stock = await stockOf(t, mug.id);
    const payload = await checkoutOk(b.client, {
      card: { number: '4242 4242 4242 4241', expMonth: 13, expYear: 2040, cvc: '12' },
    });
    expect(payload.order).toBeNull();
    expect(payload.errors.map((e: any) => e.code)).toEqual(['INVALID_CARD', 'INVALID_CARD', 'INCORRECT_CVC']);
    expect(payload.errors[0]!.field).toEqual(['input', 'card', 'number']);
    const expired = await checkoutOk(b.client, { card: { ...GOOD_CARD, expMonth: 1, expYear: 2020 } });
    expectUserError(expired, 'EXPIRED_CARD');
    const missing = await checkoutOk(b.client, { card: null });
    expectUserError(missing, 'INVALID_INPUT', ['input', 'card']);
    expect(await countRows(t)).toEqual(before);
    expect(await stockOf(t, mug.id)).toBe(stock);
    expect(await cartLineCount(t, b.id)).toBe(1);
  });
});

describe('checkoutComplete by cash on delivery', () => {
  it('places a CONFIRMED order with its payment PENDING', async () => {
    const s = shirt.variants[1] as TestVariant;
    const b = await buyer(t, [{ variantId: s.id, quantity: 1 }]);
    const sold = await unitsSold(t, shirt.id);
    const payload = await checkoutOk(b.client, { paymentMethod: 'CASH_ON_DELIVERY', card: null });
    expect(payload.errors).toEqual([]);
    expect(payload.order).toMatchObject({
      status: 'CONFIRMED',
      paymentStatus: 'PENDING',
      paymentMethod: 'CASH_ON_DELIVERY',
      reservedUntil: null,
    });
    expect(payload.payment).toMatchObject({
      status: 'PENDING',
      method: 'CASH_ON_DELIVERY',
      provider: 'cash-on-delivery',
      cardBrand: null,
      cardLast4: null,
      amount: { amount: payload.order!.totals.total.amount },
    });
    expect(payload.order!.events.map((e: any) => e.type)).toEqual(['PLACED', 'CASH_ON_DELIVERY_CONFIRMED']);
    expect(await unitsSold(t, shirt.id)).toBe(sold + 1);
    const mails = await t.database.db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.recipient, b.email), eq(outboxMessages.template, 'order.confirmed')));
    expect(mails).toHaveLength(1);
  });
});
