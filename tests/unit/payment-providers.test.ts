import { describe, expect, it } from 'vitest';
import { CashOnDeliveryProvider } from '../../src/modules/payment/cash-on-delivery.provider.js';
import type { PaymentProvider } from '../../src/modules/payment/payment-provider.js';
import { createPaymentProviders } from '../../src/modules/payment/payment-providers.js';
import { SimulatedCardProvider } from '../../src/modules/payment/simulated-card.provider.js';
import { card, chargeRequest, NOW, refundRequest } from './payment-providers-support.js';

// Outcomes are Stripe's documented test-card meanings, written out by hand below.

describe('CashOnDeliveryProvider', () => {
  const cod = new CashOnDeliveryProvider();

  it('leaves the payment pending, with no reference', async () => {
    expect(cod.name).toBe('cash-on-delivery');
    expect(await cod.charge(chargeRequest({ card: undefined }))).toStrictEqual({
      status: 'PENDING',
      providerReference: null,
    });
  });

  it('ignores a card sent along and never echoes it', async () => {
    const result = await cod.charge(chargeRequest({ card: card('4242424242424242', { cvc: '987' }) }));
    expect(result).toStrictEqual({ status: 'PENDING', providerReference: null });
    expect(JSON.stringify(result)).not.toMatch(/4242|987/);
  });

  it('is the same on a retry', async () => {
    const request = chargeRequest({ card: undefined });
    expect(await cod.charge(request)).toStrictEqual(await cod.charge(request));
  });

  it('does not refund: cash goes back in person', async () => {
    expect(await cod.refund(refundRequest('anything', 100))).toStrictEqual({
      status: 'FAILED',
      message: 'Cash on delivery payments are refunded in person; record the refund on the order instead.',
    });
  });

  it('throws on a malformed request', async () => {
    await expect(cod.charge(chargeRequest({ amount: 0 }))).rejects.toThrow(/amount/);
    await expect(cod.refund(refundRequest('x', -1))).rejects.toThrow(/amount/);
  });
});

describe('createPaymentProviders', () => {
  it('gives the simulated card gateway and cash on delivery by default', () => {
    const providers = createPaymentProviders();
    expect(Object.keys(providers).sort()).toStrictEqual(['CARD', 'CASH_ON_DELIVERY']);
    expect(providers.CARD).toBeInstanceOf(SimulatedCardProvider);
    expect(providers.CARD.name).toBe('simulated-card');
    expect(providers.CASH_ON_DELIVERY).toBeInstanceOf(CashOnDeliveryProvider);
    expect(providers.CASH_ON_DELIVERY.name).toBe('cash-on-delivery');
  });

  it('passes options to the simulated card gateway', async () => {
    const providers = createPaymentProviders({
      simulatedCard: { now: () => new Date('2040-01-01T00:00:00Z') },
    });
    expect(await providers.CARD.charge(chargeRequest())).toMatchObject({
      status: 'FAILED',
      failureCode: 'EXPIRED_CARD',
    });
  });

  it('keeps state per registry', async () => {
    const a = createPaymentProviders({ simulatedCard: { now: () => NOW } });
    const b = createPaymentProviders({ simulatedCard: { now: () => NOW } });
    const charged = await a.CARD.charge(chargeRequest());
    if (charged.status !== 'SUCCEEDED') throw new Error('expected success');
    expect(await b.CARD.refund(refundRequest(charged.providerReference, 100))).toMatchObject({
      status: 'FAILED',
    });
  });

  it('lets a test inject a failing provider', async () => {
    const failing: PaymentProvider = {
      name: 'failing',
      charge: async () => {
        throw new Error('gateway unreachable');
      },
      refund: async () => {
        throw new Error('gateway unreachable');
      },
    };
    const viaOptions = createPaymentProviders({ card: failing });
    const viaSpread = { ...createPaymentProviders(), CARD: failing };
    for (const providers of [viaOptions, viaSpread]) {
      expect(providers.CARD.name).toBe('failing');
      await expect(providers.CARD.charge(chargeRequest())).rejects.toThrow('gateway unreachable');
      expect(providers.CASH_ON_DELIVERY).toBeInstanceOf(CashOnDeliveryProvider);
    }
  });
});
