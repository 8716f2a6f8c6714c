import { describe, expect, it } from 'vitest';
import { priceCart } from '../../src/modules/pricing/pricing.js';
import type { PricingInput, TaxClass } from '../../src/modules/pricing/pricing.types.js';
import { coupon, EU_TAX, line, price, shipping } from './pricing-support.js';

// Every expected figure below is worked out by hand in the comment next to it.

/** priceCart: tax per class, and the inputs it refuses. */

describe('priceCart', () => {
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
