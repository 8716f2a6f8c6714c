import type Stripe from 'stripe';
import type { ProviderEvent } from './payment-hooks.js';
import type { CardBrand, ChargeFailureCode } from './payment-provider.js';
import { cardOfStripeCharge } from './stripe.provider.js';

/**
 * Stripe's webhook events in the provider-neutral terms of `ProviderEvent` (payment-hooks.ts), which
 * the order domain applies. Pure: no database, no network.
 */

export const STRIPE_PROVIDER = 'stripe';

/** payment_intent.succeeded; `chargeCard` is the card of the latest charge when it was read from Stripe. */
export function paymentSucceededEvent(
  intent: Stripe.PaymentIntent,
  chargeCard: { brand: CardBrand; last4: string } | null,
): ProviderEvent {
  return {
    type: 'PAYMENT_SUCCEEDED',
    provider: STRIPE_PROVIDER,
    paymentReference: intent.id,
    amountReceived: intent.amount_received,
    currency: intent.currency.toUpperCase(),
    card: cardOf(intent) ?? chargeCard,
  };
}

/** payment_intent.payment_failed. */
export function paymentFailedEvent(intent: Stripe.PaymentIntent): ProviderEvent {
  const failure = failureOf(intent);
  return {
    type: 'PAYMENT_FAILED',
    provider: STRIPE_PROVIDER,
    paymentReference: intent.id,
    failureCode: failure.code,
    message: failure.message,
    card: cardOf(intent),
  };
}

/**
 * charge.refunded. The refund reference is the newest refund's id (`refunds.data[0].id`, Stripe lists
 * newest first) when the event carries the refunds, which recent API versions no longer include by
 * default; otherwise `<charge id>:<amount_refunded>`, stable for one state of the charge (every further
 * refund raises the total, so it names a new reference).
 */
export function refundedEvent(charge: Stripe.Charge, intentId: string): ProviderEvent {
  const newest = charge.refunds?.data?.[0];
  const totalReference = `${charge.id}:${charge.amount_refunded}`;
  return {
    type: 'REFUNDED',
    provider: STRIPE_PROVIDER,
    paymentReference: intentId,
    refundReference: typeof newest?.id === 'string' && newest.id !== '' ? newest.id : totalReference,
    totalReference,
    amountRefundedTotal: charge.amount_refunded,
    reason: refundReasonText(newest?.reason ?? null),
  };
}

/** Stripe's refund reasons, in words for the order timeline. */
function refundReasonText(reason: string | null): string {
  switch (reason) {
    case 'requested_by_customer':
      return 'Refunded at Stripe: requested by the customer.';
    case 'duplicate':
      return 'Refunded at Stripe: duplicate payment.';
    case 'fraudulent':
      return 'Refunded at Stripe: fraudulent payment.';
    default:
      return 'Refunded at Stripe.';
  }
}

/** Brand and last four of the card, when the event carries the latest charge expanded. */
export function cardOf(intent: Stripe.PaymentIntent): { brand: CardBrand; last4: string } | null {
  const charge = intent.latest_charge;
  if (!charge || typeof charge === 'string') return null;
  return cardOfStripeCharge(charge);
}

/** Stripe's decline, in our failure codes; Stripe's card error messages are meant for the shopper. */
export function failureOf(intent: Stripe.PaymentIntent): { code: ChargeFailureCode; message: string } {
  const error = intent.last_payment_error;
  const code: ChargeFailureCode = (() => {
    if (!error) return 'CARD_DECLINED';
    if (error.decline_code === 'insufficient_funds') return 'INSUFFICIENT_FUNDS';
    switch (error.code) {
      case 'expired_card':
        return 'EXPIRED_CARD';
      case 'incorrect_cvc':
      case 'invalid_cvc':
        return 'INCORRECT_CVC';
      case 'incorrect_number':
      case 'invalid_number':
      case 'invalid_expiry_month':
      case 'invalid_expiry_year':
        return 'INVALID_CARD';
      default:
        return 'CARD_DECLINED';
    }
  })();
  const message = error?.type === 'card_error' && error.message ? error.message : 'The payment failed.';
  return { code, message: message.slice(0, 500) };
}
