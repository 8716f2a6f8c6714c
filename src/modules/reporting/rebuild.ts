/**
 * Rebuilding the sales facts and rollups from the orders' rows: the backfill of a database that had
 * orders before reporting existed (run at start-up when `reporting_state` is behind
 * SALES_FACTS_VERSION) and `npm run reports:rebuild` (after restoring data, or to check: it reports
 * how many orders it had to change, 0 when everything was exact).
 *
 * 1. Every order is refreshed (`refreshSalesFacts`, batches in id order, one transaction each): the
 *    same idempotent function the order hook runs, so orders changed meanwhile by other instances stay
 *    exact.
 * 2. The rollups are recomputed from the facts in one transaction holding an EXCLUSIVE lock on both
 *    rollup tables (concurrent order changes wait for it, then add their deltas to the new rows):
 *    whatever the rollups held before (a restored backup, a bug) is replaced by the facts' sums, one row
 *    per slot and grain (shard 0).
 * 3. The category rollups likewise (category-rollups.ts), for the current membership.
 */
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.js';
import { inTransaction } from '../../db/transact.js';
import { recomputeCategoryRollups } from './category-recompute.js';
import { reportingState } from './reporting.tables.js';
import { GRAIN_VALUES } from './rollup-grains.js';
import { FOLD_LOCK_KEY } from './rollup-pending.js';
import { refreshSalesFacts } from './sales-facts.service.js';

/** Bump when the facts' definition changes: the next start rebuilds them. */
export const SALES_FACTS_VERSION = 1;

const BATCH = 500;

export interface RebuildResult {
  orders: number;
  changed: number;
}

/** Refreshes every order's facts, then recomputes the rollups from the facts (see the top of this file). */
export async function rebuildSalesReports(db: Database): Promise<RebuildResult> {
  const result = await refreshAllSalesFacts(db);
  await recomputeRollups(db);
  await recomputeCategoryRollups(db, { force: true });
  return result;
}

/** Step 1: every order's facts brought up to date, in batches (one transaction each). */
export async function refreshAllSalesFacts(db: Database): Promise<RebuildResult> {
  let after = '00000000-0000-0000-0000-000000000000';
  let orders = 0;
  let changed = 0;
  for (;;) {
    const batch = await queryRows<{ id: string }>(
      db,
      sql`SELECT id FROM orders WHERE id > ${after}::uuid ORDER BY id LIMIT ${BATCH}`,
    );
    if (batch.length === 0) break;
    const ids = batch.map((row) => row.id);
    changed += await inTransaction(db, async (tx) => {
      // 500 orders' rows in one statement can outlast the pool's statement_timeout on a loaded machine.
      await tx.execute(sql`SET LOCAL statement_timeout = '10min'`);
      return refreshSalesFacts(tx, ids);
    });
    orders += ids.length;
    after = ids[ids.length - 1] as string;
  }
  return { orders, changed };
}

/**
 * Step 2: the rollups replaced by the facts' sums. Two statements over every fact: at 200,000 orders
 * and 600,000 lines they took longer than the pool's statement_timeout (5 s by default) on a loaded
 * 2-core machine, so this transaction lifts it (to 10 minutes). Order changes meanwhile wait for the
 * lock (up to their own statement_timeout): run `npm run reports:rebuild` at a quiet time.
 */
export async function recomputeRollups(db: Database): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.execute(sql`SET LOCAL statement_timeout = '10min'`);
    // Pending rollups (rollup-pending.ts) are orders whose facts are counted below: dropped. Their lock
    // first, in the order folds take it.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${FOLD_LOCK_KEY})`);
    await tx.execute(sql`LOCK TABLE report_pending_rollups IN EXCLUSIVE MODE`);
    await tx.execute(sql`LOCK TABLE report_sales_slots, report_product_slots IN EXCLUSIVE MODE`);
    await tx.execute(sql`DELETE FROM report_pending_rollups`);
    await tx.execute(sql`DELETE FROM report_sales_slots`);
    await tx.execute(sql`DELETE FROM report_product_slots`);
    const bin = sql.raw(`date_bin(g.width, f.slot, timestamptz 'epoch')`);
    await tx.execute(sql`INSERT INTO report_sales_slots (grain, slot, shard, orders, units, gross, discount, shipping, tax, refunds)
      SELECT g.grain, ${bin} AS bin, 0, sum(orders), sum(units), sum(gross), sum(discount), sum(shipping), sum(tax), sum(refunds)
      FROM (
        SELECT date_bin('15 minutes', occurred_at, timestamptz 'epoch') AS slot, 1 AS orders, units, gross,
          discount, shipping, tax, 0 AS refunds
        FROM report_order_facts
        UNION ALL
        SELECT date_bin('15 minutes', occurred_at, timestamptz 'epoch'), 0, 0, 0, 0, 0, 0, amount
        FROM report_refund_facts
      ) f CROSS JOIN ${GRAIN_VALUES} GROUP BY g.grain, bin`);
    await tx.execute(sql`INSERT INTO report_product_slots (product_id, grain, slot, shard, units, gross, discount, shipping, tax, refunds)
      SELECT product_id, g.grain, ${bin} AS bin, 0, sum(units), sum(gross), sum(discount), sum(shipping), sum(tax), sum(refunds)
      FROM (
        SELECT product_id, date_bin('15 minutes', occurred_at, timestamptz 'epoch') AS slot, units, gross,
          discount, shipping, tax, 0 AS refunds
        FROM report_line_facts WHERE product_id IS NOT NULL
        UNION ALL
        SELECT product_id, date_bin('15 minutes', occurred_at, timestamptz 'epoch'), 0, 0, 0, 0, 0, amount
        FROM report_refund_facts WHERE product_id IS NOT NULL
      ) f CROSS JOIN ${GRAIN_VALUES} GROUP BY product_id, g.grain, bin`);
    await tx
      .insert(reportingState)
      .values({ id: 1, factsVersion: SALES_FACTS_VERSION, rebuiltAt: new Date() })
      .onConflictDoUpdate({
        target: reportingState.id,
        set: { factsVersion: SALES_FACTS_VERSION, rebuiltAt: new Date() },
      });
  });
}

/** Whether the stored facts are older than this code's definition (or were never built). */
export async function salesFactsBehind(db: Database): Promise<boolean> {
  const [row] = await db.select({ version: reportingState.factsVersion }).from(reportingState);
  return !row || row.version < SALES_FACTS_VERSION;
}
