import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { CteStatement } from '../../db/cte-statement.js';

/**
 * Adds units to (or, negative, takes them off) the products' sales counters `units_sold`, never below
 * zero, as CTEs of the caller's statement (no round trip of its own): `sold` is a query the caller
 * writes (e.g. an order's lines summed by product, so reading what was sold and counting it is one
 * step) yielding columns `id` (a product, once each) and `units`. The products' rows are locked in id
 * order first (FOR NO KEY UPDATE, the UPDATE's own lock), so concurrent callers never deadlock on them.
 */
export function addUnitsSoldFrom(stmt: CteStatement, sold: SQL): void {
  const s = stmt.with('sold', sold);
  const locked = stmt.with(
    'sold_locked',
    sql`SELECT p.id FROM products p WHERE p.id IN (SELECT id FROM ${s}) ORDER BY p.id FOR NO KEY UPDATE`,
  );
  stmt.with(
    'sold_counted',
    sql`UPDATE products p SET units_sold = greatest(p.units_sold + s.units, 0)
    FROM ${s} s
    WHERE p.id = s.id AND (SELECT count(*) FROM ${locked}) >= 0`,
  );
}

/**
 * Locks the products `ids` yields (a query with a column `id`) in id order, FOR NO KEY UPDATE, in a
 * statement of its own, for a caller that counts units sold (addUnitsSoldFrom) in a later statement:
 * that statement's snapshot then sees the versions of the rows this one locked. When the lock step and
 * the UPDATE share a statement, the UPDATE starts again from the versions the statement's snapshot saw,
 * older than those its lock step locked when another transaction updated a product in between, and
 * waits in their queue: two orderPay/orderCancel transactions on orders of the same products deadlocked
 * so (40P01: one waited for the tuple lock of an older version of a product row, held by the other,
 * which waited for the first while locking the newer version), in
 * tests/checkout/concurrent-pay-cancel.test.ts.
 */
export async function lockProductsSoldFrom(tx: Executor, ids: SQL): Promise<void> {
  await tx.execute(sql`SELECT p.id FROM products p WHERE p.id IN (${ids}) ORDER BY p.id FOR NO KEY UPDATE`);
}
