/**
 * Card payments through Stripe (the official `stripe` SDK), selected when STRIPE_SECRET_KEY is set.
 *
 * Card details never reach this server: `charge` creates a PaymentIntent (amount, lower-case currency,
 * the order in its metadata, the caller's idempotency key as Stripe's Idempotency-Key) and answers
 * PENDING with the PaymentIntent's id and `clientSecret`. The shopper's browser confirms it with
 * Stripe.js; Stripe then reports the outcome to POST /webhooks/stripe (stripe-webhook.ts), which moves
 * the order. A card sent along anyway is never forwarded (checkout refuses it before calling).
 *
 * `cardOfCharge` reads brand and last four of a charge's card: `payment_intent.succeeded` names its latest
 * charge by id only, and the webhook fills the payment's card details from it.
 *
 * `cancelPending` cancels the PaymentIntent of an order cancelled before it was paid, so the browser can
 * no longer confirm it; an intent that is already cancelled, succeeded or unknown is NOT_PENDING.
 *
 * `refund` creates a Refund of the PaymentIntent with the caller's idempotency key. Stripe's refusals
 * (an API error with an answer: already refunded, amount too large, ...) are FAILED results with a safe
 * message; no answer at all (network fault, Stripe unavailable, bad API key) throws, per the provider
 * contract, and so does an idempotency key Stripe saw with other parameters (`IdempotencyKeyReuseError`).
 *
 * `host`, `port` and `protocol` point the SDK at another server: tests run a local stand-in for
 * api.stripe.com.
 */
import type Stripe from 'stripe';
import {
  assertChargeRequest,
  assertRefundRequest,
  type CardBrand,
  type ChargeRequest,
  type ChargeResult,
  IdempotencyKeyReuseError,
  type PaymentProvider,
  type RefundRequest,
  type RefundResult,
} from './payment-provider.js';
import { loadStripe } from './stripe-sdk.js';

export interface StripeCardProviderOptions {
  /** Where the API is; default api.stripe.com over HTTPS. */
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
  /** Automatic retries of network faults by the SDK (same idempotency key); default 1. */
  maxNetworkRetries?: number;
  /** Per-request timeout in milliseconds; default 20 s (the SDK's 80 s would hold checkout's locks too long). */
  timeoutMs?: number;
}

/** PaymentIntent states in which the browser can still confirm (or is confirming) the payment. */
const CONFIRMABLE = new Set([
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'processing',
]);

export const STRIPE_REFUND_FAILED_MESSAGE = 'Stripe refused the refund.';

export class StripeCardProvider implements PaymentProvider {
  readonly name = 'stripe';
  readonly confirmsInBrowser = true;
  private readonly stripe: Stripe;

