import { type SQL, sql } from 'drizzle-orm';
import type { CteStatement } from '../../db/cte-statement.js';

/**
 * Adds units to (or, negative, takes them off) the products' sales counters `units_sold`, never below
 * zero, as CTEs of the caller's statement (no round trip of its own): `sold` is a query the caller
 * writes (e.g. an order's lines summed by product, so reading what was sold and counting it is one
 * step) yielding columns `id` (a product, once each) and `units`. The products' rows are locked in id
 * order first (FOR NO KEY UPDATE, the UPDATE's own lock), so concurrent callers never deadlock on them;
 * that step is the statement's lock step (CteStatement.lockStep): writes added later that lock rows
 * other transactions lock after products (the sales rollups) wait for it.
 */
export function addUnitsSoldFrom(stmt: CteStatement, sold: SQL): void {
  const s = stmt.with('sold', sold);
  const locked = stmt.with(
    'sold_locked',
    sql`SELECT p.id FROM products p WHERE p.id IN (SELECT id FROM ${s}) ORDER BY p.id FOR NO KEY UPDATE`,
  );
  stmt.lockStep(locked);
  stmt.with(
    'sold_counted',
    sql`UPDATE products p SET units_sold = greatest(p.units_sold + s.units, 0)
    FROM ${s} s
    WHERE p.id = s.id AND (SELECT count(*) FROM ${locked}) >= 0`,
  );
}
