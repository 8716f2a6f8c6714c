import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { cartLines, carts } from '../../src/modules/cart/cart.tables.js';
import { variants } from '../../src/modules/catalog/catalog.tables.js';
import { createProduct, newSku } from '../catalog/admin-support.js';
import { graphql } from '../generated/gql.js';
import type { CartFieldsFragment, ProductStatus } from '../generated/graphql.js';
import type { GqlClient, GqlResponse, TypedOperation, VariablesOf } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';

/** Operations and helpers shared by the cart tests (tests/cart/*.test.ts). */

export const ERRORS = 'errors { field code message }';

export const CART_FIELDS_FRAGMENT = graphql(`fragment CartFields on Cart {
  id isGuest updatedAt expiresAt itemCount hasBlockingWarnings
  lines { id quantity
    unitPrice { amount currencyCode } unitPriceWhenAdded { amount } subtotal { amount }
    discount { amount } tax { amount } total { amount }
    variant { id sku quantityAvailable price { amount } }
    product { id slug title status } }
  coupon { code type percentage amount { amount } applied }
  shippingAddress { name line1 city region postalCode country addressId }
  shippingMethod { code price { amount } }
  availableShippingMethods { code name price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }
  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate taxCountry }
  warnings { code lineId message blocking } }`);

/** Every cart field a storefront might read: the selection tests/cart/query-budget.test.ts measures. */
export const CART_BUDGET_FIELDS_FRAGMENT = graphql(`fragment CartBudgetFields on Cart {
  id isGuest updatedAt expiresAt itemCount hasBlockingWarnings
  lines {
    id quantity addedAt
    unitPrice { amount currencyCode } unitPriceWhenAdded { amount } subtotal { amount }
    discount { amount } tax { amount } total { amount }
    variant { id sku title options { name value } price { amount } compareAtPrice { amount } inStock quantityAvailable
      product { id slug } }
    product { id slug title brand status taxClass
      images { id url alt width height renditions { url width } }
      categories { id slug name }
      variants { id sku price { amount } }
      priceRange { min { amount } max { amount } } inStock }
  }
  coupon { code type percentage amount { amount } minSubtotal { amount } applied }
  shippingAddress { name line1 line2 city region postalCode country phone addressId }
  shippingMethod { code name price { amount } estimatedDelivery { earliest latest } }
  availableShippingMethods { code name description price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }
  totals { subtotal { amount } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate taxCountry }
  warnings { code lineId message blocking }
}`);

export const CART = graphql(
  `query CartView($cartToken: String) { cart(cartToken: $cartToken) { ...CartFields } }`,
);
export const CART_CREATE = graphql(`mutation CartCreate {
  cartCreate { cartToken cart { ...CartFields } errors { field code message } } }`);
export const ADD = graphql(`mutation CartAddItem($input: CartAddItemInput!, $cartToken: String) {
  cartAddItem(input: $input, cartToken: $cartToken) {
    quantityAvailable line { id quantity } cart { ...CartFields } errors { field code message } } }`);
export const UPDATE = graphql(`mutation CartUpdateItem($input: CartUpdateItemInput!, $cartToken: String) {
  cartUpdateItem(input: $input, cartToken: $cartToken) {
    quantityAvailable line { id quantity } cart { ...CartFields } errors { field code message } } }`);
export const REMOVE = graphql(`mutation CartRemoveItem($input: CartRemoveItemInput!, $cartToken: String) {
  cartRemoveItem(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }`);
export const CLEAR = graphql(`mutation CartClear($cartToken: String) {
  cartClear(cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }`);
export const ACCEPT = graphql(`mutation CartAcceptChanges($cartToken: String) {
  cartAcceptChanges(cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }`);
export const APPLY_COUPON =
  graphql(`mutation CartApplyCoupon($input: CartApplyCouponInput!, $cartToken: String) {
  cartApplyCoupon(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }`);
export const REMOVE_COUPON = graphql(`mutation CartRemoveCoupon($cartToken: String) {
  cartRemoveCoupon(cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }`);
export const SET_ADDRESS =
  graphql(`mutation CartSetShippingAddress($input: CartSetShippingAddressInput!, $cartToken: String) {
  cartSetShippingAddress(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }`);
