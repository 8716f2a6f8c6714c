import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carts } from '../../src/modules/cart/cart.tables.js';
import { couponRedemptions, coupons } from '../../src/modules/promotion/promotion.tables.js';
import {
  APPLY_COUPON,
  COUPON_CREATE,
  cartSnapshot,
  setStatus,
  setStock,
  type TestVariant,
  variant,
} from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import type { CheckoutAvailability } from '../generated/graphql.js';
import { type SignedIn } from '../support/accounts.js';
import { type TestApp } from '../support/harness.js';
import { GOOD_CARD, stockOf } from '../support/store.js';
import { type Buyer, buyer, countRows, ledgerSum, ordersOf, startCheckoutApp } from './support.js';

/** checkoutComplete with `availability: AVAILABLE_ONLY`: buy what is available, report every cart line. */

const PARTIAL_CHECKOUT = graphql(`mutation PartialCheckout($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) {
    order { ...CheckoutOrderFields } payment { ...CheckoutPaymentFields }
    lines { cartLineId variantId productTitle variantTitle sku requestedQuantity boughtQuantity status }
    errors { field code message } } }`);

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  // The race below signs in many buyers from one address.
  ({ t, admin } = await startCheckoutApp({ RATE_LIMIT_LOGIN_PER_IP: '10000' }));
});
afterAll(() => t?.close());

async function send(b: Buyer, availability?: CheckoutAvailability, key = randomUUID()) {
  const result = await b.client.request(PARTIAL_CHECKOUT, {
    input: {
      idempotencyKey: key,
      paymentMethod: 'CARD',
      card: GOOD_CARD,
      ...(availability ? { availability } : {}),
    },
  });
  if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.checkoutComplete;
}

/** The buyer's cart lines, by variant id: quantity. */
async function cartQuantities(b: Buyer): Promise<Record<string, number>> {
  const cart = await b.shopper.cart();
  return Object.fromEntries((cart?.lines ?? []).map((l) => [l.variant.id, l.quantity]));
}

async function cartIdOf(b: Buyer): Promise<string> {
  const [cart] = await t.database.db.select({ id: carts.id }).from(carts).where(eq(carts.userId, b.id));
  return cart!.id;
}

/** A cart of four lines: one in stock, one short (3 of 5 left), one archived, one out of stock. */
async function mixedCart(name: string) {
  const shirt = await variant(admin.client, `${name} Shirt`, '20.00', 50);
  const lamp = await variant(admin.client, `${name} Lamp`, '12.00', 10);
  const vase = await variant(admin.client, `${name} Vase`, '30.00', 10);
  const mug = await variant(admin.client, `${name} Mug`, '8.50', 10);
  const b = await buyer(t, [
    { variantId: shirt.id, quantity: 2 },
    { variantId: lamp.id, quantity: 5 },
    { variantId: vase.id, quantity: 1 },
    { variantId: mug.id, quantity: 4 },
  ]);
  await setStock(t, admin.client, lamp.id, 3);
  await setStatus(admin.client, vase.productId, 'ARCHIVED');
  await setStock(t, admin.client, mug.id, 0);
  return { b, shirt, lamp, vase, mug };
}

describe('the default (ALL_OR_NOTHING) is unchanged', () => {
  it('refuses the whole cart when a line is short or no longer for sale, with or without the option named', async () => {
    const { b, lamp, vase, mug } = await mixedCart('Default');
    const before = await countRows(t);
    const cart = await cartSnapshot(t, await cartIdOf(b));
    for (const availability of [undefined, 'ALL_OR_NOTHING'] as const) {
      const payload = await send(b, availability);
      expect(payload.order).toBeNull();
      expect(payload.lines).toEqual([]);
      expect(payload.errors.map((e) => e.code).sort()).toEqual([
        'INSUFFICIENT_STOCK',
        'INSUFFICIENT_STOCK',
        'PRODUCT_NOT_AVAILABLE',
      ]);
    }
    expect(await countRows(t)).toEqual(before);
    expect(await cartSnapshot(t, await cartIdOf(b))).toEqual(cart);
    expect([await stockOf(t, lamp.id), await stockOf(t, vase.id), await stockOf(t, mug.id)]).toEqual([
      3, 10, 0,
    ]);
  });
});

