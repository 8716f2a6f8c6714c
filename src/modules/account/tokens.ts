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

/** How many verified tokens are remembered per secret (the oldest is forgotten first). */
const VERIFIED_MAX = 10_000;
/** Tokens found valid, per secret: their claims and expiry (epoch seconds). */
const verified = new Map<string, Map<string, { claims: AccessTokenClaims; exp: number }>>();

/**
 * Returns the claims of a valid token, or null for an invalid, tampered or expired one. A valid token
 * is remembered until it expires: a signed-in request checks its token twice (its rate-limit key, then
 * its viewer) and a shopper sends the same token for many requests, while each WebCrypto HMAC check
 * costs about 0.2 ms of the server's CPU (checkout profile, bench/README.md, checkout round 7). Only
 * the expiry can change the verdict of a given token string, and it is checked on every hit; whether
 * its login is still open is checked by the viewer's query each time.
 */
export async function verifyAccessToken(secret: string, token: string): Promise<AccessTokenClaims | null> {
  let known = verified.get(secret);
  if (!known) {
    known = new Map();
    verified.set(secret, known);
  }
  const hit = known.get(token);
  // jose's own rule: expired once `exp` is at or before the current second.
  if (hit && hit.exp > Math.floor(Date.now() / 1000)) return hit.claims;
  if (hit) known.delete(token);
  try {
    const { payload } = await jwtVerify(token, await key(secret, 'verify'), {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
    const claims = { userId: payload.sub, sessionId: payload.sid };
    if (typeof payload.exp === 'number') {
      if (known.size >= VERIFIED_MAX) known.delete(known.keys().next().value as string);
      known.set(token, { claims, exp: payload.exp });
    }
    return claims;
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
