import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couponRedemptions, coupons } from '../../src/modules/promotion/promotion.tables.js';
import { createCategory } from '../catalog/admin-support.js';
import type { CouponCreateInput } from '../generated/graphql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  APPLY_COUPON,
  CLEAR,
  COUPON_CREATE,
  COUPON_UPDATE,
  cartSnapshot,
  expectUserError,
  newGuest,
  product,
  REMOVE_COUPON,
  SET_ADDRESS,
  SET_METHOD,
  SHIPPING_METHOD_CREATE,
  Shopper,
  type TestVariant,
} from './support.js';

/** cartApplyCoupon / cartRemoveCoupon, and coupons that stop applying after the fact. */

let t: TestApp;
let admin: SignedIn;
let shirt: TestVariant;
let kettle: TestVariant;
let kettleProductId: string;
let parentCategoryId: string;

async function coupon(input: CouponCreateInput): Promise<string> {
  const payload = (await admin.client.ok(COUPON_CREATE, { input })).couponCreate;
  expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
  return payload.coupon!.id;
}

async function apply(shopper: Shopper, code: string) {
  return (await shopper.ok(APPLY_COUPON, { input: { code } })).cartApplyCoupon;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  const home = await createCategory(admin.client, { name: 'Coupon Home', slug: 'coupon-home' });
  const kitchen = await createCategory(admin.client, {
    name: 'Coupon Kitchen',
    slug: 'coupon-kitchen',
    parentId: home.id,
  });
  parentCategoryId = home.id;
  shirt = (await product(admin.client, 'Coupon Shirt', [{ price: '20.00', stock: 100 }]))
    .variants[0] as TestVariant;
  const kettleProduct = await product(admin.client, 'Coupon Kettle', [{ price: '30.00', stock: 100 }], {
    categoryIds: [kitchen.id],
  });
  kettle = kettleProduct.variants[0] as TestVariant;
  kettleProductId = kettleProduct.id;
  const shipping = (
    await admin.client.ok(SHIPPING_METHOD_CREATE, {
      input: { code: 'STANDARD', name: 'Standard', price: '6.00', minDeliveryDays: 1, maxDeliveryDays: 3 },
    })
  ).shippingMethodCreate;
  expect(shipping.errors).toEqual([]);

  await coupon({ code: 'TENOFF', type: 'PERCENTAGE', value: '10' });
  await coupon({ code: 'FIVER', type: 'FIXED_AMOUNT', value: '5.00' });
  await coupon({ code: 'SHIPFREE', type: 'FREE_SHIPPING' });
  await coupon({ code: 'BIG-SPENDER', type: 'PERCENTAGE', value: '20', minSubtotal: '100.00' });
  await coupon({ code: 'KETTLE-ONLY', type: 'PERCENTAGE', value: '50', productIds: [kettleProductId] });
  await coupon({ code: 'HOME-15', type: 'PERCENTAGE', value: '15', categoryIds: [parentCategoryId] });
  await coupon({
    code: 'LATER',
    type: 'PERCENTAGE',
    value: '10',
    startsAt: new Date(Date.now() + 86400_000).toISOString(),
  });
  await coupon({
    code: 'OLD',
    type: 'PERCENTAGE',
    value: '10',
    startsAt: new Date('2020-01-01T00:00:00Z').toISOString(),
    endsAt: new Date('2020-02-01T00:00:00Z').toISOString(),
  });
  const usedUp = await coupon({ code: 'USED-UP', type: 'PERCENTAGE', value: '10', usageLimit: 1 });
  await t.database.db.update(coupons).set({ usedCount: 1 }).where(eq(coupons.id, usedUp));
  await coupon({ code: 'ONCE-EACH', type: 'PERCENTAGE', value: '10', perCustomerLimit: 1 });
  await coupon({ code: 'SWITCHED-OFF', type: 'PERCENTAGE', value: '10', active: false });
});
afterAll(() => t?.close());

async function guestWith(items: [TestVariant, number][]): Promise<Shopper> {
  const guest = await newGuest(t);
  for (const [item, quantity] of items) expect((await guest.add(item.id, quantity)).errors).toEqual([]);
  return guest;
}

