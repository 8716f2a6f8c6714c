import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signatureHeader, verifySignature } from '../../src/http/hmac-signature.js';

const SECRET = 'whsec_test_secret';
const BODY = '{"event":"x"}';
const NOW = 1_800_000_000;

describe('webhook signatures', () => {
  it('signs timestamp and body with HMAC-SHA256, as an independent computation confirms', () => {
    const expected = createHmac('sha256', SECRET).update(`${NOW}.${BODY}`).digest('hex');
    expect(signatureHeader(SECRET, NOW, BODY)).toBe(`t=${NOW},v1=${expected}`);
  });

  it('accepts its own signature within the tolerance, in either direction', () => {
    const header = signatureHeader(SECRET, NOW, BODY);
    expect(verifySignature(header, SECRET, BODY, NOW + 300)).toEqual({ ok: true, timestamp: NOW });
    expect(verifySignature(header, SECRET, Buffer.from(BODY), NOW - 300)).toEqual({
      ok: true,
      timestamp: NOW,
    });
  });

  it('refuses a missing, malformed, wrong or stale signature', () => {
    const header = signatureHeader(SECRET, NOW, BODY);
    expect(verifySignature(undefined, SECRET, BODY, NOW)).toEqual({ ok: false, reason: 'MISSING' });
    expect(verifySignature('v1=abc', SECRET, BODY, NOW)).toEqual({ ok: false, reason: 'MALFORMED' });
    expect(verifySignature(header, 'other-secret', BODY, NOW)).toEqual({ ok: false, reason: 'MISMATCH' });
    expect(verifySignature(header, SECRET, `${BODY} `, NOW)).toEqual({ ok: false, reason: 'MISMATCH' });
    expect(verifySignature(header, SECRET, BODY, NOW + 301)).toEqual({ ok: false, reason: 'STALE' });
  });

  it('accepts any of several v1 digests (a secret being rotated)', () => {
    const good = signatureHeader(SECRET, NOW, BODY).split(',')[1];
    const header = `t=${NOW},v1=${'0'.repeat(64)},${good}`;
    expect(verifySignature(header, SECRET, BODY, NOW).ok).toBe(true);
  });
});
