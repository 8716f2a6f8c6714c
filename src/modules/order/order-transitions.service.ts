/**
 * Everything that moves an order after checkout goes through `applyOrderAction`: it locks the order,
 * asks the state machine (`transition` in order-state.ts) whether the action is allowed, performs every
 * side effect the machine lists in the caller's transaction, and records the order event. Mutations
 * (order-admin.resolver.ts), the reservation sweeper, orderPay, provider events and checkout's payment
 * outcome all use it. The effects themselves: order-effects.ts (stock, sales counters, cash collected),
 * order-refund-effects.ts (money back), order-emails.ts; coupons and the buyer's cancellation count
 * through their domains' services.
 *
 * Refusals are results (`{ ok: false, error }`) written before anything changed. A failure after writes
 * began (a provider that refuses or cannot be reached while refunding) throws `OrderActionError`, so the
 * caller's transaction rolls everything back; `performOrderAction` runs one action in its own transaction
 * and turns that error back into a result.
 */
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { CteStatement, rowFromJson } from '../../db/cte-statement.js';
import { inTransaction, rollback } from '../../db/transact.js';
import { ErrorCode, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { countCancellation } from '../account/cancellation-count.js';
import { releaseCoupon } from '../promotion/coupon-usage.js';
import { type OrderRow, orders } from './order.tables.js';
import { type HasApp, OrderActionError, type OrderActionResult, type RefundDetails } from './order-action.js';
import { countUnitsSold, recordCollected, restock } from './order-effects.js';
import { type OrderBuyer, sendEmails } from './order-emails.js';
import { addOrderEvent, orderEventValues, orderEventWritten, type PlacedOrder } from './order-events.js';
import { orderParcels } from './order-hooks.js';
import { defaultRefundSource, refundCaptured, refundReason } from './order-refund-effects.js';
import { transition } from './order-state.js';
import { type Actor, type OrderAction, type OrderStatus } from './order-state.types.js';
import { releasePendingPayments } from './release-pending-payments.js';

const NOT_FOUND_MESSAGE = 'No order with this id.';

function notFound(): OrderActionResult {
  return {
    ok: false,
    order: null,
    error: userError(['input', 'orderId'], ErrorCode.NOT_FOUND, NOT_FOUND_MESSAGE),
  };
}

/**
 * Locks the order row and returns it, or null when it does not exist or (for a customer) is not theirs:
 * a customer can never tell someone else's order from a missing one.
 */
export async function lockOrderFor(tx: Executor, orderId: string, actor: Actor): Promise<OrderRow | null> {
  if (!isUuid(orderId)) return null;
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  if (!order) return null;
  if (actor.kind === 'CUSTOMER' && order.userId !== actor.userId) return null;
  return order;
}

/**
 * Rows the caller already holds, so applyOrderAction need not read them again: the order as this
 * transaction locked it (checkout: its insert did, so no one else changed it since), the buyer's
 * address and name.
 */
export interface KnownRows {
  lockedOrder?: OrderRow;
  buyer?: OrderBuyer;
  /**
   * A statement the caller started with writes of its own (checkout: the payment): the action's writes
   * join it, and it runs inside applyOrderAction (its `answer` holds the caller's outputs afterwards).
   */
  statement?: CteStatement;
  /**
   * The lines of `lockedOrder`, when this transaction placed it and nothing moved it since (checkout's
   * payment outcome): handed to the event's statement (OrderEventFacts.placed).
   */
  placedLines?: PlacedOrder['lines'];
}

function updatedRow(orderId: string, json: unknown): OrderRow {
  if (!json) throw new Error(`order ${orderId} vanished while locked`);
  return rowFromJson(orders, json);
}

/**
 * Applies one action to one order inside `tx`: lock, state machine, effects, event, updated_at.
 * Call `ctx.app.outbox.wake()` after the transaction commits (performOrderAction does).
 */
export async function applyOrderAction(
  ctx: HasApp,
  tx: Executor,
  orderId: string,
  action: OrderAction,
  actor: Actor,
  refundDetails: RefundDetails = {},
  known: KnownRows = {},
): Promise<OrderActionResult> {
  const order =
    known.lockedOrder?.id === orderId &&
    (actor.kind !== 'CUSTOMER' || known.lockedOrder.userId === actor.userId)
      ? known.lockedOrder
      : await lockOrderFor(tx, orderId, actor);
  if (!order) return notFound();

  const result = transition(
    {
      status: order.status as OrderStatus,
      paymentStatus: order.paymentStatus,
      paymentMethod: order.paymentMethod,
    },
    action,
    actor,
  );
  if (!result.ok) {
    // FORBIDDEN here means this kind of actor may never do this (e.g. a customer marking an order
    // shipped); the resolvers' @auth already keeps them out, so it reads the same as an invalid move.
    return { ok: false, order, error: userError(null, ErrorCode.INVALID_TRANSITION, result.message) };
  }

  // A CONFIRMED order may already be partly on its way (some parcels left): those goods cannot be
  // restocked and refunded by a cancellation. (Fulfillment answers through the OrderParcels port.)
  if (action.type === 'CANCEL' && order.status === 'CONFIRMED') {
    const left = await orderParcels().unitsLeftByLine(tx, order.id);
    if (left.size > 0) {
      return {
        ok: false,
        order,
        error: userError(
          null,
          ErrorCode.INVALID_TRANSITION,
          'Part of this order has already shipped: it can no longer be cancelled.',
        ),
      };
    }
  }

  const effects = new Set(result.effects);
  const actorId = actor.kind === 'SYSTEM' ? null : actor.userId;
  const now = new Date();

  // The action's writes that need no answer in between join one statement (units sold, the order's
  // update, its event with what other domains add to it, the emails): one round trip instead of one each.
  const stmt = known.statement ?? new CteStatement();
  if (effects.has('RESTOCK')) await restock(tx, order, actorId);
  if (effects.has('RELEASE_COUPON')) await releaseCoupon(tx, order.couponId, order.number);
  if (effects.has('COUNT_UNITS_SOLD')) countUnitsSold(stmt, order.id, +1);
  if (effects.has('UNCOUNT_UNITS_SOLD')) countUnitsSold(stmt, order.id, -1);
  if (effects.has('INCREMENT_CANCELLATION_COUNT')) await countCancellation(tx, order.userId, now);
  if (action.type === 'PAYMENT_COLLECTED') await recordCollected(ctx, tx, order, now);

  const changes = {
    status: result.status,
    paymentStatus: result.paymentStatus,
    updatedAt: now,
    // Stock stays reserved only while the order awaits payment.
    ...(result.status !== 'PENDING_PAYMENT' ? { reservedUntil: null } : {}),
    ...(effects.has('RECORD_TRACKING') && action.type === 'MARK_SHIPPED'
      ? { carrier: action.carrier, trackingNumber: action.trackingNumber }
      : {}),
  };
  const upd = stmt.withReturningAll('upd', tx.update(orders).set(changes).where(eq(orders.id, order.id)));
  const updOutput = stmt.output('order', sql`SELECT row_to_json(u) FROM ${upd} u`);
  // The row as the update leaves it, for the emails written by the same statement.
  const projected: OrderRow = { ...order, ...changes };

  // Money goes back after every other write, so a refusing or unreachable provider rolls them back;
  // a retry after a later failure reuses the refund's idempotency key and never refunds twice. A refund
  // needs the updated order first: the statement runs now, and the event gets one of its own.
  const refunding = effects.has('REFUND_PAYMENT') || effects.has('RECORD_CASH_REFUND');
  let updated: OrderRow | null = null;
  let refunded = 0;
  let eventStmt = stmt;
  let orderFrom = upd;
  if (refunding) {
    updated = updatedRow(order.id, (await stmt.run(tx))[updOutput]);
    const giving = {
      ...refundDetails,
      source: refundDetails.source ?? defaultRefundSource(action, actor),
      reason: refundReason(action),
      actorId,
    };
    if (effects.has('REFUND_PAYMENT'))
      refunded += await refundCaptured(ctx, tx, order, 'PROVIDER', now, giving);
    if (effects.has('RECORD_CASH_REFUND'))
      refunded += await refundCaptured(ctx, tx, order, 'ON_DELIVERY', now, giving);
    eventStmt = new CteStatement();
    orderFrom = sql`orders`;
  }

  const values = orderEventValues(order.id, result.event);
  const placed =
    known.placedLines && order === known.lockedOrder ? { order, lines: known.placedLines } : undefined;
  const event = await addOrderEvent(
    eventStmt,
    {
      ...values,
      data: {
        ...values.data,
        ...(refunded > 0 ? { refunded } : {}),
        ...(refundDetails.returnId ? { returnId: refundDetails.returnId } : {}),
      },
      createdAt: now,
    },
    orderFrom,
    placed,
  );
  if (refundDetails.email === false) effects.delete('EMAIL_REFUNDED');
  await sendEmails(ctx, tx, updated ?? projected, action, actor, effects, refunded, known.buyer, eventStmt);
  const answer = await eventStmt.run(tx);
  updated ??= updatedRow(order.id, answer[updOutput]);
  await orderEventWritten(tx, event, answer);
  return { ok: true, order: updated, event: result.event, effects: result.effects };
}

/**
 * One action in its own transaction; after commit wakes the outbox and, for an order cancelled while
 * awaiting payment, cancels its open payment at the provider (best effort, see releasePendingPayments).
 */
export async function performOrderAction(
  ctx: HasApp,
  orderId: string,
  action: OrderAction,
  actor: Actor,
): Promise<OrderActionResult> {
  const result = await runInTransaction(ctx, (tx) => applyOrderAction(ctx, tx, orderId, action, actor));
  if (result.ok) {
    ctx.app.outbox.wake();
    if (
      (action.type === 'CANCEL' || action.type === 'RESERVATION_EXPIRED') &&
      result.event.fromStatus === 'PENDING_PAYMENT'
    ) {
      await releasePendingPayments(ctx, result.order.id);
    }
  } else if (!result.order && result.error.code !== ErrorCode.NOT_FOUND) {
    // Rolled back after the order was found (and, for a customer, found to be theirs): show it as it is.
    const [order] = await ctx.app.db.select().from(orders).where(eq(orders.id, orderId));
    return { ...result, order: order ?? null };
  }
  return result;
}

/**
 * Runs `work` in a transaction; a refusal result rolls it back too (so nothing a refused action might
 * have touched survives), and an `OrderActionError` becomes a refusal.
 */
export async function runInTransaction(
  ctx: HasApp,
  work: (tx: Executor) => Promise<OrderActionResult>,
): Promise<OrderActionResult> {
  try {
    return await inTransaction(ctx.app.db, async (tx) => {
      const result = await work(tx);
      return result.ok ? result : rollback(result);
    });
  } catch (err) {
    if (err instanceof OrderActionError) return { ok: false, order: null, error: err.userError };
    throw err;
  }
}
