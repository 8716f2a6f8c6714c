import { createHash, randomBytes, randomUUID, webcrypto } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';

const ISSUER = 'storefront';
const AUDIENCE = 'storefront-api';

export interface AccessTokenClaims {
  userId: string;
  sessionId: string;
}

const hmacKeys = new Map<string, Promise<webcrypto.CryptoKey>>();

/**
 * The secret as an HMAC key, imported once per secret and use: importing it on every call was about
 * a third of a signed-in request's token check (`npm run bench`'s checkout profile).
 */
function key(secret: string, usage: 'sign' | 'verify'): Promise<webcrypto.CryptoKey> {
  const id = `${usage}\0${secret}`;
  let imported = hmacKeys.get(id);
  if (!imported) {
    const raw = new TextEncoder().encode(secret);
    imported = webcrypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
    hmacKeys.set(id, imported);
  }
  return imported;
}

export async function signAccessToken(
  secret: string,
  claims: AccessTokenClaims,
  ttlSeconds: number,
): Promise<string> {
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setJti(randomUUID())
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(await key(secret, 'sign'));
}

/** Returns the claims of a valid token, or null for an invalid, tampered or expired one. */
export async function verifyAccessToken(secret: string, token: string): Promise<AccessTokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await key(secret, 'verify'), {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
    return { userId: payload.sub, sessionId: payload.sid };
  } catch (err) {
    if (err instanceof joseErrors.JOSEError) return null;
    throw err;
  }
}

/** A random opaque token (256 bits) and the SHA-256 hash that is all the database keeps. */
export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
