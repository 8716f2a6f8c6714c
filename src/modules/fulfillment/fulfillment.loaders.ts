import DataLoader from 'dataloader';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { type OrderLineRow, orderLines } from '../order/order.tables.js';
import {
  type ShipmentEventRow,
  type ShipmentRow,
  shipmentEvents,
  shipmentLines,
  shipments,
} from './fulfillment.tables.js';

/** Per-request loaders of shipments: one SQL statement per relation, whatever the number of orders. */
declare module '../../graphql/loaders.js' {
  interface Loaders {
    readonly fulfillment: FulfillmentLoaders;
  }
}

export interface FulfillmentLoaders {
  /** Shipments by order id, oldest first. */
  shipmentsByOrder: DataLoader<string, ShipmentRow[]>;
  /** A shipment's lines with their order line, in order-line position. */
  linesByShipment: DataLoader<string, { quantity: number; orderLine: OrderLineRow }[]>;
  /** A shipment's history, oldest first. */
  eventsByShipment: DataLoader<string, ShipmentEventRow[]>;
}

function groupBy<Row>(ids: readonly string[], rows: Row[], key: (row: Row) => string): Row[][] {
  const groups = new Map<string, Row[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

export function createFulfillmentLoaders(db: Database): FulfillmentLoaders {
  return {
    shipmentsByOrder: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await db
          .select()
          .from(shipments)
          .where(inArray(shipments.orderId, [...ids]))
          .orderBy(asc(shipments.orderId), asc(shipments.createdAt), asc(shipments.id)),
        (r) => r.orderId,
      ),
    ),
    linesByShipment: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await db
          .select({
            shipmentId: shipmentLines.shipmentId,
            quantity: shipmentLines.quantity,
            orderLine: orderLines,
          })
          .from(shipmentLines)
          .innerJoin(orderLines, eq(orderLines.id, shipmentLines.orderLineId))
          .where(inArray(shipmentLines.shipmentId, [...ids]))
          .orderBy(asc(shipmentLines.shipmentId), asc(orderLines.position)),
        (r) => r.shipmentId,
      ),
    ),
    eventsByShipment: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await db
          .select()
          .from(shipmentEvents)
          .where(inArray(shipmentEvents.shipmentId, [...ids]))
          .orderBy(
            asc(shipmentEvents.shipmentId),
            asc(shipmentEvents.occurredAt),
            asc(shipmentEvents.createdAt),
            asc(shipmentEvents.id),
          ),
        (r) => r.shipmentId,
      ),
    ),
  };
}
