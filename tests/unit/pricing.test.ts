import { describe, expect, it } from 'vitest';
import { allocateProRata, priceCart, roundHalfEven } from '../../src/modules/pricing/pricing.js';
import type {
  PricingCoupon,
  PricingInput,
  PricingLine,
  PricingShippingMethod,
  TaxClass,
  TaxRatesByClass,
} from '../../src/modules/pricing/pricing.types.js';

// Every expected figure below is worked out by hand in the comment next to it.

const NO_TAX: TaxRatesByClass = { STANDARD: 0, REDUCED: 0, ZERO: 0 };
const EU_TAX: TaxRatesByClass = { STANDARD: 2000, REDUCED: 700, ZERO: 0 };

function line(
  lineId: string,
  unitPrice: number,
  quantity = 1,
  extra: Partial<Omit<PricingLine, 'lineId' | 'unitPrice' | 'quantity'>> = {},
): PricingLine {
  return {
    lineId,
    productId: extra.productId ?? `p-${lineId}`,
    categoryIds: extra.categoryIds ?? [],
    taxClass: extra.taxClass ?? 'STANDARD',
    unitPrice,
    quantity,
  };
}

function coupon(
  type: PricingCoupon['type'],
  value: number,
  extra: Partial<Omit<PricingCoupon, 'type' | 'value'>> = {},
): PricingCoupon {
  return {
    type,
    value,
    minSubtotal: extra.minSubtotal ?? null,
    categoryIds: extra.categoryIds ?? [],
    productIds: extra.productIds ?? [],
  };
}

function price(partial: Partial<PricingInput> & Pick<PricingInput, 'lines'>) {
  return priceCart({ coupon: null, shippingMethod: null, taxRates: NO_TAX, ...partial });
}

const shipping = (price: number, freeAbove: number | null = null): PricingShippingMethod => ({
  price,
  freeAbove,
});

describe('roundHalfEven', () => {
  it.each([
    [1, 2, 0n], // 0.5 -> 0
    [3, 2, 2n], // 1.5 -> 2
    [5, 2, 2n], // 2.5 -> 2
    [7, 2, 4n], // 3.5 -> 4
    [-1, 2, 0n], // -0.5 -> 0
    [-3, 2, -2n], // -1.5 -> -2
    [-5, 2, -2n], // -2.5 -> -2
    [1, 3, 0n], // 0.33 -> 0
    [2, 3, 1n], // 0.67 -> 1
    [-2, 3, -1n], // -0.67 -> -1
    [10, 5, 2n], // exact
    [0, 7, 0n],
    [1005, 10, 100n], // 100.5 -> 100
    [1015, 10, 102n], // 101.5 -> 102
    [12_345, 10_000, 1n], // 1.2345 -> 1
    [15_000, 10_000, 2n], // 1.5 -> 2
    [25_000, 10_000, 2n], // 2.5 -> 2
    [25_001, 10_000, 3n], // just above the half
  ])('%d / %d -> %s', (n, d, expected) => {
    expect(roundHalfEven(n, d)).toBe(expected);
  });

  it('is exact far beyond 2^53', () => {
    // (10^30 + 5) / 10 = 10^29 + 0.5 -> 10^29 (even); (10^30 + 15) / 10 = 10^29 + 1.5 -> 10^29 + 2
    expect(roundHalfEven(10n ** 30n + 5n, 10n)).toBe(10n ** 29n);
    expect(roundHalfEven(10n ** 30n + 15n, 10n)).toBe(10n ** 29n + 2n);
  });

  it('refuses a zero or negative denominator and fractional numbers', () => {
    expect(() => roundHalfEven(1, 0)).toThrow();
    expect(() => roundHalfEven(1, -2)).toThrow();
    expect(() => roundHalfEven(1.5, 2)).toThrow();
  });
});

