import DataLoader from 'dataloader';
import { asc, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  type OrderEventRow,
  type OrderLineRow,
  type OrderRow,
  orderEvents,
  orderLines,
  orders,
  type PaymentRow,
  payments,
} from './order.tables.js';

/** Per-request loaders of an order's relations: one SQL statement per relation, whatever the number of orders. */
declare module '../../graphql/loaders.js' {
  interface Loaders {
    readonly order: OrderLoaders;
  }
}

export interface OrderLoaders {
  orderById: DataLoader<string, OrderRow | null>;
  /** Lines by order id, in position order. */
  linesByOrder: DataLoader<string, OrderLineRow[]>;
  /** Timeline by order id, oldest first. */
  eventsByOrder: DataLoader<string, OrderEventRow[]>;
  /** Payment attempts by order id, oldest first. */
  paymentsByOrder: DataLoader<string, PaymentRow[]>;
}

function groupBy<Row>(ids: readonly string[], rows: Row[], key: (row: Row) => string): Row[][] {
  const groups = new Map<string, Row[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

export function createOrderLoaders(db: Database): OrderLoaders {
  return {
    orderById: new DataLoader(async (ids) => {
      const rows = await db
        .select()
        .from(orders)
        .where(inArray(orders.id, [...ids]));
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    linesByOrder: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await db
          .select()
          .from(orderLines)
          .where(inArray(orderLines.orderId, [...ids]))
          .orderBy(asc(orderLines.orderId), asc(orderLines.position)),
        (r) => r.orderId,
      ),
    ),
    eventsByOrder: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await db
          .select()
          .from(orderEvents)
          .where(inArray(orderEvents.orderId, [...ids]))
          .orderBy(
            asc(orderEvents.orderId),
            asc(orderEvents.createdAt),
            // Events of one transaction share its time: the placement comes first.
            sql`(${orderEvents.type} = 'PLACED') desc`,
            asc(orderEvents.id),
          ),
        (r) => r.orderId,
      ),
    ),
    paymentsByOrder: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await db
          .select()
          .from(payments)
          .where(inArray(payments.orderId, [...ids]))
          .orderBy(asc(payments.orderId), asc(payments.createdAt), asc(payments.id)),
        (r) => r.orderId,
      ),
    ),
  };
}
