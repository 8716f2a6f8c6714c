import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import type { AddressSnapshot as CartAddress } from '../address/address-snapshot.js';
import { type CartView, lineName } from '../cart/cart-view.js';
import { takeStockAtomically } from '../catalog/inventory.service.js';
import { type OrderRow, type OrderShippingMethod, orderLines, orders } from '../order/order.tables.js';
import { placedEventValues, recordOrderEvent } from '../order/order-events.js';
import { initialOrderState } from '../order/order-state.js';
import type { PaymentMethod } from '../payment/payment-methods.js';
import { redeemCoupon } from '../promotion/coupon-usage.js';

/**
 * Checkout's writes before the payment (step 5 of checkout.service.ts), inside its transaction and with
 * the cart and its coupon locked: the order number, the coupon use, the order, its lines and its PLACED
 * event, then the stock taken (last, see takeStock).
 */

export function formatOrderNumber(n: number | bigint | string): string {
  return `ORD-${String(n).padStart(6, '0')}`;
}

/** The next order number, from `order_number_seq`: concurrent checkouts never collide. */
export async function nextOrderNumber(tx: Tx): Promise<string> {
  const [seq] = await queryRows<{ n: string | number }>(tx, sql`SELECT nextval('order_number_seq') AS n`);
  if (!seq) throw new Error('nextval returned no row');
  return formatOrderNumber(seq.n);
}

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

/**
 * Counts the coupon use when the coupon takes something off (or makes shipping free). The applied
 * coupon (null without one), or an error when its usage limit was reached meanwhile.
 */
export async function redeemAppliedCoupon(
  tx: Tx,
  view: CartView,
  orderNumber: string,
  userId: string,
): Promise<{ coupon: { id: string; code: string } | null } | { error: UserError }> {
  const applied = view.coupon?.applied === true ? view.coupon.row : null;
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
  return { coupon: { id: applied.id, code: applied.code } };
}

export interface NewOrder {
  number: string;
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

/** Writes the order (PENDING_PAYMENT), a snapshot of every line, and its PLACED event. */
export async function insertOrder(tx: Tx, view: CartView, placed: NewOrder): Promise<OrderRow> {
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
  const [order] = await tx
    .insert(orders)
    .values({
      number: placed.number,
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
    })
    .returning();
  if (!order) throw new Error('order insert returned no row');
  await tx.insert(orderLines).values(
    view.lines.map((line, i) => ({
      orderId: order.id,
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
    })),
  );
  await recordOrderEvent(tx, placedEventValues(order.id, placed.userId, initial.status));
  return order;
}