  constructor(secretKey: string, options: StripeCardProviderOptions = {}) {
    if (typeof secretKey !== 'string' || secretKey.trim() === '') {
      throw new Error('StripeCardProvider: the secret key must not be empty');
    }
    this.stripe = new (loadStripe())(secretKey, {
      maxNetworkRetries: options.maxNetworkRetries ?? 1,
      timeout: options.timeoutMs ?? 20_000,
      telemetry: false,
      ...(options.host !== undefined ? { host: options.host } : {}),
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.protocol !== undefined ? { protocol: options.protocol } : {}),
    });
  }

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    assertChargeRequest(request);
    let intent: Stripe.PaymentIntent;
    try {
      intent = await this.stripe.paymentIntents.create(
        {
          amount: request.amount,
          currency: request.currency.toLowerCase(),
          // Cards and whatever else the Dashboard enables; Stripe.js shows them in the Payment Element.
          automatic_payment_methods: { enabled: true },
          description: `Order ${request.orderNumber}`,
          metadata: {
            order_number: request.orderNumber,
            ...(request.orderId ? { order_id: request.orderId } : {}),
          },
        },
        { idempotencyKey: request.idempotencyKey },
      );
    } catch (err) {
      throw translateThrow(err, request.idempotencyKey);
    }
    if (!intent.client_secret)
      throw new Error(`Stripe returned PaymentIntent ${intent.id} without a client secret`);
    return { status: 'PENDING', providerReference: intent.id, clientSecret: intent.client_secret };
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    assertRefundRequest(request);
    try {
      const refund = await this.stripe.refunds.create(
        { payment_intent: request.providerReference, amount: request.amount },
        { idempotencyKey: request.idempotencyKey },
      );
      if (refund.status === 'failed' || refund.status === 'canceled') {
        return { status: 'FAILED', message: STRIPE_REFUND_FAILED_MESSAGE };
      }
      // pending and requires_action end as succeeded at Stripe in all but rare cases; Stripe reports a
      // later failure with refund.failed (not handled yet).
      return { status: 'SUCCEEDED', providerReference: refund.id };
    } catch (err) {
      if (isAnsweredRefusal(err)) {
        // Stripe's messages name ids and parameters: keep them for the log, give a short one back.
        return { status: 'FAILED', message: refusalMessage(err) };
      }
      throw translateThrow(err, request.idempotencyKey);
    }
  }

  async cardOfCharge(chargeId: string): Promise<{ brand: CardBrand; last4: string } | null> {
    let charge: Stripe.Charge;
    try {
      // Short: the webhook waits for it, and Stripe gives up on a webhook answer after some seconds.
      charge = await this.stripe.charges.retrieve(chargeId, {}, { timeout: 5_000 });
    } catch (err) {
      if (err instanceof loadStripe().errors.StripeInvalidRequestError && err.statusCode === 404) return null;
      throw err;
    }
    return cardOfStripeCharge(charge);
  }

  async cancelPending(
    providerReference: string,
    idempotencyKey: string,
  ): Promise<'CANCELLED' | 'NOT_PENDING'> {
    if (idempotencyKey.trim() === '') throw new Error('cancelPending: idempotencyKey must not be empty');
    try {
      // Short: it runs after a cancellation committed, while the shopper (or the sweeper) waits.
      await this.stripe.paymentIntents.cancel(
        providerReference,
        { cancellation_reason: 'abandoned' },
        { idempotencyKey, timeout: 5_000 },
      );
      return 'CANCELLED';
    } catch (err) {
      // Already cancelled, succeeded or processing (payment_intent_unexpected_state), or unknown (404).
      if (
        err instanceof loadStripe().errors.StripeInvalidRequestError &&
        (err.statusCode === 404 || err.code === 'payment_intent_unexpected_state')
      ) {
        return 'NOT_PENDING';
      }
      throw translateThrow(err, idempotencyKey);
    }
  }

  async clientSecretOf(providerReference: string): Promise<string | null> {
    let intent: Stripe.PaymentIntent;
    try {
      intent = await this.stripe.paymentIntents.retrieve(providerReference);
    } catch (err) {
      if (err instanceof loadStripe().errors.StripeInvalidRequestError && err.statusCode === 404) return null;
      throw err;
    }
    return CONFIRMABLE.has(intent.status) ? intent.client_secret : null;
  }
}

const BRANDS: Record<string, CardBrand> = {
  visa: 'VISA',
  mastercard: 'MASTERCARD',
  amex: 'AMEX',
  discover: 'DISCOVER',
};

/** Brand and last four of the card a Stripe charge was paid with, or null (not a card, no last four). */
export function cardOfStripeCharge(
  charge: Pick<Stripe.Charge, 'payment_method_details'>,
): { brand: CardBrand; last4: string } | null {
  const card = charge.payment_method_details?.card;
  if (!card || typeof card.last4 !== 'string' || !/^[0-9]{4}$/.test(card.last4)) return null;
  return { brand: BRANDS[card.brand ?? ''] ?? 'UNKNOWN', last4: card.last4 };
}

/** Stripe answered and said no (4xx other than auth, rate limit and idempotency): a result, not a fault. */
function isAnsweredRefusal(err: unknown): err is Stripe.errors.StripeError {
  return (
    (err instanceof loadStripe().errors.StripeInvalidRequestError ||
      err instanceof loadStripe().errors.StripeCardError) &&
    !(err instanceof loadStripe().errors.StripeIdempotencyError)
  );
}

function refusalMessage(err: Stripe.errors.StripeError): string {
  switch (err.code) {
    case 'charge_already_refunded':
      return 'The payment has already been refunded in full.';
    case 'amount_too_large':
      return 'The refund is larger than what is left to refund on the payment.';
    case 'resource_missing':
      return 'Stripe does not know this payment.';
    default:
      return STRIPE_REFUND_FAILED_MESSAGE;
  }
}

function translateThrow(err: unknown, idempotencyKey: string): unknown {
  if (err instanceof loadStripe().errors.StripeIdempotencyError)
    return new IdempotencyKeyReuseError(idempotencyKey);
  return err;
}
