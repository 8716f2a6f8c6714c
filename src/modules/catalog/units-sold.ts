import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

/**
 * Adds units to (or, negative, takes them off) the products' sales counters `units_sold`, never below
 * zero, in the caller's transaction, in ONE statement: `sold` is a query the caller writes (e.g. an
 * order's lines summed by product, so reading what was sold and counting it is one statement) yielding
 * columns `id` (a product, once each) and `units`. The products' rows are locked in id order first
 * (FOR NO KEY UPDATE, the UPDATE's own lock), so concurrent callers never deadlock on them.
 */
export async function addUnitsSoldFrom(tx: Executor, sold: SQL): Promise<void> {
  await tx.execute(sql`WITH sold AS (${sold}), locked AS (
      SELECT p.id FROM products p WHERE p.id IN (SELECT id FROM sold) ORDER BY p.id FOR NO KEY UPDATE
    )
    UPDATE products p SET units_sold = greatest(p.units_sold + s.units, 0)
    FROM sold s
    WHERE p.id = s.id AND (SELECT count(*) FROM locked) >= 0`);
}
