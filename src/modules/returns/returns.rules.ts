import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';

/** Limits and arithmetic of returns: pure functions, no database. */

export const MAX_RETURN_TEXT = 500;
export const MAX_RETURN_LINES = 100;

/** Trimmed optional text of at most MAX_RETURN_TEXT characters, or the error for it. */
export function optionalReturnText(
  value: string | null | undefined,
  field: string,
): string | null | UserError {
  const text = value?.trim() || null;
  if (text && text.length > MAX_RETURN_TEXT) {
    return userError(['input', field], ErrorCode.INVALID_INPUT, `At most ${MAX_RETURN_TEXT} characters.`);
  }
  return text;
}

/**
 * What receiving `quantity` more units of a line refunds: its share of the line total, computed on the
 * running total of units received so that all units of a line together refund exactly the line total
 * (no cent lost to rounding), in integer minor units.
 */
export function returnedShare(
  lineTotal: number,
  lineQuantity: number,
  before: number,
  quantity: number,
): number {
  const upTo = (units: number) => Math.floor((lineTotal * units) / lineQuantity);
  return upTo(before + quantity) - upTo(before);
}
