import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { products, variants } from '../../src/modules/catalog/catalog.tables.js';
import { foldPendingUnitsSold } from '../../src/modules/catalog/units-sold.js';
import {
  ADD,
  SET_ADDRESS,
  SET_METHOD,
  SHIPPING_METHOD_CREATE,
  Shopper,
  TAX_RATE_CREATE,
  type TestVariant,
  variant,
} from '../cart/support.js';
import { adminClient, type SignedIn } from './accounts.js';
import type { GqlClient } from './gql-client.js';
import type { TestApp } from './harness.js';

/**
 * The one store the checkout, order, payment, fulfillment, refund, webhook and subscription tests
 * sell from: an administrator, the STANDARD shipping method, two products, a US address and test
 * cards, and a cart filled to check out. Created through the admin API, as a shop owner would.
 */

export const US_ADDRESS = {
  name: 'Jane Doe',
  line1: '1 Market St',
  city: 'San Francisco',
  region: 'CA',
  postalCode: '94105',
  country: 'US',
};

export const GOOD_CARD = { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2040, cvc: '123' };
export const DECLINED_CARD = { ...GOOD_CARD, number: '4000000000000002' };
export const NO_FUNDS_CARD = { ...GOOD_CARD, number: '4000000000009995' };

/** The STANDARD shipping method (5.00, 2-5 days), through the admin API. */
export async function addStandardShipping(admin: GqlClient): Promise<void> {
  const method = (
    await admin.ok(SHIPPING_METHOD_CREATE, {
      input: { code: 'STANDARD', name: 'Standard', price: '5.00', minDeliveryDays: 2, maxDeliveryDays: 5 },
    })
  ).shippingMethodCreate;
  expect(method.errors).toEqual([]);
}

/** STANDARD shipping and a 10 % US tax rate, through the admin API. */
export async function addShippingAndTax(admin: GqlClient): Promise<void> {
  await addStandardShipping(admin);
  const rate = (
    await admin.ok(TAX_RATE_CREATE, { input: { country: 'US', taxClass: 'STANDARD', rate: '10' } })
  ).taxRateCreate;
  expect(rate.errors).toEqual([]);
}

export interface Store {
  admin: SignedIn;
  /** 20.00, stock 50. */
  shirt: TestVariant;
  /** 7.50, stock 50. */
  mug: TestVariant;
}

/** An admin, STANDARD shipping (no tax) and two products. */
export async function setUpStore(t: TestApp): Promise<Store> {
  const admin = await adminClient(t);
  await addStandardShipping(admin.client);
  const shirt = await variant(admin.client, 'Order Shirt', '20.00', 50);
  const mug = await variant(admin.client, 'Order Mug', '7.50', 50);
  return { admin, shirt, mug };
}

/** Puts `items` in the shopper's cart, ships it to US_ADDRESS by STANDARD: ready to check out. */
export async function fillCart(
  shopper: Shopper | GqlClient,
  items: { variantId: string; quantity: number }[],
): Promise<void> {
  const s = shopper instanceof Shopper ? shopper : new Shopper(shopper);
  for (const item of items) {
    const added = (await s.ok(ADD, { input: item })).cartAddItem;
    expect(added.errors, JSON.stringify(added.errors)).toEqual([]);
  }
  const address = (await s.ok(SET_ADDRESS, { input: { address: US_ADDRESS } })).cartSetShippingAddress;
  expect(address.errors).toEqual([]);
  const method = (await s.ok(SET_METHOD, { input: { code: 'STANDARD' } })).cartSetShippingMethod;
  expect(method.errors).toEqual([]);
}

// ---- what the database holds ----

export async function stockOf(t: TestApp, variantId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ stock: variants.stock })
    .from(variants)
    .where(eq(variants.id, variantId));
  return row?.stock ?? Number.NaN;
}

/**
 * A product's units sold, as its counter shows them once the pending units are folded in (the app's
 * background fold does it about every second; here it is done first, waiting for one in progress).
 */
export async function unitsSold(t: TestApp, productId: string): Promise<number> {
  await foldPendingUnitsSold(t.database.db);
  const [row] = await t.database.db
    .select({ n: products.unitsSold })
    .from(products)
    .where(eq(products.id, productId));
  return row?.n ?? Number.NaN;
}

/** The app a test file starts, with the store set up in it: `({ t, store } = await withStore(startTestApp()))`. */
export async function withStore(app: Promise<TestApp>): Promise<{ t: TestApp; store: Store }> {
  const t = await app;
  return { t, store: await setUpStore(t) };
}
