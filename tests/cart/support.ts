import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { cartLines, carts } from '../../src/modules/cart/cart.tables.js';
import { variants } from '../../src/modules/catalog/catalog.tables.js';
import { createProduct, newSku } from '../catalog/admin-support.js';
import type { GqlClient, GqlResponse } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';

/** Operations and helpers shared by the cart tests (tests/cart/*.test.ts). */

export const ERRORS = 'errors { field code message }';

export const LINE_FIELDS = `id quantity
  unitPrice { amount currencyCode } unitPriceWhenAdded { amount } lineTotal { amount }
  discount { amount } tax { amount } total { amount }
  variant { id sku quantityAvailable price { amount } }
  product { id slug title status }`;

export const CART_FIELDS = `id isGuest updatedAt expiresAt itemCount hasBlockingWarnings
  lines { ${LINE_FIELDS} }
  coupon { code type percentage amount { amount } applied }
  shippingAddress { name line1 city region postalCode country addressId }
  shippingMethod { code price { amount } }
  availableShippingMethods { code name price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }
  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate taxCountry }
  warnings { code lineId message blocking }`;

export const CART = `query($cartToken: String) { cart(cartToken: $cartToken) { ${CART_FIELDS} } }`;
export const CART_CREATE = `mutation { cartCreate { cartToken cart { ${CART_FIELDS} } ${ERRORS} } }`;
export const ADD = `mutation($input: CartAddItemInput!, $cartToken: String) {
  cartAddItem(input: $input, cartToken: $cartToken) {
    quantityAvailable line { id quantity } cart { ${CART_FIELDS} } ${ERRORS} } }`;
export const UPDATE = `mutation($input: CartUpdateItemInput!, $cartToken: String) {
  cartUpdateItem(input: $input, cartToken: $cartToken) {
    quantityAvailable line { id quantity } cart { ${CART_FIELDS} } ${ERRORS} } }`;
export const REMOVE = `mutation($input: CartRemoveItemInput!, $cartToken: String) {
  cartRemoveItem(input: $input, cartToken: $cartToken) { cart { ${CART_FIELDS} } ${ERRORS} } }`;
export const CLEAR = `mutation($cartToken: String) {
  cartClear(cartToken: $cartToken) { cart { ${CART_FIELDS} } ${ERRORS} } }`;
export const ACCEPT = `mutation($cartToken: String) {
  cartAcceptChanges(cartToken: $cartToken) { cart { ${CART_FIELDS} } ${ERRORS} } }`;
export const APPLY_COUPON = `mutation($input: CartApplyCouponInput!, $cartToken: String) {
  cartApplyCoupon(input: $input, cartToken: $cartToken) { cart { ${CART_FIELDS} } ${ERRORS} } }`;
export const REMOVE_COUPON = `mutation($cartToken: String) {
  cartRemoveCoupon(cartToken: $cartToken) { cart { ${CART_FIELDS} } ${ERRORS} } }`;
export const SET_ADDRESS = `mutation($input: CartSetShippingAddressInput!, $cartToken: String) {
  cartSetShippingAddress(input: $input, cartToken: $cartToken) { cart { ${CART_FIELDS} } ${ERRORS} } }`;
export const SET_METHOD = `mutation($input: CartSetShippingMethodInput!, $cartToken: String) {
  cartSetShippingMethod(input: $input, cartToken: $cartToken) { cart { ${CART_FIELDS} } ${ERRORS} } }`;

export const VARIANT_UPDATE = `mutation($input: VariantUpdateInput!) {
  variantUpdate(input: $input) { variant { id price { amount } } ${ERRORS} } }`;
export const PRODUCT_UPDATE = `mutation($input: ProductUpdateInput!) {
  productUpdate(input: $input) { product { id status } ${ERRORS} } }`;
export const INVENTORY_ADJUST = `mutation($input: InventoryAdjustInput!) {
  inventoryAdjust(input: $input) { variant { id quantityAvailable } ${ERRORS} } }`;
export const SHIPPING_METHOD_CREATE = `mutation($input: ShippingMethodCreateInput!) {
  shippingMethodCreate(input: $input) { shippingMethod { id code } ${ERRORS} } }`;
export const SHIPPING_METHOD_UPDATE = `mutation($input: ShippingMethodUpdateInput!) {
  shippingMethodUpdate(input: $input) { shippingMethod { id code active } ${ERRORS} } }`;
export const TAX_RATE_CREATE = `mutation($input: TaxRateCreateInput!) {
  taxRateCreate(input: $input) { taxRate { id } ${ERRORS} } }`;
export const COUPON_CREATE = `mutation($input: CouponCreateInput!) {
  couponCreate(input: $input) { coupon { id code } ${ERRORS} } }`;
export const COUPON_UPDATE = `mutation($input: CouponUpdateInput!) {
  couponUpdate(input: $input) { coupon { id code active } ${ERRORS} } }`;

/**
 * A shopper over HTTP: signed in (the client's bearer token) or a guest whose cart token goes in
 * the X-Cart-Token header.
 */
