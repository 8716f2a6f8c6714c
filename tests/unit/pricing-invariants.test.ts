import { describe, expect, it } from 'vitest';
import { priceCart } from '../../src/modules/pricing/pricing.js';
import type {
  PricingCoupon,
  PricingInput,
  PricingLine,
  TaxClass,
} from '../../src/modules/pricing/pricing.types.js';

// Every expected figure below is worked out by hand in the comment next to it.

/** mulberry32: a tiny seeded PRNG, so the random carts are the same on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const subset = <T>(items: readonly T[], p: number): T[] => items.filter(() => next() < p);
  return { next, int, pick, subset };
}

describe('priceCart invariants over random carts', () => {
  const PRODUCTS = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
  const CATEGORIES = ['c1', 'c2', 'c3', 'c4', 'c5'];
  const CLASSES: TaxClass[] = ['STANDARD', 'REDUCED', 'ZERO'];
  const r = prng(20_240_601);

  function randomInput(): PricingInput {
    const big = r.next() < 0.1;
    const lines: PricingLine[] = Array.from({ length: r.int(0, 8) }, (_, i) => ({
      lineId: `l${i}`,
      productId: r.pick(PRODUCTS),
      categoryIds: r.subset(CATEGORIES, 0.3),
      taxClass: r.pick(CLASSES),
      unitPrice: r.next() < 0.05 ? 0 : big ? r.int(0, 1_000_000_000) : r.int(1, 20_000),
      quantity: r.next() < 0.5 ? 1 : r.int(1, big ? 1000 : 12),
    }));
    const rate = () => r.pick([0, 1, 500, 700, 1900, 2000, 2500, 9999, 10_000, r.int(0, 10_000)]);
    const type = r.pick<PricingCoupon['type'] | null>([null, 'PERCENTAGE', 'FIXED_AMOUNT', 'FREE_SHIPPING']);
    return {
      lines,
      coupon:
        type === null
          ? null
          : {
              type,
              value: type === 'PERCENTAGE' ? rate() : r.int(0, big ? 10_000_000_000 : 50_000),
              minSubtotal: r.next() < 0.3 ? r.int(0, 60_000) : null,
              productIds: r.next() < 0.4 ? r.subset(PRODUCTS, 0.3) : [],
              categoryIds: r.next() < 0.4 ? r.subset(CATEGORIES, 0.3) : [],
            },
      shippingMethod:
        r.next() < 0.2
          ? null
          : { price: r.int(0, 2000), freeAbove: r.next() < 0.5 ? r.int(0, 80_000) : null },
      taxRates: { STANDARD: rate(), REDUCED: rate(), ZERO: rate() },
    };
  }

  const eligibleIn = (l: PricingLine, c: PricingCoupon) =>
    (c.productIds.length === 0 && c.categoryIds.length === 0) ||
    c.productIds.includes(l.productId) ||
    l.categoryIds.some((id) => c.categoryIds.includes(id));

  it('holds for 2000 deterministic pseudo-random carts', () => {
    let discounted = 0;
    for (let n = 0; n < 2000; n++) {
      const input = randomInput();
      const p = priceCart(input);
      const context = JSON.stringify(input);

      const figures = [p.subtotal, p.discount, p.shipping, p.tax, p.total];
      for (const l of p.lines) figures.push(l.subtotal, l.discount, l.tax, l.total);
      for (const value of figures) {
        expect(Number.isSafeInteger(value) && value >= 0, context).toBe(true);
      }

      expect(p.lines.map((l) => l.lineId)).toEqual(input.lines.map((l) => l.lineId));
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      input.lines.forEach((l, i) => {
        const priced = p.lines[i]!;
        expect(priced.subtotal, context).toBe(l.unitPrice * l.quantity);
        expect(priced.discount, context).toBeLessThanOrEqual(priced.subtotal);
        expect(priced.total, context).toBe(priced.subtotal - priced.discount + priced.tax);
        // Tax within half a minor unit of the exact rate: |tax * 10000 - net * rate| <= 5000.
        const net = BigInt(priced.subtotal - priced.discount);
        const exact = net * BigInt(input.taxRates[l.taxClass]);
        const error = BigInt(priced.tax) * 10_000n - exact;
        expect(error <= 5000n && error >= -5000n, context).toBe(true);
        if (!input.coupon || !eligibleIn(l, input.coupon)) expect(priced.discount, context).toBe(0);
      });
      expect(sum(p.lines.map((l) => l.subtotal))).toBe(p.subtotal);
      expect(sum(p.lines.map((l) => l.discount))).toBe(p.discount);
      const shippingTax = p.tax - sum(p.lines.map((l) => l.tax));
      const exactShippingTax = BigInt(p.shipping) * BigInt(input.taxRates.STANDARD);
      const shippingError = BigInt(shippingTax) * 10_000n - exactShippingTax;
      expect(shippingError <= 5000n && shippingError >= -5000n, context).toBe(true);
      expect(p.total).toBe(p.subtotal - p.discount + p.shipping + p.tax);

      // Coupon outcome, worked out independently.
      const c = input.coupon;
      const eligible = c ? input.lines.filter((l) => eligibleIn(l, c)) : [];
      const eligibleSubtotal = sum(eligible.map((l) => l.unitPrice * l.quantity));
      expect(p.discount, context).toBeLessThanOrEqual(eligibleSubtotal);
      const expectedProblem = !c
        ? null
        : eligible.length === 0
          ? 'NOT_APPLICABLE'
          : c.minSubtotal !== null && eligibleSubtotal < c.minSubtotal
            ? 'MINIMUM_NOT_MET'
            : null;
      expect(p.couponProblem, context).toBe(expectedProblem);
      const applies = c !== null && expectedProblem === null;
      if (!applies || c.type === 'FREE_SHIPPING') expect(p.discount, context).toBe(0);
      if (applies && c.type === 'FIXED_AMOUNT') {
        expect(p.discount, context).toBe(Math.min(c.value, eligibleSubtotal));
      }
      if (applies && c.type === 'PERCENTAGE') {
        const error = BigInt(p.discount) * 10_000n - BigInt(eligibleSubtotal) * BigInt(c.value);
        expect(error <= 5000n && error >= -5000n, context).toBe(true);
      }
      if (p.discount > 0) discounted++;

      // Shipping, worked out independently.
      const m = input.shippingMethod;
      const free =
        !m ||
        input.lines.length === 0 ||
        (applies && c.type === 'FREE_SHIPPING') ||
        (m.freeAbove !== null && p.subtotal - p.discount >= m.freeAbove);
      expect(p.shipping, context).toBe(free || !m ? 0 : m.price);
    }
    // The generator really exercises discounts.
    expect(discounted).toBeGreaterThan(300);
  });
});
