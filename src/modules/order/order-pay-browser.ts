/**
 * orderPay when the card provider confirms in the browser (Stripe): no card reaches this server, so
 * "paying again" means handing the shopper a client secret to confirm with Stripe.js.
 *
 * - The order's latest payment at this provider that can still be confirmed (after a decline Stripe puts
 *   the PaymentIntent back to `requires_payment_method`, ready for another card): its client secret again.
 * - None (cancelled at Stripe, or the order was placed with another provider): a new PaymentIntent for
 *   the order total under a fresh idempotency key, recorded as a PENDING payment.
 *
 * Either way nothing else changes: the order stays PENDING_PAYMENT, and Stripe's webhook confirms it when
 * the browser's confirmation succeeds. The order row is locked meanwhile, as in `payOrder`, so two
 * attempts never both create a PaymentIntent.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import type { PaymentProvider } from '../payment/payment-provider.js';
import { type OrderRow, payments } from './order.tables.js';
import { type Actor, canPay, type OrderStatus } from './order-state.js';
import { type HasApp, lockOrderFor } from './order-transitions.service.js';

export interface BrowserPayOutcome {
  order: OrderRow | null;
  errors: UserError[];
  clientSecret: string | null;
}

/** Thrown inside the transaction to roll back with an outcome. */
class Outcome extends Error {
  constructor(readonly outcome: BrowserPayOutcome) {
    super('order pay outcome');
  }
}

export async function resumeBrowserPayment(
  ctx: HasApp,
  provider: PaymentProvider,
  input: { orderId: string; cardGiven: boolean },
  customerId: string,
): Promise<BrowserPayOutcome> {
  if (input.cardGiven) {
    return {
      order: null,
      clientSecret: null,
      errors: [
        userError(
          ['input', 'card'],
          ErrorCode.INVALID_INPUT,
          'Card details are not accepted here: this store takes cards with Stripe. Call orderPay without `card` and ' +
            'confirm the payment in the browser with Stripe.js and the returned clientSecret.',
        ),
      ],
    };
  }
  const actor: Actor = { kind: 'CUSTOMER', userId: customerId };
  try {
    return await ctx.app.db.transaction(async (tx) => {
      const order = await lockOrderFor(tx, input.orderId, actor);
      if (!order) {
        throw new Outcome({
          order: null,
          clientSecret: null,
          errors: [userError(['input', 'orderId'], ErrorCode.NOT_FOUND, 'No order with this id.')],
        });
      }
      const state = {
        status: order.status as OrderStatus,
        paymentStatus: order.paymentStatus,
        paymentMethod: order.paymentMethod,
      };
      if (!canPay(state, actor)) {
        throw new Outcome({
          order,
          clientSecret: null,
          errors: [
            userError(
              null,
              ErrorCode.INVALID_TRANSITION,
              order.paymentMethod !== 'CARD'
                ? 'This order is paid on delivery, not by card.'
                : `Only an order awaiting payment can be paid; this one is ${order.status.toLowerCase().replaceAll('_', ' ')}.`,
            ),
          ],
        });
      }

      const [latest] = await tx
        .select()
        .from(payments)
        .where(
          and(
            eq(payments.orderId, order.id),
            eq(payments.provider, provider.name),
            inArray(payments.status, ['PENDING', 'FAILED']),
            isNotNull(payments.providerReference),
          ),
        )
        .orderBy(desc(payments.createdAt), desc(payments.id))
        .limit(1);
      try {
        if (latest?.providerReference && provider.clientSecretOf) {
          const secret = await provider.clientSecretOf(latest.providerReference);
          if (secret) return { order, errors: [], clientSecret: secret };
        }
        const charge = await provider.charge({
          amount: order.total,
          currency: order.currency,
          idempotencyKey: `order-pay:${order.id}:${randomUUID()}`,
          orderNumber: order.number,
          orderId: order.id,
        });
        if (charge.status !== 'PENDING' || !charge.clientSecret) {
          throw new Error(`provider ${provider.name} confirms in the browser but answered ${charge.status}`);
        }
        const now = new Date();
        await tx.insert(payments).values({
          orderId: order.id,
          userId: order.userId,
          method: 'CARD',
          provider: provider.name,
          status: 'PENDING',
          amount: order.total,
          currency: order.currency,
          providerReference: charge.providerReference,
          createdAt: now,
          updatedAt: now,
        });
        return { order, errors: [], clientSecret: charge.clientSecret };
      } catch (err) {
        ctx.app.logger.error({ err, orderId: order.id }, 'payment provider failed at orderPay');
        throw new Outcome({
          order,
          clientSecret: null,
          errors: [
            userError(
              null,
              ErrorCode.PAYMENT_PROVIDER_ERROR,
              'The payment provider could not be reached; nothing was charged. Try again.',
            ),
          ],
        });
      }
    });
  } catch (err) {
    if (err instanceof Outcome) return err.outcome;
    throw err;
  }
}
