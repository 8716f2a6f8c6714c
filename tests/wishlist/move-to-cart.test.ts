import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectUserError,
  product,
  Shopper,
  setStatus,
  setStock,
  type TestVariant,
  variant,
} from '../cart/support.js';
import type { ProductStatus, WishlistMoveToCartInput } from '../generated/graphql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { addOk, allItems, cartState, MOVE, move, storedItems } from './support.js';

/** wishlistMoveToCart: variant choice, the cart's rules (stock, availability, quantity), atomicity. */

let t: TestApp;
let admin: SignedIn;
let shirt: { id: string; variants: TestVariant[] };
let mug: TestVariant;

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  shirt = await product(admin.client, 'Move Shirt', [
    { price: '20.00', stock: 50 },
    { price: '22.50', stock: 50 },
  ]);
  mug = await variant(admin.client, 'Move Mug', '9.99', 100);
});
afterAll(() => t?.close());

/** Runs a move that must fail with `code` (at `field`), and checks that nothing changed anywhere. */
async function expectRefused(
  customer: SignedIn,
  input: WishlistMoveToCartInput,
  code: string,
  field?: string[],
) {
  const cart = await cartState(t, customer);
  const items = await allItems(t);
  const payload = (await customer.client.ok(MOVE, { input })).wishlistMoveToCart;
  expectUserError(payload, code, field);
  expect(payload.removedItemId).toBeNull();
  expect(payload.cart!.id).toBe(cart.id);
  expect((await cartState(t, customer)).snapshot).toEqual(cart.snapshot);
  expect(await allItems(t)).toEqual(items);
  return payload;
}

