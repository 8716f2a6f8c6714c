/**
 * POST /webhooks/stripe: Stripe reports what happened to the PaymentIntents checkout created.
 *
 * 1. The signature (Stripe-Signature header, STRIPE_WEBHOOK_SECRET) is verified over the raw body with
 *    the SDK's `constructEvent` (default tolerance 300 s). A bad, missing or stale signature, or a body
 *    that is not an event, answers 400 with a short reason, and nothing changes.
 * 2. In ONE transaction: the event id is recorded in processed_webhook_events (source `stripe`,
 *    `ON CONFLICT DO NOTHING`) and its effect applied. No row inserted means the event was processed
 *    before (Stripe redelivers, an attacker replays a captured request within the tolerance): 200
 *    `{ received: true, duplicate: true }`, nothing changed. A concurrent delivery of the same event waits
 *    on the first one's row and then finds it. A failure while applying rolls back the record too and
 *    answers 500, so Stripe delivers the event again later.
 * 3. Effects, one case per event type, applied by the order domain (its handler of `providerEventReceived`,
 *    payment-hooks.ts) from a provider-neutral event (stripe-events.ts):
 *    - payment_intent.succeeded: the payment found by provider_reference (the PaymentIntent id) becomes
 *      SUCCEEDED (card brand and last four from the latest charge: expanded in the event, or else read
 *      from Stripe by its id before the transaction, a failure there only leaving them empty),
 *      and the order gets PAYMENT_SUCCEEDED as SYSTEM: CONFIRMED with its confirmation email, or, for an
 *      order the sweeper cancelled meanwhile, the late payment is refunded at once (state machine).
 *    - payment_intent.payment_failed: the payment becomes FAILED with Stripe's reason, and the order gets
 *      PAYMENT_FAILED (it stays PENDING_PAYMENT; orderPay hands the client secret out again).
 *    - charge.refunded: a refund made at Stripe (Dashboard, API) is recorded on the order through
 *      `recordProviderRefund` without calling Stripe: a refunds row (source PROVIDER), the payment's
 *      refunded amount (PARTIALLY_REFUNDED / REFUNDED), the order's move (it stays where it is with a
 *      PARTIALLY_REFUNDED event, or becomes REFUNDED when nothing is left captured) and the email. Only
 *      the difference between the charge's `amount_refunded` and what the payment already shows is
 *      recorded, so a refund this server made itself (paymentRefund, cancellations: Stripe's refund id is
 *      on its refunds row) changes nothing. The refund is named by the newest refund's id when the event
 *      lists the refunds, else `<charge id>:<amount_refunded>`. A refund the order's state cannot take
 *      (the state machine refuses) is acknowledged and logged as an error for someone to reconcile:
 *      Stripe retrying could not change that, and the money is back with the shopper either way.
 *    - anything else: acknowledged and ignored (recorded as processed all the same).
 *    A PaymentIntent with no payment here (another system on the same Stripe account) is acknowledged,
 *    logged and changes nothing. Events can arrive out of order: a failure never overwrites a success.
 */
import type { Request, Response } from 'express';
import type Stripe from 'stripe';
import { inTransaction } from '../../db/transact.js';
import type { AppContext } from '../../graphql/app-context.js';
import { recordFirstDelivery, wasDelivered } from '../../http/inbound-events.js';
import {
  type ProviderEvent,
  type ProviderEventOutcome,
  type ProviderEventReceipt,
  providerEventReceived,
} from './payment-hooks.js';
import type { CardBrand } from './payment-provider.js';
import {
  paymentFailedEvent,
  paymentSucceededEvent,
  refundedEvent,
  STRIPE_PROVIDER,
} from './stripe-events.js';
import { loadStripe } from './stripe-sdk.js';

export const STRIPE_WEBHOOK_SOURCE = 'stripe';

export interface StripeWebhookResponse {
  status: number;
  body: Record<string, unknown>;
}

/** The express handler (mount it behind `express.raw`, before any JSON parser). */
export function stripeWebhookHandler(app: AppContext) {
  return async (req: Request, res: Response): Promise<void> => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const answer = await handleStripeWebhook(app, raw, req.get('stripe-signature'));
    res.status(answer.status).json(answer.body);
  };
}

