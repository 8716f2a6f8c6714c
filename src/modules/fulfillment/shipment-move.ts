import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import type { OrderLineRow, OrderRow } from '../order/order.tables.js';
import { type HasApp } from '../order/order-action.js';
import { recordOrderEvent } from '../order/order-events.js';
import type { Actor } from '../order/order-state.types.js';
import { applyOrderAction } from '../order/order-transitions.service.js';
import { type ShipmentLineRow, type ShipmentRow, shipmentEvents, shipments } from './fulfillment.tables.js';
import { sendShippedEmail } from './shipment-emails.js';
import { linesOf, lockOrder, shipmentsOf } from './shipment-rows.js';
import {
  fulfillmentProgress,
  hasLeft,
  orderActionsFor,
  type ShipmentStatus,
  shipmentMove,
} from './shipment-state.js';

/**
 * A shipment's status changes, shared by the admin mutations and the carrier webhook, and the one place
 * that derives the order's SHIPPED / DELIVERED status from its shipments through the order state machine.
 * Both run inside the caller's transaction; a refusal is answered, and the caller rolls back on it.
 */

/** Who moves a shipment: an admin (mutations) or the carrier (webhook, acting as SYSTEM on the order). */
export type ShipmentActor = { kind: 'ADMIN'; userId: string } | { kind: 'SYSTEM' };

/** Why a shipment write was refused (and must be rolled back), with the order as it was when known. */
export interface ShipmentRefusal {
  ok: false;
  order: OrderRow | null;
  errors: UserError[];
}

export function refusal(errors: UserError[], order: OrderRow | null = null): ShipmentRefusal {
  return { ok: false, order, errors };
}

/**
 * Moves a shipment to `status` (or records a further scan of the same status) inside `tx`: locks the
 * order then the shipment, checks the move, writes the history row and, for a real change, the
 * SHIPMENT_STATUS_CHANGED order event, the "shipped" email when the parcel leaves, and the order's own
 * status (shipped / delivered) through the state machine.
 */
export async function moveShipment(
  ctx: HasApp,
  tx: Executor,
  shipmentId: string,
  input: { status: ShipmentStatus; note: string | null; occurredAt: Date },
  actor: ShipmentActor,
): Promise<{ ok: true; shipment: ShipmentRow; order: OrderRow } | ShipmentRefusal> {
  const notFound = () =>
    refusal([userError(['input', 'shipmentId'], ErrorCode.NOT_FOUND, 'No shipment with this id.')]);
  if (!isUuid(shipmentId)) return notFound();
  const [found] = await tx
    .select({ orderId: shipments.orderId })
    .from(shipments)
    .where(eq(shipments.id, shipmentId));
  if (!found) return notFound();
  const order = await lockOrder(tx, found.orderId);
  const [shipment] = await tx.select().from(shipments).where(eq(shipments.id, shipmentId)).for('update');
  if (!order || !shipment) return notFound();
  if (order.status === 'CANCELLED' || order.status === 'PENDING_PAYMENT') {
    return refusal(
      [
        userError(
          null,
          ErrorCode.INVALID_TRANSITION,
          `The order is ${order.status.toLowerCase().replaceAll('_', ' ')}: its shipments do not move.`,
        ),
      ],
      order,
    );
  }
  const move = shipmentMove(shipment.status, input.status);
  if (!move.ok) {
    return refusal([userError(['input', 'status'], ErrorCode.INVALID_TRANSITION, move.message)], order);
  }

  const now = new Date();
  const actorId = actor.kind === 'ADMIN' ? actor.userId : null;
  await tx.insert(shipmentEvents).values({
    shipmentId: shipment.id,
    status: input.status,
    note: input.note,
    source: actor.kind === 'ADMIN' ? 'ADMIN' : 'CARRIER',
    actorId,
    occurredAt: input.occurredAt,
    createdAt: now,
  });
  if (!move.changed) {
    const [touched] = await tx
      .update(shipments)
      .set({ updatedAt: now })
      .where(eq(shipments.id, shipment.id))
      .returning();
    return { ok: true, shipment: touched ?? shipment, order };
  }
  const [updated] = await tx
    .update(shipments)
    .set({ status: input.status, updatedAt: now })
    .where(eq(shipments.id, shipment.id))
    .returning();
  if (!updated) throw new Error(`shipment ${shipment.id} vanished while locked`);
  await recordOrderEvent(tx, {
    orderId: order.id,
    type: 'SHIPMENT_STATUS_CHANGED',
    actorKind: actor.kind,
    actorId,
    data: {
      shipmentId: shipment.id,
      carrier: shipment.carrier,
      trackingNumber: shipment.trackingNumber,
      fromShipmentStatus: shipment.status,
      toShipmentStatus: input.status,
      ...(input.note ? { note: input.note } : {}),
    },
    createdAt: now,
  });
  const lines = await linesOf(tx, order.id);
  const all = await shipmentsOf(tx, order.id);
  const after = await afterShipmentChange(ctx, tx, order, lines, all, updated, shipment.status, actor);
  return after.ok ? { ok: true, shipment: updated, order: after.order } : after;
}

/**
 * After a shipment was created or moved (order locked): the "shipped" email when this parcel has just
 * left, then the order's status derived from every shipment (`orderActionsFor`), applied through the
 * state machine (which records the SHIPPED / DELIVERED events and sends the "delivered" email).
 */
export async function afterShipmentChange(
  ctx: HasApp,
  tx: Executor,
  order: OrderRow,
  lines: OrderLineRow[],
  all: { shipment: ShipmentRow; lines: Pick<ShipmentLineRow, 'orderLineId' | 'quantity'>[] }[],
  shipment: ShipmentRow,
  previous: ShipmentStatus,
  actor: ShipmentActor,
): Promise<{ ok: true; order: OrderRow } | ShipmentRefusal> {
  const progress = fulfillmentProgress(
    lines,
    all.map((s) => ({
      status: s.shipment.id === shipment.id ? shipment.status : s.shipment.status,
      lines: s.lines,
    })),
  );
  if (!hasLeft(previous) && hasLeft(shipment.status)) {
    await sendShippedEmail(ctx, tx, order, shipment, progress.allShipped);
  }
  let current = order;
  const orderActor: Actor = actor;
  for (const type of orderActionsFor(order.status, progress)) {
    const action =
      type === 'MARK_SHIPPED'
        ? { type, carrier: shipment.carrier, trackingNumber: shipment.trackingNumber }
        : { type };
    const result = await applyOrderAction(ctx, tx, order.id, action, orderActor);
    if (!result.ok) return refusal([result.error], current);
    current = result.order;
  }
  return { ok: true, order: current };
}
