import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { isUuid } from '../../graphql/ids.js';
import { type OrderLineRow, type OrderRow, orderLines, orders } from '../order/order.tables.js';
import { type ShipmentLineRow, type ShipmentRow, shipmentLines, shipments } from './fulfillment.tables.js';

/**
 * The reads every shipment write and the tracking view share. Writes lock the order row first, then
 * its shipments: one order's parcels change one at a time.
 */

/** The order, locked FOR UPDATE; null when there is none with this id. */
export async function lockOrder(tx: Executor, orderId: string): Promise<OrderRow | null> {
  if (!isUuid(orderId)) return null;
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  return order ?? null;
}

/** The order's lines, in position order. */
export async function linesOf(tx: Executor, orderId: string): Promise<OrderLineRow[]> {
  return tx
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.position));
}

/** The order's shipments with their lines, oldest first (for a write, the order row must be locked). */
export async function shipmentsOf(
  tx: Executor,
  orderId: string,
): Promise<{ shipment: ShipmentRow; lines: ShipmentLineRow[] }[]> {
  const rows = await tx
    .select()
    .from(shipments)
    .where(eq(shipments.orderId, orderId))
    .orderBy(asc(shipments.createdAt), asc(shipments.id));
  if (rows.length === 0) return [];
  const lines = await tx
    .select()
    .from(shipmentLines)
    .where(
      inArray(
        shipmentLines.shipmentId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((shipment) => ({ shipment, lines: lines.filter((l) => l.shipmentId === shipment.id) }));
}
