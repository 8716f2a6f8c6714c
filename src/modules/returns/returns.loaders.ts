import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { type OrderLineRow, orderLines } from '../order/order.tables.js';
import { type ReturnLineRow, type ReturnRequestRow, returnLines, returnRequests } from './returns.tables.js';

/** Per-request loaders of returns: one SQL statement per relation, whatever the number of parents. */
declare module '../../graphql/loaders.js' {
  interface Loaders {
    readonly returns: ReturnLoaders;
  }
}

export interface ReturnLoaders {
  /** Returns by order id, oldest first. */
  returnsByOrder: DataLoader<string, ReturnRequestRow[]>;
  /** Lines by return id. */
  linesByReturn: DataLoader<string, ReturnLineRow[]>;
  /** Order lines by id (the lines a return refers to). */
  orderLineById: DataLoader<string, OrderLineRow | null>;
}

function grouped<Row>(ids: readonly string[], rows: Row[], key: (r: Row) => string): Row[][] {
  const groups = new Map<string, Row[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

export function createReturnLoaders(db: Database): ReturnLoaders {
  return {
    returnsByOrder: new DataLoader(async (ids) =>
      grouped(
        ids,
        await db
          .select()
          .from(returnRequests)
          .where(inArray(returnRequests.orderId, [...ids]))
          .orderBy(asc(returnRequests.createdAt), asc(returnRequests.id)),
        (r) => r.orderId,
      ),
    ),
    linesByReturn: new DataLoader(async (ids) =>
      grouped(
        ids,
        await db
          .select()
          .from(returnLines)
          .where(inArray(returnLines.returnId, [...ids]))
          .orderBy(asc(returnLines.returnId), asc(returnLines.id)),
        (r) => r.returnId,
      ),
    ),
    orderLineById: new DataLoader(async (ids) => {
      const rows = await db
        .select()
        .from(orderLines)
        .where(inArray(orderLines.id, [...ids]));
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
