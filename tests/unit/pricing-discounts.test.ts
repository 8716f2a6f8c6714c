import { describe, expect, it } from 'vitest';
import { priceCart } from '../../src/modules/pricing/pricing.js';
import { coupon, EU_TAX, line, price, shipping } from './pricing-support.js';

// Every expected figure below is worked out by hand in the comment next to it.

/** priceCart: plain carts, percentage and fixed-amount coupons, free shipping, minimums and restrictions. */

describe('priceCart', () => {
  it('prices a cart without coupon, shipping or tax', () => {
    const p = price({ lines: [line('a', 1000, 2), line('b', 550)] });
    expect(p).toEqual({
      lines: [
        { lineId: 'a', subtotal: 2000, discount: 0, tax: 0, total: 2000 },
        { lineId: 'b', subtotal: 550, discount: 0, tax: 0, total: 550 },
      ],
      subtotal: 2550,
      discount: 0,
      shipping: 0,
      tax: 0,
      total: 2550,
      couponProblem: null,
    });
  });

  it('prices an empty cart at zero, charging no shipping for nothing', () => {
    const p = priceCart({
      lines: [],
      coupon: null,
      shippingMethod: shipping(500),
      taxRates: EU_TAX,
    });
    expect(p).toEqual({
      lines: [],
      subtotal: 0,
      discount: 0,
      shipping: 0,
      tax: 0,
      total: 0,
      couponProblem: null,
    });
    // A coupon on an empty cart covers no line.
    expect(price({ lines: [], coupon: coupon('PERCENTAGE', 1000) }).couponProblem).toBe('NOT_APPLICABLE');
  });

  describe('percentage coupons', () => {
    it('takes the percentage of the eligible subtotal, spread pro rata', () => {
      // 10 % of 2000 + 500 = 250; shares 250 * 2000/2500 = 200 and 250 * 500/2500 = 50
      const p = price({ lines: [line('a', 1000, 2), line('b', 500)], coupon: coupon('PERCENTAGE', 1000) });
      expect(p.discount).toBe(250);
      expect(p.lines.map((l) => l.discount)).toEqual([200, 50]);
      expect(p.total).toBe(2250);
      expect(p.couponProblem).toBeNull();
    });

    it('rounds the discount half-even', () => {
      // 12.5 % of 1999 = 249.875 -> 250
      expect(price({ lines: [line('a', 1999)], coupon: coupon('PERCENTAGE', 1250) }).discount).toBe(250);
      // 10 % of 1005 = 100.5 -> 100 (even); of 1015 = 101.5 -> 102; of 1025 = 102.5 -> 102
      expect(price({ lines: [line('a', 1005)], coupon: coupon('PERCENTAGE', 1000) }).discount).toBe(100);
      expect(price({ lines: [line('a', 1015)], coupon: coupon('PERCENTAGE', 1000) }).discount).toBe(102);
      expect(price({ lines: [line('a', 1025)], coupon: coupon('PERCENTAGE', 1000) }).discount).toBe(102);
      // 50 % of 1 = 0.5 -> 0; of 3 = 1.5 -> 2; of 5 = 2.5 -> 2
      expect(price({ lines: [line('a', 1)], coupon: coupon('PERCENTAGE', 5000) }).discount).toBe(0);
      expect(price({ lines: [line('a', 3)], coupon: coupon('PERCENTAGE', 5000) }).discount).toBe(2);
      expect(price({ lines: [line('a', 5)], coupon: coupon('PERCENTAGE', 5000) }).discount).toBe(2);
    });

    it('puts the rounding remainder on the largest line', () => {
      // 10 % of 3 * 333 = 99.9 -> 100; shares 100/3 = 33.33 -> 33 each = 99;
      // the missing 1 goes to the first line (all are equal)
      const equal = price({
        lines: [line('a', 333), line('b', 333), line('c', 333)],
        coupon: coupon('PERCENTAGE', 1000),
      });
      expect(equal.lines.map((l) => l.discount)).toEqual([34, 33, 33]);
      // 0.7 % of 100 + 300 + 100 = 3.5 -> 4 (even);
      // shares 4 * 100/500 = 0.8 -> 1, 4 * 300/500 = 2.4 -> 2, 0.8 -> 1 = 4
      const uneven = price({
        lines: [line('a', 100), line('b', 300), line('c', 100)],
        coupon: coupon('PERCENTAGE', 70),
      });
      expect(uneven.discount).toBe(4);
      expect(uneven.lines.map((l) => l.discount)).toEqual([1, 2, 1]);
    });

    it('takes 100 % off every eligible line exactly', () => {
      const p = price({ lines: [line('a', 799, 3), line('b', 1)], coupon: coupon('PERCENTAGE', 10_000) });
      expect(p.lines.map((l) => l.discount)).toEqual([2397, 1]);
      expect(p.total).toBe(0);
    });
  });

  it('never gives a line more discount than its subtotal, even when the remainder is large', () => {
    // 6 off ten lines of 1: 0.6 each -> 1 each = 10, four too many; one back from each of the first four
    const p = price({
      lines: Array.from({ length: 10 }, (_, i) => line(`l${i}`, 1)),
      coupon: coupon('FIXED_AMOUNT', 6),
    });
    expect(p.lines.map((l) => l.discount)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    expect(p).toMatchObject({ discount: 6, total: 4 });
  });

  describe('fixed-amount coupons', () => {
    it('takes the amount off, spread pro rata', () => {
      // 1000 over 3000 + 1000 -> 750, 250
      const p = price({ lines: [line('a', 1500, 2), line('b', 1000)], coupon: coupon('FIXED_AMOUNT', 1000) });
      expect(p.discount).toBe(1000);
      expect(p.lines.map((l) => l.discount)).toEqual([750, 250]);
      expect(p.total).toBe(3000);
    });

    it('never takes more than the eligible subtotal', () => {
      // 5000 off a 1200 cart -> 1200; with 500 shipping taxed at 20 %: 0 + 500 + 100 = 600
      const p = priceCart({
        lines: [line('a', 700), line('b', 500)],
        coupon: coupon('FIXED_AMOUNT', 5000),
        shippingMethod: shipping(500),
        taxRates: EU_TAX,
      });
      expect(p.discount).toBe(1200);
      expect(p.lines.map((l) => [l.discount, l.tax, l.total])).toEqual([
        [700, 0, 0],
        [500, 0, 0],
      ]);
      expect(p.shipping).toBe(500);
      expect(p.tax).toBe(100);
      expect(p.total).toBe(600);
    });
  });

  describe('free shipping', () => {
    it('makes shipping free with a FREE_SHIPPING coupon, without touching the goods', () => {
      const p = priceCart({
        lines: [line('a', 2000)],
        coupon: coupon('FREE_SHIPPING', 0),
        shippingMethod: shipping(499),
        taxRates: EU_TAX,
      });
      // goods 2000 + 20 % = 2400; shipping 0 and no tax on it
      expect(p).toMatchObject({ discount: 0, shipping: 0, tax: 400, total: 2400, couponProblem: null });
    });

    it('keeps shipping when the FREE_SHIPPING coupon does not apply', () => {
      const p = price({
        lines: [line('a', 2000)],
        coupon: coupon('FREE_SHIPPING', 0, { minSubtotal: 2500 }),
        shippingMethod: shipping(499),
      });
      expect(p).toMatchObject({ shipping: 499, total: 2499, couponProblem: 'MINIMUM_NOT_MET' });
      const elsewhere = price({
        lines: [line('a', 2000)],
        coupon: coupon('FREE_SHIPPING', 0, { productIds: ['other'] }),
        shippingMethod: shipping(499),
      });
      expect(elsewhere).toMatchObject({ shipping: 499, couponProblem: 'NOT_APPLICABLE' });
    });

    it('makes shipping free above the threshold, measured after the discount', () => {
      const method = shipping(500, 5000);
      // 5200 >= 5000 -> free
      expect(price({ lines: [line('a', 5200)], shippingMethod: method }).shipping).toBe(0);
      // exactly 5000 -> free
      expect(price({ lines: [line('a', 5000)], shippingMethod: method }).shipping).toBe(0);
      // 4999 -> 500
      expect(price({ lines: [line('a', 4999)], shippingMethod: method }).shipping).toBe(500);
      // 5200 - 10 % (520) = 4680 < 5000 -> 500; total 4680 + 500
      const discounted = price({
        lines: [line('a', 5200)],
        coupon: coupon('PERCENTAGE', 1000),
        shippingMethod: method,
      });
      expect(discounted).toMatchObject({ discount: 520, shipping: 500, total: 5180 });
    });

    it('charges nothing for shipping without a method', () => {
      const p = priceCart({ lines: [line('a', 1000)], coupon: null, shippingMethod: null, taxRates: EU_TAX });
      expect(p).toMatchObject({ shipping: 0, tax: 200, total: 1200 });
    });
  });

  describe('minimum subtotal', () => {
    it('gives nothing below the minimum and applies from it', () => {
      const c = coupon('PERCENTAGE', 1000, { minSubtotal: 3000 });
      expect(price({ lines: [line('a', 2999)], coupon: c })).toMatchObject({
        discount: 0,
        total: 2999,
        couponProblem: 'MINIMUM_NOT_MET',
      });
      // 10 % of 3000 = 300
      expect(price({ lines: [line('a', 3000)], coupon: c })).toMatchObject({
        discount: 300,
        total: 2700,
        couponProblem: null,
      });
    });

    it('compares the eligible subtotal, not the whole cart', () => {
      const c = coupon('FIXED_AMOUNT', 500, { minSubtotal: 3000, categoryIds: ['shoes'] });
      const p = price({
        lines: [line('shoe', 2000, 1, { categoryIds: ['shoes'] }), line('hat', 2000)],
        coupon: c,
      });
      expect(p).toMatchObject({ subtotal: 4000, discount: 0, couponProblem: 'MINIMUM_NOT_MET' });
    });
  });

  describe('product and category restrictions', () => {
    it('reports a coupon that covers no line as NOT_APPLICABLE', () => {
      const p = price({
        lines: [line('a', 1000), line('b', 1000, 1, { categoryIds: ['hats'] })],
        coupon: coupon('PERCENTAGE', 2000, { productIds: ['p-x'], categoryIds: ['shoes'] }),
      });
      expect(p).toMatchObject({ discount: 0, total: 2000, couponProblem: 'NOT_APPLICABLE' });
    });

    it('discounts only the lines in a listed category (ancestors included by the caller)', () => {
      // 20 % of the shoe line's 3000 = 600, all on it; the hat line keeps its price
      const p = price({
        lines: [
          line('shoe', 1500, 2, { categoryIds: ['running-shoes', 'shoes', 'apparel'] }),
          line('hat', 2000, 1, { categoryIds: ['hats'] }),
        ],
        coupon: coupon('PERCENTAGE', 2000, { categoryIds: ['shoes'] }),
      });
      expect(p.lines.map((l) => l.discount)).toEqual([600, 0]);
      expect(p).toMatchObject({ subtotal: 5000, discount: 600, total: 4400, couponProblem: null });
    });

    it('discounts only the listed products, a fixed amount capped at their subtotal', () => {
      // 1000 off, but the only eligible line is worth 400
      const p = price({
        lines: [line('a', 3000), line('b', 200, 2)],
        coupon: coupon('FIXED_AMOUNT', 1000, { productIds: ['p-b'] }),
      });
      expect(p.lines.map((l) => l.discount)).toEqual([0, 400]);
      expect(p).toMatchObject({ discount: 400, total: 3000 });
    });

    it('matches a line by product or by category', () => {
      // eligible: a (product) and c (category): 1000 + 3000; 25 % = 1000 -> 250, 750
      const p = price({
        lines: [line('a', 1000), line('b', 2000), line('c', 3000, 1, { categoryIds: ['sale'] })],
        coupon: coupon('PERCENTAGE', 2500, { productIds: ['p-a'], categoryIds: ['sale'] }),
      });
      expect(p.lines.map((l) => l.discount)).toEqual([250, 0, 750]);
    });
  });
});
