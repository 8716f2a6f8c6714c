import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * The signed download link of a personal data export (accountDataExport). The token names the user,
 * the login that asked for it and an expiry, and carries an HMAC-SHA256 over the three under a key
 * derived from the server secret (JWT_SECRET, HKDF with its own label, so it signs nothing else): it
 * needs no row and no Authorization header, and cannot be altered or extended. The route also checks
 * that the login is still open, so signing out (or deleting the account) kills the link early.
 *
 * Format: `<userId>.<sessionId>.<expires unix seconds>.<signature base64url>`.
 */

const KEY_LABEL = 'storefront personal data export links v1';

export interface ExportClaims {
  userId: string;
  sessionId: string;
  /** Unix seconds. */
  expiresAt: number;
}

function signingKey(serverSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret, Buffer.alloc(0), KEY_LABEL, 32));
}

function signature(serverSecret: string, message: string): Buffer {
  return createHmac('sha256', signingKey(serverSecret)).update(message).digest();
}

export function signExportToken(serverSecret: string, claims: ExportClaims): string {
  const message = `${claims.userId}.${claims.sessionId}.${claims.expiresAt}`;
  return `${message}.${signature(serverSecret, message).toString('base64url')}`;
}

export type ExportTokenCheck =
  | { ok: true; claims: ExportClaims }
  | { ok: false; reason: 'INVALID' | 'EXPIRED' };

/** Checks the signature (in constant time) and then the expiry against `nowSeconds`. */
export function verifyExportToken(
  serverSecret: string,
  token: string | undefined,
  nowSeconds: number,
): ExportTokenCheck {
  const match = /^([0-9a-f-]{36})\.([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!match) return { ok: false, reason: 'INVALID' };
  const [, userId = '', sessionId = '', expires = '', given = ''] = match;
  const expected = signature(serverSecret, `${userId}.${sessionId}.${expires}`);
  const presented = Buffer.from(given, 'base64url');
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
    return { ok: false, reason: 'INVALID' };
  }
  const expiresAt = Number(expires);
  if (expiresAt <= nowSeconds) return { ok: false, reason: 'EXPIRED' };
  return { ok: true, claims: { userId, sessionId, expiresAt } };
}
