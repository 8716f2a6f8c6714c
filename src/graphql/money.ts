import { Field, ObjectType } from 'type-graphql';
import { CacheControl } from './cache-control.js';

@CacheControl({ inheritMaxAge: true })
@ObjectType({
  description: 'An amount of money in the store currency. Amounts are exact decimals, never floats.',
})
export class Money {
  @Field(() => String, { description: 'Decimal amount with the currency\'s minor digits, e.g. "12.50".' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code, e.g. "USD".' })
  currencyCode!: string;
}

const digitsByCurrency = new Map<string, number>();

/** Number of minor-unit digits of a currency (2 for USD, 0 for JPY, 3 for KWD); cached, as Intl is slow. */
export function currencyDigits(currencyCode: string): number {
  let digits = digitsByCurrency.get(currencyCode);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    digitsByCurrency.set(currencyCode, digits);
  }
  return digits;
}

/** Formats integer minor units as a decimal string without ever going through floating point. */
export function formatMinorUnits(minor: number | bigint, digits: number): string {
  // Safe integers format exactly as numbers (no BigInt per amount: listings format hundreds);
  // anything else goes through BigInt, which also refuses fractions of a minor unit.
  const value = typeof minor === 'number' && Number.isSafeInteger(minor) ? minor : BigInt(minor);
  const negative = value < 0;
  const digitsText = (negative ? -value : value).toString().padStart(digits + 1, '0');
  const whole = digitsText.slice(0, digitsText.length - digits);
  const fraction = digits > 0 ? `.${digitsText.slice(-digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** An amount for people (messages, emails): "12.50 USD". */
export function formatMoney(minor: number, currencyCode: string): string {
  return `${formatMinorUnits(minor, currencyDigits(currencyCode))} ${currencyCode}`;
}

export function money(minor: number | bigint, currencyCode: string): Money {
  // Set field by field: Object.assign with a literal allocated every amount twice.
  const result = new Money();
  result.amount = formatMinorUnits(minor, currencyDigits(currencyCode));
  result.currencyCode = currencyCode;
  return result;
}

/**
 * Parses a decimal amount ("12.5", "12.50", "12") into integer minor units without floats.
 * Returns null for anything else: negative, more decimals than the currency has, exponents.
 */
export function parseDecimalAmount(amount: string, digits: number): number | null {
  const match = /^(\d{1,13})(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const minor =
    BigInt(match[1] as string) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor > 2_147_483_647n) return null;
  return Number(minor);
}
