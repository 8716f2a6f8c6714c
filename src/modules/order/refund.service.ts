/**
 * Giving money back after checkout: an admin's refund of a payment (paymentRefund), the refund of a
 * received return (returns/return-receipt.service.ts) and a refund made at the provider and reported by its webhook
 * (`recordProviderRefund`). All three go through `refundOrderPayment`, which picks the state machine's
 * action by amount — PARTIAL_REFUND, or FULL_REFUND when nothing would be left captured on the order —
 * and lets `applyOrderAction` move the money, write the `refunds` rows, the order event and the email.
 *
 * Locks: the order row first, then all its payments in one statement (created_at, id order); an order's
 * payments are only ever locked by someone holding its order row, so they never take part in a deadlock
 * (variants, locked by restocking effects, are shared between orders and always locked in id order).
 * Two concurrent refunds of one order therefore run one after the other, and the second sees what the
 * first refunded: together they can never exceed what was captured (the CHECK
 * `refunded_amount <= amount` on payments backs this up).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { currencyDigits, formatMoney, parseDecimalAmount } from '../../graphql/money.js';
import { methodsSettledBy } from '../payment/payment-methods.js';
import { type OrderRow, orders, type PaymentRow, payments, type RefundRow, refunds } from './order.tables.js';
import type { HasApp, OrderActionResult, RefundDetails } from './order-action.js';
import type { Actor } from './order-state.types.js';
import { applyOrderAction, lockOrderFor, runInTransaction } from './order-transitions.service.js';

export const MAX_REFUND_REASON = 500;

const CAPTURED_STATUSES: PaymentRow['status'][] = ['SUCCEEDED', 'PARTIALLY_REFUNDED'];

/** What is still refundable on a payment: captured minus already refunded (0 unless captured). */
export function refundableOf(payment: Pick<PaymentRow, 'status' | 'amount' | 'refundedAmount'>): number {
  return CAPTURED_STATUSES.includes(payment.status) ? payment.amount - payment.refundedAmount : 0;
}

/** Locks every payment of the order, in a fixed order (created_at, id); call with the order locked. */
export async function lockOrderPayments(tx: Executor, orderId: string): Promise<PaymentRow[]> {
  return tx
    .select()
    .from(payments)
    .where(eq(payments.orderId, orderId))
    .orderBy(asc(payments.createdAt), asc(payments.id))
    .for('update');
}

/**
 * Refunds `amount` minor units of one captured payment of a locked order (`lockedPayments` from
 * `lockOrderPayments`), inside `tx`: FULL_REFUND when that leaves nothing captured on the order (the
 * order becomes REFUNDED), otherwise PARTIAL_REFUND. The caller has checked 0 < amount <= refundable.
 * Returns the action's result and the refunds rows written.
 */
export async function refundOrderPayment(
  ctx: HasApp,
  tx: Executor,
  order: OrderRow,
  lockedPayments: PaymentRow[],
  payment: PaymentRow,
  amount: number,
  reason: string | null,
  actor: Actor,
  details: RefundDetails,
): Promise<{ result: OrderActionResult; recorded: RefundRow[] }> {
  const remainingOnOrder = lockedPayments.reduce((sum, p) => sum + refundableOf(p), 0);
  const recorded: RefundRow[] = [];
  const full = remainingOnOrder - amount <= 0;
  const result = await applyOrderAction(
    ctx,
    tx,
    order.id,
    full ? { type: 'FULL_REFUND', reason } : { type: 'PARTIAL_REFUND', reason },
    actor,
    {
      ...details,
      ...(full ? {} : { paymentId: payment.id, amount }),
      onRecorded: (row) => recorded.push(row),
    },
  );
  return { result, recorded };
}

// ---------------------------------------------------------------------------------------------------
// paymentRefund (admin)

export interface PaymentRefundInput {
  paymentId: string;
  /** Decimal string ("12.50"); null = everything still refundable. */
  amount: string | null;
  reason: string | null;
}

export interface PaymentRefundOutcome {
  payment: PaymentRow | null;
  order: OrderRow | null;
  refund: RefundRow | null;
  errors: UserError[];
}

const fail = (errors: UserError[], payment: PaymentRow | null = null): PaymentRefundOutcome => ({
  payment,
  order: null,
  refund: null,
  errors,
});

/**
 * An admin refunds all or part of a payment: validated, then order and payments locked, the amount
 * checked against what is still refundable, and the refund applied (provider call for a card, a recorded
 * refund for cash) in one transaction. Any refusal or provider failure changes nothing.
 */
