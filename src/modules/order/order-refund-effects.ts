import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { ErrorCode, userError } from '../../graphql/errors.js';
import { methodsSettledBy, type PaymentSettlement, settlementOf } from '../payment/payment-methods.js';
import { type OrderRow, type PaymentRow, payments, refunds } from './order.tables.js';
import { type HasApp, OrderActionError, type RefundDetails, type RefundSource } from './order-action.js';
import type { Actor, OrderAction } from './order-state.types.js';

/**
 * Money going back as an effect of an order action (REFUND_PAYMENT, RECORD_CASH_REFUND): a refunds row
 * per payment refunded, the payment's refunded amount, and the provider's refund when the provider holds
 * the money. Runs after every other write of the action, so a provider that refuses or cannot be reached
 * rolls them back (OrderActionError).
 */

export function defaultRefundSource(action: OrderAction, actor: Actor): RefundSource {
  if (action.type === 'CANCEL' || action.type === 'PAYMENT_SUCCEEDED') return 'CANCELLATION';
  return actor.kind === 'SYSTEM' ? 'PROVIDER' : 'ADMIN';
}

export function refundReason(action: OrderAction): string | null {
  switch (action.type) {
    case 'CANCEL':
    case 'FULL_REFUND':
    case 'PARTIAL_REFUND':
      return action.reason;
    case 'PAYMENT_SUCCEEDED':
      return 'Paid after the order was cancelled.';
    default:
      return null;
  }
}

type Giving = RefundDetails & { source: RefundSource; reason: string | null; actorId: string | null };

/**
 * Gives money back on the order's captured payments whose method settles this way (PROVIDER: through
 * the provider, REFUND_PAYMENT; ON_DELIVERY: handed back in person and recorded, RECORD_CASH_REFUND),
 * after every other write of the action: everything still captured, or for PARTIAL_REFUND
 * `giving.amount` of `giving.paymentId`. Each refund is one `refunds` row; the payment's refunded amount
 * grows by it (the CHECK on payments keeps it within what was captured). Returns the amount given back.
 */
export async function refundCaptured(
  ctx: HasApp,
  tx: Executor,
  order: OrderRow,
  settlement: PaymentSettlement,
  now: Date,
  giving: Giving,
): Promise<number> {
  const captured: PaymentRow[] = await tx
    .select()
    .from(payments)
    .where(
      and(
        eq(payments.orderId, order.id),
        inArray(payments.method, methodsSettledBy(settlement)),
        inArray(payments.status, ['SUCCEEDED', 'PARTIALLY_REFUNDED']),
      ),
    )
    .orderBy(asc(payments.createdAt), asc(payments.id))
    .for('update');
  if (giving.paymentId !== undefined || giving.amount !== undefined) {
    // A partial refund: exactly this amount of this payment, or nothing at all.
    const payment = captured.find((p) => p.id === giving.paymentId);
    const amount = giving.amount ?? 0;
    if (!payment || !Number.isSafeInteger(amount) || amount <= 0) {
      throw new Error(`partial refund of ${amount} on payment ${giving.paymentId} is not possible`);
    }
    if (amount > payment.amount - payment.refundedAmount) {
      throw new OrderActionError(
        userError(
          ['input', 'amount'],
          ErrorCode.REFUND_EXCEEDS_CAPTURED,
          'The amount is more than is still refundable on this payment; nothing was changed.',
        ),
      );
    }
    await refundPayment(ctx, tx, order, payment, amount, now, giving);
    return amount;
  }
  let total = 0;
  for (const payment of captured) {
    const amount = payment.amount - payment.refundedAmount;
    if (amount <= 0) continue;
    await refundPayment(ctx, tx, order, payment, amount, now, giving);
    total += amount;
  }
  return total;
}

/**
 * Gives back `amount` of one payment: one settled by its provider (a card) through that provider (a stable idempotency key per payment,
 * amount already refunded and amount, so a retry after a rollback never refunds twice), cash as a
 * recorded refund the store hands back (cash), or money the provider already gave back (`madeAtProvider`) as a
 * record only. A provider that refuses or throws aborts the whole action.
 */
async function refundPayment(
  ctx: HasApp,
  tx: Executor,
  order: OrderRow,
  payment: PaymentRow,
  amount: number,
  now: Date,
  giving: Giving,
): Promise<void> {
  let providerReference: string | null = null;
  if (giving.madeAtProvider?.paymentId === payment.id) {
    providerReference = giving.madeAtProvider.reference;
  } else if (settlementOf(payment.method) === 'PROVIDER') {
    if (!payment.providerReference)
      throw new Error(`captured payment ${payment.id} has no provider reference`);
    const provider = ctx.app.paymentProviders[payment.method];
    let refund: Awaited<ReturnType<typeof provider.refund>>;
    try {
      refund = await provider.refund({
        providerReference: payment.providerReference,
        amount,
        currency: payment.currency,
        idempotencyKey: `refund:${payment.id}:${payment.refundedAmount}:${amount}`,
      });
    } catch (err) {
      ctx.app.logger.error(
        { err, orderId: order.id, paymentId: payment.id },
        'refund failed at the provider',
      );
      throw new OrderActionError(
        userError(
          null,
          ErrorCode.REFUND_FAILED,
          'The payment provider could not be reached to refund the payment; nothing was changed. Try again later.',
        ),
      );
    }
    if (refund.status !== 'SUCCEEDED') {
      throw new OrderActionError(
        userError(
          null,
          ErrorCode.REFUND_FAILED,
          `The refund was refused: ${refund.message} Nothing was changed.`,
        ),
      );
    }
    providerReference = refund.providerReference;
  }
  const [row] = await tx
    .insert(refunds)
    .values({
      paymentId: payment.id,
      orderId: order.id,
      amount,
      currency: payment.currency,
      reason: giving.reason,
      source: giving.source,
      returnId: giving.returnId ?? null,
      providerReference,
      actorId: giving.actorId,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('refund insert returned no row');
  giving.onRecorded?.(row);
  const refundedAmount = payment.refundedAmount + amount;
  await tx
    .update(payments)
    .set({
      status: refundedAmount >= payment.amount ? 'REFUNDED' : 'PARTIALLY_REFUNDED',
      refundedAmount: sql`${payments.refundedAmount} + ${amount}`,
      updatedAt: now,
    })
    .where(eq(payments.id, payment.id));
}
