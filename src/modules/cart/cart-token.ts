import { createHash, randomBytes } from 'node:crypto';

/** A guest cart token: 32 random bytes, base64url (43 characters). */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new secret guest cart token. Only its SHA-256 hash is stored, so a leaked database does not
 * give access to anyone's cart.
 */
export function newCartToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashCartToken(token) };
}

export function hashCartToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The hash of a well-formed token; null for anything that cannot be a token (no query needed). */
export function cartTokenHash(token: string | null | undefined): string | null {
  if (!token) return null;
  const trimmed = token.trim();
  return TOKEN_PATTERN.test(trimmed) ? hashCartToken(trimmed) : null;
}