export async function refundPaymentAsAdmin(
  ctx: HasApp,
  input: PaymentRefundInput,
  adminId: string,
): Promise<PaymentRefundOutcome> {
  const reason = input.reason?.trim() || null;
  if (reason && reason.length > MAX_REFUND_REASON) {
    return fail([
      userError(
        ['input', 'reason'],
        ErrorCode.INVALID_INPUT,
        `The reason is at most ${MAX_REFUND_REASON} characters.`,
      ),
    ]);
  }
  const notFound = userError(['input', 'paymentId'], ErrorCode.NOT_FOUND, 'No payment with this id.');
  if (!isUuid(input.paymentId)) return fail([notFound]);
  const [found] = await ctx.app.db.select().from(payments).where(eq(payments.id, input.paymentId));
  if (!found) return fail([notFound]);

  let requested: number | null = null;
  if (input.amount != null) {
    requested = parseDecimalAmount(input.amount, currencyDigits(found.currency));
    if (requested === null || requested <= 0) {
      return fail(
        [
          userError(
            ['input', 'amount'],
            ErrorCode.INVALID_INPUT,
            'The amount must be a positive decimal in the currency, such as "12.50".',
          ),
        ],
        found,
      );
    }
  }

  const actor: Actor = { kind: 'ADMIN', userId: adminId };
  let refund: RefundRow | null = null;
  const result = await runInTransaction(ctx, async (tx) => {
    const order = await lockOrderFor(tx, found.orderId, actor);
    if (!order) return { ok: false, order: null, error: notFound };
    const locked = await lockOrderPayments(tx, order.id);
    const payment = locked.find((p) => p.id === found.id);
    if (!payment) return { ok: false, order, error: notFound };
    const refundable = refundableOf(payment);
    const amount = requested ?? refundable;
    if (refundable <= 0 || amount > refundable) {
      return {
        ok: false,
        order,
        error: userError(
          ['input', 'amount'],
          ErrorCode.REFUND_EXCEEDS_CAPTURED,
          refundable <= 0
            ? 'Nothing is left to refund on this payment; nothing was changed.'
            : `At most ${formatMoney(refundable, payment.currency)} is still refundable on this payment; nothing was changed.`,
        ),
      };
    }
    const { result, recorded } = await refundOrderPayment(
      ctx,
      tx,
      order,
      locked,
      payment,
      amount,
      reason,
      actor,
      { source: 'ADMIN' },
    );
    refund = recorded.find((r) => r.paymentId === payment.id) ?? null;
    return result;
  });
  const [payment] = await ctx.app.db.select().from(payments).where(eq(payments.id, found.id));
  if (!result.ok) {
    const [order] = await ctx.app.db.select().from(orders).where(eq(orders.id, found.orderId));
    return { payment: payment ?? null, order: order ?? null, refund: null, errors: [result.error] };
  }
  ctx.app.outbox.wake();
  return { payment: payment ?? null, order: result.order, refund, errors: [] };
}

// ---------------------------------------------------------------------------------------------------
// Refunds made at the provider (Stripe dashboard or API), reported by its webhook.

export interface ProviderRefundReport {
  /** The payment's `providerReference` at the provider (the Stripe PaymentIntent id). */
  providerReference: string;
  /** The provider's id of the refund (Stripe `re_...`); recorded once, whatever the number of reports. */
  refundReference: string;
  /**
   * The TOTAL refunded so far on the payment at the provider, in minor units (Stripe's
   * `charge.amount_refunded`), not this refund's amount: what is recorded is the difference with what we
   * already know about, so a refund made through paymentRefund and then reported is not counted twice.
   */
  amountRefundedTotal: number;
  reason: string | null;
}

export type ProviderRefundOutcome =
  | { status: 'RECORDED'; refund: RefundRow | null; order: OrderRow }
  /** Already known: this refund reference, or the total is not above what is recorded. */
  | { status: 'ALREADY_RECORDED' }
  /** No payment settled by a provider has this provider reference. */
  | { status: 'UNKNOWN_PAYMENT' }
  /** The state machine refused (the order cannot be refunded in its state); nothing was written. */
  | { status: 'REFUSED'; error: UserError };

/**
 * Records a refund that was made at the provider, WITHOUT calling the provider, inside the caller's
 * transaction: the refunds row (source PROVIDER, deduplicated by the refund reference and by the total),
 * the payment's refunded amount and status, and the order's move (PARTIALLY_REFUNDED, or REFUNDED when
 * nothing is left captured), its event and email. Call `ctx.app.outbox.wake()` after the commit.
 */
export async function recordProviderRefund(
  ctx: HasApp,
  tx: Executor,
  report: ProviderRefundReport,
): Promise<ProviderRefundOutcome> {
  const [found] = await tx
    .select({ id: payments.id, orderId: payments.orderId })
    .from(payments)
    .where(
      and(
        eq(payments.providerReference, report.providerReference),
        inArray(payments.method, methodsSettledBy('PROVIDER')),
      ),
    )
    .limit(1);
  if (!found) return { status: 'UNKNOWN_PAYMENT' };
  const actor: Actor = { kind: 'SYSTEM' };
  const order = await lockOrderFor(tx, found.orderId, actor);
  if (!order) return { status: 'UNKNOWN_PAYMENT' };
  const locked = await lockOrderPayments(tx, order.id);
  const payment = locked.find((p) => p.id === found.id);
  if (!payment) return { status: 'UNKNOWN_PAYMENT' };
  const [known] = await tx
    .select({ id: refunds.id })
    .from(refunds)
    .where(eq(refunds.providerReference, report.refundReference));
  if (known) return { status: 'ALREADY_RECORDED' };
  const amount = Math.min(report.amountRefundedTotal - payment.refundedAmount, refundableOf(payment));
  if (!Number.isSafeInteger(amount) || amount <= 0) return { status: 'ALREADY_RECORDED' };
  const { result, recorded } = await refundOrderPayment(
    ctx,
    tx,
    order,
    locked,
    payment,
    amount,
    report.reason,
    actor,
    { source: 'PROVIDER', madeAtProvider: { paymentId: payment.id, reference: report.refundReference } },
  );
  if (!result.ok) return { status: 'REFUSED', error: result.error };
  return { status: 'RECORDED', refund: recorded[0] ?? null, order: result.order };
}

/** Refunds rows of some payments, oldest first (for checks and tests). */
export async function refundsOfPayments(tx: Executor, paymentIds: string[]): Promise<RefundRow[]> {
  if (paymentIds.length === 0) return [];
  return tx
    .select()
    .from(refunds)
    .where(inArray(refunds.paymentId, paymentIds))
    .orderBy(asc(refunds.createdAt), asc(refunds.id));
}
