import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestContext } from '../../src/graphql/context.js';
import { viewerCartId } from '../../src/modules/cart/cart.service.js';
import { addItemToCart } from '../../src/modules/cart/cart-lines.service.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  CLEAR,
  cartSnapshot,
  expectUserError,
  newGuest,
  product,
  REMOVE,
  Shopper,
  setStatus,
  type TestVariant,
  variant,
} from './support.js';

/** cartAddItem, cartUpdateItem, cartRemoveItem, cartClear: rules, bad input, stock, concurrency. */

let t: TestApp;
let admin: SignedIn;
let shirtS: TestVariant;
let shirtM: TestVariant;
let mug: TestVariant;
let scarce: TestVariant;
let soldOut: TestVariant;
let draft: TestVariant;
let archived: TestVariant;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  const shirt = await product(admin.client, 'Line Shirt', [
    { price: '20.00', stock: 100 },
    { price: '22.50', stock: 100 },
  ]);
  shirtS = shirt.variants[0] as TestVariant;
  shirtM = shirt.variants[1] as TestVariant;
  mug = await variant(admin.client, 'Line Mug', '9.99', 1000);
  scarce = await variant(admin.client, 'Line Scarce', '5.00', 3);
  soldOut = await variant(admin.client, 'Line Sold Out', '5.00', 0);
  const draftProduct = await product(admin.client, 'Line Draft', [{ price: '1.00', stock: 10 }], {
    status: 'DRAFT',
  });
  draft = draftProduct.variants[0] as TestVariant;
  const archivedProduct = await product(admin.client, 'Line Archived', [{ price: '1.00', stock: 10 }]);
  archived = archivedProduct.variants[0] as TestVariant;
  await setStatus(admin.client, archivedProduct.id, 'ARCHIVED');
});
afterAll(() => t?.close());

