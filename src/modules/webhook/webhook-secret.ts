import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Signing secrets of webhook endpoints. The server must sign with them, so they are stored encrypted
 * (AES-256-GCM), not hashed. The key is derived with HKDF-SHA256 from JWT_SECRET under a fixed label:
 * no extra setting to manage, but rotating JWT_SECRET makes the stored secrets unreadable (deliveries
 * then fail with an error in the delivery log until each endpoint's secret is rotated with
 * webhookRotateSecret). The label keeps this key independent of every other use of JWT_SECRET.
 */

const KEY_INFO = 'storefront webhook endpoint secrets v1';
/** Stored format: `v1.<iv>.<ciphertext>.<tag>`, base64url parts. */
const VERSION = 'v1';

/** A new signing secret as shown to the admin once: `whsec_` and 32 random bytes in base64url. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function deriveKey(serverSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret, Buffer.alloc(0), KEY_INFO, 32));
}

/** Encrypts a secret for storage; `aad` (the endpoint id) binds the ciphertext to its row. */
export function encryptWebhookSecret(serverSecret: string, secret: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(serverSecret), iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Decrypts a stored secret; throws when it was encrypted under another key or for another row. */
export function decryptWebhookSecret(serverSecret: string, stored: string, aad: string): string {
  const [version, iv, ciphertext, tag] = stored.split('.');
  if (version !== VERSION || !iv || !ciphertext || !tag) throw new Error('unreadable webhook secret');
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(serverSecret), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new Error('webhook secret cannot be decrypted (was JWT_SECRET changed? rotate the secret)');
  }
}
