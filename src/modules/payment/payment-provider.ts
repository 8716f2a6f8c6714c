/**
 * The payment provider abstraction: what checkout (and later refunds) asks of a payment method, whatever
 * sits behind it — the simulated card gateway, cash on delivery, later Stripe. No database, no GraphQL:
 * a provider only talks to its gateway (or pretends to); the caller records the outcome in its own
 * transaction.
 *
 * Contract, for every provider:
 *
 * - Amounts are integer minor units (cents) > 0, in an ISO 4217 currency (three upper-case letters). A
 *   malformed request (fractional or non-positive amount, bad currency, empty idempotency key or
 *   reference) is a programming error and throws a plain Error (see `assertChargeRequest`).
 * - An outcome the shopper must hear about (a declined card, insufficient funds, a bad card number, ...)
 *   is a result, never a throw: `{ status: 'FAILED', failureCode, message }`. `message` is safe to show.
 * - A throw means the provider could not give an answer at all (a bug, a network fault). The caller treats
 *   it like a failure of the whole operation: checkout rolls back the order and the stock it decremented.
 * - `idempotencyKey` makes retries safe, as with Stripe: the same key returns the same result and never
 *   charges (or refunds) twice. A new attempt (e.g. the shopper fixed the card) needs a new key.
 * - Nothing that must not be stored ever leaves a provider: results never contain the full card number,
 *   the CVC or the expiry date — only the brand and the last four digits, which is all the caller may
 *   store. Providers themselves keep nothing of the card beyond that either. The full `CardInput` exists
 *   only in the request, for the duration of the call.
 */

/** Card brands told apart by the leading digits (IIN ranges) of the number. */
export type CardBrand = 'VISA' | 'MASTERCARD' | 'AMEX' | 'DISCOVER' | 'UNKNOWN';

/** Card details exactly as the shopper typed them; never stored, never logged, never returned. */
export interface CardInput {
  /** Digits, optionally grouped with spaces or dashes ("4242 4242 4242 4242"). */
  number: string;
  /** 1..12. */
  expMonth: number;
  /** Four digits (2031); two digits (31) are read as 20xx. */
  expYear: number;
  /** 3 digits, 4 for American Express. */
  cvc: string;
  holderName?: string;
}

/** What may be kept of a card: its brand and the last four digits of its number. */
export interface StoredCard {
  brand: CardBrand;
  last4: string;
}

export interface ChargeRequest {
  /** Minor units, a positive safe integer. */
  amount: number;
  /** ISO 4217, e.g. "USD". */
  currency: string;
  /** Same key → same result, never a second charge. */
  idempotencyKey: string;
  /** The order being paid; providers may show it to the shopper or the gateway's dashboard. */
  orderNumber: string;
  /** The order's id, for the gateway's records (Stripe metadata); optional. */
  orderId?: string;
  /** Required by card providers that take card details, ignored by the others (never sent to Stripe). */
  card?: CardInput;
}

export type ChargeFailureCode =
  | 'CARD_DECLINED'
  | 'INSUFFICIENT_FUNDS'
  | 'INVALID_CARD'
  | 'EXPIRED_CARD'
  | 'INCORRECT_CVC';

export type ChargeResult =
  | {
      /** The money is captured. */
      status: 'SUCCEEDED';
      /** The provider's id of the charge; refunds refer to it. */
      providerReference: string;
      card: StoredCard | null;
    }
  | {
      /** Nothing was charged; `message` is meant for the shopper. */
      status: 'FAILED';
      failureCode: ChargeFailureCode;
      message: string;
      /** Brand and last four digits when the number was readable, otherwise null. */
      card: StoredCard | null;
    }
  | {
      /**
       * Nothing is captured yet; the money arrives later: cash on delivery (an admin marks it collected,
       * `providerReference` null) or, in a later issue, a Stripe PaymentIntent the browser confirms with
       * `clientSecret` and a webhook reports.
       */
      status: 'PENDING';
      providerReference: string | null;
      clientSecret?: string;
    };

