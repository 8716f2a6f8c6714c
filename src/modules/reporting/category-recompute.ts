/**
 * Bringing the category rollups (category-rollups.ts) back to the facts after a membership change,
 * without stopping checkouts: the rollups are corrected one category and one 30-day range at a time,
 * each in a short transaction whose one statement computes, from a single snapshot, what the rows
 * should hold (the facts of the category's current products) minus what they hold, and adds that
 * difference like any order's delta (an upsert, rows in key order). Orders that change meanwhile add
 * their own deltas, computed with the new membership, so the sum stays exact whatever interleaves.
 * A first version replaced the whole table under an EXCLUSIVE lock: 90 s at 600,000 lines, during
 * which every checkout waited (bench/README.md, "reports").
 *
 * The corrections take a transaction-level advisory lock, so two instances correcting at once
 * serialize (each correction's snapshot then sees the other's, and finds nothing left to add). The
 * rollups are marked fresh only if the membership did not change while they were being corrected.
 */
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.js';
import { inTransaction } from '../../db/transact.js';
import { categoryRollupsFresh } from './category-rollups.js';
import { GRAIN_VALUES } from './rollup-grains.js';
import { FOLD_LOCK_KEY, foldAllIn } from './rollup-pending.js';

const DAY_MS = 86_400_000;
/** Days per correction: about 4,000 lines of the busiest category at 600,000 lines over two years. */
const CHUNK_DAYS = 30;
/** The advisory lock key of corrections (any constant; "catr" in ASCII). */
const LOCK_KEY = 0x63617472;

const MEASURES = ['orders', 'units', 'gross', 'discount', 'shipping', 'tax', 'refunds'] as const;

/** Adds to one category's rollups in [start, end) (UTC days) the difference with the facts. */
async function correct(db: Database, categoryId: string, start: Date, end: Date): Promise<void> {
  const from = start.toISOString();
  const to = end.toISOString();
  const target = MEASURES.map((m) => `coalesce(t.${m}, 0) - coalesce(c.${m}, 0)`);
  await inTransaction(db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
    // The facts of an order whose rollups are pending are not in the rows yet: fold them first, and keep
    // checkouts from adding more until this commits (rollup-pending.ts), or the statement below would
    // count them and their fold again.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${FOLD_LOCK_KEY})`);
    await tx.execute(sql`LOCK TABLE report_pending_rollups IN SHARE ROW EXCLUSIVE MODE`);
    await foldAllIn(tx);
    await tx.execute(sql`WITH RECURSIVE below(id) AS (
        SELECT ${categoryId}::uuid UNION SELECT c.id FROM categories c JOIN below ON c.parent_id = below.id
      ), products AS (
        SELECT DISTINCT pc.product_id FROM product_categories pc WHERE pc.category_id IN (SELECT id FROM below)
      ), per_order AS (
        SELECT date_bin('15 minutes', f.occurred_at, timestamptz 'epoch') AS slot, f.order_id, 1 AS orders,
          sum(f.units) AS units, sum(f.gross) AS gross, sum(f.discount) AS discount, sum(f.shipping) AS shipping,
          sum(f.tax) AS tax, 0 AS refunds
        FROM report_line_facts f
        WHERE f.product_id IN (SELECT product_id FROM products)
          AND f.occurred_at >= ${from}::timestamptz AND f.occurred_at < ${to}::timestamptz
        GROUP BY 1, 2
        UNION ALL
        SELECT date_bin('15 minutes', r.occurred_at, timestamptz 'epoch'), r.order_id, 0, 0, 0, 0, 0, 0, sum(r.amount)
        FROM report_refund_facts r
        WHERE r.product_id IN (SELECT product_id FROM products)
          AND r.occurred_at >= ${from}::timestamptz AND r.occurred_at < ${to}::timestamptz
        GROUP BY 1, 2
      ), target AS (
        SELECT g.grain, date_bin(g.width, p.slot, timestamptz 'epoch') AS slot,
          ${sql.raw(MEASURES.map((m) => `sum(p.${m}) AS ${m}`).join(', '))}
        FROM per_order p CROSS JOIN ${GRAIN_VALUES} GROUP BY 1, 2
      ), held AS (
        SELECT s.grain, s.slot, ${sql.raw(MEASURES.map((m) => `sum(s.${m}) AS ${m}`).join(', '))}
        FROM report_category_slots s
        WHERE s.category_id = ${categoryId}::uuid AND s.slot >= ${from}::timestamptz AND s.slot < ${to}::timestamptz
        GROUP BY 1, 2
      )
      INSERT INTO report_category_slots (category_id, grain, slot, shard, ${sql.raw(MEASURES.join(', '))})
      SELECT ${categoryId}::uuid, coalesce(t.grain, c.grain), coalesce(t.slot, c.slot), 0, ${sql.raw(target.join(', '))}
      FROM target t FULL JOIN held c ON c.grain = t.grain AND c.slot = t.slot
      WHERE ${sql.raw(target.map((d) => `${d} <> 0`).join(' OR '))}
      ORDER BY 2, 3
      ON CONFLICT (category_id, grain, slot, shard) DO UPDATE SET ${sql.raw(
        MEASURES.map((m) => `${m} = report_category_slots.${m} + excluded.${m}`).join(', '),
      )}`);
  });
}

/**
 * Corrects every category's rollups when they are stale (or always with `force`), then marks them
 * fresh for the membership version read at the start, unless it changed meanwhile (then the next
 * round corrects again). Returns whether it corrected.
 */
export async function recomputeCategoryRollups(db: Database, { force = false } = {}): Promise<boolean> {
  if (!force && (await categoryRollupsFresh(db))) return false;
  const [state] = await queryRows<{ version: string | null; first: string | null; last: string | null }>(
    db,
    sql`SELECT (SELECT membership_version FROM reporting_state WHERE id = 1) AS version,
      (SELECT least(min(occurred_at), (SELECT min(occurred_at) FROM report_refund_facts)) FROM report_line_facts) AS first,
      (SELECT greatest(max(occurred_at), (SELECT max(occurred_at) FROM report_refund_facts)) FROM report_line_facts) AS last`,
  );
  if (!state || state.version === null) return false;
  // Every category, and any category gone since whose rows must go to zero.
  const categories = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM categories UNION SELECT DISTINCT category_id FROM report_category_slots ORDER BY 1`,
  );
  const rowsFrom = await queryRows<{ first: string | null }>(
    db,
    sql`SELECT min(slot) AS first FROM report_category_slots`,
  );
  const times = [state.first, state.last, rowsFrom[0]?.first].filter((t): t is string => t !== null);
  if (times.length > 0) {
    const ms = times.map((t) => new Date(t).getTime());
    const start = Math.floor(Math.min(...ms) / DAY_MS) * DAY_MS;
    const end = Math.floor(Math.max(...ms, Date.now()) / DAY_MS) * DAY_MS + DAY_MS;
    for (const { id } of categories) {
      for (let at = start; at < end; at += CHUNK_DAYS * DAY_MS) {
        await correct(db, id, new Date(at), new Date(Math.min(at + CHUNK_DAYS * DAY_MS, end)));
      }
    }
  }
  await inTransaction(db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
    // Rows of deleted categories are all zeros now.
    await tx.execute(sql`DELETE FROM report_category_slots s
      WHERE NOT EXISTS (SELECT 1 FROM categories c WHERE c.id = s.category_id)`);
    await tx.execute(sql`UPDATE reporting_state SET category_rollups_version = membership_version
      WHERE id = 1 AND membership_version = ${Number(state.version)}`);
  });
  return true;
}
