import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OrderParcels } from '../order/order-hooks.js';
import { shipmentLines, shipments } from './fulfillment.tables.js';
import { hasLeft, SHIPMENT_STATUSES } from './shipment-state.js';

/** The statuses of a parcel that has left the store, for SQL (the same rule as `hasLeft`). */
const LEFT_STATUSES = SHIPMENT_STATUSES.filter(hasLeft);

/**
 * Fulfillment's answer to what order asks about an order's parcels (order-hooks.ts), installed by
 * fulfillment.module.ts: order restocks only what never left and refuses to cancel what is on its way.
 */
export const orderParcels: OrderParcels = {
  async unitsLeftByLine(tx, orderId) {
    const rows = await tx
      .select({
        orderLineId: shipmentLines.orderLineId,
        units: sql<number>`sum(${shipmentLines.quantity})::int`,
      })
      .from(shipmentLines)
      .innerJoin(shipments, eq(shipments.id, shipmentLines.shipmentId))
      .where(and(eq(shipments.orderId, orderId), inArray(shipments.status, LEFT_STATUSES)))
      .groupBy(shipmentLines.orderLineId);
    return new Map(rows.map((r) => [r.orderLineId, Number(r.units)]));
  },

  async anyLeft(ctx, orderId) {
    const parcels = await ctx.loaders.fulfillment.shipmentsByOrder.load(orderId);
    return parcels.some((parcel) => hasLeft(parcel.status));
  },
};
