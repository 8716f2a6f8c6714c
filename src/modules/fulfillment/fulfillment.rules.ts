import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';

/** Checks of what admins and carriers send about shipments: pure functions, no database. */

export const MAX_SHIPPING_TEXT = 100;
export const MAX_NOTE = 500;
const MAX_URL = 2000;

/** The value trimmed; an error pushed when it is empty or longer than MAX_SHIPPING_TEXT. */
export function shippingText(value: string, field: string, label: string, errors: UserError[]): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_SHIPPING_TEXT) {
    errors.push(
      userError(
        ['input', field],
        ErrorCode.INVALID_INPUT,
        `${label} must be 1 to ${MAX_SHIPPING_TEXT} characters.`,
      ),
    );
  }
  return trimmed;
}

/** Whether the value is an absolute http(s) URL of at most MAX_URL characters. */
export function validTrackingUrl(value: string): boolean {
  if (value.length > MAX_URL) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The note trimmed (null when blank); an error pushed when it is longer than MAX_NOTE. */
export function shipmentNote(value: string | null | undefined, errors: UserError[]): string | null {
  const trimmed = value?.trim() || null;
  if (trimmed && trimmed.length > MAX_NOTE) {
    errors.push(
      userError(['input', 'note'], ErrorCode.INVALID_INPUT, `The note is at most ${MAX_NOTE} characters.`),
    );
  }
  return trimmed;
}