describe('AVAILABLE_ONLY', () => {
  it('buys the lines in stock and the units of a short line, skips the rest, with exact totals', async () => {
    const { b, shirt, lamp, vase, mug } = await mixedCart('Partial');
    const cartBefore = await b.shopper.cart();
    const lineOf = (v: TestVariant) => cartBefore!.lines.find((l) => l.variant.id === v.id)!.id;

    const payload = await send(b, 'AVAILABLE_ONLY');
    expect(payload.errors).toEqual([]);
    expect(payload.lines).toEqual(
      [
        { variantId: shirt.id, requestedQuantity: 2, boughtQuantity: 2, status: 'BOUGHT' },
        { variantId: lamp.id, requestedQuantity: 5, boughtQuantity: 3, status: 'PARTIAL' },
        { variantId: vase.id, requestedQuantity: 1, boughtQuantity: 0, status: 'NOT_FOR_SALE' },
        { variantId: mug.id, requestedQuantity: 4, boughtQuantity: 0, status: 'OUT_OF_STOCK' },
      ].map((l, i) => ({
        ...l,
        cartLineId: lineOf([shirt, lamp, vase, mug][i]!),
        productTitle: `Partial ${['Shirt', 'Lamp', 'Vase', 'Mug'][i]}`,
        variantTitle: expect.any(String),
        sku: [shirt, lamp, vase, mug][i]!.sku,
      })),
    );

    const order = payload.order!;
    expect(order.status).toBe('CONFIRMED');
    expect(order.lines.map((l) => [l.variantId, l.quantity, l.unitPrice.amount, l.subtotal.amount])).toEqual([
      [shirt.id, 2, '20.00', '40.00'],
      [lamp.id, 3, '12.00', '36.00'],
    ]);
    // 40.00 + 3 × 12.00 = 76.00; STANDARD shipping 5.00; 10 % tax on goods (7.60) and on shipping (0.50).
    expect(order.totals).toEqual({
      subtotal: { amount: '76.00', currencyCode: 'USD' },
      discount: { amount: '0.00' },
      shipping: { amount: '5.00' },
      tax: { amount: '8.10' },
      total: { amount: '89.10' },
    });
    expect(payload.payment!.amount.amount).toBe('89.10');

    // Stock and ledger moved by what was bought only.
    expect(await stockOf(t, shirt.id)).toBe(48);
    expect(await stockOf(t, lamp.id)).toBe(0);
    expect(await ledgerSum(t, lamp.id)).toBe(0);
    expect(await stockOf(t, vase.id)).toBe(10);
    expect(await stockOf(t, mug.id)).toBe(0);

    // What was not bought stays in the cart: the missing 2 lamps, the vase, the mugs.
    expect(await cartQuantities(b)).toEqual({ [lamp.id]: 2, [vase.id]: 1, [mug.id]: 4 });
  });

  it('prices what is bought with the coupon rules: a minimum no longer met gives nothing, the coupon stays', async () => {
    const coupon = (
      await admin.client.ok(COUPON_CREATE, {
        input: { code: 'PARTIAL50', type: 'FIXED_AMOUNT', value: '10.00', minSubtotal: '50.00' },
      })
    ).couponCreate.coupon!;
    const shirt = await variant(admin.client, 'Coupon Shirt', '20.00', 50);
    const lamp = await variant(admin.client, 'Coupon Lamp', '12.00', 10);
    const b = await buyer(t, [
      { variantId: shirt.id, quantity: 2 },
      { variantId: lamp.id, quantity: 2 },
    ]);
    const applied = (await b.shopper.ok(APPLY_COUPON, { input: { code: 'PARTIAL50' } })).cartApplyCoupon;
    expect(applied.cart!.coupon!.applied).toBe(true); // 64.00 of goods
    await setStock(t, admin.client, lamp.id, 0);

    const payload = await send(b, 'AVAILABLE_ONLY');
    expect(payload.errors).toEqual([]);
    expect(payload.lines.map((l) => l.status)).toEqual(['BOUGHT', 'OUT_OF_STOCK']);
    expect(payload.order!.couponCode).toBeNull();
    expect(payload.order!.totals.subtotal.amount).toBe('40.00');
    expect(payload.order!.totals.discount.amount).toBe('0.00');
    expect(payload.order!.totals.total.amount).toBe('49.50'); // 40.00 + 5.00 + 4.00 + 0.50
    const [row] = await t.database.db.select().from(coupons).where(eq(coupons.id, coupon.id));
    expect(row?.usedCount).toBe(0);
    expect(
      await t.database.db.select().from(couponRedemptions).where(eq(couponRedemptions.couponId, coupon.id)),
    ).toEqual([]);
    const cart = await b.shopper.cart();
    expect(cart!.coupon?.code).toBe('PARTIAL50');
    expect(cart!.lines.map((l) => [l.variant.id, l.quantity])).toEqual([[lamp.id, 2]]);
  });

  it('refuses with the ALL_OR_NOTHING errors and changes nothing when nothing can be bought', async () => {
    const gone = await variant(admin.client, 'Nothing Gone', '9.00', 5);
    const archived = await variant(admin.client, 'Nothing Archived', '7.00', 5);
    const b = await buyer(t, [
      { variantId: gone.id, quantity: 2 },
      { variantId: archived.id, quantity: 1 },
    ]);
    await setStock(t, admin.client, gone.id, 0);
    await setStatus(admin.client, archived.productId, 'ARCHIVED');
    const before = await countRows(t);
    const cart = await cartSnapshot(t, await cartIdOf(b));

    const payload = await send(b, 'AVAILABLE_ONLY');
    expect(payload.order).toBeNull();
    expect(payload.payment).toBeNull();
    expect(payload.lines).toEqual([]);
    expect(payload.errors.map((e) => [e.code, e.field?.[1]])).toEqual([
      ['INSUFFICIENT_STOCK', 'lines'],
      ['PRODUCT_NOT_AVAILABLE', 'lines'],
    ]);
    expect(await countRows(t)).toEqual(before);
    expect(await cartSnapshot(t, await cartIdOf(b))).toEqual(cart);
    expect(await ordersOf(t, b.id)).toEqual([]);
    expect([await stockOf(t, gone.id), await stockOf(t, archived.id)]).toEqual([0, 5]);
  });

  it('a replay of the key returns the same order and lines; another availability is IDEMPOTENCY_KEY_REUSED', async () => {
    const { b, lamp } = await mixedCart('Replay');
    const key = randomUUID();
    const first = await send(b, 'AVAILABLE_ONLY', key);
    expect(first.errors).toEqual([]);
    const rows = await countRows(t);
    const cart = await cartSnapshot(t, await cartIdOf(b));

    // The cart now holds what was not bought: still "the same cart" for this key.
    const again = await send(b, 'AVAILABLE_ONLY', key);
    expect(again.errors).toEqual([]);
    expect(again.order!.id).toBe(first.order!.id);
    expect(again.payment!.id).toBe(first.payment!.id);
    expect(again.lines).toEqual(first.lines);
    expect(await countRows(t)).toEqual(rows);
    expect(await cartSnapshot(t, await cartIdOf(b))).toEqual(cart);
    expect(await stockOf(t, lamp.id)).toBe(0);

    const otherOption = await send(b, 'ALL_OR_NOTHING', key);
    expect(otherOption.order).toBeNull();
    expect(otherOption.errors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);

    // The other way round: a key first used without the option, on a cart it emptied.
    const plain = await variant(admin.client, 'Replay Plain', '10.00', 10);
    const c = await buyer(t, [{ variantId: plain.id, quantity: 1 }]);
    const plainKey = randomUUID();
    const placed = await send(c, undefined, plainKey);
    expect(placed.lines.map((l) => [l.status, l.boughtQuantity])).toEqual([['BOUGHT', 1]]);
    expect((await send(c, undefined, plainKey)).lines).toEqual(placed.lines);
    const refused = await send(c, 'AVAILABLE_ONLY', plainKey);
    expect(refused.errors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await ordersOf(t, c.id)).toHaveLength(1);
  });
});

