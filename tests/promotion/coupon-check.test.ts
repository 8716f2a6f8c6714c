import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWithQueryCount } from '../../src/db/query-counter.js';
import { ErrorCode } from '../../src/graphql/errors.js';
import {
  type CouponCheck,
  checkCouponById,
  checkCouponCode,
  toPricingCoupon,
} from '../../src/modules/promotion/coupon.service.js';
import { couponRedemptions, coupons } from '../../src/modules/promotion/promotion.tables.js';
import { createCategory } from '../catalog/admin-support.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { createCoupon, newCode } from './coupon-support.js';

/** The validity checks the cart runs when a code is applied and on every read of a cart with a coupon. */
let t: TestApp;
let admin: SignedIn;
let alice: SignedIn;
let bob: SignedIn;

const NOW = new Date('2025-06-15T12:00:00.000Z');
const PAST = '2000-01-01T00:00:00.000Z';
const FUTURE = '2999-01-01T00:00:00.000Z';

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  alice = await registerAndLogin(t);
  bob = await registerAndLogin(t);
});

afterAll(() => t?.close());

const db = () => t.database.db;

/** Both entry points must agree: by code (any case) and by id. */
async function checkBoth(coupon: { id: string; code: string }, userId: string | null, now = NOW) {
  const byCode = await checkCouponCode(db(), coupon.code.toLowerCase(), userId, now);
  const byId = await checkCouponById(db(), coupon.id, userId, now);
  return { byCode, byId };
}

function expectError(check: CouponCheck, error: ErrorCode, message?: RegExp): void {
  expect('error' in check, JSON.stringify(check)).toBe(true);
  if (!('error' in check)) return;
  expect(check.error).toBe(error);
  expect(check.message.length).toBeGreaterThan(0);
  if (message) expect(check.message).toMatch(message);
}

function expectValid(check: CouponCheck, id: string): void {
  expect('coupon' in check, JSON.stringify(check)).toBe(true);
  if ('coupon' in check) expect(check.coupon.id).toBe(id);
}

