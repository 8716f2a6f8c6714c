import { randomBytes } from 'node:crypto';
import { open, seal } from '../../sealed-box.js';

/**
 * Signing secrets of webhook endpoints. The server must sign with them, so they are stored encrypted
 * (AES-256-GCM, src/sealed-box.ts), not hashed, under a key derived from JWT_SECRET: no extra setting
 * to manage, but rotating JWT_SECRET makes the stored secrets unreadable (deliveries then fail with an
 * error in the delivery log until each endpoint's secret is rotated with webhookRotateSecret).
 */

const KEY_INFO = 'storefront webhook endpoint secrets v1';

/** A new signing secret as shown to the admin once: `whsec_` and 32 random bytes in base64url. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** Encrypts a secret for storage; `aad` (the endpoint id) binds the ciphertext to its row. */
export function encryptWebhookSecret(serverSecret: string, secret: string, aad: string): string {
  return seal(serverSecret, KEY_INFO, secret, aad);
}

/** Decrypts a stored secret; throws when it was encrypted under another key or for another row. */
export function decryptWebhookSecret(serverSecret: string, stored: string, aad: string): string {
  const secret = open(serverSecret, KEY_INFO, stored, aad);
  if (secret === undefined) {
    throw new Error('webhook secret cannot be decrypted (was JWT_SECRET changed? rotate the secret)');
  }
  return secret;
}
