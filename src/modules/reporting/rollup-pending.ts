/**
 * The rollups of new orders, added after their checkout: a checkout writes its order's facts as usual
 * and, instead of upserting the rollup rows (about thirty: three grains of the slot, of each product
 * and of each category above it), one row of report_pending_rollups holding the facts as placed
 * (placed-order-facts.ts). Those upserts were a quarter of PostgreSQL's work per checkout, done while
 * the checkout held its hot variant's row (bench/README.md, checkout round 7).
 *
 * Folding a batch of pending rows deletes them and adds their sums to the rollups in one transaction
 * (one statement for the whole batch: a flash sale's hundreds of orders in one slot become one upsert
 * per rollup row). Folds are serialized by a transaction-level advisory lock, so they never add a row
 * twice, and rows are folded by:
 *  - the background folder (pendingRollupFolder), every second, skipping a round when another instance
 *    is folding;
 *  - every read of the rollups (`foldPendingRollups`), waiting for a fold in progress: a report therefore
 *    counts every order committed before it started, as when checkouts wrote the rollups themselves;
 *  - the rebuild and the category corrections, which lock the table so that no checkout adds a row
 *    between their fold and their read of the facts (rebuild.ts, category-recompute.ts).
 * Later changes of the order (a cancellation, a refund) add their deltas to the rollups at once, as
 * before; a pending row and such a delta are sums, so their order does not matter.
 *
 * Lock order: the fold lock, then the pending table, then rollup rows in key order (the order every
 * other writer of rollup rows follows).
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Database, type Executor, queryRows } from '../../db/client.js';
import { foldPending, type PendingFold, pendingFolder } from '../../db/pending-fold.js';
import type { Logger } from '../../logger.js';
import type { PeriodicTask } from '../../periodic-task.js';
import { type CategoryInput, categoryInputs } from './category-rollups.js';
import { NO_FACTS, type RollupDelta, rollupDelta, type SalesFacts } from './sales-facts.rules.js';
import { rollupWrites } from './sales-facts.service.js';

/** The advisory lock key of folds (any constant; "fold" in ASCII). */
export const FOLD_LOCK_KEY = 0x666f6c64;
/** Pending rows per fold statement. */
const BATCH = 500;
const INTERVAL_MS = 1000;

/** The CTE body that records a just-placed order's facts as pending, for its checkout's statement. */
export function pendingRollupInsert(orderId: string, facts: SalesFacts): SQL {
  return sql`INSERT INTO report_pending_rollups (order_id, facts) VALUES (${orderId}::uuid, ${JSON.stringify(facts)}::jsonb)`;
}

/**
 * Inside a transaction that holds the fold lock: deletes up to BATCH pending rows (oldest first) and
 * adds their facts to the rollups. Returns how many rows it folded.
 */
export async function foldBatch(tx: Executor): Promise<number> {
  const rows = await queryRows<{ order_id: string; facts: SalesFacts }>(
    tx,
    sql`DELETE FROM report_pending_rollups WHERE id IN (
        SELECT id FROM report_pending_rollups ORDER BY id LIMIT ${BATCH}
      ) RETURNING order_id, facts`,
  );
  if (rows.length === 0) return 0;
  const deltas: { shard: number; delta: RollupDelta }[] = [];
  const categories: CategoryInput[] = [];
  for (const { order_id: orderId, facts } of rows) {
    // One writer at a time (the lock): shard 0, the row compaction keeps.
    for (const delta of rollupDelta(NO_FACTS, facts)) deltas.push({ shard: 0, delta });
    categories.push(...categoryInputs(orderId, 0, NO_FACTS, facts));
  }
  const { ctes } = rollupWrites(deltas, categories);
  if (ctes.length > 0) await tx.execute(sql`WITH RECURSIVE ${sql.join(ctes, sql`, `)} SELECT 1`);
  return rows.length;
}

/** Inside a transaction that holds the fold lock: folds every pending row. */
export async function foldAllIn(tx: Executor): Promise<number> {
  let folded = 0;
  for (;;) {
    const batch = await foldBatch(tx);
    folded += batch;
    if (batch < BATCH) return folded;
  }
}

/**
 * Folds every pending row, a batch per transaction; one statement when there is none (the usual case
 * before a read: the folder is a second behind at most). Before a read of the rollups it waits for a
 * fold in progress elsewhere: that fold's rows are still visible (their deletion is not committed), so
 * the wait here ends after its commit and the read that follows sees its sums. `wait: false` (the
 * background folder) gives up at once when another fold holds the lock. Returns how many rows it folded.
 */
export function foldPendingRollups(db: Database, { wait = true } = {}): Promise<number> {
  return foldPending(db, ROLLUP_FOLD, { wait });
}

const ROLLUP_FOLD: PendingFold = {
  name: 'pending rollups',
  pending: sql`SELECT 1 FROM report_pending_rollups`,
  lockKey: FOLD_LOCK_KEY,
  batchSize: BATCH,
  foldBatch,
};

/** The background task: folds the pending rows every INTERVAL_MS. Any number of instances may run it. */
export function pendingRollupFolder(db: Database, logger: Logger): PeriodicTask {
  return pendingFolder(db, ROLLUP_FOLD, INTERVAL_MS, logger);
}