describe('checkCouponCode / checkCouponById', () => {
  it('accepts a valid coupon by code in any case and surrounding spaces, and by id', async () => {
    const code = newCode('MiXeD');
    const coupon = await createCoupon(admin.client, { code, type: 'PERCENTAGE', value: '12.5' });
    for (const variant of [code, code.toUpperCase(), code.toLowerCase(), `  ${code}\t`]) {
      const check = await checkCouponCode(db(), variant, alice.id, NOW);
      expectValid(check, coupon.id);
      if ('coupon' in check) expect(check.coupon).toMatchObject({ code, type: 'PERCENTAGE', value: 1250 });
    }
    expectValid(await checkCouponById(db(), coupon.id, null, NOW), coupon.id);
  });

  it('does not leak the internal redemption count into the row', async () => {
    const coupon = await createCoupon(admin.client, { code: newCode('ROW'), type: 'FREE_SHIPPING' });
    const check = await checkCouponById(db(), coupon.id, alice.id, NOW);
    const [row] = await db().select().from(coupons).where(eq(coupons.id, coupon.id));
    expect(check).toEqual({ coupon: row });
  });

  it('answers COUPON_NOT_FOUND for unknown codes and ids, and for inactive coupons', async () => {
    for (const code of ['NO-SUCH-CODE', '', '  ', 'x', 'a'.repeat(300), "'; DROP TABLE coupons; --"]) {
      expectError(await checkCouponCode(db(), code, alice.id, NOW), ErrorCode.COUPON_NOT_FOUND);
    }
    expectError(await checkCouponById(db(), randomUUID(), alice.id, NOW), ErrorCode.COUPON_NOT_FOUND);
    expectError(await checkCouponById(db(), 'not-a-uuid', alice.id, NOW), ErrorCode.COUPON_NOT_FOUND);

    const coupon = await createCoupon(admin.client, {
      code: newCode('OFF'),
      type: 'PERCENTAGE',
      value: '5',
      active: false,
    });
    const { byCode, byId } = await checkBoth(coupon, alice.id);
    expectError(byCode, ErrorCode.COUPON_NOT_FOUND);
    expectError(byId, ErrorCode.COUPON_NOT_FOUND);
  });

  it('answers COUPON_NOT_YET_VALID before startsAt and accepts it from startsAt on', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('SOON'),
      type: 'PERCENTAGE',
      value: '5',
      startsAt: FUTURE,
    });
    const { byCode, byId } = await checkBoth(coupon, null);
    expectError(byCode, ErrorCode.COUPON_NOT_YET_VALID, /2999-01-01/);
    expectError(byId, ErrorCode.COUPON_NOT_YET_VALID);
    // The boundary: valid from the very instant it starts.
    expectValid(await checkCouponById(db(), coupon.id, null, new Date(FUTURE)), coupon.id);
  });

  it('answers COUPON_EXPIRED from endsAt on', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('OLD'),
      type: 'FIXED_AMOUNT',
      value: '5',
      startsAt: PAST,
      endsAt: '2010-01-01T00:00:00.000Z',
    });
    const { byCode, byId } = await checkBoth(coupon, alice.id);
    expectError(byCode, ErrorCode.COUPON_EXPIRED);
    expectError(byId, ErrorCode.COUPON_EXPIRED);
    // The boundary: endsAt is exclusive.
    expectError(
      await checkCouponById(db(), coupon.id, null, new Date('2010-01-01T00:00:00.000Z')),
      ErrorCode.COUPON_EXPIRED,
    );
    expectValid(
      await checkCouponById(db(), coupon.id, null, new Date('2009-12-31T23:59:59.999Z')),
      coupon.id,
    );
  });

  it('answers COUPON_USAGE_LIMIT_REACHED once usedCount reaches usageLimit', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('LIMITED'),
      type: 'PERCENTAGE',
      value: '5',
      usageLimit: 3,
    });
    await db().update(coupons).set({ usedCount: 2 }).where(eq(coupons.id, coupon.id));
    expectValid(await checkCouponCode(db(), coupon.code, alice.id, NOW), coupon.id);

    await db().update(coupons).set({ usedCount: 3 }).where(eq(coupons.id, coupon.id));
    const { byCode, byId } = await checkBoth(coupon, alice.id);
    expectError(byCode, ErrorCode.COUPON_USAGE_LIMIT_REACHED, /used as often as allowed/);
    expectError(byId, ErrorCode.COUPON_USAGE_LIMIT_REACHED);
    expectError(await checkCouponById(db(), coupon.id, null, NOW), ErrorCode.COUPON_USAGE_LIMIT_REACHED);
  });

  it('answers COUPON_USAGE_LIMIT_REACHED for a customer who used it perCustomerLimit times', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('TWICE'),
      type: 'PERCENTAGE',
      value: '5',
      perCustomerLimit: 2,
    });
    const redeem = (userId: string) =>
      db().insert(couponRedemptions).values({ couponId: coupon.id, userId, orderReference: randomUUID() });

    await redeem(alice.id);
    expectValid(await checkCouponCode(db(), coupon.code, alice.id, NOW), coupon.id);
    await redeem(alice.id);
    await redeem(bob.id);

    const { byCode, byId } = await checkBoth(coupon, alice.id);
    expectError(byCode, ErrorCode.COUPON_USAGE_LIMIT_REACHED, /^You have already used this coupon.*2 times/);
    expectError(byId, ErrorCode.COUPON_USAGE_LIMIT_REACHED, /^You have already used/);
    // Another customer, and a guest (no account to count against), may still use it.
    expectValid(await checkCouponCode(db(), coupon.code, bob.id, NOW), coupon.id);
    expectValid(await checkCouponById(db(), coupon.id, null, NOW), coupon.id);

    // Redemptions of another coupon do not count.
    const other = await createCoupon(admin.client, {
      code: newCode('ONCE'),
      type: 'PERCENTAGE',
      value: '5',
      perCustomerLimit: 1,
    });
    expectValid(await checkCouponById(db(), other.id, alice.id, NOW), other.id);
    await db().insert(couponRedemptions).values({ couponId: other.id, userId: alice.id });
    expectError(
      await checkCouponById(db(), other.id, alice.id, NOW),
      ErrorCode.COUPON_USAGE_LIMIT_REACHED,
      /once per customer/,
    );
  });

  it('checks in order: inactive, not yet valid, expired, usage limit', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('ORDER'),
      type: 'PERCENTAGE',
      value: '5',
      startsAt: '2020-01-01T00:00:00.000Z',
      endsAt: '2030-01-01T00:00:00.000Z',
      usageLimit: 1,
      perCustomerLimit: 1,
    });
    await db().update(coupons).set({ usedCount: 1 }).where(eq(coupons.id, coupon.id));
    await db().insert(couponRedemptions).values({ couponId: coupon.id, userId: alice.id });
    const at = (iso: string) => checkCouponById(db(), coupon.id, alice.id, new Date(iso));
    expectError(await at('2019-01-01T00:00:00.000Z'), ErrorCode.COUPON_NOT_YET_VALID);
    expectError(await at('2031-01-01T00:00:00.000Z'), ErrorCode.COUPON_EXPIRED);
    expectError(await at('2025-01-01T00:00:00.000Z'), ErrorCode.COUPON_USAGE_LIMIT_REACHED);
    await db().update(coupons).set({ active: false }).where(eq(coupons.id, coupon.id));
    expectError(await at('2019-01-01T00:00:00.000Z'), ErrorCode.COUPON_NOT_FOUND);
  });

  it('works inside a transaction and costs one query', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('TX'),
      type: 'PERCENTAGE',
      value: '5',
      perCustomerLimit: 1,
    });
    const counted = async (run: () => Promise<CouponCheck>) => {
      const counter = { count: 0 };
      const result = await runWithQueryCount(counter, run);
      return { result, count: counter.count };
    };
    await db().transaction(async (tx) => {
      const byCode = await counted(() => checkCouponCode(tx, coupon.code, alice.id, NOW));
      expectValid(byCode.result, coupon.id);
      expect(byCode.count).toBe(1);
      const byId = await counted(() => checkCouponById(tx, coupon.id, alice.id, NOW));
      expectValid(byId.result, coupon.id);
      expect(byId.count).toBe(1);
    });
  });
});

