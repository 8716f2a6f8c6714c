import { type SQL, sql } from 'drizzle-orm';
import { type Database, type Executor, queryRows } from '../../db/client.js';
import type { CteStatement } from '../../db/cte-statement.js';
import { foldPending, type PendingFold, pendingFolder } from '../../db/pending-fold.js';
import { uuidArray } from '../../db/pg-array.js';
import type { Logger } from '../../logger.js';
import type { PeriodicTask } from '../../periodic-task.js';

/**
 * The products' sales counters (`units_sold`, read by the POPULARITY sort and Product.unitsSold), kept
 * in two steps:
 *  - an order's transition (confirmed, cancelled, refunded) records the units it adds or takes off in
 *    product_units_pending, a CTE of its own statement (addUnitsSoldFrom): an insert into a table with
 *    one index, and no product row locked;
 *  - the background fold (pendingUnitsSoldFolder, every second on every instance, one at a time) adds
 *    them to the products' rows, one update per product for all its pending rows.
 * Updating the product row in the order's statement cost about 0.9 ms of PostgreSQL per checkout, an
 * eighth of it (bench/README.md, checkout round 10): `units_sold` is indexed (the POPULARITY sort's
 * index), so each sale wrote a new entry into every index of the product, the full-text and trigram GIN
 * indexes included, and held the product's row lock until the commit. A counter therefore shows a sale
 * about a second after it; the count (counter plus pending rows) is exact at any time.
 */

/** The advisory lock key of folds (any constant; "sold" in ASCII). */
export const FOLD_LOCK_KEY = 0x736f6c64;
/** Pending rows per fold transaction. */
const BATCH = 5000;
const INTERVAL_MS = 1000;

/**
 * Adds units to (or, negative, takes them off) the products' sales counters, as a CTE of the caller's
 * statement (no round trip of its own): `sold` is a query the caller writes (e.g. an order's lines
 * summed by product) yielding columns `id` (a product) and `units`.
 */
export function addUnitsSoldFrom(stmt: CteStatement, sold: SQL): void {
  stmt.with(
    'units_pending',
    sql`INSERT INTO product_units_pending (product_id, units) SELECT s.id, s.units FROM (${sold}) s WHERE s.units <> 0`,
  );
}

/**
 * Inside a transaction that holds the fold lock: deletes up to BATCH pending rows (oldest first) and
 * adds their sums to the products, never below zero. The products are locked in id order by a
 * statement of their own before the update (in one statement, an update may start again from an older
 * row version than its lock step locked, and wait in the wrong queue). Returns how many rows it folded.
 */
async function foldBatch(tx: Executor): Promise<number> {
  const rows = await queryRows<{ product_id: string; units: number }>(
    tx,
    sql`DELETE FROM product_units_pending WHERE id IN (
        SELECT id FROM product_units_pending ORDER BY id LIMIT ${BATCH}
      ) RETURNING product_id, units`,
  );
  if (rows.length === 0) return 0;
  const sums = new Map<string, number>();
  for (const { product_id: id, units } of rows) sums.set(id, (sums.get(id) ?? 0) + units);
  const ids = [...sums.keys()].sort();
  // By `= ANY (ids)`: PostgreSQL sizes the array, while it guesses 100 rows for jsonb_to_recordset.
  const products = uuidArray(ids);
  await tx.execute(
    sql`SELECT id FROM products WHERE id = ANY (${products}::uuid[]) ORDER BY id FOR NO KEY UPDATE`,
  );
  await tx.execute(
    sql`UPDATE products p SET units_sold = greatest(p.units_sold + s.units, 0)
      FROM jsonb_to_recordset(${JSON.stringify(ids.map((id) => ({ id, units: sums.get(id) })))}::jsonb)
        AS s(id uuid, units int)
      WHERE p.id = ANY (${products}::uuid[]) AND p.id = s.id AND s.units <> 0`,
  );
  return rows.length;
}

/**
 * Folds every pending row, a batch per transaction, one folder at a time (src/db/pending-fold.ts); with
 * `wait: false` (the background folder) it gives up at once when another fold holds the lock. One
 * statement when nothing is pending. Returns how many rows it folded.
 */
export function foldPendingUnitsSold(db: Database, { wait = true } = {}): Promise<number> {
  return foldPending(db, UNITS_SOLD_FOLD, { wait });
}

const UNITS_SOLD_FOLD: PendingFold = {
  name: 'units sold',
  pending: sql`SELECT 1 FROM product_units_pending`,
  lockKey: FOLD_LOCK_KEY,
  batchSize: BATCH,
  foldBatch,
};

/** The background task: folds the pending units every INTERVAL_MS. Any number of instances may run it. */
export function pendingUnitsSoldFolder(db: Database, logger: Logger): PeriodicTask {
  return pendingFolder(db, UNITS_SOLD_FOLD, INTERVAL_MS, logger);
}
