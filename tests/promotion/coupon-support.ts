import { asc } from 'drizzle-orm';
import { expect } from 'vitest';
import { couponRedemptions, coupons } from '../../src/modules/promotion/promotion.tables.js';
import { createCategory, createProduct } from '../catalog/admin-support.js';
import { graphql } from '../generated/gql.js';
import type { CouponCreateInput, CouponUpdateInput } from '../generated/graphql.js';
import { adminClient, registerAndLogin } from '../support/accounts.js';
import type { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/** Operations and checks shared by the coupon tests (tests/promotion/*.test.ts). */

export const COUPON_FIELDS_FRAGMENT = graphql(`fragment PromotionCouponFields on Coupon {
  id code type percentage amount { amount currencyCode } minSubtotal { amount currencyCode }
  startsAt endsAt usageLimit perCustomerLimit usedCount categoryIds productIds
  categories { id slug } products { id slug status } active createdAt updatedAt }`);

export const COUPON_CREATE = graphql(`mutation PromotionCouponCreate($input: CouponCreateInput!) {
  couponCreate(input: $input) { coupon { ...PromotionCouponFields } errors { field code message } } }`);
export const COUPON_UPDATE = graphql(`mutation PromotionCouponUpdate($input: CouponUpdateInput!) {
  couponUpdate(input: $input) { coupon { ...PromotionCouponFields } errors { field code message } } }`);
export const COUPON_DELETE = graphql(`mutation PromotionCouponDelete($input: CouponDeleteInput!) {
  couponDelete(input: $input) { deletedId errors { field code message } } }`);
export const COUPON = graphql(
  `query PromotionCoupon($id: ID!) { coupon(id: $id) { ...PromotionCouponFields } }`,
);
export const COUPONS =
  graphql(`query PromotionCoupons($first: Int, $after: String, $last: Int, $before: String, $filter: CouponFilterInput) {
  coupons(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id code } }
    nodes { id code active }
  } }`);

let codeSequence = 0;
/** A code no other test of the file uses. */
export function newCode(prefix = 'CODE'): string {
  codeSequence += 1;
  return `${prefix}-${codeSequence}`;
}

/** Creates a coupon that must succeed. */
export async function createCoupon(client: GqlClient, input: CouponCreateInput) {
  const payload = (await client.ok(COUPON_CREATE, { input })).couponCreate;
  expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
  expect(payload.coupon).not.toBeNull();
  return payload.coupon!;
}

/** Every coupon and redemption row, read directly from the database (to prove nothing changed). */
export async function promotionRows(t: TestApp): Promise<{ coupons: unknown[]; redemptions: unknown[] }> {
  const { db } = t.database;
  return {
    coupons: await db.select().from(coupons).orderBy(asc(coupons.id)),
    redemptions: await db.select().from(couponRedemptions).orderBy(asc(couponRedemptions.id)),
  };
}

/** Expects exactly one payload error with this code (and field, when given). */
export function expectUserError(
  payload: { errors: { field?: string[] | null; code: string; message: string }[] },
  code: string,
  field?: string[],
): void {
  expect(payload.errors, JSON.stringify(payload)).toHaveLength(1);
  expect(payload.errors[0]!.code).toBe(code);
  if (field) expect(payload.errors[0]!.field).toEqual(field);
  expect(typeof payload.errors[0]!.message).toBe('string');
  expect(payload.errors[0]!.message.length).toBeGreaterThan(0);
}

/** Runs `action`, which must fail with payload errors, and checks that no coupon row changed. */
export async function expectNothingChanged(t: TestApp, action: () => Promise<void>): Promise<void> {
  const before = await promotionRows(t);
  await action();
  expect(await promotionRows(t)).toEqual(before);
}

/** The coupon mutations and query as `admin` runs them, each answering its payload. */
export function couponApi(admin: () => GqlClient) {
  return {
    create: async (input: CouponCreateInput) => (await admin().ok(COUPON_CREATE, { input })).couponCreate,
    update: async (input: CouponUpdateInput) => (await admin().ok(COUPON_UPDATE, { input })).couponUpdate,
    remove: async (id: string) => (await admin().ok(COUPON_DELETE, { input: { id } })).couponDelete,
    fetchCoupon: async (id: string) => (await admin().ok(COUPON, { id })).coupon,
  };
}

/**
 * The app of the coupon administration tests (tests/promotion/admin-coupons-*.test.ts): an
 * administrator, a customer, an anonymous client, a category "Coupon Shoes" with a child "Coupon
 * Boots", an ACTIVE product in Boots and a DRAFT product, all created through the admin API.
 */
export async function startCouponAdmin() {
  const t = await startTestApp();
  const admin = await adminClient(t);
  const customer = await registerAndLogin(t);
  const anonymous = t.client();
  const shoes = await createCategory(admin.client, { name: 'Coupon Shoes' });
  const boots = await createCategory(admin.client, { name: 'Coupon Boots', parentId: shoes.id });
  const activeProduct = await createProduct(admin.client, {
    title: 'Coupon Sneaker',
    status: 'ACTIVE',
    categoryIds: [boots.id],
    variants: [{ sku: 'COUPON-SNEAKER', price: '80.00' }],
  });
  const draftProduct = await createProduct(admin.client, {
    title: 'Coupon Draft',
    variants: [{ sku: 'COUPON-DRAFT', price: '5.00' }],
  });
  return { t, admin, customer, anonymous, shoes, boots, activeProduct, draftProduct };
}

export type CouponAdmin = Awaited<ReturnType<typeof startCouponAdmin>>;
