import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { type RefundRow, refunds } from './order.tables.js';

/** Per-request loaders of refunds: one SQL statement per relation, whatever the number of parents. */
declare module '../../graphql/loaders.js' {
  interface Loaders {
    readonly refund: RefundLoaders;
  }
}

export interface RefundLoaders {
  /** Refunds by payment id, oldest first. */
  refundsByPayment: DataLoader<string, RefundRow[]>;
  /** Refunds by order id, oldest first. */
  refundsByOrder: DataLoader<string, RefundRow[]>;
}

function grouped(ids: readonly string[], rows: RefundRow[], key: (r: RefundRow) => string): RefundRow[][] {
  const groups = new Map<string, RefundRow[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

export function createRefundLoaders(db: Database): RefundLoaders {
  return {
    refundsByPayment: new DataLoader(async (ids) =>
      grouped(
        ids,
        await db
          .select()
          .from(refunds)
          .where(inArray(refunds.paymentId, [...ids]))
          .orderBy(asc(refunds.createdAt), asc(refunds.id)),
        (r) => r.paymentId,
      ),
    ),
    refundsByOrder: new DataLoader(async (ids) =>
      grouped(
        ids,
        await db
          .select()
          .from(refunds)
          .where(inArray(refunds.orderId, [...ids]))
          .orderBy(asc(refunds.createdAt), asc(refunds.id)),
        (r) => r.orderId,
      ),
    ),
  };
}
