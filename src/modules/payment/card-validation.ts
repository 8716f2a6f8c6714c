/**
 * Card checks that need no gateway: number format, Luhn checksum, brand, expiry and CVC length. Pure
 * functions; a card provider runs them before "contacting" anything, and their codes are the provider
 * failure codes, so the shopper hears the same thing either way.
 *
 * Rules:
 *
 * - A card number is 12 to 19 digits; spaces and dashes between them are ignored, anything else makes it
 *   invalid. It must pass the Luhn checksum and have a length its brand issues: Visa 13, 16 or 19,
 *   Mastercard 16, American Express 15, Discover 16 to 19, an unknown brand any of 12 to 19.
 * - Brands by IIN (leading digits): Visa 4; Mastercard 51–55 and 2221–2720; American Express 34 and 37;
 *   Discover 6011, 622126–622925, 644–649 and 65; anything else UNKNOWN.
 * - Expiry: the month is 1..12; the year has four digits, or two read as 20xx, and is at most 50 years
 *   ahead. A card is valid through the last moment of its expiry month, in UTC: 01/2030 is still good at
 *   2030-01-31T23:59:59.999Z and expired at 2030-02-01T00:00:00Z.
 * - CVC: exactly 3 digits, 4 for American Express (surrounding whitespace ignored).
 *
 * Problems are reported all at once, in the order number, expiry, CVC, each with the code a provider
 * returns for it: INVALID_CARD (bad number, month or year), EXPIRED_CARD, INCORRECT_CVC.
 */
import type { CardBrand, CardInput, ChargeFailureCode, StoredCard } from './payment-provider.js';

export type CardProblemCode = Extract<ChargeFailureCode, 'INVALID_CARD' | 'EXPIRED_CARD' | 'INCORRECT_CVC'>;

export interface CardProblem {
  code: CardProblemCode;
  /** The `CardInput` field at fault. */
  field: 'number' | 'expMonth' | 'expYear' | 'cvc';
  /** Safe to show to the shopper. */
  message: string;
}

export const CARD_NUMBER_MIN_LENGTH = 12;
export const CARD_NUMBER_MAX_LENGTH = 19;
/** How far ahead an expiry year may be before it is taken for a typo. */
export const MAX_EXPIRY_YEARS_AHEAD = 50;

const BRAND_LENGTHS: Record<CardBrand, readonly number[]> = {
  VISA: [13, 16, 19],
  MASTERCARD: [16],
  AMEX: [15],
  DISCOVER: [16, 17, 18, 19],
  UNKNOWN: [12, 13, 14, 15, 16, 17, 18, 19],
};

/** Removes spaces and dashes. */
function stripSeparators(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/**
 * The card number as digits only: spaces and dashes removed. Null when anything else remains or the
 * length is not 12..19 digits. (Does not check Luhn; see `luhnValid`.)
 */
export function normalizeCardNumber(input: string): string | null {
  if (typeof input !== 'string') return null;
  const digits = stripSeparators(input);
  if (!/^\d+$/.test(digits)) return null;
  if (digits.length < CARD_NUMBER_MIN_LENGTH || digits.length > CARD_NUMBER_MAX_LENGTH) return null;
  return digits;
}

/**
 * The Luhn (mod 10) checksum. Spaces and dashes are ignored; any other character, or fewer than two
 * digits, makes it false.
 */
export function luhnValid(number: string): boolean {
  if (typeof number !== 'string') return false;
  const digits = stripSeparators(number);
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * The brand from the leading digits (spaces and dashes ignored). Works on a partial number too, as far
 * as its digits tell: "4" is already VISA, "6" is still UNKNOWN.
 */
export function cardBrand(number: string): CardBrand {
  if (typeof number !== 'string') return 'UNKNOWN';
  const digits = stripSeparators(number);
  if (!/^\d+$/.test(digits)) return 'UNKNOWN';
  const prefix = (length: number): number => (digits.length >= length ? Number(digits.slice(0, length)) : -1);

  if (digits.startsWith('4')) return 'VISA';
  const two = prefix(2);
  if (two === 34 || two === 37) return 'AMEX';
  if (two >= 51 && two <= 55) return 'MASTERCARD';
  const four = prefix(4);
  if (four >= 2221 && four <= 2720) return 'MASTERCARD';
  if (four === 6011 || two === 65) return 'DISCOVER';
  const three = prefix(3);
  if (three >= 644 && three <= 649) return 'DISCOVER';
  const six = prefix(6);
  if (six >= 622126 && six <= 622925) return 'DISCOVER';
  return 'UNKNOWN';
}

/** The last four digits of a card number (separators ignored). Throws when the number is not 12..19 digits. */
export function last4(number: string): string {
  const digits = normalizeCardNumber(number);
  if (digits === null) throw new Error('last4: not a card number');
  return digits.slice(-4);
}

/**
 * Brand and last four digits, all that may be stored of a card; null when the number is not even 12..19
 * digits (there is nothing meaningful to show then).
 */
export function storedCard(number: string): StoredCard | null {
  const digits = normalizeCardNumber(number);
  return digits === null ? null : { brand: cardBrand(digits), last4: digits.slice(-4) };
}

/** True for a number that is 12..19 digits, passes Luhn and has a length its brand issues. */
export function cardNumberValid(number: string): boolean {
  const digits = normalizeCardNumber(number);
  if (digits === null || !luhnValid(digits)) return false;
  return BRAND_LENGTHS[cardBrand(digits)].includes(digits.length);
}

/**
 * Everything wrong with a card that can be told without a gateway, as of `now` (injected, so tests and
 * callers agree on the moment). An empty list means the card may be sent to the gateway.
 */
export function validateCard(input: CardInput, now: Date): CardProblem[] {
  const problems: CardProblem[] = [];

  if (!cardNumberValid(input.number)) {
    problems.push({ code: 'INVALID_CARD', field: 'number', message: 'Your card number is incorrect.' });
  }

  const month = input.expMonth;
  const monthValid = Number.isInteger(month) && month >= 1 && month <= 12;
  if (!monthValid) {
    problems.push({
      code: 'INVALID_CARD',
      field: 'expMonth',
      message: "Your card's expiration month is invalid.",
    });
  }
  const nowYear = now.getUTCFullYear();
  const year =
    Number.isInteger(input.expYear) && input.expYear >= 0 && input.expYear <= 99
      ? 2000 + input.expYear
      : input.expYear;
  const yearValid = Number.isInteger(year) && year >= 2000 && year <= nowYear + MAX_EXPIRY_YEARS_AHEAD;
  if (!yearValid) {
    problems.push({
      code: 'INVALID_CARD',
      field: 'expYear',
      message: "Your card's expiration year is invalid.",
    });
  }
  if (monthValid && yearValid) {
    const nowMonth = now.getUTCMonth() + 1;
    if (year < nowYear || (year === nowYear && month < nowMonth)) {
      problems.push({ code: 'EXPIRED_CARD', field: 'expMonth', message: 'Your card has expired.' });
    }
  }

  const cvcLength = cardBrand(input.number) === 'AMEX' ? 4 : 3;
  const cvc = typeof input.cvc === 'string' ? input.cvc.trim() : '';
  if (!/^\d+$/.test(cvc) || cvc.length !== cvcLength) {
    problems.push({
      code: 'INCORRECT_CVC',
      field: 'cvc',
      message: `Your card's security code is incorrect (it has ${cvcLength} digits).`,
    });
  }

  return problems;
}
