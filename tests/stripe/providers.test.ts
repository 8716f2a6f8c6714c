import { describe, expect, it } from 'vitest';
import { CashOnDeliveryProvider } from '../../src/modules/payment/cash-on-delivery.provider.js';
import { createPaymentProviders } from '../../src/modules/payment/payment-providers.js';
import { SimulatedCardProvider } from '../../src/modules/payment/simulated-card.provider.js';
import { StripeCardProvider } from '../../src/modules/payment/stripe.provider.js';
import { cardOf, failureOf } from '../../src/modules/payment/stripe-events.js';

/** Which providers the server runs with, and the pure parts of the Stripe webhook. */

describe('createPaymentProviders', () => {
  it('uses the simulated card gateway when Stripe is not configured', () => {
    const providers = createPaymentProviders({ stripe: undefined });
    expect(providers.CARD).toBeInstanceOf(SimulatedCardProvider);
    expect(providers.CARD.confirmsInBrowser).toBeFalsy();
    expect(providers.CASH_ON_DELIVERY).toBeInstanceOf(CashOnDeliveryProvider);
    expect(createPaymentProviders().CARD).toBeInstanceOf(SimulatedCardProvider);
  });

  it('uses Stripe for cards when it is configured, cash on delivery unchanged', () => {
    const providers = createPaymentProviders({ stripe: { secretKey: 'sk_test_x' } });
    expect(providers.CARD).toBeInstanceOf(StripeCardProvider);
    expect(providers.CARD.name).toBe('stripe');
    expect(providers.CARD.confirmsInBrowser).toBe(true);
    expect(providers.CASH_ON_DELIVERY).toBeInstanceOf(CashOnDeliveryProvider);
  });

  it('an injected card provider wins over the configuration', () => {
    const card = new SimulatedCardProvider();
    expect(createPaymentProviders({ stripe: { secretKey: 'sk_test_x' }, card }).CARD).toBe(card);
  });

  it('refuses an empty secret key', () => {
    expect(() => new StripeCardProvider(' ')).toThrow(/secret key/);
  });
});

describe('Stripe webhook mapping', () => {
  const intent = (extra: Record<string, unknown>) => ({ id: 'pi_1', ...extra }) as any;

  it('reads brand and last four from an expanded latest charge only', () => {
    const charge = { payment_method_details: { card: { brand: 'mastercard', last4: '4444' } } };
    expect(cardOf(intent({ latest_charge: charge }))).toEqual({ brand: 'MASTERCARD', last4: '4444' });
    expect(
      cardOf(
        intent({ latest_charge: { payment_method_details: { card: { brand: 'jcb', last4: '0000' } } } }),
      ),
    ).toEqual({ brand: 'UNKNOWN', last4: '0000' });
    expect(cardOf(intent({ latest_charge: 'ch_1' }))).toBeNull();
    expect(cardOf(intent({ latest_charge: null }))).toBeNull();
    expect(
      cardOf(intent({ latest_charge: { payment_method_details: { card: { last4: 'x1' } } } })),
    ).toBeNull();
  });

  it("maps Stripe's decline codes to ours, keeping card error messages only", () => {
    const failed = (error: Record<string, unknown> | null) =>
      failureOf(intent({ last_payment_error: error }));
    expect(
      failed({
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        message: 'No funds.',
      }),
    ).toEqual({ code: 'INSUFFICIENT_FUNDS', message: 'No funds.' });
    expect(failed({ type: 'card_error', code: 'expired_card', message: 'Expired.' }).code).toBe(
      'EXPIRED_CARD',
    );
    expect(failed({ type: 'card_error', code: 'incorrect_cvc', message: 'CVC.' }).code).toBe('INCORRECT_CVC');
    expect(failed({ type: 'card_error', code: 'incorrect_number', message: 'No.' }).code).toBe(
      'INVALID_CARD',
    );
    expect(failed({ type: 'card_error', code: 'card_declined', message: 'Declined.' }).code).toBe(
      'CARD_DECLINED',
    );
    expect(failed({ type: 'api_error', message: 'Internal details pi_1' })).toEqual({
      code: 'CARD_DECLINED',
      message: 'The payment failed.',
    });
    expect(failed(null)).toEqual({ code: 'CARD_DECLINED', message: 'The payment failed.' });
  });
});
