/**
 * The default card provider: a gateway simulated in memory, so checkout works and is testable with no
 * account anywhere. No network; deterministic except for the random ids it hands out.
 *
 * Outcomes follow Stripe's test cards (https://docs.stripe.com/testing), checked in this order:
 *
 * 1. No card, or a card `validateCard` finds fault with: FAILED with that problem's code (INVALID_CARD,
 *    EXPIRED_CARD, INCORRECT_CVC), decided locally without "contacting" the gateway.
 * 2. The test numbers with a fixed meaning (any valid expiry and CVC):
 *      4000000000000002  CARD_DECLINED
 *      4000000000009995  INSUFFICIENT_FUNDS
 *      4000000000000069  EXPIRED_CARD
 *      4000000000000127  INCORRECT_CVC
 * 3. Every other valid number succeeds: 4242424242424242 (Visa), 5555555555554444 (Mastercard),
 *    378282246310005 (American Express), 6011111111111117 (Discover), ...
 *
 * Results carry the card's brand and last four digits (null when the number was unreadable), never the
 * number, expiry or CVC; nothing else of the card is kept in memory either.
 *
 * Idempotency, like Stripe: the result for an idempotency key is remembered (failures too) and returned
 * again for the same key without charging or refunding twice. Reusing a key for a different request
 * (another amount, currency, order or card, or a refund under a charge's key) throws
 * `IdempotencyKeyReuseError`. Keys are shared between charges and refunds.
 *
 * Refunds: only of a SUCCEEDED charge of this instance, in its currency, and in total never more than
 * was charged; a refund beyond what is left (or of an unknown reference) is FAILED and changes nothing.
 *
 * Memory is bounded: at most `maxEntries` idempotency keys and `maxEntries` charges are remembered, the
 * oldest forgotten first. A forgotten key runs again as a new request; a forgotten charge can no longer
 * be refunded (its reference becomes unknown). State lives in the instance, so it is per process: fine
 * for a simulation, which is why the real gateway (Stripe) keeps it on its side.
 */
import { randomBytes } from 'node:crypto';
import { cardNumberValid, normalizeCardNumber, storedCard, validateCard } from './card-validation.js';
import {
  assertChargeRequest,
  assertRefundRequest,
  type ChargeFailureCode,
  type ChargeRequest,
  type ChargeResult,
  IdempotencyKeyReuseError,
  type PaymentProvider,
  type RefundRequest,
  type RefundResult,
} from './payment-provider.js';

/** Stripe's test numbers that fail at the gateway, and how. */
export const SIMULATED_FAILING_CARDS: Readonly<
  Record<string, { failureCode: ChargeFailureCode; message: string }>
> = {
  '4000000000000002': { failureCode: 'CARD_DECLINED', message: 'Your card was declined.' },
  '4000000000009995': { failureCode: 'INSUFFICIENT_FUNDS', message: 'Your card has insufficient funds.' },
  '4000000000000069': { failureCode: 'EXPIRED_CARD', message: 'Your card has expired.' },
  '4000000000000127': { failureCode: 'INCORRECT_CVC', message: "Your card's security code is incorrect." },
};

export const SIMULATED_CHARGE_PREFIX = 'sim_ch_';
export const SIMULATED_REFUND_PREFIX = 'sim_re_';

export interface SimulatedCardProviderOptions {
  /** How many idempotency keys, and how many charges, are remembered (oldest forgotten first). Default 10,000. */
  maxEntries?: number;
  /** The clock for expiry checks. Default: the real one. */
  now?: () => Date;
}

// Shared with the Stripe provider (Stripe refuses a reused key the same way); re-exported for callers.
export { IdempotencyKeyReuseError };

type Remembered =
  | { kind: 'charge'; fingerprint: string; result: ChargeResult }
  | { kind: 'refund'; fingerprint: string; result: RefundResult };

interface ChargeRecord {
  amount: number;
  currency: string;
  refunded: number;
}

export class SimulatedCardProvider implements PaymentProvider {
  readonly name = 'simulated-card';
  private readonly maxEntries: number;
  private readonly now: () => Date;
  private readonly remembered = new Map<string, Remembered>();
  private readonly charges = new Map<string, ChargeRecord>();

