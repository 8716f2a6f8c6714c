import { describe, expect, it } from 'vitest';
import { chargedReference, provider, REFUND_ID, refundRequest } from './payment-providers-support.js';

// Outcomes are Stripe's documented test-card meanings, written out by hand below.

describe('SimulatedCardProvider: refunds', () => {
  it('refunds in parts, never more than what is left', async () => {
    const p = provider();
    const ref = await chargedReference(p, 10_000);
    expect(await p.refund(refundRequest(ref, 3_000))).toStrictEqual({
      status: 'SUCCEEDED',
      providerReference: expect.stringMatching(REFUND_ID),
    });
    // 7,000 left
    expect(await p.refund(refundRequest(ref, 7_001))).toStrictEqual({
      status: 'FAILED',
      message: `Refund of 7001 exceeds the 7000 still refundable on charge ${ref}.`,
    });
    expect(await p.refund(refundRequest(ref, 2_500))).toMatchObject({ status: 'SUCCEEDED' });
    // 4,500 left; the refused 7,001 changed nothing
    expect(await p.refund(refundRequest(ref, 4_500))).toMatchObject({ status: 'SUCCEEDED' });
    expect(await p.refund(refundRequest(ref, 1))).toStrictEqual({
      status: 'FAILED',
      message: `Charge ${ref} has already been refunded in full.`,
    });
  });

  it('refunds in full at once', async () => {
    const p = provider();
    const ref = await chargedReference(p, 4_999);
    expect(await p.refund(refundRequest(ref, 5_000))).toMatchObject({ status: 'FAILED' });
    expect(await p.refund(refundRequest(ref, 4_999))).toMatchObject({ status: 'SUCCEEDED' });
    expect(await p.refund(refundRequest(ref, 1))).toMatchObject({ status: 'FAILED' });
  });

  it('keeps the limit per charge', async () => {
    const p = provider();
    const a = await chargedReference(p, 1_000);
    const b = await chargedReference(p, 1_000);
    expect(await p.refund(refundRequest(a, 1_000))).toMatchObject({ status: 'SUCCEEDED' });
    expect(await p.refund(refundRequest(b, 1_000))).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('hands out a new reference for every refund', async () => {
    const p = provider();
    const ref = await chargedReference(p);
    const a = await p.refund(refundRequest(ref, 100));
    const b = await p.refund(refundRequest(ref, 100));
    expect(a.status === 'SUCCEEDED' && b.status === 'SUCCEEDED').toBe(true);
    expect(a).not.toStrictEqual(b);
  });

  it('refunds once per key', async () => {
    const p = provider();
    const ref = await chargedReference(p, 10_000);
    const request = refundRequest(ref, 6_000);
    const first = await p.refund(request);
    expect(first).toMatchObject({ status: 'SUCCEEDED' });
    expect(await p.refund({ ...request })).toStrictEqual(first);
    // Counted once: 4,000 is still refundable.
    expect(await p.refund(refundRequest(ref, 4_000))).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('fails for an unknown reference or one of another provider instance', async () => {
    const p = provider();
    expect(await p.refund(refundRequest('sim_ch_doesnotexist', 100))).toStrictEqual({
      status: 'FAILED',
      message: 'No charge sim_ch_doesnotexist to refund.',
    });
    const elsewhere = await chargedReference(provider());
    expect(await p.refund(refundRequest(elsewhere, 100))).toMatchObject({ status: 'FAILED' });
  });

  it('fails in another currency', async () => {
    const p = provider();
    const ref = await chargedReference(p);
    expect(await p.refund(refundRequest(ref, 100, { currency: 'EUR' }))).toStrictEqual({
      status: 'FAILED',
      message: `Charge ${ref} is in USD, not EUR.`,
    });
    expect(await p.refund(refundRequest(ref, 10_000))).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('forgets the oldest charges beyond its bound', async () => {
    const p = provider({ maxEntries: 2 });
    const oldest = await chargedReference(p);
    await chargedReference(p);
    await chargedReference(p);
    expect(await p.refund(refundRequest(oldest, 100))).toMatchObject({ status: 'FAILED' });
  });

  it('throws on a malformed request', async () => {
    const p = provider();
    const ref = await chargedReference(p);
    await expect(p.refund(refundRequest(ref, 0))).rejects.toThrow(/amount/);
    await expect(p.refund(refundRequest(ref, 1.5))).rejects.toThrow(/amount/);
    await expect(p.refund(refundRequest(ref, 100, { currency: 'US' }))).rejects.toThrow(/currency/);
    await expect(p.refund(refundRequest(ref, 100, { idempotencyKey: '' }))).rejects.toThrow(/idempotencyKey/);
    await expect(p.refund(refundRequest('', 100))).rejects.toThrow(/providerReference/);
  });
});
