import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { CteStatement, rowFromJson } from '../../db/cte-statement.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import type { AddressSnapshot as CartAddress } from '../address/address-snapshot.js';
import { type CartView, lineName } from '../cart/cart-view.js';
import { takeStockAtomically } from '../catalog/inventory.service.js';
import { type OrderLineRow, type OrderShippingMethod, orderLines, orders } from '../order/order.tables.js';
import {
  addOrderEvent,
  orderEventWritten,
  type PlacedOrder,
  placedEventValues,
} from '../order/order-events.js';
import { initialOrderState } from '../order/order-state.js';
import type { PaymentMethod } from '../payment/payment-methods.js';
import { redeemCoupon } from '../promotion/coupon-usage.js';

/**
 * Checkout's writes before the payment (step 5 of checkout.service.ts), inside its transaction and with
 * the cart and its coupon locked: the order with its number, its lines and its PLACED event, the coupon
 * use, then the stock taken (last, see takeStock).
 */

export function formatOrderNumber(n: number | bigint | string): string {
  return `ORD-${String(n).padStart(6, '0')}`;
}

/**
 * The next order number from `order_number_seq` (concurrent checkouts never collide), as SQL for the
 * order's insert: formatOrderNumber's format, taken in the insert's own statement.
 */
const NEXT_ORDER_NUMBER = sql`(SELECT 'ORD-' || CASE WHEN length(s.n) >= 6 THEN s.n ELSE lpad(s.n, 6, '0') END
  FROM (SELECT nextval('order_number_seq')::text AS n) s)`;

/**
 * Takes every line's quantity from stock in one statement (catalog's takeStockAtomically: the variants
 * locked in id order, all decremented or none, a ledger row each with reason ORDER and reference = the
 * order number). Checkout runs it last before the charge, so the variants' row locks are held only for
 * the charge and the writes that record it. The error for the first line that can no longer be served,
 * or null.
 */
export async function takeStock(
  tx: Tx,
  view: CartView,
  orderNumber: string,
  userId: string,
): Promise<UserError | null> {
  const short = await takeStockAtomically(
    tx,
    view.lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
    { reason: 'ORDER', reference: orderNumber, actorId: userId },
  );
  const first = short[0];
  if (!first) return null;
  const line = view.lines.find((l) => l.variantId === first.variantId);
  if (!line) throw new Error('a short variant that is on no line');
  return userError(
    ['cart', 'lines', line.id],
    ErrorCode.INSUFFICIENT_STOCK,
    `${lineName(line)} is no longer available in this quantity.`,
  );
}

/** The coupon the order carries: the cart's, when it takes something off (or makes shipping free). */
export function appliedCoupon(view: CartView): { id: string; code: string } | null {
  const applied = view.coupon?.applied === true ? view.coupon.row : null;
  return applied ? { id: applied.id, code: applied.code } : null;
}

/**
 * Counts the use of the applied coupon (appliedCoupon; nothing without one). The applied coupon, or an
 * error when its usage limit was reached meanwhile.
 */
export async function redeemAppliedCoupon(
  tx: Tx,
  view: CartView,
  orderNumber: string,
  userId: string,
): Promise<{ coupon: { id: string; code: string } | null } | { error: UserError }> {
  const applied = appliedCoupon(view);
  if (!applied) return { coupon: null };
  const redeemed = await redeemCoupon(tx, { couponId: applied.id, userId, orderReference: orderNumber });
  if (!redeemed) {
    return {
      error: userError(
        ['cart', 'coupon'],
        ErrorCode.COUPON_USAGE_LIMIT_REACHED,
        'This coupon has been used as often as allowed. Remove it (cartRemoveCoupon) to check out without it.',
      ),
    };
  }
  return { coupon: applied };
}

export interface NewOrder {
  userId: string;
  paymentMethod: PaymentMethod;
  idempotencyKey: string;
  requestFingerprint: string;
  currency: string;
  coupon: { id: string; code: string } | null;
  shippingAddress: CartAddress;
  billingAddress: CartAddress;
  note: string | null;
  reservedUntil: Date;
}

/**
 * Writes the order (PENDING_PAYMENT) with the next order number, a snapshot of every line, and its PLACED
 * event (with what other domains add to it, e.g. webhook deliveries), in ONE statement; `alongside` adds
 * the caller's own writes about the new order to it (checkout's outcome and emptied cart). The order's
 * row and its lines as written (their ids chosen here), for what the transaction writes next about them.
 */
export async function insertOrder(
  tx: Tx,
  view: CartView,
  placed: NewOrder,
  alongside?: (stmt: CteStatement, orderId: string) => void,
): Promise<PlacedOrder> {
  const { pricing } = view;
  const shipping = view.selectedShipping;
  if (!shipping) throw new Error('checkout without a shipping method');
  const method: OrderShippingMethod = {
    code: shipping.method.code,
    name: shipping.method.name,
    price: pricing.shipping,
    minDeliveryDays: shipping.method.minDeliveryDays,
    maxDeliveryDays: shipping.method.maxDeliveryDays,
  };
  const initial = initialOrderState(placed.paymentMethod);
  // The id is chosen here so the lines, the event and the caller's rows can name it in the same statement.
  const orderId = randomUUID();
  // Every column is given here, so the lines as written are known without reading them back.
  const lines: OrderLineRow[] = view.lines.map((line, i) => ({
    id: randomUUID(),
    orderId,
    position: i + 1,
    productId: line.product.id,
    variantId: line.variantId,
    productTitle: line.product.title,
    variantTitle: line.variant.title,
    sku: line.variant.sku,
    options: line.variant.options,
    taxClass: line.product.taxClass,
    unitPrice: line.unitPrice,
    quantity: line.quantity,
    subtotal: line.subtotal,
    discount: line.discount,
    tax: line.tax,
    total: line.total,
  }));
  const stmt = new CteStatement();
  const order = stmt.withReturningAll(
    'placed_order',
    tx.insert(orders).values({
      id: orderId,
      number: NEXT_ORDER_NUMBER,
      userId: placed.userId,
      status: initial.status,
      paymentStatus: initial.paymentStatus,
      paymentMethod: placed.paymentMethod,
      idempotencyKey: placed.idempotencyKey,
      requestFingerprint: placed.requestFingerprint,
      currency: placed.currency,
      subtotal: pricing.subtotal,
      discount: pricing.discount,
      shipping: pricing.shipping,
      tax: pricing.tax,
      total: pricing.total,
      couponId: placed.coupon?.id ?? null,
      couponCode: placed.coupon?.code ?? null,
      shippingAddress: placed.shippingAddress,
      billingAddress: placed.billingAddress,
      shippingMethod: method,
      note: placed.note,
      reservedUntil: placed.reservedUntil,
    }),
  );
  stmt.with('placed_lines', tx.insert(orderLines).values(lines));
  const event = await addOrderEvent(stmt, placedEventValues(orderId, placed.userId, initial.status), order);
  alongside?.(stmt, orderId);
  const output = stmt.output('order', sql`SELECT row_to_json(o) FROM ${order} o`);
  const answer = await stmt.run(tx);
  if (!answer[output]) throw new Error('order insert returned no row');
  await orderEventWritten(tx, event, answer);
  return { order: rowFromJson(orders, answer[output]), lines };
}