export class Shopper {
  constructor(
    readonly client: GqlClient,
    public cartToken: string | null = null,
  ) {}

  request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResponse<T>> {
    return this.client.request<T>(query, variables, this.cartToken ? { 'x-cart-token': this.cartToken } : {});
  }

  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data)
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async cart(): Promise<any> {
    return (await this.ok(CART)).cart;
  }

  async add(variantId: string, quantity = 1): Promise<any> {
    return (await this.ok(ADD, { input: { variantId, quantity } })).cartAddItem;
  }

  async update(lineId: string, quantity: number): Promise<any> {
    return (await this.ok(UPDATE, { input: { lineId, quantity } })).cartUpdateItem;
  }
}

/** A guest with a new cart (cartCreate), its token sent as X-Cart-Token from then on. */
export async function newGuest(t: TestApp): Promise<Shopper> {
  const client = t.client();
  const payload = (await client.ok(CART_CREATE)).cartCreate;
  expect(payload.errors).toEqual([]);
  expect(payload.cartToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return new Shopper(client, payload.cartToken);
}

export interface TestVariant {
  id: string;
  productId: string;
  sku: string;
}

/**
 * An ACTIVE product with one variant per entry of `variants` (price as a decimal string, stock),
 * created through the admin API.
 */
export async function product(
  admin: GqlClient,
  title: string,
  variants: { price: string; stock: number }[],
  extra: Record<string, unknown> = {},
): Promise<{ id: string; slug: string; variants: TestVariant[] }> {
  const created = await createProduct(admin, {
    title,
    status: 'ACTIVE',
    ...extra,
    variants: variants.map((v, i) => ({
      sku: newSku(title.replace(/\W+/g, '').slice(0, 10).toUpperCase() || 'P'),
      price: v.price,
      stock: v.stock,
      options: variants.length > 1 ? [{ name: 'Option', value: String(i + 1) }] : undefined,
    })),
  });
  return {
    id: created.id,
    slug: created.slug,
    variants: created.variants.map((v: any) => ({ id: v.id, productId: created.id, sku: v.sku })),
  };
}

/** One ACTIVE single-variant product; returns its variant. */
export async function variant(
  admin: GqlClient,
  title: string,
  price: string,
  stock: number,
): Promise<TestVariant> {
  const created = await product(admin, title, [{ price, stock }]);
  return created.variants[0] as TestVariant;
}

/** Sets a variant's stock through inventoryAdjust (the delta computed from the stock in the database). */
export async function setStock(t: TestApp, admin: GqlClient, variantId: string, to: number): Promise<void> {
  const [current] = await t.database.db
    .select({ stock: variants.stock })
    .from(variants)
    .where(eq(variants.id, variantId));
  if (!current) throw new Error(`no variant ${variantId}`);
  const delta = to - current.stock;
  if (delta === 0) return;
  const payload = (await admin.ok(INVENTORY_ADJUST, { input: { variantId, delta, reason: 'ADJUSTMENT' } }))
    .inventoryAdjust;
  expect(payload.errors).toEqual([]);
  expect(payload.variant.quantityAvailable).toBe(to);
}

export async function setPrice(admin: GqlClient, variantId: string, price: string): Promise<void> {
  const payload = (await admin.ok(VARIANT_UPDATE, { input: { id: variantId, price } })).variantUpdate;
  expect(payload.errors).toEqual([]);
}

export async function setStatus(admin: GqlClient, productId: string, status: string): Promise<void> {
  const payload = (await admin.ok(PRODUCT_UPDATE, { input: { id: productId, status } })).productUpdate;
  expect(payload.errors).toEqual([]);
}

/** Expects exactly one payload error with this code (and field, when given). */
export function expectUserError(payload: any, code: string, field?: string[]): void {
  expect(payload.errors, JSON.stringify(payload.errors)).toHaveLength(1);
  expect(payload.errors[0].code).toBe(code);
  if (field) expect(payload.errors[0].field).toEqual(field);
  expect(payload.errors[0].message.length).toBeGreaterThan(0);
}

/** The cart's rows straight from the database: what a failed mutation must leave untouched. */
export async function cartSnapshot(t: TestApp, cartId: string): Promise<unknown> {
  const { db } = t.database;
  const [cart] = await db.select().from(carts).where(eq(carts.id, cartId));
  const lines = await db
    .select({
      id: cartLines.id,
      variantId: cartLines.variantId,
      quantity: cartLines.quantity,
      seen: cartLines.unitPriceSeen,
    })
    .from(cartLines)
    .where(eq(cartLines.cartId, cartId))
    .orderBy(cartLines.id);
  return { cart, lines };
}

/** Moves a cart's last activity into the past, as if it had been idle. */
export async function backdateCart(t: TestApp, cartId: string, seconds: number): Promise<void> {
  await t.database.db
    .update(carts)
    .set({ updatedAt: sql`now() - ${seconds}::float8 * interval '1 second'` })
    .where(eq(carts.id, cartId));
}

export function warningCodes(cart: any): string[] {
  return cart.warnings.map((w: any) => w.code);
}