describe('cartApplyCoupon', () => {
  it('applies a percentage coupon, in any case, spread over the lines', async () => {
    const guest = await guestWith([
      [shirt, 2],
      [kettle, 1],
    ]);
    const payload = await apply(guest, '  tenoff ');
    expect(payload.errors).toEqual([]);
    const cart = payload.cart;
    expect(cart!.coupon).toEqual({
      code: 'TENOFF',
      type: 'PERCENTAGE',
      percentage: '10',
      amount: null,
      applied: true,
    });
    expect(cart!.totals).toMatchObject({
      subtotal: { amount: '70.00' },
      discount: { amount: '7.00' },
      total: { amount: '63.00' },
    });
    expect(cart!.lines.map((l: any) => l.discount.amount)).toEqual(['4.00', '3.00']);
    expect(cart!.lines.map((l: any) => l.total.amount)).toEqual(['36.00', '27.00']);
    expect(cart!.warnings).toEqual([]);
  });

  it('a new coupon replaces the current one', async () => {
    const guest = await guestWith([[shirt, 1]]);
    await apply(guest, 'TENOFF');
    const cart = (await apply(guest, 'FIVER')).cart;
    expect(cart!.coupon).toMatchObject({ code: 'FIVER', type: 'FIXED_AMOUNT', amount: { amount: '5.00' } });
    expect(cart!.totals.discount.amount).toBe('5.00');
  });

  it('FREE_SHIPPING makes the selected method free', async () => {
    const guest = await guestWith([[shirt, 1]]);
    await guest.ok(SET_ADDRESS, {
      input: { address: { name: 'A', line1: 'B 1', city: 'C', postalCode: '12345', country: 'US' } },
    });
    const before = (await guest.ok(SET_METHOD, { input: { code: 'STANDARD' } })).cartSetShippingMethod.cart;
    expect(before!.totals.shipping.amount).toBe('6.00');
    const cart = (await apply(guest, 'SHIPFREE')).cart;
    expect(cart!.totals.shipping.amount).toBe('0.00');
    expect(cart!.totals.discount.amount).toBe('0.00');
    expect(cart!.availableShippingMethods[0]!.price.amount).toBe('0.00');
  });

  it('a category coupon covers products in categories below it', async () => {
    const guest = await guestWith([
      [shirt, 1],
      [kettle, 2],
    ]);
    const cart = (await apply(guest, 'HOME-15')).cart;
    expect(cart!.lines.map((l: any) => l.discount.amount)).toEqual(['0.00', '9.00']);
    expect(cart!.totals.discount.amount).toBe('9.00');
  });

  it.each([
    ['an unknown code', 'NOPE-NOPE', 'COUPON_NOT_FOUND'],
    ['an impossible code', '!', 'COUPON_NOT_FOUND'],
    ['a switched-off coupon', 'switched-off', 'COUPON_NOT_FOUND'],
    ['a coupon not valid yet', 'LATER', 'COUPON_NOT_YET_VALID'],
    ['an expired coupon', 'OLD', 'COUPON_EXPIRED'],
    ['a used-up coupon', 'USED-UP', 'COUPON_USAGE_LIMIT_REACHED'],
    ['a cart below the minimum', 'BIG-SPENDER', 'COUPON_MINIMUM_NOT_MET'],
    ['a cart with no eligible item', 'KETTLE-ONLY', 'COUPON_NOT_APPLICABLE'],
  ])('refuses %s and changes nothing', async (_, code, error) => {
    const guest = await guestWith([[shirt, 2]]);
    await apply(guest, 'FIVER');
    const { id } = (await guest.cart())!;
    const before = await cartSnapshot(t, id);
    const payload = await apply(guest, code);
    expectUserError(payload, error, ['input', 'code']);
    expect(payload.cart!.coupon!.code).toBe('FIVER');
    expect(await cartSnapshot(t, id)).toEqual(before);
  });

  it('says how much the minimum is', async () => {
    const guest = await guestWith([[shirt, 1]]);
    expect((await apply(guest, 'BIG-SPENDER')).errors[0]!.message).toContain('100.00');
    await guest.add(shirt.id, 4);
    expect((await apply(guest, 'BIG-SPENDER')).errors).toEqual([]);
  });

  it('refuses any coupon on an empty cart with COUPON_NOT_APPLICABLE', async () => {
    const guest = await newGuest(t);
    expectUserError(await apply(guest, 'TENOFF'), 'COUPON_NOT_APPLICABLE');
  });

  it("per-customer limits count the signed-in shopper's redemptions", async () => {
    const first = await registerAndLogin(t);
    const second = await registerAndLogin(t);
    const [row] = await t.database.db.select().from(coupons).where(eq(coupons.code, 'ONCE-EACH'));
    await t.database.db.insert(couponRedemptions).values({ couponId: row!.id, userId: first.id });
    const a = new Shopper(first.client);
    const b = new Shopper(second.client);
    await a.add(shirt.id, 1);
    await b.add(shirt.id, 1);
    expectUserError(await apply(a, 'ONCE-EACH'), 'COUPON_USAGE_LIMIT_REACHED');
    expect((await apply(b, 'ONCE-EACH')).errors).toEqual([]);
  });

  it('answers CART_NOT_FOUND without a cart', async () => {
    expectUserError(
      (await t.client().ok(APPLY_COUPON, { input: { code: 'TENOFF' } })).cartApplyCoupon,
      'CART_NOT_FOUND',
    );
  });
});

