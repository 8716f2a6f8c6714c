import { describe, expect, it } from 'vitest';
import { cartTokenHash, hashCartToken, newCartToken } from '../../src/modules/cart/cart-token.js';
import { addBusinessDays } from '../../src/modules/cart/cart-view.js';

describe('guest cart tokens', () => {
  it('are 32 random bytes in base64url, stored as a SHA-256 hex hash', () => {
    const a = newCartToken();
    const b = newCartToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(hashCartToken(a.token));
    expect(cartTokenHash(` ${a.token} `)).toBe(a.hash);
  });

  it('anything that cannot be a token has no hash (no query needed)', () => {
    for (const value of [
      undefined,
      null,
      '',
      'short',
      `${'a'.repeat(43)}=`,
      'a'.repeat(44),
      `${'a'.repeat(42)}+`,
    ]) {
      expect(cartTokenHash(value)).toBeNull();
    }
  });
});

describe('addBusinessDays', () => {
  // 2025-01-06 is a Monday.
  it.each([
    ['2025-01-06T10:00:00Z', 0, '2025-01-06'],
    ['2025-01-06T10:00:00Z', 1, '2025-01-07'],
    ['2025-01-06T10:00:00Z', 4, '2025-01-10'],
    ['2025-01-06T10:00:00Z', 5, '2025-01-13'],
    ['2025-01-10T23:59:00Z', 1, '2025-01-13'],
    ['2025-01-11T08:00:00Z', 1, '2025-01-13'],
    ['2025-01-12T08:00:00Z', 0, '2025-01-12'],
    ['2024-12-31T12:00:00Z', 2, '2025-01-02'],
  ])('from %s plus %i business days is %s', (from, days, expected) => {
    expect(addBusinessDays(new Date(from), days)).toBe(expected);
  });
});
