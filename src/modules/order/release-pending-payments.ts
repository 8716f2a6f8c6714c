import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { AppContext } from '../../graphql/app-context.js';
import { methodsSettledBy, type PaymentMethod } from '../payment/payment-methods.js';
import type { PaymentProvider } from '../payment/payment-provider.js';
import { payments } from './order.tables.js';

/**
 * After an order awaiting payment was cancelled (orderCancel, or the reservation sweeper) and that
 * cancellation COMMITTED: asks the providers that hold the money (a card's) to cancel the order's payments still open at the gateway
 * (Stripe's PaymentIntents), so the shopper's browser can no longer pay a cancelled order. Without it a
 * late payment would be taken and at once refunded (a money round trip, with fees).
 *
 * Never call it inside a transaction or while holding the order lock: it waits for the gateway.
 *
 * Best effort: a failure is a warning and changes nothing here; should the shopper still pay, the
 * late-payment rule refunds it, as before. Only providers with `cancelPending` take part (cash on delivery
 * and the simulated gateway have nothing open). Payments PENDING or FAILED count: after a decline Stripe
 * keeps the PaymentIntent confirmable with another card (orderPay hands its client secret out again).
 * The idempotency key `cancel:<paymentId>` is stable, so a repeat never cancels twice.
 */
export async function releasePendingPayments(ctx: { app: AppContext }, orderId: string): Promise<void> {
  for (const method of methodsSettledBy('PROVIDER')) {
    const provider = ctx.app.paymentProviders[method];
    if (provider.cancelPending) await cancelOpenPayments(ctx.app, orderId, method, provider);
  }
}

async function cancelOpenPayments(
  app: AppContext,
  orderId: string,
  method: PaymentMethod,
  provider: PaymentProvider,
): Promise<void> {
  if (!provider.cancelPending) return;
  let open: { id: string; providerReference: string | null }[];
  try {
    open = await app.db
      .select({ id: payments.id, providerReference: payments.providerReference })
      .from(payments)
      .where(
        and(
          eq(payments.orderId, orderId),
          eq(payments.method, method),
          eq(payments.provider, provider.name),
          inArray(payments.status, ['PENDING', 'FAILED']),
          isNotNull(payments.providerReference),
        ),
      )
      .orderBy(asc(payments.createdAt), asc(payments.id));
  } catch (err) {
    app.logger.warn({ err, orderId }, 'could not read the payments to cancel at the provider');
    return;
  }
  for (const payment of open) {
    if (!payment.providerReference) continue;
    try {
      const outcome = await provider.cancelPending(payment.providerReference, `cancel:${payment.id}`);
      app.logger.info(
        { orderId, paymentId: payment.id, outcome },
        outcome === 'CANCELLED'
          ? 'pending payment cancelled at the provider'
          : 'pending payment was no longer cancellable at the provider',
      );
    } catch (err) {
      app.logger.warn(
        { err, orderId, paymentId: payment.id },
        'cancelling a pending payment at the provider failed; a late payment will be refunded',
      );
    }
  }
}
