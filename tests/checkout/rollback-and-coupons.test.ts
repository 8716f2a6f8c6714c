import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cartLines } from '../../src/modules/cart/cart.tables.js';
import type { PaymentProvider } from '../../src/modules/payment/payment-provider.js';
import { createPaymentProviders } from '../../src/modules/payment/payment-providers.js';
import { couponRedemptions, coupons } from '../../src/modules/promotion/promotion.tables.js';
import { APPLY_COUPON, COUPON_CREATE, expectUserError, type TestVariant, variant } from '../cart/support.js';
import type { CouponCreateInput } from '../generated/graphql.js';
import { type SignedIn } from '../support/accounts.js';
import { type TestApp } from '../support/harness.js';
import { stockOf, unitsSold } from '../support/store.js';
import { buyer, cartLineCount, checkoutOk, countRows, ledgerSum, startCheckoutApp } from './support.js';

/** A provider that throws after the stock was decremented rolls everything back; coupon usage at checkout. */

let failNext = false;
const defaults = createPaymentProviders();
const flakyCard: PaymentProvider = {
  name: 'flaky-card',
  async charge(request) {
    if (failNext) throw new Error('gateway timeout (simulated)');
    return defaults.CARD.charge(request);
  },
  refund: (request) => defaults.CARD.refund(request),
};

let t: TestApp;
let admin: SignedIn;
let lamp: TestVariant;

beforeAll(async () => {
  ({ t, admin } = await startCheckoutApp(
    {},
    { services: { paymentProviders: { ...createPaymentProviders(), CARD: flakyCard } } },
  ));
  lamp = await variant(admin.client, 'Rollback Lamp', '40.00', 20);
});
afterAll(() => t?.close());

async function createCoupon(input: CouponCreateInput): Promise<string> {
  const payload = (await admin.client.ok(COUPON_CREATE, { input })).couponCreate;
  expect(payload.errors).toEqual([]);
  return payload.coupon!.id;
}

describe('a provider that throws', () => {
  it('rolls back everything: no order, no stock change, no payment, no ledger row, cart unchanged', async () => {
    const couponId = await createCoupon({ code: 'ROLLBACK10', type: 'PERCENTAGE', value: '10' });
    const b = await buyer(t, [{ variantId: lamp.id, quantity: 2 }]);
    const applied = (await b.shopper.ok(APPLY_COUPON, { input: { code: 'rollback10' } })).cartApplyCoupon;
    expect(applied.errors).toEqual([]);
    const before = await countRows(t);
    const stock = await stockOf(t, lamp.id);
    const sold = await unitsSold(t, lamp.productId);
    const linesBefore = await t.database.db.select().from(cartLines);
    failNext = true;
    try {
      const payload = await checkoutOk(b.client);
      expectUserError(payload, 'PAYMENT_PROVIDER_ERROR');
      expect(payload.order).toBeNull();
      expect(payload.payment).toBeNull();
    } finally {
      failNext = false;
    }
    expect(await countRows(t)).toEqual(before);
    expect(await stockOf(t, lamp.id)).toBe(stock);
    expect(await ledgerSum(t, lamp.id)).toBe(stock);
    expect(await unitsSold(t, lamp.productId)).toBe(sold);
    expect(await t.database.db.select().from(cartLines)).toEqual(linesBefore);
    const [coupon] = await t.database.db.select().from(coupons).where(eq(coupons.id, couponId));
    expect(coupon?.usedCount).toBe(0);
    expect(await t.database.db.select().from(couponRedemptions)).toEqual([]);
    // The order number taken by the rolled-back attempt is skipped; the next checkout works.
    const retry = await checkoutOk(b.client);
    expect(retry.errors).toEqual([]);
    expect(retry.order!.couponCode).toBe('ROLLBACK10');
    expect(retry.order!.totals.discount.amount).toBe('8.00');
  });
});

describe('coupons at checkout', () => {
  it('counts a use and a redemption per order, and enforces the total limit at checkout', async () => {
    const couponId = await createCoupon({
      code: 'ONCEONLY',
      type: 'FIXED_AMOUNT',
      value: '5.00',
      usageLimit: 1,
    });
    const first = await buyer(t, [{ variantId: lamp.id, quantity: 1 }]);
    const second = await buyer(t, [{ variantId: lamp.id, quantity: 1 }]);
    for (const b of [first, second]) {
      const applied = (await b.shopper.ok(APPLY_COUPON, { input: { code: 'ONCEONLY' } })).cartApplyCoupon;
      expect(applied.errors).toEqual([]);
    }
    const placed = await checkoutOk(first.client);
    expect(placed.errors).toEqual([]);
    expect(placed.order!.couponCode).toBe('ONCEONLY');
    expect(placed.order!.totals.discount.amount).toBe('5.00');
    const [afterFirst] = await t.database.db.select().from(coupons).where(eq(coupons.id, couponId));
    expect(afterFirst?.usedCount).toBe(1);
    const redemptions = await t.database.db
      .select()
      .from(couponRedemptions)
      .where(eq(couponRedemptions.couponId, couponId));
    expect(redemptions).toMatchObject([{ userId: first.id, orderReference: placed.order!.number }]);

    // The second shopper applied it while it was still available: checkout refuses, nothing changes.
    const before = await countRows(t);
    const stock = await stockOf(t, lamp.id);
    const refused = await checkoutOk(second.client);
    expectUserError(refused, 'COUPON_USAGE_LIMIT_REACHED', ['cart', 'coupon']);
    expect(await countRows(t)).toEqual(before);
    expect(await stockOf(t, lamp.id)).toBe(stock);
    expect(await cartLineCount(t, second.id)).toBe(1);
    const [afterSecond] = await t.database.db.select().from(coupons).where(eq(coupons.id, couponId));
    expect(afterSecond?.usedCount).toBe(1);
  });

  it('enforces the per-customer limit across orders', async () => {
    await createCoupon({ code: 'PERME', type: 'PERCENTAGE', value: '10', perCustomerLimit: 1 });
    const b = await buyer(t, [{ variantId: lamp.id, quantity: 1 }]);
    expect((await b.shopper.ok(APPLY_COUPON, { input: { code: 'PERME' } })).cartApplyCoupon.errors).toEqual(
      [],
    );
    expect((await checkoutOk(b.client)).errors).toEqual([]);
    await b.shopper.add(lamp.id, 1);
    const again = (await b.shopper.ok(APPLY_COUPON, { input: { code: 'PERME' } })).cartApplyCoupon;
    expectUserError(again, 'COUPON_USAGE_LIMIT_REACHED');
  });

  it('a coupon that gives nothing for this cart (minimum not met) stays off the order and is not counted', async () => {
    const couponId = await createCoupon({
      code: 'BIGSPEND',
      type: 'FIXED_AMOUNT',
      value: '10.00',
      minSubtotal: '50.00',
    });
    const b = await buyer(t, [{ variantId: lamp.id, quantity: 2 }]);
    expect(
      (await b.shopper.ok(APPLY_COUPON, { input: { code: 'BIGSPEND' } })).cartApplyCoupon.errors,
    ).toEqual([]);
    await b.shopper.update((await b.shopper.cart())!.lines[0]!.id, 1);
    const payload = await checkoutOk(b.client);
    expect(payload.errors).toEqual([]);
    expect(payload.order!.couponCode).toBeNull();
    expect(payload.order!.totals.discount.amount).toBe('0.00');
    const [coupon] = await t.database.db.select().from(coupons).where(eq(coupons.id, couponId));
    expect(coupon?.usedCount).toBe(0);
  });
});
