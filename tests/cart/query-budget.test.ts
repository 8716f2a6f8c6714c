import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productImages } from '../../src/modules/catalog/catalog.tables.js';
import { createCategory } from '../catalog/admin-support.js';
import { graphql } from '../generated/gql.js';
import type { CartBudgetFieldsFragment, TaxRateCreateInput } from '../generated/graphql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  APPLY_COUPON,
  COUPON_CREATE,
  newGuest,
  product,
  SET_ADDRESS,
  SET_METHOD,
  SHIPPING_METHOD_CREATE,
  Shopper,
  TAX_RATE_CREATE,
  type TestVariant,
} from './support.js';

/**
 * SQL statements per cart request (the x-sql-query-count header) must not grow with the number
 * of lines: the full cart query with 20 lines costs what it costs with 2.
 */

let t: TestApp;
let admin: SignedIn;
const items: TestVariant[] = [];

const FULL_CART = graphql(`query CartBudgetFull($cartToken: String) {
  cart(cartToken: $cartToken) { ...CartBudgetFields } }`);

const ADD_ANSWERING_FULL_CART = graphql(`mutation CartBudgetAddItem($v: ID!) {
  cartAddItem(input: { variantId: $v, quantity: 1 }) { errors { code } cart { ...CartBudgetFields } } }`);

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  const root = await createCategory(admin.client, { name: 'Budget Root', slug: 'budget-root' });
  const leaf = await createCategory(admin.client, {
    name: 'Budget Leaf',
    slug: 'budget-leaf',
    parentId: root.id,
  });
  for (let i = 0; i < 20; i += 1) {
    const created = await product(
      admin.client,
      `Budget Product ${i}`,
      [
        { price: `${10 + i}.00`, stock: 50 },
        { price: `${11 + i}.00`, stock: 50 },
      ],
      { categoryIds: [i % 2 === 0 ? leaf.id : root.id], taxClass: i % 3 === 0 ? 'REDUCED' : 'STANDARD' },
    );
    items.push(created.variants[0] as TestVariant);
    await t.database.db.insert(productImages).values(
      [0, 1].map((position) => ({
        productId: created.id,
        position,
        alt: `image ${position}`,
        width: 800,
        height: 600,
        renditions: [
          { width: 200, height: 150, path: `products/${created.id}/${position}-200.webp` },
          { width: 800, height: 600, path: `products/${created.id}/${position}-800.webp` },
        ],
      })),
    );
  }
  for (const input of [
    {
      code: 'STANDARD',
      name: 'Standard',
      price: '5.00',
      freeAbove: '200.00',
      minDeliveryDays: 2,
      maxDeliveryDays: 4,
    },
    { code: 'EXPRESS', name: 'Express', price: '12.00', minDeliveryDays: 1, maxDeliveryDays: 1 },
  ]) {
    expect((await admin.client.ok(SHIPPING_METHOD_CREATE, { input })).shippingMethodCreate.errors).toEqual(
      [],
    );
  }
  const rates: TaxRateCreateInput[] = [
    { country: 'US', taxClass: 'STANDARD', rate: '8' },
    { country: 'US', taxClass: 'REDUCED', rate: '4' },
  ];
  for (const input of rates) {
    expect((await admin.client.ok(TAX_RATE_CREATE, { input })).taxRateCreate.errors).toEqual([]);
  }
  // Restricted to a category, so the category tree (ancestors) is part of the read.
  const coupon = (
    await admin.client.ok(COUPON_CREATE, {
      input: { code: 'BUDGET', type: 'PERCENTAGE', value: '10', categoryIds: [root.id] },
    })
  ).couponCreate;
  expect(coupon.errors).toEqual([]);
});
afterAll(() => t?.close());

async function fillCart(shopper: Shopper, lines: number): Promise<void> {
  for (const item of items.slice(0, lines)) expect((await shopper.add(item.id, 1)).errors).toEqual([]);
  expect((await shopper.ok(APPLY_COUPON, { input: { code: 'BUDGET' } })).cartApplyCoupon.errors).toEqual([]);
  const address = { name: 'Budget', line1: '1 Way', city: 'Town', postalCode: '12345', country: 'US' };
  expect((await shopper.ok(SET_ADDRESS, { input: { address } })).cartSetShippingAddress.errors).toEqual([]);
  expect(
    (await shopper.ok(SET_METHOD, { input: { code: 'STANDARD' } })).cartSetShippingMethod.errors,
  ).toEqual([]);
}

async function queryCount(shopper: Shopper): Promise<{ count: number; cart: CartBudgetFieldsFragment }> {
  const response = await shopper.request(FULL_CART);
  expect(response.errors).toBeUndefined();
  return { count: Number(response.headers.get('x-sql-query-count')), cart: response.data!.cart! };
}

describe('cart query budget', () => {
  it('a signed-in cart with 20 lines issues as many statements as one with 2', async () => {
    const small = new Shopper((await registerAndLogin(t)).client);
    const large = new Shopper((await registerAndLogin(t)).client);
    await fillCart(small, 2);
    await fillCart(large, 20);
    const two = await queryCount(small);
    const twenty = await queryCount(large);
    expect(two.cart.lines).toHaveLength(2);
    expect(twenty.cart.lines).toHaveLength(20);
    expect(twenty.cart.lines.every((l) => l.product.images.length === 2)).toBe(true);
    expect(twenty.cart.lines.every((l) => Number(l.discount.amount) > 0)).toBe(true);
    expect(twenty.cart.coupon!.applied).toBe(true);
    expect(twenty.cart.availableShippingMethods).toHaveLength(2);
    expect(twenty.count).toBe(two.count);
    // session, cart, lines, coupon, shipping methods, tax rates, category tree, product parts
    expect(twenty.count).toBeLessThanOrEqual(8);
  });

  it('a guest cart with 20 lines with warnings issues as many statements as one with 2', async () => {
    const small = await newGuest(t);
    const large = await newGuest(t);
    await fillCart(small, 2);
    await fillCart(large, 20);
    const two = await queryCount(small);
    const twenty = await queryCount(large);
    expect(twenty.count).toBe(two.count);
    expect(twenty.count).toBeLessThanOrEqual(7);
  });

  it('a mutation answering with the full cart stays within a fixed budget too', async () => {
    const counts: number[] = [];
    for (const lines of [2, 20]) {
      const guest = await newGuest(t);
      await fillCart(guest, lines);
      const response = await guest.request(ADD_ANSWERING_FULL_CART, { v: items[0]!.id });
      expect(response.errors).toBeUndefined();
      expect(response.data!.cartAddItem.errors).toEqual([]);
      counts.push(Number(response.headers.get('x-sql-query-count')));
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
