import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { formatMoney } from '../../graphql/money.js';
import { lockVariants, recordStockMovement } from '../catalog/inventory.service.js';
import { enqueueEmail } from '../notification/outbox.js';
import { returnEmails } from '../notification/templates.js';
import { type OrderLineRow, orderLines } from '../order/order.tables.js';
import { type HasApp } from '../order/order-action.js';
import { orderEmailFacts } from '../order/order-emails.js';
import type { Actor } from '../order/order-state.types.js';
import { lockOrderPayments, refundableOf, refundOrderPayment } from '../order/refund.service.js';
import {
  inReturnTransaction,
  lockReturn,
  RETURN_NOT_FOUND,
  type ReturnOutcome,
  recordReturnEvent,
  refuse,
  wrongStatus,
} from './return-steps.js';
import { returnedShare } from './returns.rules.js';
import { returnLines, returnRequests } from './returns.tables.js';

/**
 * The goods of an approved return arrived: each line's units go back to stock (a RETURN movement per
 * line, referencing the order number), their share of the line totals is refunded (never more than is
 * still refundable; source RETURN) and the return becomes RECEIVED, all in one transaction.
 * Locks: the order, the return, then variants (restock), then payments.
 */
export async function receiveReturn(ctx: HasApp, returnId: string, adminId: string): Promise<ReturnOutcome> {
  const actor: Actor = { kind: 'ADMIN', userId: adminId };
  return inReturnTransaction(ctx, async (tx) => {
    const locked = await lockReturn(tx, returnId, actor);
    if (!locked) return refuse(RETURN_NOT_FOUND);
    const { order, returnRow } = locked;
    if (returnRow.status !== 'APPROVED') return refuse(wrongStatus(returnRow, 'Receiving', 'APPROVED'));

    const lines = await tx
      .select({ quantity: returnLines.quantity, line: orderLines })
      .from(returnLines)
      .innerJoin(orderLines, eq(orderLines.id, returnLines.orderLineId))
      .where(eq(returnLines.returnId, returnRow.id))
      .orderBy(asc(orderLines.position));

    await lockVariants(
      tx,
      lines.map((l) => l.line.variantId),
    );
    for (const { quantity, line } of lines) {
      // A variant deleted since the sale has no stock to return to.
      if (!line.variantId) continue;
      const moved = await recordStockMovement(tx, {
        variantId: line.variantId,
        delta: quantity,
        reason: 'RETURN',
        reference: order.number,
        note: `Return ${returnRow.id}`,
        actorId: adminId,
      });
      if (!moved.ok && moved.reason !== 'NOT_FOUND') throw new Error(`restocking ${line.variantId} failed`);
    }

    // Refund the returned units' share.
    const received = await unitsReceivedBefore(
      tx,
      order.id,
      lines.map((l) => l.line),
    );
    const share = lines.reduce(
      (sum, { quantity, line }) =>
        sum + returnedShare(line.total, line.quantity, received.get(line.id) ?? 0, quantity),
      0,
    );
    const payments = await lockOrderPayments(tx, order.id);
    const payment = payments.find((p) => refundableOf(p) > 0) ?? null;
    const amount = payment ? Math.min(share, refundableOf(payment)) : 0;
    let current = order;
    if (payment && amount > 0) {
      const { result } = await refundOrderPayment(
        ctx,
        tx,
        order,
        payments,
        payment,
        amount,
        returnRow.reason,
        actor,
        { source: 'RETURN', returnId: returnRow.id, email: false },
      );
      if (!result.ok) return refuse(result.error);
      current = result.order;
    }

    const [updated] = await tx
      .update(returnRequests)
      .set({ status: 'RECEIVED', refundedAmount: amount, updatedAt: new Date() })
      .where(eq(returnRequests.id, returnRow.id))
      .returning();
    if (!updated) throw new Error(`return ${returnRow.id} vanished while locked`);
    await recordReturnEvent(tx, current, 'RETURN_RECEIVED', actor, {
      returnId: returnRow.id,
      refunded: amount,
    });
    const facts = await orderEmailFacts(ctx, tx, current);
    if (facts) {
      await enqueueEmail(
        ctx,
        tx,
        'return.received',
        returnEmails.received(facts, amount > 0 ? formatMoney(amount, current.currency) : null),
      );
    }
    return { ok: true, returnRow: updated };
  });
}

/** Units of these order lines in returns of the order that were already RECEIVED. */
async function unitsReceivedBefore(
  tx: Executor,
  orderId: string,
  lines: OrderLineRow[],
): Promise<Map<string, number>> {
  if (lines.length === 0) return new Map();
  const rows = await tx
    .select({ orderLineId: returnLines.orderLineId, units: sql<number>`sum(${returnLines.quantity})::int` })
    .from(returnLines)
    .innerJoin(returnRequests, eq(returnRequests.id, returnLines.returnId))
    .where(
      and(
        eq(returnRequests.orderId, orderId),
        eq(returnRequests.status, 'RECEIVED'),
        inArray(
          returnLines.orderLineId,
          lines.map((l) => l.id),
        ),
      ),
    )
    .groupBy(returnLines.orderLineId);
  return new Map(rows.map((r) => [r.orderLineId, Number(r.units)]));
}
