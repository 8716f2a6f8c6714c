import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { cartLines, carts } from '../../src/modules/cart/cart.tables.js';
import { stockMovements } from '../../src/modules/catalog/catalog.tables.js';
import { outboxMessages } from '../../src/modules/notification/notification.tables.js';
import { orderEvents, orderLines, orders, payments } from '../../src/modules/order/order.tables.js';
import { product, Shopper, type TestVariant, variant } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import type { CheckoutCompleteInput } from '../generated/graphql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { addShippingAndTax, fillCart, GOOD_CARD } from '../support/store.js';

/** Operations and helpers shared by the checkout and order tests. */

export const ORDER_FIELDS_FRAGMENT = graphql(`fragment CheckoutOrderFields on Order {
  id number status paymentStatus paymentMethod customerId couponCode note reservedUntil createdAt canCancel
  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } }
  shippingAddress { name line1 city region postalCode country phone }
  billingAddress { name line1 city country }
  shippingMethod { code name price { amount } minDeliveryDays maxDeliveryDays }
  lines { id position productId variantId productTitle variantTitle sku options { name value } taxClass
    unitPrice { amount } quantity subtotal { amount } discount { amount } tax { amount } total { amount } }
  payments { id status method provider amount { amount } cardBrand cardLast4 failureCode failureMessage }
  events { type fromStatus toStatus fromPaymentStatus toPaymentStatus actorKind reason } }`);

export const PAYMENT_FIELDS_FRAGMENT = graphql(`fragment CheckoutPaymentFields on Payment {
  id orderId status method provider amount { amount currencyCode } refundedAmount { amount }
  cardBrand cardLast4 failureCode failureMessage }`);

export const CHECKOUT = graphql(`mutation CheckoutComplete($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) {
    order { ...CheckoutOrderFields } payment { ...CheckoutPaymentFields } errors { field code message } } }`);

export const ORDER = graphql(`query CheckoutOrder($id: ID, $number: String) {
  order(id: $id, number: $number) { ...CheckoutOrderFields } }`);

/**
 * An app with its admin, STANDARD shipping and a 10 % US tax rate: what a checkout or order read
 * test file starts (`env` and `options` as for startTestApp), before adding its own products.
 */
export async function startCheckoutApp(
  ...args: Parameters<typeof startTestApp>
): Promise<{ t: TestApp; admin: SignedIn }> {
  const t = await startTestApp(...args);
  const admin = await adminClient(t);
  await addShippingAndTax(admin.client);
  return { t, admin };
}

/** The products checkout.test.ts and checkout-refusals.test.ts sell. */
export async function checkoutProducts(admin: GqlClient): Promise<{
  /** Two variants: 20.00 and 22.00, stock 50 each. */
  shirt: { id: string; variants: TestVariant[] };
  /** 8.50, stock 50. */
  mug: TestVariant;
}> {
  const shirt = await product(admin, 'Checkout Shirt', [
    { price: '20.00', stock: 50 },
    { price: '22.00', stock: 50 },
  ]);
  const mug = await variant(admin, 'Checkout Mug', '8.50', 50);
  return { shirt, mug };
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

export function checkout(client: GqlClient, input: Partial<CheckoutCompleteInput>) {
  return client.request(CHECKOUT, {
    input: { idempotencyKey: randomUUID(), paymentMethod: 'CARD', card: GOOD_CARD, ...input },
  });
}

/** checkoutComplete without top-level errors; returns the payload. */
export async function checkoutOk(client: GqlClient, input: Partial<CheckoutCompleteInput> = {}) {
  const result = await checkout(client, input);
  if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.checkoutComplete;
}

// ---- database facts ----

/** Σ ledger deltas of a variant. */
export async function ledgerSum(t: TestApp, variantId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ sum: sql<number>`coalesce(sum(${stockMovements.delta}), 0)::int` })
    .from(stockMovements)
    .where(eq(stockMovements.variantId, variantId));
  return Number(row?.sum ?? 0);
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
