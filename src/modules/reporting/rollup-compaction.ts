/**
 * Folding the shards of closed slots: checkouts write a slot's sums spread over SALES_SHARDS rows
 * (sales-facts.service.ts) so that they never queue on one row, but a report reads every row of its
 * period, so once a slot is past (older than COMPACT_AFTER_MS, when writes to it are rare) its
 * shards are folded into shard 0: at most one row per slot, and per slot and product, for reports to
 * read. One statement per table, in a transaction: the sums per slot never change.
 *
 * The compactor yields to order transactions: it gives up after LOCK_TIMEOUT (well before
 * PostgreSQL's deadlock detection, so a checkout is never the victim) and tries again next round.
 * Any number of instances may run it.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { isLockNotAvailable } from '../../db/errors.js';
import { inTransaction } from '../../db/transact.js';
import type { Logger } from '../../logger.js';
import { PeriodicTask } from '../../periodic-task.js';
import { recomputeCategoryRollups } from './category-recompute.js';
import { staleMembershipVersion } from './category-rollups.js';
import { GRAINS } from './rollup-grains.js';

export const COMPACT_AFTER_MS = 60 * 60 * 1000;
const INTERVAL_MS = 5 * 60 * 1000;
const LOCK_TIMEOUT = '500ms';

const SUMS = ['units', 'gross', 'discount', 'shipping', 'tax', 'refunds'];

/** Rows whose whole slot ended before the cutoff (a day's row is folded once the day is over). */
const ENDED_BEFORE = (cutoff: Date) =>
  sql`slot < ${cutoff.toISOString()}::timestamptz - CASE grain ${sql.raw(
    GRAINS.map((g) => `WHEN ${g.grain} THEN interval '${g.interval}'`).join(' '),
  )} END`;

function fold(table: string, keys: string[], sums: string[], cutoff: Date) {
  const keyList = keys.join(', ');
  const sumList = sums.map((c) => `sum(${c})`).join(', ');
  const set = sums.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');
  return sql`WITH moved AS (
      DELETE FROM ${sql.raw(table)} WHERE ${ENDED_BEFORE(cutoff)} AND shard <> 0
      RETURNING ${sql.raw([...keys, ...sums].join(', '))}
    )
    INSERT INTO ${sql.raw(table)} (${sql.raw(`${keyList}, shard, ${sums.join(', ')}`)})
    SELECT ${sql.raw(`${keyList}, 0, ${sumList}`)} FROM moved GROUP BY ${sql.raw(keyList)}
    ON CONFLICT (${sql.raw(`${keyList}, shard`)}) DO UPDATE SET ${sql.raw(set)}`;
}

/** Folds the shards of every slot before `cutoff` into shard 0; false when it yielded to a lock. */
export async function compactRollups(
  db: Database,
  cutoff = new Date(Date.now() - COMPACT_AFTER_MS),
): Promise<boolean> {
  try {
    await inTransaction(db, async (tx) => {
      await tx.execute(sql.raw(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`));
      await tx.execute(fold('report_sales_slots', ['grain', 'slot'], ['orders', ...SUMS], cutoff));
      await tx.execute(fold('report_product_slots', ['product_id', 'grain', 'slot'], SUMS, cutoff));
      await tx.execute(
        fold('report_category_slots', ['category_id', 'grain', 'slot'], ['orders', ...SUMS], cutoff),
      );
    });
    return true;
  } catch (err) {
    // An order transaction holds a row: next round.
    if (isLockNotAvailable(err)) return false;
    throw err;
  }
}

/**
 * The background task: a round every INTERVAL_MS, which also corrects the category rollups after a
 * membership change (category-recompute.ts).
 */
export class RollupCompactor {
  private readonly task: PeriodicTask;
  /** The stale membership version the previous round saw. */
  private staleSeen: number | null = null;

  constructor(
    private readonly db: Database,
    logger: Logger,
  ) {
    this.task = new PeriodicTask(
      async () => {
        await compactRollups(db);
        await this.correctCategoryRollups();
      },
      INTERVAL_MS,
      (err) => logger.error({ err }, 'report rollup compaction failed'),
    );
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /**
   * Corrects the category rollups once a membership change has stood for a whole round: an order
   * whose delta was computed with the old membership just before the change has long committed by
   * then (the correction's sums would otherwise miss it).
   */
  private async correctCategoryRollups(): Promise<void> {
    const stale = await staleMembershipVersion(this.db);
    if (stale !== null && stale === this.staleSeen) await recomputeCategoryRollups(this.db);
    this.staleSeen = stale;
  }
}
