import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import { selectOnce } from '../../db/query-memo.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { type CartRow, cartLines } from '../cart/cart.tables.js';
import { type CartView, computeCartView } from '../cart/cart-view.js';
import { type OrderRow, orders, type PaymentRow, payments } from '../order/order.tables.js';
import type { PaymentMethod } from '../payment/payment-methods.js';
import { type CheckoutOutcomeRow, checkoutOutcomes } from './checkout.tables.js';
import type { CheckoutAvailabilityValue, CheckoutLineOutcomeData } from './checkout-lines.js';
import { type CheckoutResult, fail } from './checkout-result.js';

/**
 * Checkout's idempotency: the order a key already placed, what the shopper is told about it, and the
 * fingerprint that tells the same cart from another.
 */

/** What a fingerprint covers besides the payment method and the availability option. */
interface FingerprintedCart {
  lines: readonly { variantId: string; quantity: number; unitPriceSeen: number }[];
  couponId: string | null;
  address: CartRow['shippingAddress'];
  methodCode: string | null;
}

function fingerprint(
  cart: FingerprintedCart,
  paymentMethod: PaymentMethod,
  availability: CheckoutAvailabilityValue,
): string {
  const lines = cart.lines
    .map((l) => [l.variantId, l.quantity, l.unitPriceSeen] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const payload = JSON.stringify({
    lines,
    coupon: cart.couponId,
    address: cart.address,
    method: cart.methodCode?.toUpperCase() ?? null,
    paymentMethod,
    // Named only when not the default, so ALL_OR_NOTHING fingerprints are those stored before the option.
    ...(availability === 'ALL_OR_NOTHING' ? {} : { availability }),
  });
  return createHash('sha256').update(payload).digest('hex');
}

/**
 * SHA-256 of what is asked: lines with their prices, coupon, destination, method, payment method and
 * availability option.
 */
export function checkoutFingerprint(
  view: CartView,
  paymentMethod: PaymentMethod,
  availability: CheckoutAvailabilityValue,
): string {
  const { cart } = view;
  return fingerprint(
    {
      lines: view.lines,
      couponId: cart.couponId,
      address: cart.shippingAddress,
      methodCode: cart.shippingMethodCode,
    },
    paymentMethod,
    availability,
  );
}

/**
 * The fingerprint of the cart as a checkout that bought `lines` of `view` leaves it (the units not
 * bought, the coupon when the order did not use it); null when it leaves the cart empty.
 */
export function remainderFingerprint(
  view: CartView,
  lines: readonly CheckoutLineOutcomeData[],
  couponIdAfter: string | null,
  paymentMethod: PaymentMethod,
  availability: CheckoutAvailabilityValue,
): string | null {
  const seen = new Map(view.lines.map((l) => [l.id, l.unitPriceSeen]));
  const left = lines
    .filter((l) => l.boughtQuantity < l.requestedQuantity)
    .map((l) => ({
      variantId: l.variantId,
      quantity: l.requestedQuantity - l.boughtQuantity,
      unitPriceSeen: seen.get(l.cartLineId) ?? 0,
    }));
  if (left.length === 0) return null;
  const { cart } = view;
  return fingerprint(
    {
      lines: left,
      couponId: couponIdAfter,
      address: cart.shippingAddress,
      methodCode: cart.shippingMethodCode,
    },
    paymentMethod,
    availability,
  );
}

async function recordOf(executor: Executor, orderId: string): Promise<CheckoutOutcomeRow | null> {
  const [row] = await executor.select().from(checkoutOutcomes).where(eq(checkoutOutcomes.orderId, orderId));
  return row ?? null;
}

/**
 * The outcome the shopper gets for an order: its latest payment, the decline when it failed, and what
 * the checkout bought per cart line (empty for an order placed before that was recorded).
 */
export async function outcomeOf(executor: Executor, order: OrderRow): Promise<CheckoutResult> {
  const rows = await executor
    .select()
    .from(payments)
    .where(eq(payments.orderId, order.id))
    .orderBy(sql`${payments.createdAt} desc, ${payments.id} desc`)
    .limit(1);
  const payment = rows[0] ?? null;
  const record = await recordOf(executor, order.id);
  return {
    order,
    payment,
    clientSecret: null,
    lines: record?.lines ?? [],
    errors: payment ? paymentErrors(payment) : [],
  };
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
  const [row] = await orderByKeyStatement(executor, { userId, key });
  return row ?? null;
}

/** Built once: every checkout runs it. */
const orderByKeyStatement = selectOnce('order-by-idempotency-key', (qb) =>
  qb
    .select()
    .from(orders)
    .where(
      and(eq(orders.userId, sql.placeholder('userId')), eq(orders.idempotencyKey, sql.placeholder('key'))),
    )
    .limit(1),
);

/**
 * The same key again: the first result for the same cart (as it was before the first checkout, or as
 * that checkout left it: emptied, or with the lines AVAILABLE_ONLY could not buy) with the same payment
 * method and availability option; a refusal otherwise.
 */
export async function replay(
  ctx: RequestContext,
  tx: Tx,
  cart: CartRow,
  existing: OrderRow,
  asked: { paymentMethod: PaymentMethod; availability: CheckoutAvailabilityValue },
): Promise<CheckoutResult> {
  const reused = () =>
    fail(
      userError(
        ['input', 'idempotencyKey'],
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        `This idempotency key was already used for order ${existing.number} with a different cart: use a new key for a new checkout.`,
      ),
    );
  const record = await recordOf(tx, existing.id);
  if (asked.paymentMethod !== existing.paymentMethod) return reused();
  if (asked.availability !== (record?.availability ?? 'ALL_OR_NOTHING')) return reused();
  const [line] = await tx
    .select({ id: cartLines.id })
    .from(cartLines)
    .where(eq(cartLines.cartId, cart.id))
    .limit(1);
  if (line) {
    const view = await computeCartView(ctx, tx, cart);
    const now = checkoutFingerprint(view, asked.paymentMethod, asked.availability);
    if (now !== existing.requestFingerprint && now !== record?.remainderFingerprint) return reused();
  }
  return outcomeOf(tx, existing);
}
