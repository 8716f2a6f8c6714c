import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { inTransaction, rollback } from '../../db/transact.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import type { OrderRow } from '../order/order.tables.js';
import type { HasApp } from '../order/order-action.js';
import { recordOrderEvent } from '../order/order-events.js';
import { orderLineSelectionErrors } from '../order/order-line-selection.js';
import { shipmentNote, shippingText, validTrackingUrl } from './fulfillment.rules.js';
import { type ShipmentRow, shipmentEvents, shipmentLines, shipments } from './fulfillment.tables.js';
import { afterShipmentChange, moveShipment, refusal, type ShipmentRefusal } from './shipment-move.js';
import { linesOf, lockOrder, shipmentsOf } from './shipment-rows.js';
import { type ShipmentStatus, unallocatedUnits } from './shipment-state.js';

/** The admins' shipment mutations: shipmentCreate and shipmentUpdateStatus, each one transaction. */

export interface ShipmentCreateInput {
  orderId: string;
  lines?: { orderLineId: string; quantity: number }[] | null;
  carrier: string;
  trackingNumber: string;
  trackingUrl?: string | null;
  status?: ShipmentStatus | null;
}

export interface ShipmentStatusInput {
  shipmentId: string;
  status: ShipmentStatus;
  note?: string | null;
  occurredAt?: Date | null;
}

export interface ShipmentResult {
  shipment: ShipmentRow | null;
  order: OrderRow | null;
  errors: UserError[];
}

type ShipmentWrite = { ok: true; shipment: ShipmentRow; order: OrderRow } | ShipmentRefusal;

/** Runs `work` in one transaction, rolled back on a refusal; the outbox is woken after a commit. */
async function inShipmentTransaction(
  ctx: HasApp,
  work: (tx: Tx) => Promise<ShipmentWrite>,
): Promise<ShipmentResult> {
  const done = await inTransaction<ShipmentWrite, ShipmentRefusal>(ctx.app.db, async (tx) => {
    const outcome = await work(tx);
    return outcome.ok ? outcome : rollback(outcome);
  });
  if (!done.ok) return { shipment: null, order: done.order, errors: done.errors };
  ctx.app.outbox.wake();
  return { shipment: done.shipment, order: done.order, errors: [] };
}

function inputErrors(input: ShipmentCreateInput): UserError[] {
  const errors: UserError[] = [];
  shippingText(input.carrier, 'carrier', 'The carrier', errors);
  shippingText(input.trackingNumber, 'trackingNumber', 'The tracking number', errors);
  const trackingUrl = input.trackingUrl?.trim() || null;
  if (trackingUrl && !validTrackingUrl(trackingUrl)) {
    errors.push(
      userError(
        ['input', 'trackingUrl'],
        ErrorCode.INVALID_INPUT,
        'The tracking URL must be an absolute http or https URL.',
      ),
    );
  }
  if (input.status === 'RETURNED') {
    errors.push(
      userError(['input', 'status'], ErrorCode.INVALID_INPUT, 'A new shipment cannot start RETURNED.'),
    );
  }
  const requested = input.lines ?? null;
  if (requested) {
    if (requested.length === 0) {
      errors.push(
        userError(
          ['input', 'lines'],
          ErrorCode.INVALID_INPUT,
          'List at least one line, or omit lines to ship every unit not shipped yet.',
        ),
      );
    }
    errors.push(...orderLineSelectionErrors(requested, 'The quantity must be a positive whole number.'));
  }
  return errors;
}

/**
 * Creates a parcel of some (or all remaining) units of a confirmed or shipped order: its lines, its
 * first history row and the SHIPMENT_CREATED event, then the order's status derived from its parcels.
 */
