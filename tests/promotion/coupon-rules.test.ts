import { describe, expect, it } from 'vitest';
import {
  formatPercentage,
  isValidCouponCode,
  parsePercentage,
} from '../../src/modules/promotion/coupon.rules.js';

describe('coupon rules (no database)', () => {
  it('parses percentages to basis points without floats', () => {
    expect(parsePercentage('12.5')).toBe(1250);
    expect(parsePercentage('12.50')).toBe(1250);
    expect(parsePercentage('0.01')).toBe(1);
    expect(parsePercentage('100')).toBe(10_000);
    expect(parsePercentage('100.00')).toBe(10_000);
    expect(parsePercentage(' 7 ')).toBe(700);
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(parsePercentage('0.29')).toBe(29);
    for (const bad of [
      '0',
      '0.00',
      '100.01',
      '101',
      '-1',
      '1.234',
      '.5',
      '5.',
      '1e2',
      '10%',
      '',
      'abc',
      '0x10',
    ]) {
      expect(parsePercentage(bad), bad).toBeNull();
    }
  });

  it('prints basis points as the shortest decimal', () => {
    expect(formatPercentage(1250)).toBe('12.5');
    expect(formatPercentage(10_000)).toBe('100');
    expect(formatPercentage(1)).toBe('0.01');
    expect(formatPercentage(1010)).toBe('10.1');
    expect(formatPercentage(3333)).toBe('33.33');
    for (let bp = 1; bp <= 10_000; bp += 1) expect(parsePercentage(formatPercentage(bp))).toBe(bp);
  });

  it('accepts codes of 3 to 40 letters, digits, - and _', () => {
    for (const good of ['abc', 'SUMMER-25', 'a_b-C', '123', 'X'.repeat(40)])
      expect(isValidCouponCode(good)).toBe(true);
    for (const bad of ['ab', 'X'.repeat(41), 'a b c', 'sale!', 'été-25', '', 'abc\n']) {
      expect(isValidCouponCode(bad), bad).toBe(false);
    }
  });
});
