import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { normalizeCountryCode } from '../address/countries.js';
import type { TaxClass, TaxRatesByClass } from '../pricing/pricing.types.js';

/** Pure rules of shipping methods and tax rates; unit-tested without a database. */

export const SHIPPING_CODE_PATTERN = /^[A-Z0-9_]{2,40}$/;
export const MAX_DELIVERY_DAYS = 365;
export const TAX_CLASSES: readonly TaxClass[] = ['STANDARD', 'REDUCED', 'ZERO'];

/** Trimmed and upper-cased: shipping method codes are stored in upper case and unique. */
export function normalizeShippingCode(code: string): string {
  return code.trim().toUpperCase();
}

export function validateShippingCode(code: string, field: string[]): UserError[] {
  if (!SHIPPING_CODE_PATTERN.test(code)) {
    return [
      userError(
        field,
        ErrorCode.INVALID_INPUT,
        'A code is 2 to 40 letters, digits or underscores, e.g. "STANDARD" (stored in upper case).',
      ),
    ];
  }
  return [];
}

export function validateDeliveryDays(
  min: number,
  max: number,
  fields: { min: string[]; max: string[] },
): UserError[] {
  const errors: UserError[] = [];
  const inRange = (days: number) => Number.isInteger(days) && days >= 0 && days <= MAX_DELIVERY_DAYS;
  if (!inRange(min)) {
    errors.push(
      userError(fields.min, ErrorCode.INVALID_INPUT, `Delivery days are 0 to ${MAX_DELIVERY_DAYS}.`),
    );
  }
  if (!inRange(max)) {
    errors.push(
      userError(fields.max, ErrorCode.INVALID_INPUT, `Delivery days are 0 to ${MAX_DELIVERY_DAYS}.`),
    );
  }
  if (errors.length === 0 && min > max) {
    errors.push(
      userError(
        fields.max,
        ErrorCode.INVALID_INPUT,
        'The maximum delivery days must be at least the minimum delivery days.',
      ),
    );
  }
  return errors;
}

/**
 * Validates, upper-cases and de-duplicates a list of ISO 3166-1 alpha-2 codes (sorted, so equal
 * lists compare equal). Each invalid entry gives an INVALID_COUNTRY error at its index.
 */
export function normalizeCountries(
  values: readonly string[],
  field: string[],
): { countries: string[]; errors: UserError[] } {
  const errors: UserError[] = [];
  const countries = new Set<string>();
  values.forEach((value, index) => {
    const code = normalizeCountryCode(value);
    if (code) countries.add(code);
    else {
      errors.push(
        userError(
          [...field, String(index)],
          ErrorCode.INVALID_COUNTRY,
          `"${value.slice(0, 20)}" is not an ISO 3166-1 alpha-2 country code such as US or DE.`,
        ),
      );
    }
  });
  return { countries: [...countries].sort(), errors };
}

/** A percentage such as "19", "7.5" or "5.50" in basis points (1900, 750, 550); null unless 0 to 100 with at most 2 decimals. */
export function parsePercent(value: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return basisPoints <= 10_000 ? basisPoints : null;
}

/** Basis points as a percentage with two decimals: 1900 -> "19.00", 550 -> "5.50". */
export function formatPercent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(basisPoints % 100).padStart(2, '0');
  return `${whole}.${fraction}`;
}

/** Trimmed; empty means "the whole country" (null). */
export function normalizeRegion(region: string | null | undefined): string | null {
  const trimmed = region?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Picks, for each tax class, the rate of the destination's region (compared case-insensitively)
 * if there is one, else the country-wide rate (region null), else 0.
 */
export function pickTaxRates(
  rows: readonly { taxClass: TaxClass; region: string | null; rateBasisPoints: number }[],
  region: string | null,
): TaxRatesByClass {
  const wanted = normalizeRegion(region)?.toUpperCase() ?? null;
  const countryWide: Partial<Record<TaxClass, number>> = {};
  const regional: Partial<Record<TaxClass, number>> = {};
  for (const row of rows) {
    const rowRegion = normalizeRegion(row.region)?.toUpperCase() ?? null;
    if (rowRegion === null) countryWide[row.taxClass] = row.rateBasisPoints;
    else if (wanted !== null && rowRegion === wanted) regional[row.taxClass] = row.rateBasisPoints;
  }
  const rates = {} as Record<TaxClass, number>;
  for (const taxClass of TAX_CLASSES) rates[taxClass] = regional[taxClass] ?? countryWide[taxClass] ?? 0;
  return rates;
}