describe('AVAILABLE_ONLY under concurrency', () => {
  it('buyers racing for a scarce variant never oversell: the units bought add up to the stock there was', async () => {
    const scarce = await variant(admin.client, 'Race Scarce', '25.00', 13);
    const plenty = await variant(admin.client, 'Race Plenty', '5.00', 1000);
    const buyers: Buyer[] = [];
    for (let i = 0; i < 16; i++) {
      buyers.push(
        await buyer(t, [
          { variantId: scarce.id, quantity: 3 },
          { variantId: plenty.id, quantity: 1 },
        ]),
      );
    }
    const payloads = await Promise.all(buyers.map((b) => send(b, 'AVAILABLE_ONLY')));

    let bought = 0;
    for (const p of payloads) {
      // The plentiful line is always there to buy: every buyer gets an order.
      expect(p.errors).toEqual([]);
      const [line, other] = p.lines;
      expect(other).toMatchObject({ variantId: plenty.id, boughtQuantity: 1, status: 'BOUGHT' });
      expect(line!.variantId).toBe(scarce.id);
      expect([
        ['BOUGHT', 3],
        ['PARTIAL', 1],
        ['PARTIAL', 2],
        ['OUT_OF_STOCK', 0],
      ]).toContainEqual([line!.status, line!.boughtQuantity]);
      const orderLine = p.order!.lines.find((l) => l.variantId === scarce.id);
      expect(orderLine?.quantity ?? 0).toBe(line!.boughtQuantity);
      bought += line!.boughtQuantity;
    }
    expect(bought).toBe(13);
    expect(payloads.filter((p) => p.lines[0]!.status === 'BOUGHT')).toHaveLength(4);
    expect(await stockOf(t, scarce.id)).toBe(0);
    expect(await ledgerSum(t, scarce.id)).toBe(0);
    expect(await stockOf(t, plenty.id)).toBe(1000 - 16);
  }, 120_000);
});