/** Verifies, deduplicates and applies one delivery; see the top of this file. */
export async function handleStripeWebhook(
  app: AppContext,
  raw: Buffer,
  signature: string | undefined,
): Promise<StripeWebhookResponse> {
  const secret = app.config.stripe?.webhookSecret;
  if (!secret) return { status: 404, body: { error: 'Stripe is not configured.' } };
  if (!signature) return { status: 400, body: { error: 'Missing Stripe-Signature header.' } };

  let event: Stripe.Event;
  try {
    event = loadStripe().webhooks.constructEvent(raw, signature, secret);
  } catch (err) {
    if (err instanceof loadStripe().errors.StripeSignatureVerificationError) {
      app.logger.warn({ reason: err.message }, 'stripe webhook refused: bad signature');
      return { status: 400, body: { error: 'Invalid or expired signature.' } };
    }
    app.logger.warn('stripe webhook refused: signed body is not a Stripe event');
    return { status: 400, body: { error: 'The body is not a Stripe event.' } };
  }
  if (typeof event?.id !== 'string' || typeof event.type !== 'string') {
    return { status: 400, body: { error: 'The body is not a Stripe event.' } };
  }

  const log = app.logger.child({ stripeEventId: event.id, stripeEventType: event.type });
  const chargeCard = await latestChargeCard(app, event, log);
  let outcome: ProviderEventOutcome | 'DUPLICATE';
  try {
    outcome = await inTransaction(app.db, async (tx) => {
      if (!(await recordFirstDelivery(tx, STRIPE_WEBHOOK_SOURCE, event.id))) return 'DUPLICATE' as const;
      const neutral = providerEventOf(event, log, chargeCard);
      if (typeof neutral === 'string') return neutral;
      const receipt: ProviderEventReceipt = { outcome: 'UNKNOWN_PAYMENT' };
      await providerEventReceived.run(app, tx, neutral, log, receipt);
      return receipt.outcome;
    });
  } catch (err) {
    log.error({ err }, 'stripe webhook failed; Stripe will deliver it again');
    return { status: 500, body: { error: 'The event could not be processed; it will be retried.' } };
  }
  if (outcome === 'APPLIED') app.outbox.wake();
  if (outcome === 'DUPLICATE') {
    log.info('stripe webhook: event already processed');
    return { status: 200, body: { received: true, duplicate: true } };
  }
  return { status: 200, body: { received: true, ...(outcome === 'IGNORED' ? { ignored: true } : {}) } };
}

/** The event for the order domain, or what to answer when there is nothing to hand over. */
function providerEventOf(
  event: Stripe.Event,
  log: AppContext['logger'],
  chargeCard: ChargeCard | null,
): ProviderEvent | ProviderEventOutcome {
  switch (event.type) {
    case 'payment_intent.succeeded':
      return paymentSucceededEvent(event.data.object, chargeCard);
    case 'payment_intent.payment_failed':
      return paymentFailedEvent(event.data.object);
    case 'charge.refunded': {
      const charge = event.data.object;
      const intentId =
        typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
      if (!intentId) {
        log.warn({ charge: charge.id }, 'stripe webhook: refunded charge has no PaymentIntent; ignored');
        return 'UNKNOWN_PAYMENT';
      }
      if (!Number.isSafeInteger(charge.amount_refunded) || charge.amount_refunded < 0) {
        // A signed event always carries it; a malformed one is logged and left alone (a retry is the same).
        log.error({ charge: charge.id }, 'stripe webhook: refunded charge without a valid amount_refunded');
        return 'REFUSED';
      }
      return refundedEvent(charge, intentId);
    }
    default:
      return 'IGNORED';
  }
}

type ChargeCard = { brand: CardBrand; last4: string };

/**
 * payment_intent.succeeded names its latest charge by id only (unless the endpoint expands it): the card's
 * brand and last four are read from Stripe before the transaction, so no lock is held during the call.
 * Skipped for an event already processed. A failure only loses the card details: logged, not fatal.
 */
async function latestChargeCard(
  app: AppContext,
  event: Stripe.Event,
  log: AppContext['logger'],
): Promise<ChargeCard | null> {
  if (event.type !== 'payment_intent.succeeded') return null;
  const chargeId = event.data.object.latest_charge;
  const provider = Object.values(app.paymentProviders).find((p) => p.name === STRIPE_PROVIDER);
  if (typeof chargeId !== 'string' || chargeId === '' || !provider?.cardOfCharge) return null;
  if (await wasDelivered(app.db, STRIPE_WEBHOOK_SOURCE, event.id)) return null;
  try {
    return await provider.cardOfCharge(chargeId);
  } catch (err) {
    log.warn(
      { charge: chargeId, reason: err instanceof Error ? err.message : String(err) },
      'stripe webhook: could not read the card of the latest charge; card details left empty',
    );
    return null;
  }
}