export const SET_METHOD =
  graphql(`mutation CartSetShippingMethod($input: CartSetShippingMethodInput!, $cartToken: String) {
  cartSetShippingMethod(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }`);

export const VARIANT_UPDATE = graphql(`mutation CartTestVariantUpdate($input: VariantUpdateInput!) {
  variantUpdate(input: $input) { variant { id price { amount } } errors { field code message } } }`);
export const PRODUCT_UPDATE = graphql(`mutation CartTestProductUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) { product { id status } errors { field code message } } }`);
export const INVENTORY_ADJUST = graphql(`mutation CartTestInventoryAdjust($input: InventoryAdjustInput!) {
  inventoryAdjust(input: $input) { variant { id quantityAvailable } errors { field code message } } }`);
export const SHIPPING_METHOD_CREATE =
  graphql(`mutation CartTestShippingMethodCreate($input: ShippingMethodCreateInput!) {
  shippingMethodCreate(input: $input) { shippingMethod { id code } errors { field code message } } }`);
export const SHIPPING_METHOD_UPDATE =
  graphql(`mutation CartTestShippingMethodUpdate($input: ShippingMethodUpdateInput!) {
  shippingMethodUpdate(input: $input) { shippingMethod { id code active } errors { field code message } } }`);
export const TAX_RATE_CREATE = graphql(`mutation CartTestTaxRateCreate($input: TaxRateCreateInput!) {
  taxRateCreate(input: $input) { taxRate { id } errors { field code message } } }`);
export const COUPON_CREATE = graphql(`mutation CartTestCouponCreate($input: CouponCreateInput!) {
  couponCreate(input: $input) { coupon { id code } errors { field code message } } }`);
export const COUPON_UPDATE = graphql(`mutation CartTestCouponUpdate($input: CouponUpdateInput!) {
  couponUpdate(input: $input) { coupon { id code active } errors { field code message } } }`);

/**
 * A shopper over HTTP: signed in (the client's bearer token) or a guest whose cart token goes in
 * the X-Cart-Token header.
 */
export class Shopper {
  constructor(
    readonly client: GqlClient,
    public cartToken: string | null = null,
  ) {}

  request<TResult, TVariables>(
    document: TypedOperation<TResult, TVariables>,
    ...[variables]: VariablesOf<TVariables>
  ): Promise<GqlResponse<TResult>>;
  request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>>;
  request<T>(query: string | TypedOperation<T, unknown>, variables: unknown = {}): Promise<GqlResponse<T>> {
    return this.client.request<T>(
      query.toString(),
      variables as Record<string, unknown>,
      this.cartToken ? { 'x-cart-token': this.cartToken } : {},
    );
  }

  ok<TResult, TVariables>(
    document: TypedOperation<TResult, TVariables>,
    ...[variables]: VariablesOf<TVariables>
  ): Promise<TResult>;
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  async ok<T>(query: string | TypedOperation<T, unknown>, variables: unknown = {}): Promise<T> {
    const result = await this.request<T>(query.toString(), variables as Record<string, unknown>);
    if (result.errors?.length || !result.data)
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async cart() {
    return (await this.ok(CART)).cart;
  }

  async add(variantId: string, quantity = 1) {
    return (await this.ok(ADD, { input: { variantId, quantity } })).cartAddItem;
  }

  async update(lineId: string, quantity: number) {
    return (await this.ok(UPDATE, { input: { lineId, quantity } })).cartUpdateItem;
  }
}

/** A guest with a new cart (cartCreate), its token sent as X-Cart-Token from then on. */
export async function newGuest(t: TestApp): Promise<Shopper> {
  const client = t.client();
  const payload = (await client.ok(CART_CREATE)).cartCreate;
  expect(payload.errors).toEqual([]);
  expect(payload.cartToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return new Shopper(client, payload.cartToken!);
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
  expect(payload.variant!.quantityAvailable).toBe(to);
}

export async function setPrice(admin: GqlClient, variantId: string, price: string): Promise<void> {
  const payload = (await admin.ok(VARIANT_UPDATE, { input: { id: variantId, price } })).variantUpdate;
  expect(payload.errors).toEqual([]);
}

export async function setStatus(admin: GqlClient, productId: string, status: ProductStatus): Promise<void> {
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

export function warningCodes(cart: Pick<CartFieldsFragment, 'warnings'>): string[] {
  return cart.warnings.map((w) => w.code);
}
