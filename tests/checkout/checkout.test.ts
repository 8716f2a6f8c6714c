import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockMovements } from '../../src/modules/catalog/catalog.tables.js';
import { outboxMessages } from '../../src/modules/notification/notification.tables.js';
import { payments } from '../../src/modules/order/order.tables.js';
import {
  CART,
  expectUserError,
  product,
  SET_ADDRESS,
  Shopper,
  setPrice,
  setStock,
  type TestVariant,
  variant,
} from '../cart/support.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  addShippingAndTax,
  DECLINED_CARD,
  GOOD_CARD,
  NO_FUNDS_CARD,
  stockOf,
  US_ADDRESS,
  unitsSold,
} from '../support/store.js';
import { buyer, CHECKOUT, cartLineCount, checkoutOk, countRows, ledgerSum } from './support.js';

/** checkoutComplete: outcomes by card and cash, refusals, and idempotency. */

let t: TestApp;
let admin: SignedIn;
let shirt: { id: string; variants: TestVariant[] };
let mug: TestVariant;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  await addShippingAndTax(admin.client);
  shirt = await product(admin.client, 'Checkout Shirt', [
    { price: '20.00', stock: 50 },
    { price: '22.00', stock: 50 },
  ]);
  mug = await variant(admin.client, 'Checkout Mug', '8.50', 50);
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

