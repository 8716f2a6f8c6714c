import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { type CartRow, cartLines } from '../cart/cart.tables.js';
import { type CartView, computeCartView } from '../cart/cart-view.js';
import { type OrderRow, orders, type PaymentRow, payments } from '../order/order.tables.js';
import type { PaymentMethod } from '../payment/payment-methods.js';
import { type CheckoutResult, fail } from './checkout-result.js';

/**
 * Checkout's idempotency: the order a key already placed, what the shopper is told about it, and the
 * fingerprint that tells the same cart from another.
 */

/** SHA-256 of what is bought: lines with their prices, coupon, destination, method and payment method. */
export function checkoutFingerprint(view: CartView, paymentMethod: PaymentMethod): string {
  const lines = view.lines
    .map((l) => [l.variantId, l.quantity, l.unitPriceSeen] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const payload = JSON.stringify({
    lines,
    coupon: view.cart.couponId,
    address: view.cart.shippingAddress,
    method: view.cart.shippingMethodCode?.toUpperCase() ?? null,
    paymentMethod,
  });
  return createHash('sha256').update(payload).digest('hex');
}

/** The outcome the shopper gets for an order: its latest payment, and the decline when it failed. */
export async function outcomeOf(executor: Executor, order: OrderRow): Promise<CheckoutResult> {
  const rows = await executor
    .select()
    .from(payments)
    .where(eq(payments.orderId, order.id))
    .orderBy(sql`${payments.createdAt} desc, ${payments.id} desc`)
    .limit(1);
  const payment = rows[0] ?? null;
  return { order, payment, clientSecret: null, errors: payment ? paymentErrors(payment) : [] };
}

export function paymentErrors(payment: PaymentRow): UserError[] {
  if (payment.status !== 'FAILED') return [];
  const code = (
    payment.failureCode && payment.failureCode in ErrorCode ? payment.failureCode : ErrorCode.CARD_DECLINED
  ) as ErrorCode;
  return [
    userError(
      ['input', 'card'],
      code,
      `${payment.failureMessage ?? 'The payment failed.'} Your order is reserved for you: pay it with orderPay.`,
    ),
  ];
}

export async function findByKey(executor: Executor, userId: string, key: string): Promise<OrderRow | null> {
  const [row] = await executor
    .select()
    .from(orders)
    .where(and(eq(orders.userId, userId), eq(orders.idempotencyKey, key)))
    .limit(1);
  return row ?? null;
}

/** The same key again: the first result for the same (or the emptied) cart, a refusal otherwise. */
export async function replay(
  ctx: RequestContext,
  tx: Tx,
  cart: CartRow,
  existing: OrderRow,
  paymentMethod: PaymentMethod,
): Promise<CheckoutResult> {
  const reused = () =>
    fail(
      userError(
        ['input', 'idempotencyKey'],
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        `This idempotency key was already used for order ${existing.number} with a different cart: use a new key for a new checkout.`,
      ),
    );
  if (paymentMethod !== existing.paymentMethod) return reused();
  const [line] = await tx
    .select({ id: cartLines.id })
    .from(cartLines)
    .where(eq(cartLines.cartId, cart.id))
    .limit(1);
  if (line) {
    const view = await computeCartView(ctx, tx, cart);
    if (checkoutFingerprint(view, paymentMethod) !== existing.requestFingerprint) return reused();
  }
  return outcomeOf(tx, existing);
}
