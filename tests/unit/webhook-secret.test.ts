import { describe, expect, it } from 'vitest';
import { checkEndpointEvents, checkEndpointUrl } from '../../src/modules/webhook/webhook.rules.js';
import {
  decryptWebhookSecret,
  encryptWebhookSecret,
  generateWebhookSecret,
} from '../../src/modules/webhook/webhook-secret.js';

const SERVER_SECRET = 'a-server-secret-that-is-at-least-32-bytes';
const ROW = '5d1f0f3e-4c52-4a39-9d0c-3f0a1b2c3d4e';

describe('webhook signing secrets', () => {
  it('are whsec_ and 32 random bytes', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.slice(6), 'base64url')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(a);
  });

  it('are stored encrypted and read back only with the same server secret and row', () => {
    const secret = generateWebhookSecret();
    const stored = encryptWebhookSecret(SERVER_SECRET, secret, ROW);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice(6));
    expect(encryptWebhookSecret(SERVER_SECRET, secret, ROW)).not.toBe(stored); // fresh IV each time
    expect(decryptWebhookSecret(SERVER_SECRET, stored, ROW)).toBe(secret);
    expect(() => decryptWebhookSecret(`${SERVER_SECRET}x`, stored, ROW)).toThrow(/JWT_SECRET/);
    expect(() => decryptWebhookSecret(SERVER_SECRET, stored, ROW.replace('5d', '6d'))).toThrow();
    const [v, iv, ct, tag] = stored.split('.');
    // One bit of the ciphertext flipped (replacing its last characters by fixed ones changed nothing
    // when they were already those: a CI run failed on it).
    const bytes = Buffer.from(ct as string, 'base64url');
    bytes[0] = (bytes[0] as number) ^ 1;
    const tampered = [v, iv, bytes.toString('base64url'), tag].join('.');
    expect(() => decryptWebhookSecret(SERVER_SECRET, tampered, ROW)).toThrow();
  });
});

describe('endpoint rules', () => {
  it('accept http(s) URLs without credentials or fragments', () => {
    expect(checkEndpointUrl(' https://hooks.example.com/orders?x=1 ')).toMatchObject({ ok: true });
    expect(checkEndpointUrl('http://hooks.example.com:8080/')).toMatchObject({ ok: true });
    for (const bad of [
      '',
      'hooks.example.com/orders',
      'ftp://hooks.example.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://user:pass@hooks.example.com/',
      'https://user@hooks.example.com/',
      'https://hooks.example.com/#frag',
      `https://hooks.example.com/${'a'.repeat(2048)}`,
    ]) {
      expect(checkEndpointUrl(bad), bad).toMatchObject({ ok: false });
    }
  });

  it('need at least one known event type, without duplicates', () => {
    expect(checkEndpointEvents([])).toMatchObject({ ok: false });
    expect(checkEndpointEvents(['SHIPPED', 'NOPE'])).toMatchObject({ ok: false, message: /NOPE/ });
    expect(checkEndpointEvents(['SHIPPED', 'PLACED', 'SHIPPED'])).toEqual({
      ok: true,
      events: ['PLACED', 'SHIPPED'],
    });
  });
});