describe('checkoutComplete refusals change nothing', () => {
  it('requires a signed-in shopper', async () => {
    const result = await t.client().request(CHECKOUT, {
      input: { idempotencyKey: randomUUID(), paymentMethod: 'CASH_ON_DELIVERY' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an empty cart, a missing address and a missing method', async () => {
    const empty = await registerAndLogin(t);
    expectUserError(await checkoutOk(empty.client), 'CART_EMPTY');

    const noAddress = await registerAndLogin(t);
    const shopper = new Shopper(noAddress.client);
    await shopper.add(mug.id, 1);
    const before = await countRows(t);
    expectUserError(await checkoutOk(noAddress.client), 'SHIPPING_ADDRESS_REQUIRED');
    const set = (await shopper.ok(SET_ADDRESS, { input: { address: US_ADDRESS } })).cartSetShippingAddress;
    expect(set.errors).toEqual([]);
    expectUserError(await checkoutOk(noAddress.client), 'SHIPPING_METHOD_REQUIRED');
    expect(await countRows(t)).toEqual(before);
    expect(await cartLineCount(t, noAddress.id)).toBe(1);
  });

  it('refuses a changed price with PRICE_CHANGED, and places the order once the shopper accepted it', async () => {
    const v = await variant(admin.client, 'Price Change Lamp', '30.00', 10);
    const b = await buyer(t, [{ variantId: v.id, quantity: 1 }]);
    await setPrice(admin.client, v.id, '35.00');
    const before = await countRows(t);
    const payload = await checkoutOk(b.client);
    expectUserError(payload, 'PRICE_CHANGED');
    expect(payload.errors[0]!.message).toContain('35.00');
    expect(payload.order).toBeNull();
    expect(await countRows(t)).toEqual(before);
    expect(await stockOf(t, v.id)).toBe(10);
    await b.shopper.ok('mutation { cartAcceptChanges { cart { id } errors { code } } }');
    const placed = await checkoutOk(b.client);
    expect(placed.errors).toEqual([]);
    expect(placed.order!.lines[0]!.unitPrice.amount).toBe('35.00');
  });

  it('refuses blocking warnings: out of stock and a product no longer for sale', async () => {
    const v = await variant(admin.client, 'Vanishing Vase', '12.00', 5);
    const b = await buyer(t, [{ variantId: v.id, quantity: 4 }]);
    await setStock(t, admin.client, v.id, 2);
    let before = await countRows(t);
    const payload = await checkoutOk(b.client);
    expectUserError(payload, 'INSUFFICIENT_STOCK');
    expect(payload.errors[0]!.field![0]).toBe('cart');
    const cart = await b.shopper.cart();
    expect(cart!.hasBlockingWarnings).toBe(true);
    expect(await countRows(t)).toEqual(before);
    await setStock(t, admin.client, v.id, 10);
    before = await countRows(t);
    await admin.client.ok(
      'mutation($input: ProductUpdateInput!) { productUpdate(input: $input) { errors { code } } }',
      { input: { id: v.productId, status: 'ARCHIVED' } },
    );
    expectUserError(await checkoutOk(b.client), 'PRODUCT_NOT_AVAILABLE');
    expect(await countRows(t)).toEqual(before);
    expect(await stockOf(t, v.id)).toBe(10);
  });

  it('validates the idempotency key, the note and the billing address', async () => {
    const b = await buyer(t, [{ variantId: mug.id, quantity: 1 }]);
    expectUserError(await checkoutOk(b.client, { idempotencyKey: '  ' }), 'INVALID_INPUT', [
      'input',
      'idempotencyKey',
    ]);
    expectUserError(await checkoutOk(b.client, { note: 'x'.repeat(1001) }), 'INVALID_INPUT', [
      'input',
      'note',
    ]);
    const bad = await checkoutOk(b.client, {
      billingAddress: { name: 'X', line1: '1 St', city: 'Y', postalCode: '1', country: 'ZZ' },
    });
    expect(bad.errors[0]!.code).toBe('INVALID_COUNTRY');
    expect(await cartLineCount(t, b.id)).toBe(1);
  });
});

describe('idempotency', () => {
  it('the same key with the same (emptied) cart returns the first order: no second order or charge', async () => {
    const b = await buyer(t, [{ variantId: mug.id, quantity: 2 }]);
    const key = randomUUID();
    const first = await checkoutOk(b.client, { idempotencyKey: key });
    expect(first.errors).toEqual([]);
    const before = await countRows(t);
    const stock = await stockOf(t, mug.id);
    const again = await checkoutOk(b.client, { idempotencyKey: key });
    expect(again.errors).toEqual([]);
    expect(again.order!.id).toBe(first.order!.id);
    expect(again.payment!.id).toBe(first.payment!.id);
    expect(await countRows(t)).toEqual(before);
    expect(await stockOf(t, mug.id)).toBe(stock);
    // The same cart again (same lines, prices, address, method): still the first order.
    await b.shopper.add(mug.id, 2);
    const sameCart = await checkoutOk(b.client, { idempotencyKey: key });
    expect(sameCart.order!.id).toBe(first.order!.id);
    expect(await countRows(t)).toEqual(before);
    expect(await cartLineCount(t, b.id)).toBe(1);
  });

  it('the same key with a different cart is IDEMPOTENCY_KEY_REUSED', async () => {
    const b = await buyer(t, [{ variantId: mug.id, quantity: 1 }]);
    const key = randomUUID();
    expect((await checkoutOk(b.client, { idempotencyKey: key })).errors).toEqual([]);
    await b.shopper.add(mug.id, 5);
    const before = await countRows(t);
    const reused = await checkoutOk(b.client, { idempotencyKey: key });
    expectUserError(reused, 'IDEMPOTENCY_KEY_REUSED', ['input', 'idempotencyKey']);
    expect(reused.order).toBeNull();
    expect(await countRows(t)).toEqual(before);
    // Another customer may use the same key: keys are per customer.
    const other = await buyer(t, [{ variantId: mug.id, quantity: 1 }]);
    expect((await checkoutOk(other.client, { idempotencyKey: key })).errors).toEqual([]);
  });

  it('a repeated key of a declined checkout returns the same order and decline, without charging again', async () => {
    const b = await buyer(t, [{ variantId: mug.id, quantity: 1 }]);
    const key = randomUUID();
    const first = await checkoutOk(b.client, { idempotencyKey: key, card: DECLINED_CARD });
    expectUserError(first, 'CARD_DECLINED');
    const again = await checkoutOk(b.client, { idempotencyKey: key, card: DECLINED_CARD });
    expectUserError(again, 'CARD_DECLINED');
    expect(again.order!.id).toBe(first.order!.id);
    expect(again.payment!.id).toBe(first.payment!.id);
    expect(again.order!.payments).toHaveLength(1);
  });
});

describe('the cart query after checkout', () => {
  it('shows an empty cart', async () => {
    const b = await buyer(t, [{ variantId: mug.id, quantity: 1 }]);
    await checkoutOk(b.client);
    const cart = (await b.client.ok(CART)).cart;
    expect(cart!.itemCount).toBe(0);
  });
});