describe('a coupon on the cart', () => {
  it('stays when items fall below its minimum, gives nothing and warns', async () => {
    const guest = await guestWith([[shirt, 5]]);
    expect((await apply(guest, 'BIG-SPENDER')).cart!.totals.discount.amount).toBe('20.00');
    const lineId = (await guest.cart())!.lines[0]!.id;
    const cart = (await guest.update(lineId, 2)).cart;
    expect(cart!.coupon).toMatchObject({ code: 'BIG-SPENDER', applied: false });
    expect(cart!.totals.discount.amount).toBe('0.00');
    expect(cart!.warnings).toEqual([
      {
        code: 'COUPON_MINIMUM_NOT_MET',
        lineId: null,
        message: expect.stringContaining('100.00'),
        blocking: false,
      },
    ]);
    // Meeting the minimum again applies it again.
    expect((await guest.update(lineId, 5)).cart!.coupon!.applied).toBe(true);
  });

  it('stays when the eligible items leave, with COUPON_NOT_APPLICABLE', async () => {
    const guest = await guestWith([
      [shirt, 1],
      [kettle, 1],
    ]);
    await apply(guest, 'KETTLE-ONLY');
    const kettleLine = (await guest.cart())!.lines[1];
    const cart = (await guest.update(kettleLine!.id, 0)).cart;
    expect(cart!.coupon!.applied).toBe(false);
    expect(cart!.warnings.map((w: any) => w.code)).toEqual(['COUPON_NOT_APPLICABLE']);
  });

  it('switched off by an administrator: warns by code and gives nothing', async () => {
    const id = await coupon({ code: 'SHORT-LIVED', type: 'PERCENTAGE', value: '25' });
    const guest = await guestWith([[shirt, 1]]);
    expect((await apply(guest, 'SHORT-LIVED')).cart!.totals.discount.amount).toBe('5.00');
    const off = (await admin.client.ok(COUPON_UPDATE, { input: { id, active: false } })).couponUpdate;
    expect(off.errors).toEqual([]);
    const cart = await guest.cart();
    expect(cart!.coupon).toMatchObject({ code: 'SHORT-LIVED', applied: false });
    expect(cart!.totals.discount.amount).toBe('0.00');
    expect(cart!.warnings).toEqual([
      {
        code: 'COUPON_NOT_FOUND',
        lineId: null,
        message: expect.stringContaining('SHORT-LIVED'),
        blocking: false,
      },
    ]);
  });

  it('expired since it was applied: COUPON_EXPIRED', async () => {
    const id = await coupon({ code: 'FLASH', type: 'FIXED_AMOUNT', value: '2.00' });
    const guest = await guestWith([[shirt, 1]]);
    await apply(guest, 'FLASH');
    await t.database.db
      .update(coupons)
      .set({ startsAt: new Date(Date.now() - 7200_000), endsAt: new Date(Date.now() - 3600_000) })
      .where(eq(coupons.id, id));
    const cart = await guest.cart();
    expect(cart!.warnings.map((w: any) => w.code)).toEqual(['COUPON_EXPIRED']);
    expect(cart!.totals.discount.amount).toBe('0.00');
  });

  it('stays through cartClear and goes with cartRemoveCoupon', async () => {
    const guest = await guestWith([[shirt, 1]]);
    await apply(guest, 'TENOFF');
    const cleared = (await guest.ok(CLEAR)).cartClear.cart;
    expect(cleared!.coupon).toMatchObject({ code: 'TENOFF', applied: false });
    expect(cleared!.warnings.map((w: any) => w.code)).toEqual(['COUPON_NOT_APPLICABLE']);
    const removed = (await guest.ok(REMOVE_COUPON)).cartRemoveCoupon;
    expect(removed.errors).toEqual([]);
    expect(removed.cart!.coupon).toBeNull();
    expect(removed.cart!.warnings).toEqual([]);
    expect((await guest.ok(REMOVE_COUPON)).cartRemoveCoupon.errors).toEqual([]);
  });
});
