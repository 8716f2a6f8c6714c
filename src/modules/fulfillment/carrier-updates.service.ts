import { and, eq, sql } from 'drizzle-orm';
import { inTransaction, rollback } from '../../db/transact.js';
import { recordFirstDelivery } from '../../http/inbound-events.js';
import type { HasApp } from '../order/order-action.js';
import { shipments } from './fulfillment.tables.js';
import { moveShipment } from './shipment-move.js';
import type { ShipmentStatus } from './shipment-state.js';

/** Status updates sent by carriers (POST /webhooks/carrier, carrier-webhook.ts), applied as SYSTEM. */

export interface CarrierUpdate {
  eventId: string;
  trackingNumber: string;
  carrier: string | null;
  status: ShipmentStatus;
  occurredAt: Date;
  note: string | null;
}

export type CarrierOutcome =
  | { kind: 'APPLIED'; shipmentId: string; status: ShipmentStatus; orderStatus: string }
  | { kind: 'REPLAYED' }
  | { kind: 'UNKNOWN_TRACKING_NUMBER' }
  | { kind: 'AMBIGUOUS_TRACKING_NUMBER' }
  | { kind: 'REFUSED'; message: string };

/**
 * Applies one carrier status update: the event id is recorded in processed_webhook_events in the same
 * transaction as its effect, so a replay (same id) changes nothing, and a refused update rolls back
 * and records nothing (the carrier may resend it).
 */
export async function applyCarrierUpdate(ctx: HasApp, update: CarrierUpdate): Promise<CarrierOutcome> {
  const matches = await ctx.app.db
    .select({ id: shipments.id })
    .from(shipments)
    .where(
      and(
        eq(shipments.trackingNumber, update.trackingNumber),
        update.carrier ? sql`lower(${shipments.carrier}) = lower(${update.carrier})` : undefined,
      ),
    )
    .limit(2);
  if (matches.length === 0) return { kind: 'UNKNOWN_TRACKING_NUMBER' };
  if (matches.length > 1) return { kind: 'AMBIGUOUS_TRACKING_NUMBER' };
  const shipmentId = (matches[0] as { id: string }).id;
  const outcome = await inTransaction<CarrierOutcome, CarrierOutcome>(ctx.app.db, async (tx) => {
    if (!(await recordFirstDelivery(tx, 'carrier', update.eventId))) return rollback({ kind: 'REPLAYED' });
    const moved = await moveShipment(
      ctx,
      tx,
      shipmentId,
      { status: update.status, note: update.note, occurredAt: update.occurredAt },
      { kind: 'SYSTEM' },
    );
    if (!moved.ok)
      return rollback({ kind: 'REFUSED', message: moved.errors.map((e) => e.message).join(' ') });
    return {
      kind: 'APPLIED',
      shipmentId: moved.shipment.id,
      status: moved.shipment.status,
      orderStatus: moved.order.status,
    };
  });
  if (outcome.kind === 'APPLIED') ctx.app.outbox.wake();
  return outcome;
}
