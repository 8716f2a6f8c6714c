import { type SQL, sql } from 'drizzle-orm';
import { orderEvents, orders } from '../order/order.tables.js';

/**
 * Where the customer report reads sales from: the buyer and time of each sale, and each buyer's
 * first sale. A sale is an order that reached CONFIRMED (an order event into CONFIRMED: card paid,
 * or cash on delivery accepted), counted at the order's created_at; orders cancelled before
 * confirmation and expired unpaid orders never reached it.
 *
 * These read the order tables directly (orders_created_idx for a period, orders_user_created_idx for a
 * first sale, order_events_order_idx for the CONFIRMED check). They are the one place to change when
 * the order-level sales facts maintained in the order transactions are available.
 */

const reachedConfirmed = (orderId: SQL | typeof orders.id) =>
  sql`exists (select 1 from ${orderEvents} where ${orderEvents.orderId} = ${orderId} and ${orderEvents.toStatus} = 'CONFIRMED')`;

/** The sales created in [start, end) as a row source `sales(user_id, created_at)`. */
export function salesBetween(start: Date, end: Date): SQL {
  return sql`(select ${orders.userId} as user_id, ${orders.createdAt} as created_at from ${orders}
    where ${orders.createdAt} >= ${start.toISOString()}::timestamptz and ${orders.createdAt} < ${end.toISOString()}::timestamptz
      and ${reachedConfirmed(orders.id)}) as sales`;
}

/** The time of the first sale ever of the user `userId` (an SQL expression of the outer query). */
export function firstSaleAt(userId: SQL): SQL {
  return sql`(select min(o.created_at) from ${orders} o where o.user_id = ${userId}
    and ${reachedConfirmed(sql`o.id`)})`;
}
