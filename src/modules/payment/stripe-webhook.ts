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
 * 3. Effects, one case per event type:
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
import { and, eq, inArray } from 'drizzle-orm';
import type { Request, Response } from 'express';
import Stripe from 'stripe';
import type { Executor } from '../../db/client.js';
import type { AppContext } from '../../graphql/app-context.js';
import { orders, type PaymentRow, payments } from '../order/order.tables.js';
import { applyOrderAction } from '../order/order-transitions.service.js';
import { recordProviderRefund } from '../order/refund.service.js';
import { processedWebhookEvents } from '../webhook/webhook.tables.js';
import type { CardBrand, ChargeFailureCode } from './payment-provider.js';
import { cardOfStripeCharge } from './stripe.provider.js';

export const STRIPE_WEBHOOK_SOURCE = 'stripe';

export interface StripeWebhookResponse {
  status: number;
  body: Record<string, unknown>;
}

/**
 * What applying an event came to. APPLIED wakes the outbox after commit; IGNORED answers
 * `{ received: true, ignored: true }`; UNKNOWN_PAYMENT and REFUSED are acknowledged (`{ received: true }`)
 * and logged: Stripe delivering them again could not change anything.
 */
type Applied = 'APPLIED' | 'IGNORED' | 'UNKNOWN_PAYMENT' | 'REFUSED';

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
    event = Stripe.webhooks.constructEvent(raw, signature, secret);
  } catch (err) {
    if (err instanceof Stripe.errors.StripeSignatureVerificationError) {
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
  let outcome: Applied | 'DUPLICATE';
  try {
    outcome = await app.db.transaction(async (tx) => {
      const recorded = await tx
        .insert(processedWebhookEvents)
        .values({ source: STRIPE_WEBHOOK_SOURCE, eventId: event.id })
        .onConflictDoNothing()
        .returning({ eventId: processedWebhookEvents.eventId });
      if (recorded.length === 0) return 'DUPLICATE' as const;
      return applyEvent(app, tx, event, log, chargeCard);
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

async function applyEvent(
  app: AppContext,
  tx: Executor,
  event: Stripe.Event,
  log: AppContext['logger'],
  chargeCard: ChargeCard | null,
): Promise<Applied> {
  switch (event.type) {
    case 'payment_intent.succeeded':
      return paymentIntentSucceeded(app, tx, event.data.object, log, chargeCard);
    case 'payment_intent.payment_failed':
      return paymentIntentFailed(app, tx, event.data.object, log);
    case 'charge.refunded':
      return chargeRefunded(app, tx, event.data.object, log);
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
  const provider = app.paymentProviders.CARD;
  if (typeof chargeId !== 'string' || chargeId === '' || !provider.cardOfCharge) return null;
  const [seen] = await app.db
    .select({ eventId: processedWebhookEvents.eventId })
    .from(processedWebhookEvents)
    .where(
      and(
        eq(processedWebhookEvents.source, STRIPE_WEBHOOK_SOURCE),
        eq(processedWebhookEvents.eventId, event.id),
      ),
    )
    .limit(1);
  if (seen) return null;
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

/** The payment of a PaymentIntent, its order locked first (the lock order of every order action). */
async function lockPaymentOf(tx: Executor, intentId: string) {
  const [found] = await tx
    .select({ id: payments.id, orderId: payments.orderId })
    .from(payments)
    .where(and(eq(payments.provider, 'stripe'), eq(payments.providerReference, intentId)))
    .limit(1);
  if (!found) return null;
  await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, found.orderId)).for('update');
  const [payment] = await tx.select().from(payments).where(eq(payments.id, found.id)).for('update');
  return payment ?? null;
}

/**
 * The PaymentIntent's payment, locked, while it still awaits its outcome (PENDING or FAILED); otherwise
 * what to answer: UNKNOWN_PAYMENT (not ours) or IGNORED (already settled, logged with `settled`).
 */
async function openPaymentOf(
  tx: Executor,
  intent: Stripe.PaymentIntent,
  log: AppContext['logger'],
  settled: string,
): Promise<PaymentRow | 'UNKNOWN_PAYMENT' | 'IGNORED'> {
  const payment = await lockPaymentOf(tx, intent.id);
  if (!payment) {
    log.warn({ paymentIntent: intent.id }, 'stripe webhook: no payment for this PaymentIntent; ignored');
    return 'UNKNOWN_PAYMENT';
  }
  if (payment.status !== 'PENDING' && payment.status !== 'FAILED') {
    log.info({ paymentId: payment.id, status: payment.status }, settled);
    return 'IGNORED';
  }
  return payment;
}

async function paymentIntentSucceeded(
  app: AppContext,
  tx: Executor,
  intent: Stripe.PaymentIntent,
  log: AppContext['logger'],
  chargeCard: ChargeCard | null,
): Promise<Applied> {
  const payment = await openPaymentOf(tx, intent, log, 'stripe webhook: payment already settled');
  if (typeof payment === 'string') return payment;
  if (intent.amount_received !== payment.amount || intent.currency.toUpperCase() !== payment.currency) {
    // We set the amount ourselves; a difference means someone changed the PaymentIntent at Stripe.
    log.error(
      { paymentId: payment.id, received: intent.amount_received, currency: intent.currency },
      'stripe webhook: amount received differs from the payment; recorded as succeeded, check it',
    );
  }
  const card = cardOf(intent) ?? chargeCard;
  await tx
    .update(payments)
    .set({
      status: 'SUCCEEDED',
      failureCode: null,
      failureMessage: null,
      ...(card ? { cardBrand: card.brand, cardLast4: card.last4 } : {}),
      updatedAt: new Date(),
    })
    .where(eq(payments.id, payment.id));
  const moved = await applyOrderAction(
    { app },
    tx,
    payment.orderId,
    { type: 'PAYMENT_SUCCEEDED' },
    {
      kind: 'SYSTEM',
    },
  );
  if (!moved.ok) {
    log.error(
      { orderId: payment.orderId, reason: moved.error.message },
      'stripe webhook: payment succeeded but the order could not take it; needs attention',
    );
  }
  return 'APPLIED';
}

async function paymentIntentFailed(
  app: AppContext,
  tx: Executor,
  intent: Stripe.PaymentIntent,
  log: AppContext['logger'],
): Promise<Applied> {
  // Out of order when settled: a later attempt on this PaymentIntent already succeeded.
  const payment = await openPaymentOf(tx, intent, log, 'stripe webhook: late failure ignored');
  if (typeof payment === 'string') return payment;
  const failure = failureOf(intent);
  const card = cardOf(intent);
  await tx
    .update(payments)
    .set({
      status: 'FAILED',
      failureCode: failure.code,
      failureMessage: failure.message,
      ...(card ? { cardBrand: card.brand, cardLast4: card.last4 } : {}),
      updatedAt: new Date(),
    })
    .where(and(eq(payments.id, payment.id), inArray(payments.status, ['PENDING', 'FAILED'])));
  const moved = await applyOrderAction(
    { app },
    tx,
    payment.orderId,
    { type: 'PAYMENT_FAILED', reason: failure.message },
    { kind: 'SYSTEM' },
  );
  if (!moved.ok) {
    // E.g. the order was cancelled meanwhile: the failed attempt is recorded on the payment only.
    log.info({ orderId: payment.orderId, reason: moved.error.message }, 'stripe webhook: order unchanged');
  }
  return 'APPLIED';
}

/**
 * A refund at Stripe (made in the Dashboard, through the API by someone else, or by this server through
 * paymentRefund). `recordProviderRefund` records only the difference between the charge's
 * `amount_refunded` (Stripe's running total) and what the payment already shows as refunded, so a refund
 * this server made (its Stripe refund id is on its refunds row, and its amount already on the payment)
 * changes nothing, and reports arriving out of order never count a refund twice.
 */
async function chargeRefunded(
  app: AppContext,
  tx: Executor,
  charge: Stripe.Charge,
  log: AppContext['logger'],
): Promise<Applied> {
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
  const report = refundReportOf(charge, intentId);
  let outcome = await recordProviderRefund({ app }, tx, report);
  if (outcome.status === 'ALREADY_RECORDED' && report.refundReference !== fallbackReference(charge)) {
    // The newest refund is known (typically ours, through paymentRefund), yet Stripe's total may still
    // include a refund we never heard of (one made in the Dashboard while ours was in flight, whose own
    // event arrived before ours had committed). Compare totals once more under the charge-and-total
    // reference: when nothing is missing this records nothing.
    outcome = await recordProviderRefund({ app }, tx, {
      ...report,
      refundReference: fallbackReference(charge),
    });
  }
  switch (outcome.status) {
    case 'RECORDED':
      log.info(
        { orderId: outcome.order.id, refundId: outcome.refund?.id, amount: outcome.refund?.amount },
        'stripe webhook: refund made at Stripe recorded',
      );
      return 'APPLIED';
    case 'ALREADY_RECORDED':
      log.info({ paymentIntent: intentId }, 'stripe webhook: refund already known; nothing to record');
      return 'IGNORED';
    case 'UNKNOWN_PAYMENT':
      log.warn({ paymentIntent: intentId }, 'stripe webhook: no payment for this PaymentIntent; ignored');
      return 'UNKNOWN_PAYMENT';
    case 'REFUSED':
      // The money is back with the shopper whatever we answer; a retry by Stripe would be refused again.
      // Acknowledged (200) and logged as an error so someone reconciles the order by hand.
      log.error(
        { paymentIntent: intentId, amountRefunded: charge.amount_refunded, reason: outcome.error.message },
        'stripe webhook: refund made at Stripe could not be recorded on the order; needs attention',
      );
      return 'REFUSED';
  }
}

/**
 * What a refunded charge tells `recordProviderRefund`. The refund reference is the newest refund's id
 * (`refunds.data[0].id`, Stripe lists newest first) when the event carries the refunds, which recent API
 * versions no longer include by default; otherwise `<charge id>:<amount_refunded>`, stable for one state
 * of the charge (every further refund raises the total, so it names a new reference).
 */
export function refundReportOf(charge: Stripe.Charge, intentId: string) {
  const newest = charge.refunds?.data?.[0];
  const reference =
    typeof newest?.id === 'string' && newest.id !== '' ? newest.id : fallbackReference(charge);
  return {
    providerReference: intentId,
    refundReference: reference,
    amountRefundedTotal: charge.amount_refunded,
    reason: refundReasonText(newest?.reason ?? null),
  };
}

function fallbackReference(charge: Stripe.Charge): string {
  return `${charge.id}:${charge.amount_refunded}`;
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
