import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { cartLines, carts } from '../../src/modules/cart/cart.tables.js';
import { products, stockMovements, variants } from '../../src/modules/catalog/catalog.tables.js';
import { outboxMessages } from '../../src/modules/notification/notification.tables.js';
import { orderEvents, orderLines, orders, payments } from '../../src/modules/order/order.tables.js';
import {
  ADD,
  ERRORS,
  SET_ADDRESS,
  SET_METHOD,
  SHIPPING_METHOD_CREATE,
  Shopper,
  TAX_RATE_CREATE,
} from '../cart/support.js';
import { registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';

/** Operations and helpers shared by the checkout and order tests. */

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

export const ORDER_FIELDS = `id number status paymentStatus paymentMethod customerId couponCode note reservedUntil createdAt canCancel
  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } }
  shippingAddress { name line1 city region postalCode country phone }
  billingAddress { name line1 city country }
  shippingMethod { code name price { amount } minDeliveryDays maxDeliveryDays }
  lines { id position productId variantId productTitle variantTitle sku options { name value } taxClass
    unitPrice { amount } quantity subtotal { amount } discount { amount } tax { amount } total { amount } }
  payments { id status method provider amount { amount } cardBrand cardLast4 failureCode failureMessage }
  events { type fromStatus toStatus fromPaymentStatus toPaymentStatus actorKind reason }`;

export const PAYMENT_FIELDS = `id orderId status method provider amount { amount currencyCode } refundedAmount { amount }
  cardBrand cardLast4 failureCode failureMessage`;

export const CHECKOUT = `mutation($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) { order { ${ORDER_FIELDS} } payment { ${PAYMENT_FIELDS} } ${ERRORS} } }`;

export const ORDER = `query($id: ID, $number: String) { order(id: $id, number: $number) { ${ORDER_FIELDS} } }`;

/** A shipping method (STANDARD, 5.00, US) and a 10 % US tax rate, through the admin API. */
export async function setupStore(admin: GqlClient): Promise<void> {
  const method = (
    await admin.ok(SHIPPING_METHOD_CREATE, {
      input: { code: 'STANDARD', name: 'Standard', price: '5.00', minDeliveryDays: 2, maxDeliveryDays: 5 },
    })
  ).shippingMethodCreate;
  expect(method.errors).toEqual([]);
  const rate = (
    await admin.ok(TAX_RATE_CREATE, { input: { country: 'US', taxClass: 'STANDARD', rate: '10' } })
  ).taxRateCreate;
  expect(rate.errors).toEqual([]);
}

export interface Buyer extends SignedIn {
  shopper: Shopper;
}

/** A signed-in customer whose cart holds `items`, ships to US_ADDRESS by STANDARD. */
export async function buyer(t: TestApp, items: { variantId: string; quantity: number }[]): Promise<Buyer> {
  const signedIn = await registerAndLogin(t);
  const shopper = new Shopper(signedIn.client);
  await fillCart(shopper, items);
  return { ...signedIn, shopper };
}

export async function fillCart(shopper: Shopper, items: { variantId: string; quantity: number }[]) {
  for (const item of items) {
    const added = (await shopper.ok(ADD, { input: item })).cartAddItem;
    expect(added.errors, JSON.stringify(added.errors)).toEqual([]);
  }
  const address = (await shopper.ok(SET_ADDRESS, { input: { address: US_ADDRESS } })).cartSetShippingAddress;
  expect(address.errors).toEqual([]);
  const method = (await shopper.ok(SET_METHOD, { input: { code: 'STANDARD' } })).cartSetShippingMethod;
  expect(method.errors).toEqual([]);
}

export function checkout(client: GqlClient, input: Record<string, unknown>) {
  return client.request(CHECKOUT, {
    input: { idempotencyKey: randomUUID(), paymentMethod: 'CARD', card: GOOD_CARD, ...input },
  });
}

/** checkoutComplete without top-level errors; returns the payload. */
export async function checkoutOk(client: GqlClient, input: Record<string, unknown> = {}): Promise<any> {
  const result = await checkout(client, input);
  if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors));
  return (result.data as any).checkoutComplete;
}

// ---- database facts ----

export async function stockOf(t: TestApp, variantId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ stock: variants.stock })
    .from(variants)
    .where(eq(variants.id, variantId));
  return row?.stock ?? Number.NaN;
}

/** Σ ledger deltas of a variant. */
export async function ledgerSum(t: TestApp, variantId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ sum: sql<number>`coalesce(sum(${stockMovements.delta}), 0)::int` })
    .from(stockMovements)
    .where(eq(stockMovements.variantId, variantId));
  return Number(row?.sum ?? 0);
}

export async function unitsSold(t: TestApp, productId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: products.unitsSold })
    .from(products)
    .where(eq(products.id, productId));
  return row?.n ?? Number.NaN;
}

export async function countRows(t: TestApp): Promise<Record<string, number>> {
  const { db } = t.database;
  const n = async (table: any) =>
    Number((await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n);
  return {
    orders: await n(orders),
    orderLines: await n(orderLines),
    orderEvents: await n(orderEvents),
    payments: await n(payments),
    movements: await n(stockMovements),
    outbox: await n(outboxMessages),
  };
}

export async function ordersOf(t: TestApp, userId: string) {
  return t.database.db.select().from(orders).where(eq(orders.userId, userId));
}

export async function cartLineCount(t: TestApp, userId: string): Promise<number> {
  const rows = await t.database.db
    .select({ id: cartLines.id })
    .from(cartLines)
    .innerJoin(carts, eq(carts.id, cartLines.cartId))
    .where(and(eq(carts.userId, userId)));
  return rows.length;
}