describe('cartAddItem', () => {
  it('adds a line with its amounts, then adds to the same line', async () => {
    const guest = await newGuest(t);
    const first = await guest.add(shirtS.id, 2);
    expect(first.errors).toEqual([]);
    expect(first.quantityAvailable).toBeNull();
    expect(first.cart!.lines).toHaveLength(1);
    const line = first.cart!.lines[0];
    expect(first.line).toEqual({ id: line!.id, quantity: 2 });
    expect(line).toMatchObject({
      quantity: 2,
      unitPrice: { amount: '20.00', currencyCode: 'USD' },
      unitPriceWhenAdded: { amount: '20.00' },
      subtotal: { amount: '40.00' },
      discount: { amount: '0.00' },
      tax: { amount: '0.00' },
      total: { amount: '40.00' },
      variant: { id: shirtS.id, sku: shirtS.sku, quantityAvailable: 100 },
      product: { id: shirtS.productId, title: 'Line Shirt', status: 'ACTIVE' },
    });

    const second = await guest.add(shirtS.id, 3);
    expect(second.errors).toEqual([]);
    expect(second.cart!.lines).toHaveLength(1);
    expect(second.line).toEqual({ id: line!.id, quantity: 5 });
    expect(second.cart!.lines[0]!.subtotal.amount).toBe('100.00');

    const third = await guest.add(shirtM.id, 1);
    expect(third.cart!.lines.map((l: any) => [l.variant.id, l.quantity])).toEqual([
      [shirtS.id, 5],
      [shirtM.id, 1],
    ]);
    expect(third.cart!.itemCount).toBe(6);
    expect(third.cart!.totals).toMatchObject({
      subtotal: { amount: '122.50' },
      discount: { amount: '0.00' },
      shipping: { amount: '0.00' },
      tax: { amount: '0.00' },
      total: { amount: '122.50' },
    });
  });

  it('quantity defaults to 1', async () => {
    const guest = await newGuest(t);
    const payload = (
      await guest.ok(
        `mutation($v: ID!) { cartAddItem(input: { variantId: $v }) { cart { itemCount } errors { code } } }`,
        { v: mug.id },
      )
    ).cartAddItem;
    expect(payload).toEqual({ cart: { itemCount: 1 }, errors: [] });
  });

  it('quantity defaults to 1 when the input comes as a variable without it', async () => {
    const guest = await newGuest(t);
    const payload = (
      await guest.ok(
        `mutation($input: CartAddItemInput!) { cartAddItem(input: $input) { cart { itemCount } errors { code } } }`,
        { input: { variantId: mug.id } },
      )
    ).cartAddItem;
    expect(payload).toEqual({ cart: { itemCount: 1 }, errors: [] });
  });

  it.each([0, -1, 1000, 100000])(
    'refuses quantity %s with INVALID_INPUT and changes nothing',
    async (quantity) => {
      const guest = await newGuest(t);
      await guest.add(mug.id, 1);
      const { id } = (await guest.cart())!;
      const before = await cartSnapshot(t, id);
      const payload = await guest.add(mug.id, quantity);
      expectUserError(payload, 'INVALID_INPUT', ['input', 'quantity']);
      expect(payload.cart!.itemCount).toBe(1);
      expect(await cartSnapshot(t, id)).toEqual(before);
    },
  );

  it('a line holds at most 999 units', async () => {
    const guest = await newGuest(t);
    expect((await guest.add(mug.id, 999)).errors).toEqual([]);
    const payload = await guest.add(mug.id, 1);
    expectUserError(payload, 'INVALID_INPUT', ['input', 'quantity']);
    expect(payload.errors[0]!.message).toContain('999');
    expect((await guest.cart())!.itemCount).toBe(999);
  });

  it.each([
    ['an unknown id', '00000000-0000-4000-8000-000000000000'],
    ['a malformed id', 'not-a-uuid'],
  ])('answers VARIANT_NOT_FOUND for %s', async (_, variantId) => {
    const guest = await newGuest(t);
    const { id } = (await guest.cart())!;
    const before = await cartSnapshot(t, id);
    const payload = await guest.add(variantId, 1);
    expectUserError(payload, 'VARIANT_NOT_FOUND', ['input', 'variantId']);
    expect(await cartSnapshot(t, id)).toEqual(before);
  });

  it.each([
    ['draft', () => draft],
    ['archived', () => archived],
  ])('answers PRODUCT_NOT_AVAILABLE for a %s product', async (_, pick) => {
    const guest = await newGuest(t);
    const { id } = (await guest.cart())!;
    const before = await cartSnapshot(t, id);
    const payload = await guest.add(pick().id, 1);
    expectUserError(payload, 'PRODUCT_NOT_AVAILABLE', ['input', 'variantId']);
    expect(payload.cart!.lines).toEqual([]);
    expect(await cartSnapshot(t, id)).toEqual(before);
  });

  it('answers INSUFFICIENT_STOCK with the quantity available, counting what the cart already has', async () => {
    const guest = await newGuest(t);
    const tooMany = await guest.add(scarce.id, 4);
    expectUserError(tooMany, 'INSUFFICIENT_STOCK', ['input', 'quantity']);
    expect(tooMany.quantityAvailable).toBe(3);
    expect(tooMany.errors[0]!.message).toContain('Only 3');
    expect(tooMany.line).toBeNull();
    expect(tooMany.cart!.lines).toEqual([]);

    expect((await guest.add(scarce.id, 2)).errors).toEqual([]);
    const { id } = (await guest.cart())!;
    const before = await cartSnapshot(t, id);
    const more = await guest.add(scarce.id, 2);
    expectUserError(more, 'INSUFFICIENT_STOCK');
    expect(more.quantityAvailable).toBe(3);
    expect(more.errors[0]!.message).toMatch(/Only 3 .* available\. Your cart already has 2\./);
    expect(more.cart!.lines[0]!.quantity).toBe(2);
    expect(await cartSnapshot(t, id)).toEqual(before);

    expect((await guest.add(scarce.id, 1)).cart!.lines[0]!.quantity).toBe(3);
  });

  it('answers INSUFFICIENT_STOCK for a sold-out variant', async () => {
    const guest = await newGuest(t);
    const payload = await guest.add(soldOut.id, 1);
    expectUserError(payload, 'INSUFFICIENT_STOCK');
    expect(payload.quantityAvailable).toBe(0);
    expect(payload.errors[0]!.message).toContain('0 available');
  });

  it('rejects a non-integer quantity at the GraphQL layer', async () => {
    const guest = await newGuest(t);
    const response = await guest.request(
      `mutation($v: ID!) { cartAddItem(input: { variantId: $v, quantity: 1.5 }) { errors { code } } }`,
      { v: mug.id },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('concurrent adds', () => {
  it('10 parallel cartAddItem of 1 on one line of a guest cart give 10', async () => {
    const guest = await newGuest(t);
    const results = await Promise.all(Array.from({ length: 10 }, () => guest.add(mug.id, 1)));
    for (const result of results) expect(result.errors).toEqual([]);
    const cart = await guest.cart();
    expect(cart!.lines).toHaveLength(1);
    expect(cart!.lines[0]!.quantity).toBe(10);
    // Each answer shows the line as read after its own add committed (later adds may show too).
    const seen = results.map((r) => r.line!.quantity);
    for (const quantity of seen) expect(quantity).toBeGreaterThanOrEqual(1);
    expect(Math.max(...seen)).toBe(10);
  });

  it('parallel adds on a new signed-in cart create one cart and add up', async () => {
    const shopper = new Shopper((await registerAndLogin(t)).client);
    const results = await Promise.all(Array.from({ length: 8 }, () => shopper.add(shirtM.id, 2)));
    for (const result of results) expect(result.errors).toEqual([]);
    const cart = await shopper.cart();
    expect(new Set(results.map((r) => r.cart!.id))).toEqual(new Set([cart!.id]));
    expect(cart!.lines.map((l: any) => l.quantity)).toEqual([16]);
  });

  it('parallel adds never exceed the stock: exactly the available units are granted', async () => {
    const limited = await variant(admin.client, 'Line Limited', '3.00', 5);
    const guest = await newGuest(t);
    const results = await Promise.all(Array.from({ length: 8 }, () => guest.add(limited.id, 1)));
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(5);
    for (const failed of results.filter((r) => r.errors.length > 0)) {
      expectUserError(failed, 'INSUFFICIENT_STOCK');
      expect(failed.quantityAvailable).toBe(5);
    }
    expect((await guest.cart())!.lines[0]!.quantity).toBe(5);
  });
});

describe('cartUpdateItem', () => {
  it('sets the quantity of a line', async () => {
    const guest = await newGuest(t);
    const lineId = (await guest.add(shirtS.id, 1)).line!.id;
    const payload = await guest.update(lineId, 7);
    expect(payload.errors).toEqual([]);
    expect(payload.line).toEqual({ id: lineId, quantity: 7 });
    expect(payload.cart!.lines[0]!.subtotal.amount).toBe('140.00');
    expect((await guest.update(lineId, 2)).cart!.itemCount).toBe(2);
  });

  it('quantity 0 removes the line', async () => {
    const guest = await newGuest(t);
    const lineId = (await guest.add(shirtS.id, 1)).line!.id;
    await guest.add(mug.id, 1);
    const payload = await guest.update(lineId, 0);
    expect(payload.errors).toEqual([]);
    expect(payload.line).toBeNull();
    expect(payload.cart!.lines.map((l: any) => l.variant.id)).toEqual([mug.id]);
  });

  it('answers INSUFFICIENT_STOCK with the quantity available and changes nothing', async () => {
    const guest = await newGuest(t);
    const lineId = (await guest.add(scarce.id, 1)).line!.id;
    const { id } = (await guest.cart())!;
    const before = await cartSnapshot(t, id);
    const payload = await guest.update(lineId, 4);
    expectUserError(payload, 'INSUFFICIENT_STOCK', ['input', 'quantity']);
    expect(payload.quantityAvailable).toBe(3);
    expect(payload.errors[0]!.message).toContain('Only 3');
    expect(payload.cart!.lines[0]!.quantity).toBe(1);
    expect(await cartSnapshot(t, id)).toEqual(before);
  });

  it.each([-1, 1000])('refuses quantity %s with INVALID_INPUT', async (quantity) => {
    const guest = await newGuest(t);
    const lineId = (await guest.add(mug.id, 1)).line!.id;
    const { id } = (await guest.cart())!;
    const before = await cartSnapshot(t, id);
    expectUserError(await guest.update(lineId, quantity), 'INVALID_INPUT', ['input', 'quantity']);
    expect(await cartSnapshot(t, id)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown, malformed or foreign line', async () => {
    const guest = await newGuest(t);
    const other = await newGuest(t);
    const foreignLine = (await other.add(mug.id, 1)).line!.id;
    await guest.add(mug.id, 1);
    for (const lineId of [foreignLine, '00000000-0000-4000-8000-000000000000', 'line-1']) {
      expectUserError(await guest.update(lineId, 2), 'NOT_FOUND', ['input', 'lineId']);
    }
    expect((await other.cart())!.lines[0]!.quantity).toBe(1);
  });

  it('only lets a line of a product no longer for sale be removed', async () => {
    const going = await product(admin.client, 'Line Going', [{ price: '4.00', stock: 10 }]);
    const guest = await newGuest(t);
    const lineId = (await guest.add(going.variants[0]!.id, 2)).line!.id;
    await setStatus(admin.client, going.id, 'ARCHIVED');
    expectUserError(await guest.update(lineId, 3), 'PRODUCT_NOT_AVAILABLE', ['input', 'lineId']);
    expectUserError(await guest.update(lineId, 1), 'PRODUCT_NOT_AVAILABLE', ['input', 'lineId']);
    expect((await guest.update(lineId, 0)).cart!.lines).toEqual([]);
  });
});

describe('cartRemoveItem and cartClear', () => {
  it('removes one line', async () => {
    const guest = await newGuest(t);
    const lineId = (await guest.add(shirtS.id, 1)).line!.id;
    await guest.add(mug.id, 2);
    const payload = (await guest.ok(REMOVE, { input: { lineId } })).cartRemoveItem;
    expect(payload.errors).toEqual([]);
    expect(payload.cart!.lines.map((l: any) => l.variant.id)).toEqual([mug.id]);
    expectUserError((await guest.ok(REMOVE, { input: { lineId } })).cartRemoveItem, 'NOT_FOUND', [
      'input',
      'lineId',
    ]);
    expectUserError((await guest.ok(REMOVE, { input: { lineId: 'nope' } })).cartRemoveItem, 'NOT_FOUND');
  });

  it("cannot remove another cart's line", async () => {
    const guest = await newGuest(t);
    const other = await newGuest(t);
    const lineId = (await other.add(mug.id, 1)).line!.id;
    expectUserError((await guest.ok(REMOVE, { input: { lineId } })).cartRemoveItem, 'NOT_FOUND');
    expect((await other.cart())!.itemCount).toBe(1);
  });

  it('cartClear removes every line and keeps the cart', async () => {
    const guest = await newGuest(t);
    await guest.add(shirtS.id, 1);
    await guest.add(mug.id, 2);
    const { id } = (await guest.cart())!;
    const payload = (await guest.ok(CLEAR)).cartClear;
    expect(payload.errors).toEqual([]);
    expect(payload.cart).toMatchObject({
      id,
      lines: [],
      itemCount: 0,
      totals: { total: { amount: '0.00' } },
    });
    expect((await guest.ok(CLEAR)).cartClear.errors).toEqual([]);
    expect((await guest.add(mug.id, 1)).cart!.id).toBe(id);
  });
});

describe('addItemToCart and viewerCartId (for other modules, e.g. the wishlist)', () => {
  it("add to the signed-in viewer's locked cart with the rules of cartAddItem", async () => {
    const customer = await registerAndLogin(t);
    const ctx = createRequestContext(t.app.context, {
      requestId: 'test',
      ip: '127.0.0.1',
      userAgent: undefined,
      authorization: `Bearer ${customer.accessToken}`,
      cookies: null,
    });
    await ctx.viewer();
    const outcome = await t.app.context.db.transaction(async (tx) => {
      const cartId = await viewerCartId(ctx, tx);
      if (!cartId) throw new Error('no cart');
      return {
        ok: await addItemToCart(ctx, tx, cartId, { variantId: scarce.id, quantity: 2 }),
        tooMany: await addItemToCart(ctx, tx, cartId, { variantId: scarce.id, quantity: 2 }),
        missing: await addItemToCart(ctx, tx, cartId, { variantId: 'nope', quantity: 1 }),
      };
    });
    expect(outcome.ok).toEqual([]);
    expect(outcome.tooMany.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);
    expect(outcome.missing.map((e) => e.code)).toEqual(['VARIANT_NOT_FOUND']);
    const cart = await new Shopper(customer.client).cart();
    expect(cart!.lines.map((l: any) => [l.variant.id, l.quantity])).toEqual([[scarce.id, 2]]);

    const guestCtx = createRequestContext(t.app.context, {
      requestId: 'test',
      ip: '127.0.0.1',
      userAgent: undefined,
      authorization: undefined,
      cookies: null,
    });
    await guestCtx.viewer();
    expect(await t.app.context.db.transaction((tx) => viewerCartId(guestCtx, tx))).toBeNull();
  });
});