  constructor(options: SimulatedCardProviderOptions = {}) {
    const maxEntries = options.maxEntries ?? 10_000;
    if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) {
      throw new Error(`SimulatedCardProvider: maxEntries must be a positive integer, got ${maxEntries}`);
    }
    this.maxEntries = maxEntries;
    this.now = options.now ?? (() => new Date());
  }

  // Both methods do all their work synchronously (no await before the state changes), so concurrent
  // calls cannot interleave between the check of what is left and its update.

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    assertChargeRequest(request);
    const card = request.card ? storedCard(request.card.number) : null;
    const fingerprint = JSON.stringify([
      request.amount,
      request.currency,
      request.orderNumber,
      card?.brand ?? null,
      card?.last4 ?? null,
    ]);
    const previous = this.recall(request.idempotencyKey, 'charge', fingerprint);
    if (previous) return previous.result as ChargeResult;

    const result = this.decide(request);
    // Frozen: the remembered result is handed out again, so no caller may change it for the next one.
    if (result.status !== 'PENDING' && result.card) Object.freeze(result.card);
    Object.freeze(result);
    if (result.status === 'SUCCEEDED') {
      remember(
        this.charges,
        result.providerReference,
        { amount: request.amount, currency: request.currency, refunded: 0 },
        this.maxEntries,
      );
    }
    remember(
      this.remembered,
      request.idempotencyKey,
      { kind: 'charge', fingerprint, result },
      this.maxEntries,
    );
    return result;
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    assertRefundRequest(request);
    const fingerprint = JSON.stringify([request.providerReference, request.amount, request.currency]);
    const previous = this.recall(request.idempotencyKey, 'refund', fingerprint);
    if (previous) return previous.result as RefundResult;

    const result = Object.freeze(this.applyRefund(request));
    remember(
      this.remembered,
      request.idempotencyKey,
      { kind: 'refund', fingerprint, result },
      this.maxEntries,
    );
    return result;
  }

  private recall(key: string, kind: Remembered['kind'], fingerprint: string): Remembered | undefined {
    const previous = this.remembered.get(key);
    if (previous === undefined) return undefined;
    if (previous.kind !== kind || previous.fingerprint !== fingerprint)
      throw new IdempotencyKeyReuseError(key);
    return previous;
  }

  private decide(request: ChargeRequest): ChargeResult {
    const input = request.card;
    if (!input) {
      return {
        status: 'FAILED',
        failureCode: 'INVALID_CARD',
        message: 'Card details are required.',
        card: null,
      };
    }
    const card = cardNumberValid(input.number) ? storedCard(input.number) : null;
    const [problem] = validateCard(input, this.now());
    if (problem) return { status: 'FAILED', failureCode: problem.code, message: problem.message, card };

    const failing = SIMULATED_FAILING_CARDS[normalizeCardNumber(input.number) ?? ''];
    if (failing) return { status: 'FAILED', ...failing, card };

    return { status: 'SUCCEEDED', providerReference: newId(SIMULATED_CHARGE_PREFIX), card };
  }

  private applyRefund(request: RefundRequest): RefundResult {
    const charge = this.charges.get(request.providerReference);
    if (!charge) {
      return { status: 'FAILED', message: `No charge ${request.providerReference} to refund.` };
    }
    if (charge.currency !== request.currency) {
      return {
        status: 'FAILED',
        message: `Charge ${request.providerReference} is in ${charge.currency}, not ${request.currency}.`,
      };
    }
    const refundable = charge.amount - charge.refunded;
    if (request.amount > refundable) {
      return {
        status: 'FAILED',
        message:
          refundable === 0
            ? `Charge ${request.providerReference} has already been refunded in full.`
            : `Refund of ${request.amount} exceeds the ${refundable} still refundable on charge ${request.providerReference}.`,
      };
    }
    charge.refunded += request.amount;
    return { status: 'SUCCEEDED', providerReference: newId(SIMULATED_REFUND_PREFIX) };
  }
}

function newId(prefix: string): string {
  return `${prefix}${randomBytes(12).toString('hex')}`;
}

/** Map insertion order is age: past the bound, the oldest entries go first. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= max) break;
    map.delete(oldest);
  }
}
