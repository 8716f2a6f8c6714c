import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { enqueueEmail } from '../notification/outbox.js';
import { returnEmails } from '../notification/templates.js';
import { orderEvents, orderLines } from '../order/order.tables.js';
import { type HasApp } from '../order/order-action.js';
import { orderEmailFacts } from '../order/order-emails.js';
import { orderLineSelectionErrors } from '../order/order-line-selection.js';
import type { Actor } from '../order/order-state.types.js';
import { lockOrderFor } from '../order/order-transitions.service.js';
import { inReturnTransaction, type ReturnOutcome, recordReturnEvent, refuse } from './return-steps.js';
import { MAX_RETURN_LINES, MAX_RETURN_TEXT } from './returns.rules.js';
import { returnLines, returnRequests } from './returns.tables.js';

/**
 * returnRequest: the order's customer asks to send back units of a delivered order, within the
 * return window; concurrent requests cannot together return more units than were sold (the order row
 * is locked first).
 */

export interface ReturnRequestInput {
  orderId: string;
  lines: { orderLineId: string; quantity: number }[];
  reason: string;
}

/** Units of each order line of the order already in returns that were not rejected. */
async function unitsInReturns(tx: Executor, orderId: string): Promise<Map<string, number>> {
  const rows = await tx
    .select({ orderLineId: returnLines.orderLineId, units: sql<number>`sum(${returnLines.quantity})::int` })
    .from(returnLines)
    .innerJoin(returnRequests, eq(returnRequests.id, returnLines.returnId))
    .where(and(eq(returnRequests.orderId, orderId), ne(returnRequests.status, 'REJECTED')))
    .groupBy(returnLines.orderLineId);
  return new Map(rows.map((r) => [r.orderLineId, Number(r.units)]));
}

/** When the order was delivered: its latest DELIVERED event; null when it never was. */
async function deliveredAt(tx: Executor, orderId: string): Promise<Date | null> {
  const [row] = await tx
    .select({ at: orderEvents.createdAt })
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, 'DELIVERED')))
    .orderBy(desc(orderEvents.createdAt))
    .limit(1);
  return row?.at ?? null;
}

function inputErrors(input: ReturnRequestInput, reason: string): UserError[] {
  const errors: UserError[] = [];
  if (reason.length === 0 || reason.length > MAX_RETURN_TEXT) {
    errors.push(
      userError(
        ['input', 'reason'],
        ErrorCode.INVALID_INPUT,
        `The reason must be 1 to ${MAX_RETURN_TEXT} characters.`,
      ),
    );
  }
  if (input.lines.length === 0 || input.lines.length > MAX_RETURN_LINES) {
    errors.push(
      userError(['input', 'lines'], ErrorCode.INVALID_INPUT, `Return 1 to ${MAX_RETURN_LINES} order lines.`),
    );
  }
  errors.push(...orderLineSelectionErrors(input.lines, 'Return at least one unit.'));
  return errors;
}

export async function requestReturn(
  ctx: HasApp,
  input: ReturnRequestInput,
  customerId: string,
): Promise<ReturnOutcome> {
  const reason = input.reason.trim();
  const errors = inputErrors(input, reason);
  if (errors.length > 0) return { returnRow: null, errors };

  const actor: Actor = { kind: 'CUSTOMER', userId: customerId };
  return inReturnTransaction(ctx, async (tx) => {
    const order = await lockOrderFor(tx, input.orderId, actor);
    if (!order) return refuse(userError(['input', 'orderId'], ErrorCode.NOT_FOUND, 'No order with this id.'));
    if (order.status !== 'DELIVERED') {
      return refuse(
        userError(
          ['input', 'orderId'],
          ErrorCode.RETURN_NOT_ALLOWED,
          `Only a delivered order can be returned; this one is ${order.status.toLowerCase().replaceAll('_', ' ')}.`,
        ),
      );
    }
    const delivered = await deliveredAt(tx, order.id);
    const windowMs = ctx.app.config.returnWindow * 1000;
    if (!delivered || Date.now() - delivered.getTime() > windowMs) {
      return refuse(
        userError(
          ['input', 'orderId'],
          ErrorCode.RETURN_WINDOW_CLOSED,
          `Returns are accepted for ${Math.floor(ctx.app.config.returnWindow / 86400)} days after delivery; that time has passed.`,
        ),
      );
    }
    const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id));
    const byId = new Map(lines.map((l) => [l.id, l]));
    const taken = await unitsInReturns(tx, order.id);
    const problems: UserError[] = [];
    input.lines.forEach((wanted, i) => {
      const line = isUuid(wanted.orderLineId) ? byId.get(wanted.orderLineId) : undefined;
      if (!line) {
        problems.push(
          userError(
            ['input', 'lines', String(i), 'orderLineId'],
            ErrorCode.NOT_FOUND,
            'This order has no such line.',
          ),
        );
        return;
      }
      const left = line.quantity - (taken.get(line.id) ?? 0);
      if (wanted.quantity > left) {
        problems.push(
          userError(
            ['input', 'lines', String(i), 'quantity'],
            ErrorCode.RETURN_QUANTITY_EXCEEDED,
            left > 0
              ? `At most ${left} ${left === 1 ? 'unit' : 'units'} of ${line.sku} can still be returned.`
              : `Every unit of ${line.sku} is already in a return.`,
          ),
        );
      }
    });
    if (problems.length > 0) return refuse(...problems);

    const now = new Date();
    const [created] = await tx
      .insert(returnRequests)
      .values({
        orderId: order.id,
        userId: order.userId,
        status: 'REQUESTED',
        reason,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!created) throw new Error('return insert returned no row');
    await tx
      .insert(returnLines)
      .values(
        input.lines.map((l) => ({ returnId: created.id, orderLineId: l.orderLineId, quantity: l.quantity })),
      );
    await recordReturnEvent(tx, order, 'RETURN_REQUESTED', actor, {
      returnId: created.id,
      reason,
      lines: input.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })),
    });
    const facts = await orderEmailFacts(ctx, tx, order);
    const units = input.lines.reduce((n, l) => n + l.quantity, 0);
    if (facts) await enqueueEmail(ctx, tx, 'return.requested', returnEmails.requested(facts, units));
    return { ok: true, returnRow: created };
  });
}