export async function createShipment(
  ctx: HasApp,
  input: ShipmentCreateInput,
  admin: { userId: string },
): Promise<ShipmentResult> {
  const errors = inputErrors(input);
  if (errors.length > 0) return { shipment: null, order: null, errors };
  const carrier = input.carrier.trim();
  const trackingNumber = input.trackingNumber.trim();
  const trackingUrl = input.trackingUrl?.trim() || null;
  const status = input.status ?? 'PENDING';
  const requested = input.lines ?? null;

  return inShipmentTransaction(ctx, async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    if (!order) {
      return refusal([userError(['input', 'orderId'], ErrorCode.NOT_FOUND, 'No order with this id.')]);
    }
    if (order.status !== 'CONFIRMED' && order.status !== 'SHIPPED') {
      return refusal(
        [
          userError(
            ['input', 'orderId'],
            ErrorCode.INVALID_TRANSITION,
            `Only a confirmed order can be shipped; this one is ${order.status.toLowerCase().replaceAll('_', ' ')}.`,
          ),
        ],
        order,
      );
    }
    const lines = await linesOf(tx, order.id);
    const existing = await shipmentsOf(tx, order.id);
    const left = unallocatedUnits(
      lines,
      existing.map((e) => ({ status: e.shipment.status, lines: e.lines })),
    );

    let parcel: { orderLineId: string; quantity: number }[];
    if (requested) {
      const problems: UserError[] = [];
      requested.forEach((line, i) => {
        const available = left.get(line.orderLineId);
        if (available === undefined) {
          problems.push(
            userError(
              ['input', 'lines', String(i), 'orderLineId'],
              ErrorCode.NOT_FOUND,
              'This order has no such line.',
            ),
          );
        } else if (line.quantity > available) {
          problems.push(
            userError(
              ['input', 'lines', String(i), 'quantity'],
              ErrorCode.SHIPMENT_QUANTITY_EXCEEDED,
              available === 0
                ? 'Every unit of this line is already in a shipment.'
                : `Only ${available} unit(s) of this line are not in a shipment yet.`,
            ),
          );
        }
      });
      if (problems.length > 0) return refusal(problems, order);
      parcel = requested;
    } else {
      parcel = lines.flatMap((l) => {
        const quantity = left.get(l.id) ?? 0;
        return quantity > 0 ? [{ orderLineId: l.id, quantity }] : [];
      });
      if (parcel.length === 0) {
        return refusal(
          [
            userError(
              ['input', 'lines'],
              ErrorCode.SHIPMENT_QUANTITY_EXCEEDED,
              'Every unit of this order is already in a shipment.',
            ),
          ],
          order,
        );
      }
    }

    const taken = await tx
      .select({ id: shipments.id })
      .from(shipments)
      .where(
        and(
          sql`lower(${shipments.carrier}) = lower(${carrier})`,
          eq(shipments.trackingNumber, trackingNumber),
        ),
      );
    if (taken.length > 0) return refusal([trackingTaken()], order);

    const now = new Date();
    let shipment: ShipmentRow | undefined;
    try {
      // A savepoint, so a concurrent duplicate's unique violation can be reported instead of aborting.
      [shipment] = await tx.transaction(async (sp) =>
        sp
          .insert(shipments)
          .values({
            orderId: order.id,
            carrier,
            trackingNumber,
            trackingUrl,
            status,
            createdAt: now,
            updatedAt: now,
          })
          .returning(),
      );
    } catch (err) {
      if (isUniqueViolation(err, 'shipments_carrier_tracking_key')) return refusal([trackingTaken()], order);
      throw err;
    }
    if (!shipment) throw new Error('shipment insert returned nothing');
    await tx.insert(shipmentLines).values(parcel.map((p) => ({ shipmentId: shipment.id, ...p })));
    await tx.insert(shipmentEvents).values({
      shipmentId: shipment.id,
      status,
      note: null,
      source: 'ADMIN',
      actorId: admin.userId,
      occurredAt: now,
      createdAt: now,
    });
    await recordOrderEvent(tx, {
      orderId: order.id,
      type: 'SHIPMENT_CREATED',
      actorKind: 'ADMIN',
      actorId: admin.userId,
      data: {
        shipmentId: shipment.id,
        carrier,
        trackingNumber,
        status,
        lines: parcel,
      },
      createdAt: now,
    });
    const all = [...existing, { shipment, lines: parcel }];
    const actor = { kind: 'ADMIN', userId: admin.userId } as const;
    const after = await afterShipmentChange(ctx, tx, order, lines, all, shipment, 'PENDING', actor);
    return after.ok ? { ok: true, shipment, order: after.order } : after;
  });
}

function trackingTaken(): UserError {
  return userError(
    ['input', 'trackingNumber'],
    ErrorCode.TRACKING_NUMBER_TAKEN,
    'Another shipment already has this carrier and tracking number.',
  );
}

/** shipmentUpdateStatus: validates, then `moveShipment` in its own transaction. */
export async function updateShipmentStatus(
  ctx: HasApp,
  input: ShipmentStatusInput,
  admin: { userId: string },
): Promise<ShipmentResult> {
  const errors: UserError[] = [];
  const note = shipmentNote(input.note, errors);
  if (errors.length > 0) return { shipment: null, order: null, errors };
  return inShipmentTransaction(ctx, (tx) =>
    moveShipment(
      ctx,
      tx,
      input.shipmentId,
      { status: input.status, note, occurredAt: input.occurredAt ?? new Date() },
      { kind: 'ADMIN', userId: admin.userId },
    ),
  );
}
