import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signatures of webhook bodies, the scheme Stripe uses: HMAC-SHA256 with a shared secret over
 * `${timestamp}.${rawBody}`, sent as `t=<unix seconds>,v1=<hex digest>`. Signing the timestamp with the
 * body lets a receiver refuse stale deliveries (replays) without trusting an unsigned header. Used for
 * incoming carrier updates and outgoing webhooks alike.
 */

export function computeSignature(secret: string, timestamp: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** The header value for a body signed at `timestamp` (unix seconds). */
export function signatureHeader(secret: string, timestamp: number, rawBody: string | Buffer): string {
  return `t=${timestamp},v1=${computeSignature(secret, timestamp, rawBody)}`;
}

export type SignatureCheck =
  | { ok: true; timestamp: number }
  | { ok: false; reason: 'MISSING' | 'MALFORMED' | 'MISMATCH' | 'STALE' };

/**
 * Checks a `t=…,v1=…` header against the raw body: the digest must match (compared in constant time)
 * and the timestamp be within `toleranceSeconds` of `nowSeconds`, in either direction.
 */
export function verifySignature(
  header: string | undefined,
  secret: string,
  rawBody: string | Buffer,
  nowSeconds: number,
  toleranceSeconds = 300,
): SignatureCheck {
  if (!header) return { ok: false, reason: 'MISSING' };
  let timestamp: number | undefined;
  const digests: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value && /^[0-9a-f]{64}$/i.test(value)) digests.push(value.toLowerCase());
  }
  if (timestamp === undefined || digests.length === 0) return { ok: false, reason: 'MALFORMED' };
  const expected = Buffer.from(computeSignature(secret, timestamp, rawBody), 'hex');
  const matches = digests.some((d) => timingSafeEqual(Buffer.from(d, 'hex'), expected));
  if (!matches) return { ok: false, reason: 'MISMATCH' };
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return { ok: false, reason: 'STALE' };
  return { ok: true, timestamp };
}
