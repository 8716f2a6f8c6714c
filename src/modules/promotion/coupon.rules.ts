/** Pure rules of coupons; unit-tested without a database. */

/** At most this many categories and products may restrict one coupon (each list). */
export const MAX_RESTRICTION_IDS = 500;

export const CODE_PATTERN = /^[A-Za-z0-9_-]{3,40}$/;

/** Codes are trimmed; 3 to 40 letters, digits, "-" and "_". */
export function isValidCouponCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/**
 * "12.5" -> 1250 basis points. More than 0 and at most 100 percent, at most 2 decimals,
 * no sign or exponent; null for anything else. No floating point is involved.
 */
export function parsePercentage(text: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return basisPoints > 0 && basisPoints <= 10_000 ? basisPoints : null;
}

/** 1250 basis points -> "12.5"; 10000 -> "100"; 5 -> "0.05". */
export function formatPercentage(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** Ids in their first order without repeats. */
export function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
