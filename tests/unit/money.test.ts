import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMinorUnits, formatMoney, Money, money } from '../../src/graphql/money.js';

describe('formatMinorUnits', () => {
  it.each([
    [0, 2, '0.00'],
    [5, 2, '0.05'],
    [50, 2, '0.50'],
    [1250, 2, '12.50'],
    [-1250, 2, '-12.50'],
    [-5, 2, '-0.05'],
    [100, 2, '1.00'],
    [1, 0, '1'],
    [0, 0, '0'],
    [-7, 0, '-7'],
    [1, 3, '0.001'],
    [1250, 3, '1.250'],
    [-1, 3, '-0.001'],
  ])('formats %d with %d digits as %s', (minor, digits, expected) => {
    expect(formatMinorUnits(minor, digits)).toBe(expected);
  });

  it('never shows a negative zero', () => {
    expect(formatMinorUnits(-0, 2)).toBe('0.00');
  });

  it('keeps every digit of values beyond the float range', () => {
    expect(formatMinorUnits(Number.MAX_SAFE_INTEGER, 2)).toBe('90071992547409.91');
    expect(formatMinorUnits(123456789012345678901234567890n, 2)).toBe('1234567890123456789012345678.90');
    expect(formatMinorUnits(-123456789012345678901234567890n, 3)).toBe('-123456789012345678901234567.890');
  });

  it('refuses fractional minor units instead of rounding them', () => {
    expect(() => formatMinorUnits(12.5, 2)).toThrow();
  });
});

describe('money', () => {
  it('uses the currency minor digits', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
  });

  it('builds a Money object with the decimal amount and the code', () => {
    const usd = money(1250, 'USD');
    expect(usd).toBeInstanceOf(Money);
    expect({ ...usd }).toEqual({ amount: '12.50', currencyCode: 'USD' });
    expect({ ...money(1250, 'JPY') }).toEqual({ amount: '1250', currencyCode: 'JPY' });
    expect({ ...money(1250, 'KWD') }).toEqual({ amount: '1.250', currencyCode: 'KWD' });
    expect({ ...money(-99, 'EUR') }).toEqual({ amount: '-0.99', currencyCode: 'EUR' });
    expect(money(0n, 'USD').amount).toBe('0.00');
  });
});

describe('formatMoney', () => {
  it('writes the amount with its currency digits and code, for messages and emails', () => {
    expect(formatMoney(1250, 'USD')).toBe('12.50 USD');
    expect(formatMoney(1250, 'JPY')).toBe('1250 JPY');
    expect(formatMoney(1250, 'KWD')).toBe('1.250 KWD');
  });
});
