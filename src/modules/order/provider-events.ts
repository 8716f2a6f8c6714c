/**
 * What a payment provider reports (payment/payment-hooks.ts `providerEventReceived`, run inside the
 * transaction that records the provider's event as processed), applied to the order's payment records
 * and the order. Registered from order.module `wire()`. Events can arrive out of order: a failure never
 * overwrites a success.
 *
 * - PAYMENT_SUCCEEDED: the payment found by provider and reference becomes SUCCEEDED (with the card's
 *   brand and last four when known), and the order gets PAYMENT_SUCCEEDED as SYSTEM: CONFIRMED with its
 *   confirmation email, or, for an order the sweeper cancelled meanwhile, the late payment is refunded
 *   at once (state machine).
 * - PAYMENT_FAILED: the payment becomes FAILED with the provider's reason, and the order gets
 *   PAYMENT_FAILED (it stays PENDING_PAYMENT; orderPay hands the payment out again).
 * - REFUNDED: a refund made at the provider is recorded through `recordProviderRefund` without calling
 *   the provider; only the difference between the provider's total and what the payment already shows
 *   is recorded, so a refund this server made itself changes nothing. A refund the order's state cannot
 *   take is acknowledged and logged as an error for someone to reconcile: the provider retrying could
 *   not change that, and the money is back with the shopper either way.
 * A reference with no payment here (another system on the same provider account) is logged and changes
 * nothing.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { AppContext } from '../../graphql/app-context.js';
import type { ProviderEvent, ProviderEventOutcome, ProviderEventReceipt } from '../payment/payment-hooks.js';
import { orders, type PaymentRow, payments } from './order.tables.js';
import { applyOrderAction } from './order-transitions.service.js';
import { recordProviderRefund } from './refund.service.js';

type Log = AppContext['logger'];
type Of<T extends ProviderEvent['type']> = Extract<ProviderEvent, { type: T }>;

/** The handler of `providerEventReceived`. */
export async function applyProviderEvent(
  app: AppContext,
  tx: Executor,
  event: ProviderEvent,
  log: Log,
  receipt: ProviderEventReceipt,
): Promise<void> {
  switch (event.type) {
    case 'PAYMENT_SUCCEEDED':
      receipt.outcome = await paymentSucceeded(app, tx, event, log);
      return;
    case 'PAYMENT_FAILED':
      receipt.outcome = await paymentFailed(app, tx, event, log);
      return;
    case 'REFUNDED':
      receipt.outcome = await refunded(app, tx, event, log);
      return;
  }
}

/** The payment with this provider reference, its order locked first (the lock order of every order action). */
async function lockPaymentOf(tx: Executor, provider: string, reference: string) {
  const [found] = await tx
    .select({ id: payments.id, orderId: payments.orderId })
    .from(payments)
    .where(and(eq(payments.provider, provider), eq(payments.providerReference, reference)))
    .limit(1);
  if (!found) return null;
  await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, found.orderId)).for('update');
  const [payment] = await tx.select().from(payments).where(eq(payments.id, found.id)).for('update');
  return payment ?? null;
}

/**
 * The event's payment, locked, while it still awaits its outcome (PENDING or FAILED); otherwise what to
 * answer: UNKNOWN_PAYMENT (not ours) or IGNORED (already settled, logged with `settled`).
 */
async function openPaymentOf(
  tx: Executor,
  event: Of<'PAYMENT_SUCCEEDED'> | Of<'PAYMENT_FAILED'>,
  log: Log,
  settled: string,
): Promise<PaymentRow | 'UNKNOWN_PAYMENT' | 'IGNORED'> {
  const payment = await lockPaymentOf(tx, event.provider, event.paymentReference);
  if (!payment) {
    log.warn(
      { provider: event.provider, paymentReference: event.paymentReference },
      'provider webhook: no payment with this reference; ignored',
    );
    return 'UNKNOWN_PAYMENT';
  }
  if (payment.status !== 'PENDING' && payment.status !== 'FAILED') {
    log.info({ paymentId: payment.id, status: payment.status }, settled);
    return 'IGNORED';
  }
  return payment;
}

