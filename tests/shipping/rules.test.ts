import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  normalizeCountries,
  normalizeRegion,
  normalizeShippingCode,
  parsePercent,
  pickTaxRates,
  validateDeliveryDays,
  validateShippingCode,
} from '../../src/modules/shipping/shipping.rules.js';

/** Pure rules of shipping methods and tax rates, without a database. */

describe('percent <-> basis points', () => {
  it('parses 0 to 100 with at most two decimals', () => {
    expect(parsePercent('19')).toBe(1900);
    expect(parsePercent('7.5')).toBe(750);
    expect(parsePercent('5.55')).toBe(555);
    expect(parsePercent(' 0 ')).toBe(0);
    expect(parsePercent('0.01')).toBe(1);
    expect(parsePercent('100')).toBe(10000);
    expect(parsePercent('100.00')).toBe(10000);
    expect(parsePercent('007')).toBe(700);
  });

  it('refuses anything else', () => {
    for (const bad of ['', '100.01', '101', '-1', '7.125', '19%', '1e1', '.5', '5.', 'NaN', '١٩', '19,5']) {
      expect(parsePercent(bad), bad).toBeNull();
    }
  });

  it('formats with two decimals and round-trips', () => {
    expect(formatPercent(1900)).toBe('19.00');
    expect(formatPercent(550)).toBe('5.50');
    expect(formatPercent(1)).toBe('0.01');
    expect(formatPercent(0)).toBe('0.00');
    expect(formatPercent(10000)).toBe('100.00');
    for (let bp = 0; bp <= 10000; bp += 37) expect(parsePercent(formatPercent(bp))).toBe(bp);
  });
});

describe('shipping method fields', () => {
  it('codes are upper-cased and 2 to 40 letters, digits or underscores', () => {
    expect(normalizeShippingCode(' express_2 ')).toBe('EXPRESS_2');
    expect(validateShippingCode('EX', ['c'])).toEqual([]);
    expect(validateShippingCode('A'.repeat(40), ['c'])).toEqual([]);
    for (const bad of ['E', 'A'.repeat(41), 'NEXT-DAY', 'NEXT DAY', 'ÉCLAIR', '']) {
      expect(
        validateShippingCode(bad, ['c']).map((e) => e.code),
        bad,
      ).toEqual(['INVALID_INPUT']);
    }
  });

  it('delivery days are 0..365 with min <= max', () => {
    const fields = { min: ['min'], max: ['max'] };
    expect(validateDeliveryDays(0, 0, fields)).toEqual([]);
    expect(validateDeliveryDays(3, 365, fields)).toEqual([]);
    expect(validateDeliveryDays(-1, 2, fields).map((e) => e.field)).toEqual([['min']]);
    expect(validateDeliveryDays(1, 366, fields).map((e) => e.field)).toEqual([['max']]);
    expect(validateDeliveryDays(5, 4, fields).map((e) => e.field)).toEqual([['max']]);
    expect(validateDeliveryDays(1.5, 2, fields).map((e) => e.field)).toEqual([['min']]);
  });

  it('countries are validated, upper-cased, de-duplicated and sorted', () => {
    expect(normalizeCountries(['us', 'DE', ' de', 'Us'], ['c'])).toEqual({
      countries: ['DE', 'US'],
      errors: [],
    });
    const { errors } = normalizeCountries(['US', 'UK', 'EU', 'USA'], ['input', 'countries']);
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'countries', '1'], 'INVALID_COUNTRY'],
      [['input', 'countries', '2'], 'INVALID_COUNTRY'],
      [['input', 'countries', '3'], 'INVALID_COUNTRY'],
    ]);
  });
});

describe('pickTaxRates', () => {
  const rows = [
    { taxClass: 'STANDARD' as const, region: null, rateBasisPoints: 1000 },
    { taxClass: 'REDUCED' as const, region: null, rateBasisPoints: 500 },
    { taxClass: 'STANDARD' as const, region: 'Ca', rateBasisPoints: 725 },
    { taxClass: 'ZERO' as const, region: 'NY', rateBasisPoints: 10 },
  ];

  it('region beats country per class; missing classes are 0', () => {
    expect(pickTaxRates(rows, 'cA')).toEqual({ STANDARD: 725, REDUCED: 500, ZERO: 0 });
    expect(pickTaxRates(rows, 'NY')).toEqual({ STANDARD: 1000, REDUCED: 500, ZERO: 10 });
    expect(pickTaxRates(rows, null)).toEqual({ STANDARD: 1000, REDUCED: 500, ZERO: 0 });
    expect(pickTaxRates(rows, '  ')).toEqual({ STANDARD: 1000, REDUCED: 500, ZERO: 0 });
    expect(pickTaxRates([], 'CA')).toEqual({ STANDARD: 0, REDUCED: 0, ZERO: 0 });
  });

  it('the order of rows does not matter', () => {
    expect(pickTaxRates([...rows].reverse(), 'ca')).toEqual({ STANDARD: 725, REDUCED: 500, ZERO: 0 });
  });

  it('normalizeRegion trims and turns empty into null', () => {
    expect(normalizeRegion(' CA ')).toBe('CA');
    expect(normalizeRegion('')).toBeNull();
    expect(normalizeRegion(null)).toBeNull();
    expect(normalizeRegion(undefined)).toBeNull();
  });
});
