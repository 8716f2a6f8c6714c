import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';

/** Pure validation rules of accounts; unit-tested without a database. */

/**
 * The HTML specification's valid email address (what the EmailAddress scalar accepts, so every
 * stored address can be returned), with at least one dot in the domain.
 */
const EMAIL_PATTERN =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
export const PASSWORD_MIN_BYTES = 8;
export const PASSWORD_MAX_BYTES = 72;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function validateEmail(email: string, field: string[]): UserError[] {
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) {
    return [
      userError(field, ErrorCode.INVALID_EMAIL, 'Enter a valid email address, such as name@example.com.'),
    ];
  }
  return [];
}

/**
 * 8 to 72 bytes (bcrypt reads only 72: longer passwords are rejected, never truncated),
 * at least one letter and one digit, and not the email address itself.
 */
export function validatePassword(password: string, email: string | null, field: string[]): UserError[] {
  const bytes = Buffer.byteLength(password, 'utf8');
  if (bytes > PASSWORD_MAX_BYTES) {
    return [
      userError(
        field,
        ErrorCode.PASSWORD_TOO_LONG,
        `The password must be at most ${PASSWORD_MAX_BYTES} bytes long.`,
      ),
    ];
  }
  if (bytes < PASSWORD_MIN_BYTES) {
    return [
      userError(
        field,
        ErrorCode.WEAK_PASSWORD,
        `The password must be at least ${PASSWORD_MIN_BYTES} characters long.`,
      ),
    ];
  }
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) {
    return [
      userError(
        field,
        ErrorCode.WEAK_PASSWORD,
        'The password must contain at least one letter and one digit.',
      ),
    ];
  }
  if (email !== null && password.trim().toLowerCase() === normalizeEmail(email)) {
    return [userError(field, ErrorCode.WEAK_PASSWORD, 'The password must not be your email address.')];
  }
  return [];
}

export function validateName(name: string, field: string[]): UserError[] {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 100) {
    return [userError(field, ErrorCode.INVALID_INPUT, 'The name must be 1 to 100 characters long.')];
  }
  return [];
}

/** Digits with optional +, spaces, dots, dashes and parentheses; 6 to 15 digits in all (E.164). */
export function validatePhone(phone: string, field: string[]): UserError[] {
  const digits = phone.replace(/\D/g, '');
  if (!/^\+?[\d\s().-]+$/.test(phone) || digits.length < 6 || digits.length > 15) {
    return [userError(field, ErrorCode.INVALID_INPUT, 'Enter a phone number such as +1 555 123 4567.')];
  }
  return [];
}
