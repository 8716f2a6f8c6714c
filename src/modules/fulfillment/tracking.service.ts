import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../graphql/context.js';
import { users } from '../account/account.tables.js';
import { enforceRateLimit } from '../account/auth.service.js';
import { type OrderLineRow, type OrderRow, orders } from '../order/order.tables.js';
import {
  type ShipmentEventRow,
  type ShipmentLineRow,
  type ShipmentRow,
  shipmentEvents,
} from './fulfillment.tables.js';
import { linesOf, shipmentsOf } from './shipment-rows.js';

/** The customer-facing tracking view: an order's parcels, found by order number and buyer email. */

export interface TrackingView {
  order: OrderRow;
  lines: OrderLineRow[];
  shipments: { shipment: ShipmentRow; lines: ShipmentLineRow[]; events: ShipmentEventRow[] }[];
}

/**
 * The order with this number whose buyer has this email (compared case-insensitively), with its
 * shipments; null when the pair does not match, whichever half is wrong. Lookups count against the
 * sign-in rate limits (per email and per client IP), so order numbers cannot be tried in bulk.
 */
export async function findTracking(
  ctx: RequestContext,
  number: string,
  email: string,
): Promise<TrackingView | null> {
  const cleanNumber = number.trim();
  const cleanEmail = email.trim();
  if (!cleanNumber || !cleanEmail || cleanNumber.length > 100 || cleanEmail.length > 320) return null;
  const { rateLimit } = ctx.app.config;
  await enforceRateLimit(
    ctx,
    'tracking',
    cleanEmail.toLowerCase(),
    rateLimit.loginPerEmail,
    rateLimit.loginPerIp,
  );
  const db = ctx.app.db;
  const [found] = await db
    .select({ order: orders })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .where(and(eq(orders.number, cleanNumber), sql`lower(${users.email}) = lower(${cleanEmail})`));
  if (!found) return null;
  const order = found.order;
  const lines = await linesOf(db, order.id);
  const parcels = await shipmentsOf(db, order.id);
  const events =
    parcels.length === 0
      ? []
      : await db
          .select()
          .from(shipmentEvents)
          .where(
            inArray(
              shipmentEvents.shipmentId,
              parcels.map((p) => p.shipment.id),
            ),
          )
          .orderBy(asc(shipmentEvents.occurredAt), asc(shipmentEvents.createdAt), asc(shipmentEvents.id));
  return {
    order,
    lines,
    shipments: parcels.map((p) => ({
      ...p,
      events: events.filter((e) => e.shipmentId === p.shipment.id),
    })),
  };
}
