import type { Executor } from '../../db/client.js';
import type { AppContext } from '../../graphql/app-context.js';
import { Hook } from '../../graphql/hook.js';
import type { ChargeFailureCode, StoredCard } from './payment-provider.js';

/**
 * What the payment domain lets the domains built on it react to, without importing them (order
 * registers from its module's `wire()`).
 */

/**
 * What a provider reported about one of its payments (a Stripe webhook event), in terms of no provider.
 * `paymentReference` is the payment's `providerReference` (the PaymentIntent id).
 */
export type ProviderEvent =
  | {
      type: 'PAYMENT_SUCCEEDED';
      provider: string;
      paymentReference: string;
      /** What the provider says it received, in minor units, and its currency (upper case). */
      amountReceived: number;
      currency: string;
      card: StoredCard | null;
    }
  | {
      type: 'PAYMENT_FAILED';
      provider: string;
      paymentReference: string;
      failureCode: ChargeFailureCode;
      /** Meant for the shopper. */
      message: string;
      card: StoredCard | null;
    }
  | {
      /** Money was given back at the provider (by this server or someone else). */
      type: 'REFUNDED';
      provider: string;
      paymentReference: string;
      /** The newest refund's id when the provider named it, else `totalReference`. */
      refundReference: string;
      /** Names this state of the payment's refunds (`<charge id>:<amount refunded>`): a new total, a new name. */
      totalReference: string;
      /** The TOTAL refunded so far on the payment at the provider, in minor units. */
      amountRefundedTotal: number;
      /** In words, for the order timeline. */
      reason: string;
    };

/**
 * What became of a provider event. APPLIED: something changed (the outbox is woken after commit);
 * IGNORED: nothing to do (already settled, already known); UNKNOWN_PAYMENT: no payment here has that
 * reference; REFUSED: the change could not be recorded and needs a person (logged as an error).
 */
export type ProviderEventOutcome = 'APPLIED' | 'IGNORED' | 'UNKNOWN_PAYMENT' | 'REFUSED';

/** Where the handler writes its outcome; it starts as UNKNOWN_PAYMENT (nobody knew the payment). */
export interface ProviderEventReceipt {
  outcome: ProviderEventOutcome;
}

/**
 * Runs inside the transaction that records the event as processed: a throw rolls both back and the
 * provider delivers the event again.
 */
export const providerEventReceived = new Hook<
  [
    app: AppContext,
    tx: Executor,
    event: ProviderEvent,
    log: AppContext['logger'],
    receipt: ProviderEventReceipt,
  ]
>('providerEventReceived');
