import { asc } from 'drizzle-orm';
import { expect } from 'vitest';
import { couponRedemptions, coupons } from '../../src/modules/promotion/promotion.tables.js';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';

/** Operations and checks shared by the coupon tests (tests/promotion/*.test.ts). */

export const COUPON_FIELDS = `id code type percentage amount { amount currencyCode } minSubtotal { amount currencyCode }
  startsAt endsAt usageLimit perCustomerLimit usedCount categoryIds productIds
  categories { id slug } products { id slug status } active createdAt updatedAt`;

const ERRORS = 'errors { field code message }';

export const COUPON_CREATE = `mutation($input: CouponCreateInput!) {
  couponCreate(input: $input) { coupon { ${COUPON_FIELDS} } ${ERRORS} } }`;
export const COUPON_UPDATE = `mutation($input: CouponUpdateInput!) {
  couponUpdate(input: $input) { coupon { ${COUPON_FIELDS} } ${ERRORS} } }`;
export const COUPON_DELETE = `mutation($input: CouponDeleteInput!) {
  couponDelete(input: $input) { deletedId ${ERRORS} } }`;
export const COUPON = `query($id: ID!) { coupon(id: $id) { ${COUPON_FIELDS} } }`;
export const COUPONS = `query($first: Int, $after: String, $last: Int, $before: String, $filter: CouponFilterInput) {
  coupons(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id code } }
    nodes { id code active }
  } }`;

let codeSequence = 0;
/** A code no other test of the file uses. */
export function newCode(prefix = 'CODE'): string {
  codeSequence += 1;
  return `${prefix}-${codeSequence}`;
}

/** Creates a coupon that must succeed. */
export async function createCoupon(client: GqlClient, input: Record<string, unknown>): Promise<any> {
  const payload = (await client.ok(COUPON_CREATE, { input })).couponCreate;
  expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
  expect(payload.coupon).not.toBeNull();
  return payload.coupon;
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
export function expectUserError(payload: any, code: string, field?: string[]): void {
  expect(payload.errors, JSON.stringify(payload)).toHaveLength(1);
  expect(payload.errors[0].code).toBe(code);
  if (field) expect(payload.errors[0].field).toEqual(field);
  expect(typeof payload.errors[0].message).toBe('string');
  expect(payload.errors[0].message.length).toBeGreaterThan(0);
}