describe('wishlistMoveToCart', () => {
  it("adds the item's variant to the cart and removes the item", async () => {
    const customer = await registerAndLogin(t);
    const item = await addOk(customer.client, shirt.id, shirt.variants[1]!.id);
    const keep = await addOk(customer.client, mug.productId);
    const payload = await move(customer.client, { itemId: item.id, quantity: 2 });
    expect(payload).toMatchObject({
      errors: [],
      removedItemId: item.id,
      quantityAvailable: null,
      cart: { itemCount: 2, lines: [{ quantity: 2, variant: { id: shirt.variants[1]!.id } }] },
    });
    expect((await storedItems(t, customer.id)).map((r) => r.id)).toEqual([keep.id]);
    const cart = await new Shopper(customer.client).cart();
    expect(cart!.lines.map((l) => [l.variant.id, l.quantity])).toEqual([[shirt.variants[1]!.id, 2]]);
  });

  it("adds to the cart's existing line of the variant", async () => {
    const customer = await registerAndLogin(t);
    const shopper = new Shopper(customer.client);
    expect((await shopper.add(mug.id, 1)).errors).toEqual([]);
    const item = await addOk(customer.client, mug.productId, mug.id);
    const payload = await move(customer.client, { itemId: item.id, quantity: 3 });
    expect(payload.errors).toEqual([]);
    expect(payload.cart!.lines).toEqual([{ quantity: 4, variant: { id: mug.id } }]);
  });

  it("takes the product's only variant when the item names none; quantity defaults to 1", async () => {
    const customer = await registerAndLogin(t);
    const item = await addOk(customer.client, mug.productId);
    const payload = await move(customer.client, { itemId: item.id });
    expect(payload.errors).toEqual([]);
    expect(payload.removedItemId).toBe(item.id);
    expect(payload.cart!.lines).toEqual([{ quantity: 1, variant: { id: mug.id } }]);
    expect(await storedItems(t, customer.id)).toEqual([]);
  });

  it('a null quantity counts as 1', async () => {
    const customer = await registerAndLogin(t);
    const item = await addOk(customer.client, mug.productId, mug.id);
    const payload = await move(customer.client, { itemId: item.id, quantity: null });
    expect(payload.errors).toEqual([]);
    expect(payload.cart!.lines).toEqual([{ quantity: 1, variant: { id: mug.id } }]);
  });

  it('asks to choose a variant when the item names none and the product has several', async () => {
    const customer = await registerAndLogin(t);
    const item = await addOk(customer.client, shirt.id);
    const refused = await expectRefused(customer, { itemId: item.id }, 'INVALID_INPUT', ['input', 'itemId']);
    expect(refused.errors[0]!.message).toMatch(/choose/i);

    const chosen = await move(customer.client, { itemId: item.id, variantId: shirt.variants[0]!.id });
    expect(chosen.errors).toEqual([]);
    expect(chosen.cart!.lines).toEqual([{ quantity: 1, variant: { id: shirt.variants[0]!.id } }]);
    expect(await storedItems(t, customer.id)).toEqual([]);
  });

  it("a chosen variant replaces the item's own; it must belong to the item's product", async () => {
    const customer = await registerAndLogin(t);
    const item = await addOk(customer.client, shirt.id, shirt.variants[0]!.id);
    for (const variantId of [mug.id, UNKNOWN, 'not-a-uuid']) {
      await expectRefused(customer, { itemId: item.id, variantId }, 'VARIANT_NOT_FOUND', [
        'input',
        'variantId',
      ]);
    }
    const payload = await move(customer.client, { itemId: item.id, variantId: shirt.variants[1]!.id });
    expect(payload.errors).toEqual([]);
    expect(payload.cart!.lines).toEqual([{ quantity: 1, variant: { id: shirt.variants[1]!.id } }]);
  });

  it('answers INSUFFICIENT_STOCK with the quantity available; the item stays and the cart is unchanged', async () => {
    const customer = await registerAndLogin(t);
    const scarce = await variant(admin.client, 'Move Scarce', '5.00', 3);
    const shopper = new Shopper(customer.client);
    expect((await shopper.add(scarce.id, 2)).errors).toEqual([]);
    const item = await addOk(customer.client, scarce.productId, scarce.id);
    const refused = await expectRefused(customer, { itemId: item.id, quantity: 2 }, 'INSUFFICIENT_STOCK', [
      'input',
      'quantity',
    ]);
    expect(refused.quantityAvailable).toBe(3);
    expect(refused.errors[0]!.message).toContain('3');
    expect(refused.cart!.lines).toEqual([{ quantity: 2, variant: { id: scarce.id } }]);

    // Within stock, it moves.
    const moved = await move(customer.client, { itemId: item.id, quantity: 1 });
    expect(moved.errors).toEqual([]);
    expect(moved.cart!.lines).toEqual([{ quantity: 3, variant: { id: scarce.id } }]);
  });

  it('answers INSUFFICIENT_STOCK (0 available) for a sold-out variant', async () => {
    const customer = await registerAndLogin(t);
    const soldOut = await variant(admin.client, 'Move Sold Out', '5.00', 1);
    const item = await addOk(customer.client, soldOut.productId);
    await setStock(t, admin.client, soldOut.id, 0);
    const refused = await expectRefused(customer, { itemId: item.id }, 'INSUFFICIENT_STOCK', [
      'input',
      'quantity',
    ]);
    expect(refused.quantityAvailable).toBe(0);
  });

  it.each<ProductStatus>(['DRAFT', 'ARCHIVED'])(
    'answers PRODUCT_NOT_AVAILABLE once the product is %s; the item stays',
    async (status) => {
      const customer = await registerAndLogin(t);
      const gone = await product(admin.client, `Move ${status}`, [
        { price: '4.00', stock: 9 },
        { price: '5.00', stock: 9 },
      ]);
      const whole = await addOk(customer.client, gone.id);
      const withVariant = await addOk(customer.client, gone.id, gone.variants[0]!.id);
      await setStatus(admin.client, gone.id, status);
      await expectRefused(customer, { itemId: withVariant.id }, 'PRODUCT_NOT_AVAILABLE', ['input', 'itemId']);
      // Availability is reported before the missing variant choice.
      await expectRefused(customer, { itemId: whole.id }, 'PRODUCT_NOT_AVAILABLE', ['input', 'itemId']);
      await expectRefused(
        customer,
        { itemId: whole.id, variantId: gone.variants[1]!.id },
        'PRODUCT_NOT_AVAILABLE',
        ['input', 'itemId'],
      );
    },
  );

  it.each([0, -1, 1000])('refuses quantity %s with INVALID_INPUT', async (quantity) => {
    const customer = await registerAndLogin(t);
    const item = await addOk(customer.client, mug.productId, mug.id);
    await expectRefused(customer, { itemId: item.id, quantity }, 'INVALID_INPUT', ['input', 'quantity']);
  });

  it('a cart line holds at most 999 units', async () => {
    const customer = await registerAndLogin(t);
    const shopper = new Shopper(customer.client);
    expect((await shopper.add(mug.id, 99)).errors).toEqual([]);
    await setStock(t, admin.client, mug.id, 2000);
    const item = await addOk(customer.client, mug.productId, mug.id);
    const refused = await expectRefused(customer, { itemId: item.id, quantity: 901 }, 'INVALID_INPUT', [
      'input',
      'quantity',
    ]);
    expect(refused.errors[0]!.message).toContain('999');
  });

  it.each([UNKNOWN, 'not-a-uuid'])('answers NOT_FOUND for item %s', async (itemId) => {
    const customer = await registerAndLogin(t);
    await addOk(customer.client, mug.productId);
    await expectRefused(customer, { itemId }, 'NOT_FOUND', ['input', 'itemId']);
  });

  it('concurrent moves of one item add it to the cart once', async () => {
    const customer = await registerAndLogin(t);
    const item = await addOk(customer.client, shirt.id, shirt.variants[0]!.id);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => move(customer.client, { itemId: item.id, quantity: 2 })),
    );
    const succeeded = results.filter((r) => r.errors.length === 0);
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0]!.removedItemId).toBe(item.id);
    for (const r of results.filter((r) => r.errors.length > 0))
      expectUserError(r, 'NOT_FOUND', ['input', 'itemId']);
    const cart = await new Shopper(customer.client).cart();
    expect(cart!.lines.map((l) => [l.variant.id, l.quantity])).toEqual([[shirt.variants[0]!.id, 2]]);
    expect(await storedItems(t, customer.id)).toEqual([]);
  });
});
