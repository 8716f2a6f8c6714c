/**
 * Returns: a customer asks to send back units of a delivered order (returnRequest); an admin approves or
 * rejects the request, and on receiving the goods (returnReceive) puts them back in stock and refunds
 * their share of what was paid, in one transaction.
 *
 * Status machine: REQUESTED → APPROVED → RECEIVED, and REQUESTED → REJECTED; anything else is refused.
 * Every step is an order timeline event (recordOrderEvent) and an email to the customer.
 *
 * Locks: the order row first (serialising everything on one order: concurrent requests cannot together
 * return more units than were delivered), then the return, then variants (restock), then payments.
 */
import { and, asc, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { formatMoney } from '../../graphql/money.js';
import { type Connection, type PageArgs, paginateTable } from '../../graphql/pagination.js';
import { lockVariants, recordStockMovement } from '../catalog/inventory.service.js';
import { enqueueEmail } from '../notification/outbox.js';
import { returnEmails } from '../notification/templates.js';
import { type OrderLineRow, type OrderRow, orderEvents, orderLines } from '../order/order.tables.js';
import { type OrderTimelineEventType, recordOrderEvent } from '../order/order-events.js';
import { orderLineSelectionErrors } from '../order/order-line-selection.js';
import type { Actor } from '../order/order-state.js';
import {
  type HasApp,
  lockOrderFor,
  OrderActionError,
  orderEmailFacts,
} from '../order/order-transitions.service.js';
import { lockOrderPayments, refundableOf, refundOrderPayment } from '../order/refund.service.js';
import { type ReturnRequestRow, returnLines, returnRequests } from './returns.tables.js';

export const MAX_RETURN_TEXT = 500;
export const MAX_RETURN_LINES = 100;

export interface ReturnOutcome {
  returnRow: ReturnRequestRow | null;
  errors: UserError[];
}

type Step = { ok: true; returnRow: ReturnRequestRow } | { ok: false; errors: UserError[] };

/** Runs `work` in a transaction that a refusal rolls back too; a refund failure becomes a refusal. */
async function inTransaction(ctx: HasApp, work: (tx: Executor) => Promise<Step>): Promise<ReturnOutcome> {
  const rollback = Symbol('rollback');
  let refusal: UserError[] = [];
  try {
    const step = await ctx.app.db.transaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) {
        refusal = result.errors;
        throw rollback;
      }
      return result;
    });
    ctx.app.outbox.wake();
    return { returnRow: step.returnRow, errors: [] };
  } catch (err) {
    if (err === rollback) return { returnRow: null, errors: refusal };
    if (err instanceof OrderActionError) return { returnRow: null, errors: [err.userError] };
    throw err;
  }
}

const refuse = (...errors: UserError[]): Step => ({ ok: false, errors });

/** Trimmed optional text of at most MAX_RETURN_TEXT characters, or the error for it. */
function optionalText(value: string | null | undefined, field: string): string | null | UserError {
  const text = value?.trim() || null;
  if (text && text.length > MAX_RETURN_TEXT) {
    return userError(['input', field], ErrorCode.INVALID_INPUT, `At most ${MAX_RETURN_TEXT} characters.`);
  }
  return text;
}

async function recordReturnEvent(
  tx: Executor,
  order: OrderRow,
  type: OrderTimelineEventType,
  actor: Actor,
  data: Record<string, unknown>,
): Promise<void> {
  await recordOrderEvent(tx, {
    orderId: order.id,
    type,
    fromStatus: order.status,
    toStatus: order.status,
    actorKind: actor.kind,
    actorId: actor.kind === 'SYSTEM' ? null : actor.userId,
    data,
  });
}

// ---------------------------------------------------------------------------------------------------
// returnRequest (the order's customer)

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

