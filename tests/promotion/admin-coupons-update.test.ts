import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carts } from '../../src/modules/cart/cart.tables.js';
import { couponRedemptions, coupons } from '../../src/modules/promotion/promotion.tables.js';
import {
  type CouponAdmin,
  couponApi,
  createCoupon,
  expectNothingChanged,
  expectUserError,
  newCode,
  startCouponAdmin,
} from './coupon-support.js';

/** couponUpdate and couponDelete: partial changes, clearing, type changes, refusals; deletion with redemptions and carts. */

let t: CouponAdmin['t'];
let admin: CouponAdmin['admin'];
let customer: CouponAdmin['customer'];
let shoes: CouponAdmin['shoes'];
let boots: CouponAdmin['boots'];
let activeProduct: CouponAdmin['activeProduct'];

beforeAll(async () => {
  ({ t, admin, customer, shoes, boots, activeProduct } = await startCouponAdmin());
});
afterAll(() => t?.close());

const { update, remove, fetchCoupon } = couponApi(() => admin.client);

describe('couponUpdate', () => {
  it('changes only the given fields', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('UPD'),
      type: 'PERCENTAGE',
      value: '10',
      minSubtotal: '20.00',
      usageLimit: 5,
      categoryIds: [shoes.id],
    });
    const payload = await update({ id: coupon.id, value: '15.25', active: false });
    expect(payload.errors).toEqual([]);
    expect(payload.coupon).toMatchObject({
      ...coupon,
      percentage: '15.25',
      active: false,
      createdAt: coupon.createdAt,
      updatedAt: expect.any(String),
    });
    expect(new Date(payload.coupon!.updatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(coupon.updatedAt).getTime(),
    );
    expect(await fetchCoupon(coupon.id)).toEqual(payload.coupon);
  });

  it('clears optional fields with null and changes the code, keeping its case', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('CLEAR'),
      type: 'FIXED_AMOUNT',
      value: '3.50',
      minSubtotal: '20.00',
      startsAt: '2001-01-01T00:00:00.000Z',
      endsAt: '2998-01-01T00:00:00.000Z',
      usageLimit: 5,
      perCustomerLimit: 2,
      categoryIds: [shoes.id],
      productIds: [activeProduct.id],
    });
    const code = newCode('Renamed');
    const payload = await update({
      id: coupon.id,
      code,
      minSubtotal: null,
      startsAt: null,
      endsAt: null,
      usageLimit: null,
      perCustomerLimit: null,
      categoryIds: null,
      productIds: [],
    });
    expect(payload.errors).toEqual([]);
    expect(payload.coupon).toMatchObject({
      code,
      amount: { amount: '3.50' },
      minSubtotal: null,
      startsAt: null,
      endsAt: null,
      usageLimit: null,
      perCustomerLimit: null,
      categoryIds: [],
      productIds: [],
    });
  });

  it('reads a new value with the current type, and needs a value when the type changes', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('TYPE'),
      type: 'FIXED_AMOUNT',
      value: '5',
    });
    // "150" is a fine amount even though it would be a bad percentage.
    let payload = await update({ id: coupon.id, value: '150' });
    expect(payload.errors).toEqual([]);
    expect(payload.coupon!.amount!.amount).toBe('150.00');

    await expectNothingChanged(t, async () => {
      expectUserError(await update({ id: coupon.id, type: 'PERCENTAGE' }), 'INVALID_INPUT', [
        'input',
        'value',
      ]);
      expectUserError(await update({ id: coupon.id, type: 'PERCENTAGE', value: '150' }), 'INVALID_INPUT', [
        'input',
        'value',
      ]);
    });

    payload = await update({ id: coupon.id, type: 'PERCENTAGE', value: '20' });
    expect(payload.errors).toEqual([]);
    expect(payload.coupon).toMatchObject({ type: 'PERCENTAGE', percentage: '20', amount: null });

    payload = await update({ id: coupon.id, type: 'FREE_SHIPPING' });
    expect(payload.errors).toEqual([]);
    expect(payload.coupon).toMatchObject({ type: 'FREE_SHIPPING', percentage: null, amount: null });
    const [row] = await t.database.db.select().from(coupons).where(eq(coupons.id, coupon.id));
    expect(row?.value).toBe(0);
  });

  it('checks the dates against the stored ones', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('WINDOW'),
      type: 'PERCENTAGE',
      value: '5',
      startsAt: '2030-01-01T00:00:00.000Z',
      endsAt: '2031-01-01T00:00:00.000Z',
    });
    await expectNothingChanged(t, async () => {
      expectUserError(await update({ id: coupon.id, endsAt: '2029-01-01T00:00:00.000Z' }), 'INVALID_INPUT', [
        'input',
        'endsAt',
      ]);
      expectUserError(
        await update({ id: coupon.id, startsAt: '2031-01-01T00:00:00.000Z' }),
        'INVALID_INPUT',
        ['input', 'startsAt'],
      );
    });
    const payload = await update({
      id: coupon.id,
      startsAt: '2032-01-01T00:00:00.000Z',
      endsAt: '2033-01-01T00:00:00.000Z',
    });
    expect(payload.errors).toEqual([]);
    expect(payload.coupon).toMatchObject({
      startsAt: '2032-01-01T00:00:00.000Z',
      endsAt: '2033-01-01T00:00:00.000Z',
    });
  });

  it('refuses every bad input and changes nothing', async () => {
    const other = await createCoupon(admin.client, {
      code: newCode('Taken'),
      type: 'PERCENTAGE',
      value: '5',
    });
    const coupon = await createCoupon(admin.client, {
      code: newCode('Victim'),
      type: 'PERCENTAGE',
      value: '5',
    });
    await expectNothingChanged(t, async () => {
      expectUserError(await update({ id: coupon.id, code: other.code.toLowerCase() }), 'CODE_TAKEN', [
        'input',
        'code',
      ]);
      // The duplicate code also rolls back the other, valid, changes of the same update.
      expectUserError(
        await update({ id: coupon.id, code: other.code.toUpperCase(), value: '50', active: false }),
        'CODE_TAKEN',
        ['input', 'code'],
      );
      expectUserError(await update({ id: coupon.id, code: 'no spaces' }), 'INVALID_INPUT', ['input', 'code']);
      expectUserError(await update({ id: coupon.id, value: '0' }), 'INVALID_INPUT', ['input', 'value']);
      expectUserError(await update({ id: coupon.id, value: '101' }), 'INVALID_INPUT', ['input', 'value']);
      expectUserError(await update({ id: coupon.id, minSubtotal: '-5' }), 'INVALID_INPUT', [
        'input',
        'minSubtotal',
      ]);
      expectUserError(await update({ id: coupon.id, usageLimit: 0 }), 'INVALID_INPUT', [
        'input',
        'usageLimit',
      ]);
      expectUserError(
        await update({ id: coupon.id, value: '50', categoryIds: [shoes.id, boots.id, randomUUID()] }),
        'NOT_FOUND',
        ['input', 'categoryIds', '2'],
      );
      expectUserError(await update({ id: coupon.id, productIds: [randomUUID()] }), 'NOT_FOUND', [
        'input',
        'productIds',
        '0',
      ]);
      expectUserError(await update({ id: randomUUID(), value: '50' }), 'NOT_FOUND', ['input', 'id']);
      expectUserError(await update({ id: 'nope', value: '50' }), 'NOT_FOUND', ['input', 'id']);
    });
  });
});