export interface RefundRequest {
  /** The `providerReference` of a SUCCEEDED charge. */
  providerReference: string;
  /** Minor units, a positive safe integer; never more than what is still refundable on the charge. */
  amount: number;
  /** Must be the charge's currency. */
  currency: string;
  /** Same key → same result, never a second refund. */
  idempotencyKey: string;
}

export type RefundResult =
  | { status: 'SUCCEEDED'; providerReference: string }
  | { status: 'FAILED'; message: string };

export interface PaymentProvider {
  /** Stable identifier, stored with each payment ("simulated-card", "cash-on-delivery", "stripe", ...). */
  readonly name: string;
  /**
   * True when card details never reach this server (Stripe): `charge` takes no card and answers PENDING
   * with a `clientSecret`, with which the shopper's browser confirms the payment (Stripe.js); the gateway
   * reports the outcome later (a webhook). Callers refuse raw card details for such a provider.
   */
  readonly confirmsInBrowser?: boolean;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  refund(request: RefundRequest): Promise<RefundResult>;
  /**
   * Providers that confirm in the browser: the client secret of the pending payment `providerReference`,
   * handed out again (a replayed checkout, a payment retry), or null when that payment can no longer be
   * confirmed (cancelled, or already succeeded). Throws when the gateway gives no answer.
   */
  clientSecretOf?(providerReference: string): Promise<string | null>;
  /**
   * Providers that confirm in the browser: brand and last four digits of the card behind one of the
   * gateway's charges (Stripe's `ch_...`), or null when it was not a card or the gateway does not know
   * the charge. Throws when the gateway gives no answer.
   */
  cardOfCharge?(chargeId: string): Promise<{ brand: CardBrand; last4: string } | null>;
  /**
   * Providers that confirm in the browser: makes the pending payment `providerReference` unpayable (its
   * order was cancelled), so the shopper's browser can no longer confirm it. CANCELLED when it is now
   * cancelled; NOT_PENDING when there was nothing to cancel (already cancelled, already succeeded or
   * processing, unknown to the gateway). Same key → same answer. Throws when the gateway gives no answer.
   */
  cancelPending?(providerReference: string, idempotencyKey: string): Promise<'CANCELLED' | 'NOT_PENDING'>;
}

/**
 * An idempotency key was reused for a different request (another amount, order, ...): the gateway refuses
 * it, as Stripe does. Thrown, since the provider answers nothing about the payment; the caller tells the
 * shopper to start again with a new key.
 */
export class IdempotencyKeyReuseError extends Error {
  constructor(readonly idempotencyKey: string) {
    super(`Idempotency key "${idempotencyKey}" was already used for a different request`);
    this.name = 'IdempotencyKeyReuseError';
  }
}

const CURRENCY_PATTERN = /^[A-Z]{3}$/;

function assertAmount(amount: number, what: string): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new Error(`${what}: amount must be a positive integer of minor units, got ${amount}`);
  }
}

function assertCommon(request: { currency: string; idempotencyKey: string }, what: string): void {
  if (typeof request.currency !== 'string' || !CURRENCY_PATTERN.test(request.currency)) {
    throw new Error(`${what}: currency must be an ISO 4217 code such as USD, got "${request.currency}"`);
  }
  if (typeof request.idempotencyKey !== 'string' || request.idempotencyKey.trim() === '') {
    throw new Error(`${what}: idempotencyKey must not be empty`);
  }
}

/** Throws a plain Error when a charge request is malformed (a programming error, not a shopper's). */
export function assertChargeRequest(request: ChargeRequest): void {
  assertAmount(request.amount, 'charge');
  assertCommon(request, 'charge');
  if (typeof request.orderNumber !== 'string' || request.orderNumber.trim() === '') {
    throw new Error('charge: orderNumber must not be empty');
  }
}

/** Throws a plain Error when a refund request is malformed (a programming error, not a shopper's). */
export function assertRefundRequest(request: RefundRequest): void {
  assertAmount(request.amount, 'refund');
  assertCommon(request, 'refund');
  if (typeof request.providerReference !== 'string' || request.providerReference.trim() === '') {
    throw new Error('refund: providerReference must not be empty');
  }
}