export async function requestReturn(
  ctx: HasApp,
  input: ReturnRequestInput,
  customerId: string,
): Promise<ReturnOutcome> {
  const errors: UserError[] = [];
  const reason = input.reason.trim();
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
  if (errors.length > 0) return { returnRow: null, errors };

  const actor: Actor = { kind: 'CUSTOMER', userId: customerId };
  return inTransaction(ctx, async (tx) => {
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

// ---------------------------------------------------------------------------------------------------
// Admin steps

/** Locks the order of a return, then the return; null when there is no such return. */
async function lockReturn(
  tx: Executor,
  returnId: string,
  actor: Actor,
): Promise<{ order: OrderRow; returnRow: ReturnRequestRow } | null> {
  if (!isUuid(returnId)) return null;
  const [found] = await tx
    .select({ orderId: returnRequests.orderId })
    .from(returnRequests)
    .where(eq(returnRequests.id, returnId));
  if (!found) return null;
  const order = await lockOrderFor(tx, found.orderId, actor);
  if (!order) return null;
  const [returnRow] = await tx
    .select()
    .from(returnRequests)
    .where(eq(returnRequests.id, returnId))
    .for('update');
  return returnRow ? { order, returnRow } : null;
}

const RETURN_NOT_FOUND = userError(['input', 'returnId'], ErrorCode.NOT_FOUND, 'No return with this id.');

function wrongStatus(returnRow: ReturnRequestRow, doing: string, expected: string): UserError {
  return userError(
    ['input', 'returnId'],
    ErrorCode.INVALID_TRANSITION,
    `${doing} needs a ${expected.toLowerCase()} return; this one is ${returnRow.status.toLowerCase()}.`,
  );
}

/** Approves (APPROVED) or rejects (REJECTED) a requested return, with an optional note for the customer. */
export async function decideReturn(
  ctx: HasApp,
  input: { returnId: string; note?: string | null },
  decision: 'APPROVED' | 'REJECTED',
  adminId: string,
): Promise<ReturnOutcome> {
  const note = optionalText(input.note, 'note');
  if (note && typeof note !== 'string') return { returnRow: null, errors: [note] };
  const actor: Actor = { kind: 'ADMIN', userId: adminId };
  return inTransaction(ctx, async (tx) => {
    const locked = await lockReturn(tx, input.returnId, actor);
    if (!locked) return refuse(RETURN_NOT_FOUND);
    const { order, returnRow } = locked;
    if (returnRow.status !== 'REQUESTED') {
      return refuse(wrongStatus(returnRow, decision === 'APPROVED' ? 'Approving' : 'Rejecting', 'REQUESTED'));
    }
    const [updated] = await tx
      .update(returnRequests)
      .set({ status: decision, resolutionNote: note as string | null, updatedAt: new Date() })
      .where(eq(returnRequests.id, returnRow.id))
      .returning();
    if (!updated) throw new Error(`return ${returnRow.id} vanished while locked`);
    await recordReturnEvent(
      tx,
      order,
      decision === 'APPROVED' ? 'RETURN_APPROVED' : 'RETURN_REJECTED',
      actor,
      {
        returnId: returnRow.id,
        note,
      },
    );
    const facts = await orderEmailFacts(ctx, tx, order);
    if (facts) {
      await enqueueEmail(
        ctx,
        tx,
        decision === 'APPROVED' ? 'return.approved' : 'return.rejected',
        decision === 'APPROVED'
          ? returnEmails.approved(facts, note as string | null)
          : returnEmails.rejected(facts, note as string | null),
      );
    }
    return { ok: true, returnRow: updated };
  });
}

/**
 * What receiving `quantity` more units of a line refunds: its share of the line total, computed on the
 * running total of units received so that all units of a line together refund exactly the line total
 * (no cent lost to rounding), in integer minor units.
 */
export function returnedShare(
  lineTotal: number,
  lineQuantity: number,
  before: number,
  quantity: number,
): number {
  const upTo = (units: number) => Math.floor((lineTotal * units) / lineQuantity);
  return upTo(before + quantity) - upTo(before);
}

/**
 * The goods of an approved return arrived: each line's units go back to stock (a RETURN movement per
 * line, referencing the order number), their share of the line totals is refunded (never more than is
 * still refundable; source RETURN) and the return becomes RECEIVED, all in one transaction.
 */
export async function receiveReturn(ctx: HasApp, returnId: string, adminId: string): Promise<ReturnOutcome> {
  const actor: Actor = { kind: 'ADMIN', userId: adminId };
  return inTransaction(ctx, async (tx) => {
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

// ---------------------------------------------------------------------------------------------------
// Reads

/** Every return (admins), newest first, optionally of one status. */
export async function listReturns(
  ctx: RequestContext,
  status: ReturnRequestRow['status'] | null | undefined,
  page: PageArgs,
): Promise<Connection<ReturnRequestRow>> {
  const conditions: SQL[] = status ? [eq(returnRequests.status, status)] : [];
  return paginateTable(ctx.app.db, returnRequests, conditions, page, {
    column: returnRequests.createdAt,
    sqlType: 'timestamptz',
    value: (r) => r.createdAt,
    direction: 'desc',
  });
}
