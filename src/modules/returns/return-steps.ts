import { eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import { inTransaction, rollback } from '../../db/transact.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import type { OrderRow } from '../order/order.tables.js';
import { type HasApp, OrderActionError } from '../order/order-action.js';
import { type OrderTimelineEventType, recordOrderEvent } from '../order/order-events.js';
import type { Actor } from '../order/order-state.types.js';
import { lockOrderFor } from '../order/order-transitions.service.js';
import { type ReturnRequestRow, returnRequests } from './returns.tables.js';

/**
 * What every step of a return shares (returnRequest, approve / reject, receive): one transaction per
 * step, rolled back on a refusal; the order row locked first (serialising everything on one order),
 * then the return; an order timeline event per step.
 *
 * Status machine: REQUESTED → APPROVED → RECEIVED, and REQUESTED → REJECTED; anything else is refused.
 */

export interface ReturnOutcome {
  returnRow: ReturnRequestRow | null;
  errors: UserError[];
}

export type ReturnStep = { ok: true; returnRow: ReturnRequestRow } | { ok: false; errors: UserError[] };

export const refuse = (...errors: UserError[]): ReturnStep => ({ ok: false, errors });

/**
 * Runs one step in a transaction, rolled back when the step refuses; a refund that fails at the
 * payment provider after writes began (order's `OrderActionError`) rolls back too and is answered as a
 * refusal. The outbox is woken after a commit.
 */
export async function inReturnTransaction(
  ctx: HasApp,
  work: (tx: Tx) => Promise<ReturnStep>,
): Promise<ReturnOutcome> {
  let step: ReturnStep;
  try {
    step = await inTransaction<ReturnStep, ReturnStep>(ctx.app.db, async (tx) => {
      const result = await work(tx);
      return result.ok ? result : rollback(result);
    });
  } catch (err) {
    if (err instanceof OrderActionError) return { returnRow: null, errors: [err.userError] };
    throw err;
  }
  if (!step.ok) return { returnRow: null, errors: step.errors };
  ctx.app.outbox.wake();
  return { returnRow: step.returnRow, errors: [] };
}

/** Records a return step on the order's timeline (the order's status does not change). */
export async function recordReturnEvent(
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

/** Locks the order of a return, then the return; null when there is no such return. */
export async function lockReturn(
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

export const RETURN_NOT_FOUND = userError(
  ['input', 'returnId'],
  ErrorCode.NOT_FOUND,
  'No return with this id.',
);

/** The refusal of a step that needs the return in another status. */
export function wrongStatus(returnRow: ReturnRequestRow, doing: string, expected: string): UserError {
  return userError(
    ['input', 'returnId'],
    ErrorCode.INVALID_TRANSITION,
    `${doing} needs a ${expected.toLowerCase()} return; this one is ${returnRow.status.toLowerCase()}.`,
  );
}
