import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CART,
  expectUserError,
  SET_ADDRESS,
  Shopper,
  setPrice,
  setStock,
  type TestVariant,
  variant,
} from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import { registerAndLogin, type SignedIn } from '../support/accounts.js';
import { type TestApp } from '../support/harness.js';
import { DECLINED_CARD, stockOf, US_ADDRESS } from '../support/store.js';
import {
  buyer,
  CHECKOUT,
  cartLineCount,
  checkoutOk,
  checkoutProducts,
  countRows,
  startCheckoutApp,
} from './support.js';

/** checkoutComplete: refusals that change nothing, idempotency, and the cart after checkout. */

const ACCEPT_CHANGES = graphql(
  `mutation CheckoutRefusalsAcceptChanges { cartAcceptChanges { cart { id } errors { code } } }`,
);
const PRODUCT_ARCHIVE = graphql(`mutation CheckoutRefusalsProductUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) { errors { code } } }`);

let t: TestApp;
let admin: SignedIn;
let mug: TestVariant;

beforeAll(async () => {
  ({ t, admin } = await startCheckoutApp());
  ({ mug } = await checkoutProducts(admin.client));
});
afterAll(() => t?.close());

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
    await b.shopper.ok(ACCEPT_CHANGES);
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
    await admin.client.ok(PRODUCT_ARCHIVE, { input: { id: v.productId, status: 'ARCHIVED' } });
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
