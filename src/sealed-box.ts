import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption (AES-256-GCM) of what the server stores but must read back: webhook
 * signing secrets, email bodies in the outbox. Each use derives its own key from the server secret
 * (JWT_SECRET) with HKDF-SHA256 under a fixed label, so the uses stay independent and there is no
 * extra key to manage; rotating JWT_SECRET makes what was sealed before unreadable.
 * `aad` binds a sealed value to its place (a row id, a recipient): moved elsewhere, it does not open.
 */

/** Stored format: `v1.<iv>.<ciphertext>.<tag>`, base64url parts. */
const VERSION = 'v1';

const derivedKeys = new Map<string, Buffer>();

/** HKDF once per secret and label: deriving it per email was half of sealing one (checkout profile). */
function deriveKey(serverSecret: string, label: string): Buffer {
  const id = `${label}\0${serverSecret}`;
  let key = derivedKeys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', serverSecret, Buffer.alloc(0), label, 32));
    derivedKeys.set(id, key);
  }
  return key;
}

export function seal(serverSecret: string, label: string, plaintext: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(serverSecret, label), iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The plaintext, or undefined when it was sealed under another key or label, for another place, or altered. */
export function open(serverSecret: string, label: string, sealed: string, aad: string): string | undefined {
  const [version, iv, ciphertext, tag] = sealed.split('.');
  if (version !== VERSION || !iv || !ciphertext || !tag) return undefined;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      deriveKey(serverSecret, label),
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}