describe('allocateProRata', () => {
  it('splits exactly in proportion when it divides evenly', () => {
    // 100 over 100:200:100 -> 25, 50, 25
    expect(allocateProRata(100n, [100n, 200n, 100n])).toEqual([25n, 50n, 25n]);
  });

  it('gives a positive remainder to the largest weight, the first one on ties', () => {
    // 100 / 3 = 33.33 each -> 33 + 33 + 33 = 99; the missing 1 goes to the first of the equal weights
    expect(allocateProRata(100n, [100n, 100n, 100n])).toEqual([34n, 33n, 33n]);
    // 10 over 10:30:10 -> 2, 6, 2 = 10 exact; 11 -> 2.2, 6.6, 2.2 -> 2, 7, 2 = 11
    expect(allocateProRata(11n, [10n, 30n, 10n])).toEqual([2n, 7n, 2n]);
    // 5 over 10:30:10 -> 1, 3, 1 exact; 4 -> 0.8, 2.4, 0.8 -> 1, 2, 1 = 4
    expect(allocateProRata(4n, [10n, 30n, 10n])).toEqual([1n, 2n, 1n]);
    // 2 over 10:30:10 -> 0.4, 1.2, 0.4 -> 0, 1, 0 = 1; +1 to the largest (the middle one)
    expect(allocateProRata(2n, [10n, 30n, 10n])).toEqual([0n, 2n, 0n]);
  });

  it('takes a negative remainder from the largest weight', () => {
    // 200 / 3 = 66.67 each -> 67 * 3 = 201; one too many, taken from the first of the equal weights
    expect(allocateProRata(200n, [100n, 100n, 100n])).toEqual([66n, 67n, 67n]);
    // 3 over 100:300:100 -> 0.6, 1.8, 0.6 -> 1, 2, 1 = 4; one too many, taken from the largest
    expect(allocateProRata(3n, [100n, 300n, 100n])).toEqual([1n, 1n, 1n]);
  });

  it('spills a remainder the largest weight cannot absorb onto the next ones, keeping 0..weight', () => {
    const tenOnes = Array.from({ length: 10 }, () => 1n);
    // 6 over ten 1s: 0.6 each -> 1 each = 10; four too many, one from each of the first four
    expect(allocateProRata(6n, tenOnes)).toEqual([0n, 0n, 0n, 0n, 1n, 1n, 1n, 1n, 1n, 1n]);
    // 4 over ten 1s: 0.4 each -> 0 each; four missing, one to each of the first four
    expect(allocateProRata(4n, tenOnes)).toEqual([1n, 1n, 1n, 1n, 0n, 0n, 0n, 0n, 0n, 0n]);
  });

  it('handles nothing to split and the whole amount', () => {
    expect(allocateProRata(0n, [])).toEqual([]);
    expect(allocateProRata(0n, [0n, 0n])).toEqual([0n, 0n]);
    expect(allocateProRata(7n, [3n, 4n])).toEqual([3n, 4n]);
  });

  it('refuses a total outside 0..sum of weights', () => {
    expect(() => allocateProRata(8n, [3n, 4n])).toThrow();
    expect(() => allocateProRata(-1n, [3n, 4n])).toThrow();
    expect(() => allocateProRata(1n, [])).toThrow();
  });
});

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

  describe('tax', () => {
    it('taxes each line at its class rate and shipping at the standard rate', () => {
      const p = priceCart({
        lines: [
          line('s', 1000, 1, { taxClass: 'STANDARD' }),
          line('r', 500, 2, { taxClass: 'REDUCED' }),
          line('z', 1000, 1, { taxClass: 'ZERO' }),
        ],
        coupon: null,
        shippingMethod: shipping(500),
        taxRates: EU_TAX,
      });
      // 20 % of 1000 = 200; 7 % of 1000 = 70; 0; shipping 20 % of 500 = 100
      expect(p.lines).toEqual([
        { lineId: 's', subtotal: 1000, discount: 0, tax: 200, total: 1200 },
        { lineId: 'r', subtotal: 1000, discount: 0, tax: 70, total: 1070 },
        { lineId: 'z', subtotal: 1000, discount: 0, tax: 0, total: 1000 },
      ]);
      expect(p).toMatchObject({ subtotal: 3000, shipping: 500, tax: 370, total: 3870 });
    });

    it('taxes the discounted amount', () => {
      // 1000 - 10 % = 900; 20 % of 900 = 180; line total 1080
      const p = priceCart({
        lines: [line('a', 1000)],
        coupon: coupon('PERCENTAGE', 1000),
        shippingMethod: null,
        taxRates: EU_TAX,
      });
      expect(p.lines[0]).toEqual({ lineId: 'a', subtotal: 1000, discount: 100, tax: 180, total: 1080 });
      expect(p.total).toBe(1080);
    });

    it('rounds each tax half-even', () => {
      // 10 % of 5, 15, 25, 35 = 0.5, 1.5, 2.5, 3.5 -> 0, 2, 2, 4; shipping 10 % of 45 = 4.5 -> 4
      const p = priceCart({
        lines: [line('a', 5), line('b', 15), line('c', 25), line('d', 35)],
        coupon: null,
        shippingMethod: shipping(45),
        taxRates: { STANDARD: 1000, REDUCED: 0, ZERO: 0 },
      });
      expect(p.lines.map((l) => l.tax)).toEqual([0, 2, 2, 4]);
      // 8 + 4 = 12; total 80 + 45 + 12 = 137
      expect(p).toMatchObject({ tax: 12, total: 137 });
    });
  });

  it('stays exact for amounts where floating point would not', () => {
    // 9 007 199 254 740 * 1000 = 9 007 199 254 740 000 (just below 2^53);
    // 33.33 % of it = 3 002 099 511 604 842 exactly; remaining 6 005 099 743 135 158
    const p = price({ lines: [line('a', 9_007_199_254_740, 1000)], coupon: coupon('PERCENTAGE', 3333) });
    expect(p).toMatchObject({
      subtotal: 9_007_199_254_740_000,
      discount: 3_002_099_511_604_842,
      total: 6_005_099_743_135_158,
    });
  });

  describe('input validation', () => {
    const ok = (): PricingInput => ({
      lines: [line('a', 100)],
      coupon: null,
      shippingMethod: shipping(10, 1000),
      taxRates: EU_TAX,
    });

    it('accepts the baseline', () => {
      expect(() => priceCart(ok())).not.toThrow();
    });

    it.each<[string, (input: PricingInput) => PricingInput]>([
      ['a negative unit price', (i) => ({ ...i, lines: [line('a', -1)] })],
      ['a fractional unit price', (i) => ({ ...i, lines: [line('a', 9.99)] })],
      ['a NaN unit price', (i) => ({ ...i, lines: [line('a', Number.NaN)] })],
      ['quantity 0', (i) => ({ ...i, lines: [line('a', 100, 0)] })],
      ['a fractional quantity', (i) => ({ ...i, lines: [line('a', 100, 1.5)] })],
      [
        'an unknown tax class',
        (i) => ({ ...i, lines: [line('a', 100, 1, { taxClass: 'LUXURY' as TaxClass })] }),
      ],
      ['a tax rate above 10000', (i) => ({ ...i, taxRates: { ...EU_TAX, REDUCED: 10_001 } })],
      ['a negative tax rate', (i) => ({ ...i, taxRates: { ...EU_TAX, STANDARD: -1 } })],
      ['a fractional tax rate', (i) => ({ ...i, taxRates: { ...EU_TAX, STANDARD: 19.5 } })],
      ['a percentage above 100 %', (i) => ({ ...i, coupon: coupon('PERCENTAGE', 10_001) })],
      ['a negative fixed amount', (i) => ({ ...i, coupon: coupon('FIXED_AMOUNT', -100) })],
      ['a negative minimum', (i) => ({ ...i, coupon: coupon('FIXED_AMOUNT', 100, { minSubtotal: -1 }) })],
      ['a negative shipping price', (i) => ({ ...i, shippingMethod: shipping(-1) })],
      ['a fractional free-above', (i) => ({ ...i, shippingMethod: shipping(10, 0.5) })],
      [
        'a subtotal beyond the safe integer range',
        (i) => ({ ...i, lines: [line('a', Number.MAX_SAFE_INTEGER, 2)] }),
      ],
    ])('throws on %s', (_, mutate) => {
      expect(() => priceCart(mutate(ok()))).toThrow(Error);
    });
  });
});

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
