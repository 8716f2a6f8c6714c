import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { CteStatement } from '../../db/cte-statement.js';
import { lockVariants, recordStockMovement } from '../catalog/inventory.service.js';
import { addUnitsSoldFrom } from '../catalog/units-sold.js';
import { type OrderRow, orderLines, payments } from './order.tables.js';
import type { HasApp } from './order-action.js';
import { orderParcels } from './order-hooks.js';

/**
 * Side effects of an order action on stock, sales counters and the payment collected on delivery, in the
 * action's transaction; other domains' data through their service functions. Money given back is
 * order-refund-effects.ts; emails are order-emails.ts.
 */

/**
 * Returns to stock every unit that is still in the store: a line's quantity less its units in parcels
 * that have left (a full refund of a partly shipped order does not restock goods on their way).
 * Variants locked in id order; one CANCEL movement per line.
 */
export async function restock(tx: Executor, order: OrderRow, actorId: string | null): Promise<void> {
  const rows = await tx
    .select({ id: orderLines.id, variantId: orderLines.variantId, quantity: orderLines.quantity })
    .from(orderLines)
    .where(eq(orderLines.orderId, order.id))
    .orderBy(asc(orderLines.position));
  const left = await orderParcels().unitsLeftByLine(tx, order.id);
  const lines = rows.map((line) => ({ ...line, quantity: line.quantity - (left.get(line.id) ?? 0) }));
  await lockVariants(
    tx,
    lines.flatMap((l) => (l.quantity > 0 ? [l.variantId] : [])),
  );
  for (const line of lines) {
    // A variant deleted since the sale has no stock to return to.
    if (!line.variantId || line.quantity <= 0) continue;
    await recordStockMovement(tx, {
      variantId: line.variantId,
      delta: line.quantity,
      reason: 'CANCEL',
      reference: order.number,
      actorId,
    });
  }
}

/**
 * Adds (+1) or removes (-1) the order's units on its products' sales counters (catalog's service), as
 * CTEs of the action's statement that sum the order's lines by product.
 */
export function countUnitsSold(stmt: CteStatement, orderId: string, sign: 1 | -1): void {
  addUnitsSoldFrom(
    stmt,
    sql`SELECT ${orderLines.productId} AS id, (${sign}::int * sum(${orderLines.quantity}))::int AS units
      FROM ${orderLines}
      WHERE ${orderLines.orderId} = ${orderId} AND ${orderLines.productId} IS NOT NULL
      GROUP BY ${orderLines.productId}`,
  );
}

/**
 * Money collected on delivery: the order's pending payment becomes SUCCEEDED (one is recorded if
 * missing). Only orders whose method settles on delivery can take this action (state machine).
 */
export async function recordCollected(ctx: HasApp, tx: Executor, order: OrderRow, now: Date): Promise<void> {
  const updated = await tx
    .update(payments)
    .set({ status: 'SUCCEEDED', updatedAt: now })
    .where(
      and(
        eq(payments.orderId, order.id),
        eq(payments.method, order.paymentMethod),
        eq(payments.status, 'PENDING'),
      ),
    )
    .returning({ id: payments.id });
  if (updated.length > 0 || order.total <= 0) return;
  await tx.insert(payments).values({
    orderId: order.id,
    userId: order.userId,
    method: order.paymentMethod,
    provider: ctx.app.paymentProviders[order.paymentMethod].name,
    status: 'SUCCEEDED',
    amount: order.total,
    currency: order.currency,
    createdAt: now,
    updatedAt: now,
  });
}
