import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orderLines, orders } from '../order/order.tables.js';

/**
 * The purchase rule: a customer may review a product they bought in an order that is DELIVERED, in
 * any variant. An order on its way (CONFIRMED, SHIPPED), CANCELLED or REFUNDED does not count: a full
 * refund (status REFUNDED, after delivery too) means the store took the sale back, so it no longer
 * entitles a new review. A partial refund or a return of some units leaves the order DELIVERED and
 * keeps it counting. A review already written stays when its order is refunded later: it was a
 * verified purchase when written, and the store can moderate it.
 */

export type PurchaseCheck =
  | { ok: true; orderLineId: string }
  | { ok: false; reason: 'NEVER_BOUGHT' | 'NOT_DELIVERED' | 'TAKEN_BACK' };

/** The customer's most recent delivered order line of the product, or why there is none. */
export async function checkPurchase(tx: Executor, userId: string, productId: string): Promise<PurchaseCheck> {
  const rows = await tx
    .select({ lineId: orderLines.id, status: orders.status })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(orders.userId, userId), eq(orderLines.productId, productId)))
    .orderBy(desc(orders.createdAt), desc(orderLines.id));
  const delivered = rows.find((row) => row.status === 'DELIVERED');
  if (delivered) return { ok: true, orderLineId: delivered.lineId };
  if (rows.length === 0) return { ok: false, reason: 'NEVER_BOUGHT' };
  const onItsWay = rows.some((row) => ['PENDING_PAYMENT', 'CONFIRMED', 'SHIPPED'].includes(row.status));
  return { ok: false, reason: onItsWay ? 'NOT_DELIVERED' : 'TAKEN_BACK' };
}

export const PURCHASE_MESSAGES: Record<Exclude<PurchaseCheck, { ok: true }>['reason'], string> = {
  NEVER_BOUGHT: 'Only customers who bought this product can review it.',
  NOT_DELIVERED: 'You can review this product once your order has been delivered.',
  TAKEN_BACK: 'Your orders of this product were cancelled or refunded, so it cannot be reviewed.',
};