describe('couponDelete', () => {
  it('deletes a coupon with its redemptions and takes it off carts', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('GONE'),
      type: 'PERCENTAGE',
      value: '5',
    });
    const { db } = t.database;
    await db
      .insert(couponRedemptions)
      .values({ couponId: coupon.id, userId: customer.id, orderReference: 'ORD-1' });
    const [cart] = await db
      .insert(carts)
      .values({ guestTokenHash: `hash-${coupon.id}`, couponId: coupon.id })
      .returning();

    const payload = await remove(coupon.id);
    expect(payload).toEqual({ deletedId: coupon.id, errors: [] });
    expect(await fetchCoupon(coupon.id)).toBeNull();
    expect(await db.select().from(coupons).where(eq(coupons.id, coupon.id))).toEqual([]);
    expect(
      await db.select().from(couponRedemptions).where(eq(couponRedemptions.couponId, coupon.id)),
    ).toEqual([]);
    const [after] = await db
      .select()
      .from(carts)
      .where(eq(carts.id, cart?.id ?? ''));
    expect(after?.couponId).toBeNull();
  });

  it('answers NOT_FOUND for an unknown id and changes nothing', async () => {
    await createCoupon(admin.client, { code: newCode('STAYS'), type: 'PERCENTAGE', value: '5' });
    await expectNothingChanged(t, async () => {
      expectUserError(await remove(randomUUID()), 'NOT_FOUND', ['input', 'id']);
      expectUserError(await remove('not-an-id'), 'NOT_FOUND', ['input', 'id']);
    });
  });
});
