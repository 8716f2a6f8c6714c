import { describe, expect, it } from 'vitest';
import {
  IdempotencyKeyReuseError,
  SimulatedCardProvider,
} from '../../src/modules/payment/simulated-card.provider.js';
import {
  CHARGE_ID,
  card,
  chargedReference,
  chargeRequest,
  jsonWithoutIds,
  provider,
  refundRequest,
} from './payment-providers-support.js';

// Outcomes are Stripe's documented test-card meanings, written out by hand below.

describe('SimulatedCardProvider: charges', () => {
  it.each([
    ['4242424242424242', '123', 'VISA', '4242'],
    ['4242 4242 4242 4242', '123', 'VISA', '4242'],
    ['4000056655665556', '123', 'VISA', '5556'],
    ['5555555555554444', '123', 'MASTERCARD', '4444'],
    ['2223003122003222', '123', 'MASTERCARD', '3222'],
    ['378282246310005', '1234', 'AMEX', '0005'],
    ['6011111111111117', '123', 'DISCOVER', '1117'],
    ['3056930009020004', '123', 'UNKNOWN', '0004'],
  ])('%s succeeds as %s ending %s', async (number, cvc, brand, last4) => {
    const result = await provider().charge(chargeRequest({ card: card(number, { cvc }) }));
    expect(result).toStrictEqual({
      status: 'SUCCEEDED',
      providerReference: expect.stringMatching(CHARGE_ID),
      card: { brand, last4 },
    });
  });

  it.each([
    ['4000000000000002', 'CARD_DECLINED', 'Your card was declined.', '0002'],
    ['4000000000009995', 'INSUFFICIENT_FUNDS', 'Your card has insufficient funds.', '9995'],
    ['4000000000000069', 'EXPIRED_CARD', 'Your card has expired.', '0069'],
    ['4000000000000127', 'INCORRECT_CVC', "Your card's security code is incorrect.", '0127'],
  ])('test card %s fails with %s', async (number, failureCode, message, last4) => {
    const result = await provider().charge(chargeRequest({ card: card(number) }));
    expect(result).toStrictEqual({ status: 'FAILED', failureCode, message, card: { brand: 'VISA', last4 } });
  });

  it('fails an invalid number with INVALID_CARD and no card details', async () => {
    for (const number of ['4242424242424241', '1234', 'four two four two', '424242424242424']) {
      const result = await provider().charge(chargeRequest({ card: card(number) }));
      expect(result).toStrictEqual({
        status: 'FAILED',
        failureCode: 'INVALID_CARD',
        message: 'Your card number is incorrect.',
        card: null,
      });
    }
  });

  it('fails without a card', async () => {
    const result = await provider().charge(chargeRequest({ card: undefined }));
    expect(result).toStrictEqual({
      status: 'FAILED',
      failureCode: 'INVALID_CARD',
      message: 'Card details are required.',
      card: null,
    });
  });

  it('fails a good number with a past expiry or a wrong CVC before contacting anything', async () => {
    const p = provider();
    expect(
      await p.charge(chargeRequest({ card: card('4242424242424242', { expMonth: 5, expYear: 2030 }) })),
    ).toStrictEqual({
      status: 'FAILED',
      failureCode: 'EXPIRED_CARD',
      message: 'Your card has expired.',
      card: { brand: 'VISA', last4: '4242' },
    });
    const wrongCvc = await p.charge(chargeRequest({ card: card('4242424242424242', { cvc: '12' }) }));
    expect(wrongCvc).toMatchObject({ status: 'FAILED', failureCode: 'INCORRECT_CVC' });
    const amexShortCvc = await p.charge(chargeRequest({ card: card('378282246310005', { cvc: '123' }) }));
    expect(amexShortCvc).toMatchObject({
      status: 'FAILED',
      failureCode: 'INCORRECT_CVC',
      card: { brand: 'AMEX', last4: '0005' },
    });
  });

  it('uses the injected clock for expiry', async () => {
    const late = new SimulatedCardProvider({ now: () => new Date('2035-01-01T00:00:00Z') });
    expect(await late.charge(chargeRequest())).toMatchObject({
      status: 'FAILED',
      failureCode: 'EXPIRED_CARD',
    });
    const onTime = new SimulatedCardProvider({ now: () => new Date('2034-12-31T23:59:59.999Z') });
    expect(await onTime.charge(chargeRequest())).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('hands out a new reference for every charge', async () => {
    const p = provider();
    const a = await chargedReference(p);
    const b = await chargedReference(p);
    expect(a).not.toBe(b);
  });

  it('never returns the card number, CVC or expiry', async () => {
    const p = provider();
    const cases: Array<[string, string]> = [
      ['4242424242424242', '987'],
      ['4000000000000002', '987'],
      ['4000000000009995', '987'],
      ['4000000000000069', '987'],
      ['4000000000000127', '987'],
      ['378282246310005', '9876'],
      ['4242424242424241', '987'], // invalid number
    ];
    for (const [number, cvc] of cases) {
      const result = await p.charge(
        chargeRequest({ card: { number, expMonth: 11, expYear: 2037, cvc, holderName: 'Ada Lovelace' } }),
      );
      const json = jsonWithoutIds(result);
      expect(json).not.toContain(number);
      expect(json).not.toContain(number.slice(0, 6)); // not even the IIN
      expect(json).not.toContain(cvc);
      expect(json).not.toContain('2037');
      expect(json).not.toContain('Ada');
      expect(json).not.toMatch(/"(number|cvc|expMonth|expYear|holderName)"/);
    }
  });

  it('throws on a malformed request (a programming error, not a failure)', async () => {
    const p = provider();
    await expect(p.charge(chargeRequest({ amount: 0 }))).rejects.toThrow(/amount/);
    await expect(p.charge(chargeRequest({ amount: -100 }))).rejects.toThrow(/amount/);
    await expect(p.charge(chargeRequest({ amount: 12.5 }))).rejects.toThrow(/amount/);
    await expect(p.charge(chargeRequest({ amount: Number.NaN }))).rejects.toThrow(/amount/);
    await expect(p.charge(chargeRequest({ currency: 'usd' }))).rejects.toThrow(/currency/);
    await expect(p.charge(chargeRequest({ idempotencyKey: '' }))).rejects.toThrow(/idempotencyKey/);
    await expect(p.charge(chargeRequest({ orderNumber: ' ' }))).rejects.toThrow(/orderNumber/);
  });
});

describe('SimulatedCardProvider: idempotency', () => {
  it('returns the same result for the same key without charging again', async () => {
    const p = provider();
    const request = chargeRequest({ amount: 5_000 });
    const first = await p.charge(request);
    const again = await p.charge({ ...request });
    expect(again).toStrictEqual(first);
    expect(first.status).toBe('SUCCEEDED');
    if (first.status !== 'SUCCEEDED') return;
    // One charge of 5,000 exists, not two: 5,000 can be refunded once, then nothing more.
    expect(await p.refund(refundRequest(first.providerReference, 5_000))).toMatchObject({
      status: 'SUCCEEDED',
    });
    expect(await p.refund(refundRequest(first.providerReference, 1))).toMatchObject({ status: 'FAILED' });
  });

  it('remembers failures too', async () => {
    const p = provider();
    const request = chargeRequest({ card: card('4000000000000002') });
    const first = await p.charge(request);
    expect(first).toMatchObject({ status: 'FAILED', failureCode: 'CARD_DECLINED' });
    expect(await p.charge(request)).toStrictEqual(first);
  });

  it('cannot be altered through a returned result', async () => {
    const p = provider();
    const request = chargeRequest();
    const first = await p.charge(request);
    expect(() => {
      (first as { status: string }).status = 'FAILED';
    }).toThrow();
    expect(() => {
      (first as { card: { last4: string } }).card.last4 = '0000';
    }).toThrow();
    expect(await p.charge(request)).toMatchObject({ status: 'SUCCEEDED', card: { last4: '4242' } });
  });

  it('charges again under a new key', async () => {
    const p = provider();
    const first = await p.charge(chargeRequest({ idempotencyKey: 'a' }));
    const second = await p.charge(chargeRequest({ idempotencyKey: 'b' }));
    expect(first).toMatchObject({ status: 'SUCCEEDED' });
    expect(second).toMatchObject({ status: 'SUCCEEDED' });
    expect(second).not.toStrictEqual(first);
  });

  it('throws when a key is reused for a different request', async () => {
    const p = provider();
    await p.charge(chargeRequest({ idempotencyKey: 'same', amount: 1_000 }));
    await expect(p.charge(chargeRequest({ idempotencyKey: 'same', amount: 2_000 }))).rejects.toBeInstanceOf(
      IdempotencyKeyReuseError,
    );
    await expect(
      p.charge(chargeRequest({ idempotencyKey: 'same', amount: 1_000, orderNumber: 'SF-2' })),
    ).rejects.toThrow(/already used/);
    await expect(
      p.charge(chargeRequest({ idempotencyKey: 'same', amount: 1_000, card: card('5555555555554444') })),
    ).rejects.toThrow(/already used/);
    const ref = await chargedReference(p, 1_000);
    await expect(p.refund(refundRequest(ref, 100, { idempotencyKey: 'same' }))).rejects.toThrow(
      /already used/,
    );
  });

  it('forgets the oldest keys beyond its bound', async () => {
    const p = provider({ maxEntries: 2 });
    const r1 = chargeRequest({ idempotencyKey: 'k1' });
    const first = await p.charge(r1);
    await p.charge(chargeRequest({ idempotencyKey: 'k2' }));
    expect(await p.charge(r1)).toStrictEqual(first); // still remembered: k1, k2
    await p.charge(chargeRequest({ idempotencyKey: 'k3' })); // k1 goes
    const afterEviction = await p.charge(r1);
    expect(afterEviction).toMatchObject({ status: 'SUCCEEDED' });
    expect(afterEviction).not.toStrictEqual(first);
  });

  it('rejects a bound below one', () => {
    expect(() => new SimulatedCardProvider({ maxEntries: 0 })).toThrow(/maxEntries/);
  });
});
