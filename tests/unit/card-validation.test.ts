import { describe, expect, it } from 'vitest';
import {
  cardBrand,
  cardNumberValid,
  last4,
  luhnValid,
  normalizeCardNumber,
  storedCard,
  validateCard,
} from '../../src/modules/payment/card-validation.js';
import type { CardInput } from '../../src/modules/payment/payment-provider.js';

// Card numbers are Stripe's published test cards and the Wikipedia Luhn example; the "wrong length"
// numbers were made Luhn-valid by choosing their last digit by hand, so only the length is wrong.

const NOW = new Date('2030-06-15T12:00:00Z');

function card(overrides: Partial<CardInput> = {}): CardInput {
  return { number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123', ...overrides };
}

describe('luhnValid', () => {
  it.each([
    '4242424242424242',
    '5555555555554444',
    '378282246310005',
    '6011111111111117',
    '4000000000000002',
    '79927398713', // the textbook example
    '4242 4242 4242 4242',
    '4242-4242-4242-4242',
  ])('accepts %s', (number) => {
    expect(luhnValid(number)).toBe(true);
  });

  it.each([
    '4242424242424241', // last digit off by one
    '4242424242424224', // two digits swapped
    '79927398710',
    '5555555555554445',
    '',
    '0', // a single digit is not a number with a check digit
    '4242x424242424242',
    '4242.4242.4242.4242',
  ])('rejects %j', (number) => {
    expect(luhnValid(number)).toBe(false);
  });
});

describe('normalizeCardNumber', () => {
  it('strips spaces and dashes', () => {
    expect(normalizeCardNumber('4242 4242 4242 4242')).toBe('4242424242424242');
    expect(normalizeCardNumber('4242-4242-4242-4242')).toBe('4242424242424242');
    expect(normalizeCardNumber(' 3782 822463 10005 ')).toBe('378282246310005');
    expect(normalizeCardNumber('4242\t4242 - 4242 4242')).toBe('4242424242424242');
  });

  it('accepts 12 to 19 digits only', () => {
    expect(normalizeCardNumber('12345678901')).toBeNull(); // 11
    expect(normalizeCardNumber('123456789012')).toBe('123456789012'); // 12
    expect(normalizeCardNumber('1234567890123456789')).toBe('1234567890123456789'); // 19
    expect(normalizeCardNumber('12345678901234567890')).toBeNull(); // 20
  });

  it('rejects anything but digits, spaces and dashes', () => {
    expect(normalizeCardNumber('')).toBeNull();
    expect(normalizeCardNumber('4242.4242.4242.4242')).toBeNull();
    expect(normalizeCardNumber('4242424242424242a')).toBeNull();
    expect(normalizeCardNumber('４２４２４２４２４２４２４２４２')).toBeNull(); // full-width digits
    expect(normalizeCardNumber('+4242424242424242')).toBeNull();
  });
});

describe('cardBrand', () => {
  it.each([
    ['4242424242424242', 'VISA'],
    ['4000056655665556', 'VISA'],
    ['4222222222222', 'VISA'],
    ['5555555555554444', 'MASTERCARD'],
    ['5105105105105100', 'MASTERCARD'],
    ['2223003122003222', 'MASTERCARD'],
    ['378282246310005', 'AMEX'],
    ['371449635398431', 'AMEX'],
    ['6011111111111117', 'DISCOVER'],
    ['6011000990139424', 'DISCOVER'],
    ['3056930009020004', 'UNKNOWN'], // Diners Club
    ['3566002020360505', 'UNKNOWN'], // JCB
    ['6200000000000005', 'UNKNOWN'], // UnionPay
    ['4242 4242 4242 4242', 'VISA'],
  ])('%s is %s', (number, brand) => {
    expect(cardBrand(number)).toBe(brand);
  });

  it.each([
    // Mastercard 51-55 and 2221-2720
    ['50', 'UNKNOWN'],
    ['51', 'MASTERCARD'],
    ['55', 'MASTERCARD'],
    ['56', 'UNKNOWN'],
    ['2220', 'UNKNOWN'],
    ['2221', 'MASTERCARD'],
    ['2720', 'MASTERCARD'],
    ['2721', 'UNKNOWN'],
    // American Express 34 and 37
    ['34', 'AMEX'],
    ['35', 'UNKNOWN'],
    ['36', 'UNKNOWN'],
    ['37', 'AMEX'],
    // Discover 6011, 622126-622925, 644-649, 65
    ['6011', 'DISCOVER'],
    ['6012', 'UNKNOWN'],
    ['622125', 'UNKNOWN'],
    ['622126', 'DISCOVER'],
    ['622925', 'DISCOVER'],
    ['622926', 'UNKNOWN'],
    ['643', 'UNKNOWN'],
    ['644', 'DISCOVER'],
    ['649', 'DISCOVER'],
    ['65', 'DISCOVER'],
    ['4', 'VISA'],
  ])('IIN boundary %s is %s, alone and padded to 16 digits', (prefix, brand) => {
    expect(cardBrand(prefix)).toBe(brand);
    expect(cardBrand(prefix.padEnd(16, '0'))).toBe(brand);
  });

  it('is UNKNOWN for too few digits to tell, or no digits', () => {
    expect(cardBrand('6')).toBe('UNKNOWN');
    expect(cardBrand('')).toBe('UNKNOWN');
    expect(cardBrand('abc')).toBe('UNKNOWN');
  });
});

describe('last4 and storedCard', () => {
  it('keeps only the last four digits', () => {
    expect(last4('4242 4242 4242 4242')).toBe('4242');
    expect(last4('378282246310005')).toBe('0005');
    expect(last4('5555-5555-5555-4444')).toBe('4444');
  });

  it('throws on something that is not a card number', () => {
    expect(() => last4('abc')).toThrow();
    expect(() => last4('4242')).toThrow();
  });

  it('gives brand and last four, or null for an unreadable number', () => {
    expect(storedCard('5555 5555 5555 4444')).toStrictEqual({ brand: 'MASTERCARD', last4: '4444' });
    expect(storedCard('378282246310005')).toStrictEqual({ brand: 'AMEX', last4: '0005' });
    expect(storedCard('not a card')).toBeNull();
  });
});

describe('cardNumberValid', () => {
  it('needs Luhn and a length the brand issues', () => {
    expect(cardNumberValid('4242424242424242')).toBe(true);
    expect(cardNumberValid('4222222222222')).toBe(true); // 13-digit Visa
    expect(cardNumberValid('378282246310005')).toBe(true);
    expect(cardNumberValid('3056930009020004')).toBe(true); // unknown brand, 14 digits
    expect(cardNumberValid('4242424242424241')).toBe(false); // Luhn
    expect(cardNumberValid('424242424242424')).toBe(false); // Luhn-valid, but Visa has no 15 digits
    expect(cardNumberValid('3782822463100003')).toBe(false); // Luhn-valid, but Amex has 15 digits
    expect(cardNumberValid('555555555555444400')).toBe(false); // Luhn-valid, but Mastercard has 16
    expect(cardNumberValid('79927398713')).toBe(false); // Luhn-valid, but only 11 digits
  });
});

describe('validateCard', () => {
  it('finds nothing wrong with a good card', () => {
    expect(validateCard(card(), NOW)).toStrictEqual([]);
    expect(validateCard(card({ number: '3782 822463 10005', cvc: '1234' }), NOW)).toStrictEqual([]);
  });

  it('reports a bad number as INVALID_CARD', () => {
    for (const number of ['4242424242424241', '4242', '', 'abcd abcd abcd abcd', '424242424242424']) {
      expect(validateCard(card({ number }), NOW)).toStrictEqual([
        { code: 'INVALID_CARD', field: 'number', message: 'Your card number is incorrect.' },
      ]);
    }
  });

  describe('expiry: valid through the end of the expiry month (UTC)', () => {
    const expiring = card({ expMonth: 1, expYear: 2030 });

    it('is good on the last millisecond of the month', () => {
      expect(validateCard(expiring, new Date('2030-01-31T23:59:59.999Z'))).toStrictEqual([]);
      expect(validateCard(expiring, new Date('2030-01-01T00:00:00.000Z'))).toStrictEqual([]);
      expect(validateCard(expiring, new Date('2029-12-31T23:59:59.999Z'))).toStrictEqual([]);
    });

    it('is expired from the first moment of the next month', () => {
      expect(validateCard(expiring, new Date('2030-02-01T00:00:00.000Z'))).toStrictEqual([
        { code: 'EXPIRED_CARD', field: 'expMonth', message: 'Your card has expired.' },
      ]);
    });

    it('rolls over the year end', () => {
      const december = card({ expMonth: 12, expYear: 2029 });
      expect(validateCard(december, new Date('2029-12-31T23:59:59.999Z'))).toStrictEqual([]);
      expect(validateCard(december, new Date('2030-01-01T00:00:00.000Z')).map((p) => p.code)).toStrictEqual([
        'EXPIRED_CARD',
      ]);
    });

    it('treats an earlier month of the current year, and an earlier year, as expired', () => {
      expect(validateCard(card({ expMonth: 5, expYear: 2030 }), NOW).map((p) => p.code)).toStrictEqual([
        'EXPIRED_CARD',
      ]);
      expect(validateCard(card({ expMonth: 12, expYear: 2029 }), NOW).map((p) => p.code)).toStrictEqual([
        'EXPIRED_CARD',
      ]);
      expect(validateCard(card({ expMonth: 6, expYear: 2030 }), NOW)).toStrictEqual([]);
    });

    it('reads a two-digit year as 20xx', () => {
      expect(validateCard(card({ expMonth: 12, expYear: 34 }), NOW)).toStrictEqual([]);
      expect(validateCard(card({ expMonth: 12, expYear: 29 }), NOW).map((p) => p.code)).toStrictEqual([
        'EXPIRED_CARD',
      ]);
    });

    it('rejects impossible months and years as INVALID_CARD', () => {
      expect(validateCard(card({ expMonth: 0 }), NOW)).toStrictEqual([
        { code: 'INVALID_CARD', field: 'expMonth', message: "Your card's expiration month is invalid." },
      ]);
      expect(validateCard(card({ expMonth: 13 }), NOW).map((p) => p.field)).toStrictEqual(['expMonth']);
      expect(validateCard(card({ expMonth: 1.5 }), NOW).map((p) => p.field)).toStrictEqual(['expMonth']);
      expect(validateCard(card({ expYear: 1999 }), NOW)).toStrictEqual([
        { code: 'INVALID_CARD', field: 'expYear', message: "Your card's expiration year is invalid." },
      ]);
      expect(validateCard(card({ expYear: 2080 }), NOW)).toStrictEqual([]); // 50 years ahead of 2030
      expect(validateCard(card({ expYear: 2081 }), NOW).map((p) => p.field)).toStrictEqual(['expYear']);
      expect(validateCard(card({ expYear: Number.NaN }), NOW).map((p) => p.field)).toStrictEqual(['expYear']);
    });
  });

  describe('CVC', () => {
    it.each([
      ['4242424242424242', '123', true],
      ['4242424242424242', ' 123 ', true],
      ['4242424242424242', '1234', false],
      ['4242424242424242', '12', false],
      ['4242424242424242', '12a', false],
      ['4242424242424242', '', false],
      ['5555555555554444', '000', true],
      ['378282246310005', '1234', true],
      ['378282246310005', '123', false],
      ['378282246310005', '12345', false],
    ])('number %s with CVC %j: ok=%s', (number, cvc, ok) => {
      const problems = validateCard(card({ number, cvc }), NOW);
      if (ok) expect(problems).toStrictEqual([]);
      else expect(problems.map((p) => [p.code, p.field])).toStrictEqual([['INCORRECT_CVC', 'cvc']]);
    });
  });

  it('reports every problem at once, number first, then expiry, then CVC', () => {
    const problems = validateCard({ number: '1234', expMonth: 13, expYear: 2010, cvc: 'x' }, NOW);
    expect(problems.map((p) => [p.code, p.field])).toStrictEqual([
      ['INVALID_CARD', 'number'],
      ['INVALID_CARD', 'expMonth'],
      ['INCORRECT_CVC', 'cvc'],
    ]);
    expect(
      validateCard(card({ expMonth: 1, expYear: 2020, cvc: '1' }), NOW).map((p) => p.code),
    ).toStrictEqual(['EXPIRED_CARD', 'INCORRECT_CVC']);
  });
});