async function paymentSucceeded(
  app: AppContext,
  tx: Executor,
  event: Of<'PAYMENT_SUCCEEDED'>,
  log: Log,
): Promise<ProviderEventOutcome> {
  const payment = await openPaymentOf(tx, event, log, `${event.provider} webhook: payment already settled`);
  if (typeof payment === 'string') return payment;
  if (event.amountReceived !== payment.amount || event.currency !== payment.currency) {
    // We set the amount ourselves; a difference means someone changed the payment at the provider.
    log.error(
      {
        provider: event.provider,
        paymentId: payment.id,
        received: event.amountReceived,
        currency: event.currency.toLowerCase(),
      },
      'provider webhook: amount received differs from the payment; recorded as succeeded, check it',
    );
  }
  const { card } = event;
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
    { kind: 'SYSTEM' },
  );
  if (!moved.ok) {
    log.error(
      { provider: event.provider, orderId: payment.orderId, reason: moved.error.message },
      'provider webhook: payment succeeded but the order could not take it; needs attention',
    );
  }
  return 'APPLIED';
}

async function paymentFailed(
  app: AppContext,
  tx: Executor,
  event: Of<'PAYMENT_FAILED'>,
  log: Log,
): Promise<ProviderEventOutcome> {
  // Out of order when settled: a later attempt on this payment already succeeded.
  const payment = await openPaymentOf(tx, event, log, `${event.provider} webhook: late failure ignored`);
  if (typeof payment === 'string') return payment;
  const { card } = event;
  await tx
    .update(payments)
    .set({
      status: 'FAILED',
      failureCode: event.failureCode,
      failureMessage: event.message,
      ...(card ? { cardBrand: card.brand, cardLast4: card.last4 } : {}),
      updatedAt: new Date(),
    })
    .where(and(eq(payments.id, payment.id), inArray(payments.status, ['PENDING', 'FAILED'])));
  const moved = await applyOrderAction(
    { app },
    tx,
    payment.orderId,
    { type: 'PAYMENT_FAILED', reason: event.message },
    { kind: 'SYSTEM' },
  );
  if (!moved.ok) {
    // E.g. the order was cancelled meanwhile: the failed attempt is recorded on the payment only.
    log.info(
      { provider: event.provider, orderId: payment.orderId, reason: moved.error.message },
      'provider webhook: order unchanged',
    );
  }
  return 'APPLIED';
}

/**
 * A refund at the provider. `recordProviderRefund` records only the difference between the provider's
 * running total and what the payment already shows as refunded, so reports arriving out of order never
 * count a refund twice.
 */
async function refunded(
  app: AppContext,
  tx: Executor,
  event: Of<'REFUNDED'>,
  log: Log,
): Promise<ProviderEventOutcome> {
  const report = {
    providerReference: event.paymentReference,
    refundReference: event.refundReference,
    amountRefundedTotal: event.amountRefundedTotal,
    reason: event.reason,
  };
  let outcome = await recordProviderRefund({ app }, tx, report);
  if (outcome.status === 'ALREADY_RECORDED' && event.refundReference !== event.totalReference) {
    // The newest refund is known (typically ours, through paymentRefund), yet the provider's total may
    // still include a refund we never heard of (one made in the Dashboard while ours was in flight, whose
    // own event arrived before ours had committed). Compare totals once more under the total's reference:
    // when nothing is missing this records nothing.
    outcome = await recordProviderRefund({ app }, tx, { ...report, refundReference: event.totalReference });
  }
  switch (outcome.status) {
    case 'RECORDED':
      log.info(
        {
          provider: event.provider,
          orderId: outcome.order.id,
          refundId: outcome.refund?.id,
          amount: outcome.refund?.amount,
        },
        'provider webhook: refund made at the provider recorded',
      );
      return 'APPLIED';
    case 'ALREADY_RECORDED':
      log.info(
        { provider: event.provider, paymentReference: event.paymentReference },
        'provider webhook: refund already known; nothing to record',
      );
      return 'IGNORED';
    case 'UNKNOWN_PAYMENT':
      log.warn(
        { provider: event.provider, paymentReference: event.paymentReference },
        'provider webhook: no payment with this reference; ignored',
      );
      return 'UNKNOWN_PAYMENT';
    case 'REFUSED':
      // The money is back with the shopper whatever we answer; a retry by the provider would be refused
      // again. Acknowledged (200) and logged as an error so someone reconciles the order by hand.
      log.error(
        {
          provider: event.provider,
          paymentReference: event.paymentReference,
          amountRefunded: event.amountRefundedTotal,
          reason: outcome.error.message,
        },
        'provider webhook: refund made at the provider could not be recorded on the order; needs attention',
      );
      return 'REFUSED';
  }
}