describe('toPricingCoupon', () => {
  it('maps each type to the pricing engine input', async () => {
    const category = await createCategory(admin.client, { name: 'Pricing Coupon Category' });
    const percentage = await createCoupon(admin.client, {
      code: newCode('PRICE'),
      type: 'PERCENTAGE',
      value: '12.5',
      minSubtotal: '30.00',
      categoryIds: [category.id],
    });
    const fixed = await createCoupon(admin.client, {
      code: newCode('PRICE'),
      type: 'FIXED_AMOUNT',
      value: '7.99',
    });
    const free = await createCoupon(admin.client, { code: newCode('PRICE'), type: 'FREE_SHIPPING' });
    const row = async (id: string) => {
      const check = await checkCouponById(db(), id, null, NOW);
      if (!('coupon' in check)) throw new Error(check.message);
      return check.coupon;
    };
    expect(toPricingCoupon(await row(percentage.id))).toEqual({
      type: 'PERCENTAGE',
      value: 1250,
      minSubtotal: 3000,
      categoryIds: [category.id],
      productIds: [],
    });
    expect(toPricingCoupon(await row(fixed.id))).toEqual({
      type: 'FIXED_AMOUNT',
      value: 799,
      minSubtotal: null,
      categoryIds: [],
      productIds: [],
    });
    expect(toPricingCoupon(await row(free.id))).toMatchObject({ type: 'FREE_SHIPPING', value: 0 });
  });
});
