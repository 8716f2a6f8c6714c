/**
 * Keeps the sales facts and rollups (reporting.tables.ts) exact, inside the transaction of every
 * order change that moves them: `refreshSalesFacts` recomputes the orders' facts from their own rows
 * (sales-facts.rules.ts), compares them with the stored ones and writes only the difference, to the
 * facts and, as deltas, to the rollups. Idempotent: running it again changes nothing, so the same
 * function over every order is the rebuild (rebuild.ts). A checkout writes its new order's facts here
 * too, and leaves the rollups pending (rollup-pending.ts).
 *
 * Locks: the orders' rows first (in id order; a no-op for the order the caller already holds), then
 * the rollup rows in a fixed order (slots by slot and shard, then product slots by product, slot and
 * shard), so concurrent refreshes never deadlock; the shard (a hash of the order id) spreads
 * concurrent changes of one slot over SALES_SHARDS rows.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { uuidArray } from '../../db/pg-array.js';
import {
  CATEGORY_ROLLUP_CTES,
  type CategoryInput,
  categoryInputs,
  categoryRollupUpsert,
} from './category-rollups.js';
import { GRAIN_VALUES } from './rollup-grains.js';
import { loadOrderSources } from './sales-fact-sources.js';
import {
  type LineFact,
  NO_FACTS,
  type OrderFact,
  type RefundFact,
  type RollupDelta,
  rollupDelta,
  type SalesFacts,
  salesFactsOf,
  shardOf,
} from './sales-facts.rules.js';

const same = <T extends object>(a: T, b: T) =>
  (Object.keys(a) as (keyof T)[]).every((key) => a[key] === b[key]);

/**
 * Brings the facts and rollups of these orders up to date with their rows, inside `tx`. Returns how
 * many orders changed.
 */
export async function refreshSalesFacts(tx: Executor, orderIds: readonly string[]): Promise<number> {
  const ids = [...new Set(orderIds)].sort();
  const { sources, stored } = await loadOrderSources(tx, ids);
  const byId = new Map(sources.map((s) => [s.orderId, s]));
  const { ctes, changed } = salesFactWrites(
    ids.map((orderId) => {
      const source = byId.get(orderId);
      return {
        orderId,
        before: stored.get(orderId) ?? NO_FACTS,
        after: source ? salesFactsOf(source) : NO_FACTS,
      };
    }),
  );
  if (ctes.length > 0) await tx.execute(sql`WITH RECURSIVE ${sql.join(ctes, sql`, `)} SELECT 1`);
  return changed;
}

/** An order's facts as stored (`before`) and as its rows make them now (`after`). */
export interface FactChange {
  orderId: string;
  before: SalesFacts;
  after: SalesFacts;
}

/**
 * The CTEs (of a `WITH RECURSIVE`, under `names`) that turn each order's facts from `before` into
 * `after`: the facts that changed written, those that went dropped, the difference added to the rollups;
 * the facts' CTEs first, then the rollups' (their lock order). `rollups: false` writes the facts only (a
 * checkout leaves its rollups to rollup-pending.ts). `changed`: how many orders change.
 */
export function salesFactWrites(
  changes: readonly FactChange[],
  { rollups = true }: { rollups?: boolean } = {},
): { ctes: SQL[]; names: string[]; changed: number } {
  const deltas: { shard: number; delta: RollupDelta }[] = [];
  const categories: CategoryInput[] = [];
  const put: { orders: OrderFact[]; lines: LineFact[]; refunds: RefundFact[] } = {
    orders: [],
    lines: [],
    refunds: [],
  };
  const drop: { orders: string[]; lines: string[]; refunds: RefundFact[] } = {
    orders: [],
    lines: [],
    refunds: [],
  };
  let changed = 0;
  for (const { orderId, before, after } of changes) {
    const delta = rollupDelta(before, after);
    const writes = put.orders.length + put.lines.length + put.refunds.length;
    const drops = drop.orders.length + drop.lines.length + drop.refunds.length;
    if (rollups) {
      for (const d of delta) deltas.push({ shard: shardOf(orderId), delta: d });
      if (delta.length > 0) categories.push(...categoryInputs(orderId, shardOf(orderId), before, after));
    }
    if (after.order && !(before.order && same(after.order, before.order))) put.orders.push(after.order);
    if (!after.order && before.order) drop.orders.push(orderId);
    const oldLines = new Map(before.lines.map((l) => [l.orderLineId, l]));
    for (const line of after.lines) {
      const old = oldLines.get(line.orderLineId);
      if (!old || !same(line, old)) put.lines.push(line);
      oldLines.delete(line.orderLineId);
    }
    drop.lines.push(...oldLines.keys());
    const refundKey = (r: RefundFact) => `${r.refundKey}|${r.orderLineId}`;
    const oldRefunds = new Map(before.refunds.map((r) => [refundKey(r), r]));
    for (const refund of after.refunds) {
      const old = oldRefunds.get(refundKey(refund));
      if (!old || !same(refund, old)) put.refunds.push(refund);
      oldRefunds.delete(refundKey(refund));
    }
    drop.refunds.push(...oldRefunds.values());
    const after_ = put.orders.length + put.lines.length + put.refunds.length;
    const dropped = drop.orders.length + drop.lines.length + drop.refunds.length;
    if (delta.length > 0 || after_ > writes || dropped > drops) changed += 1;
  }
  const facts = factWrites(put, drop);
  const sums = rollups ? rollupWrites(deltas, categories) : { ctes: [], names: [] };
  return {
    ctes: [...facts.ctes, ...sums.ctes],
    names: [...facts.names, ...sums.names],
    changed,
  };
}

/** A jsonb parameter of rows, for `jsonb_to_recordset` (times as ISO strings). */
function jsonRows(rows: readonly object[]): SQL {
  return sql`${JSON.stringify(rows)}::jsonb`;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Writes the facts that changed and drops those that went: a data-modifying CTE (`name AS (...)`) per
 * table that has something to do, for refreshSalesFacts' one statement. The keys dropped and written are
 * disjoint, and every row belongs to an order whose row the caller locked, so no two refreshes write the
 * same rows.
 */
function factWrites(
  put: { orders: OrderFact[]; lines: LineFact[]; refunds: RefundFact[] },
  drop: { orders: string[]; lines: string[]; refunds: RefundFact[] },
): { ctes: SQL[]; names: string[] } {
  const parts: SQL[] = [];
  if (drop.refunds.length > 0) {
    parts.push(sql`DELETE FROM report_refund_facts f
      USING jsonb_to_recordset(${jsonRows(drop.refunds.map((r) => ({ k: r.refundKey, l: r.orderLineId })))})
        AS d(k uuid, l uuid)
      WHERE f.refund_key = d.k AND f.order_line_id = d.l`);
  }
  if (drop.lines.length > 0) {
    parts.push(
      sql`DELETE FROM report_line_facts WHERE order_line_id = ANY (${uuidArray(drop.lines)}::uuid[])`,
    );
  }
  if (drop.orders.length > 0) {
    parts.push(sql`DELETE FROM report_order_facts WHERE order_id = ANY (${uuidArray(drop.orders)}::uuid[])`);
  }
  if (put.orders.length > 0) {
    parts.push(sql`INSERT INTO report_order_facts
        (order_id, user_id, occurred_at, units, gross, discount, shipping, tax, total, refunded)
      SELECT * FROM jsonb_to_recordset(${jsonRows(
        put.orders.map((o) => ({
          order_id: o.orderId,
          user_id: o.userId,
          occurred_at: iso(o.occurredAt),
          units: o.units,
          gross: o.gross,
          discount: o.discount,
          shipping: o.shipping,
          tax: o.tax,
          total: o.total,
          refunded: o.refunded,
        })),
      )}) AS x(order_id uuid, user_id uuid, occurred_at timestamptz, units int, gross int, discount int,
          shipping int, tax int, total int, refunded int)
      ON CONFLICT (order_id) DO UPDATE SET ${excludedAll(reportOrderFactsColumns)}`);
  }
  if (put.lines.length > 0) {
    parts.push(sql`INSERT INTO report_line_facts
        (order_line_id, order_id, product_id, variant_id, occurred_at, units, gross, discount, shipping, tax, refunded)
      SELECT * FROM jsonb_to_recordset(${jsonRows(
        put.lines.map((l) => ({
          order_line_id: l.orderLineId,
          order_id: l.orderId,
          product_id: l.productId,
          variant_id: l.variantId,
          occurred_at: iso(l.occurredAt),
          units: l.units,
          gross: l.gross,
          discount: l.discount,
          shipping: l.shipping,
          tax: l.tax,
          refunded: l.refunded,
        })),
      )}) AS x(order_line_id uuid, order_id uuid, product_id uuid, variant_id uuid, occurred_at timestamptz,
          units int, gross int, discount int, shipping int, tax int, refunded int)
      ON CONFLICT (order_line_id) DO UPDATE SET ${excludedAll(reportLineFactsColumns)}`);
  }
  if (put.refunds.length > 0) {
    parts.push(sql`INSERT INTO report_refund_facts
        (refund_key, order_line_id, order_id, kind, product_id, occurred_at, amount)
      SELECT * FROM jsonb_to_recordset(${jsonRows(
        put.refunds.map((r) => ({
          refund_key: r.refundKey,
          order_line_id: r.orderLineId,
          order_id: r.orderId,
          kind: r.kind,
          product_id: r.productId,
          occurred_at: iso(r.occurredAt),
          amount: r.amount,
        })),
      )}) AS x(refund_key uuid, order_line_id uuid, order_id uuid, kind text, product_id uuid,
          occurred_at timestamptz, amount int)
      ON CONFLICT (refund_key, order_line_id) DO UPDATE SET ${excludedAll(reportRefundFactsColumns)}`);
  }
  const names = parts.map((_, i) => `fact_w${i}`);
  return { ctes: parts.map((part, i) => sql`${sql.raw(names[i] as string)} AS (${part})`), names };
}

const reportOrderFactsColumns = [
  'user_id',
  'occurred_at',
  'units',
  'gross',
  'discount',
  'shipping',
  'tax',
  'total',
  'refunded',
];
const reportLineFactsColumns = [
  'order_id',
  'product_id',
  'variant_id',
  'occurred_at',
  'units',
  'gross',
  'discount',
  'shipping',
  'tax',
  'refunded',
];
const reportRefundFactsColumns = ['order_id', 'kind', 'product_id', 'occurred_at', 'amount'];

/** `column = excluded.column, …` for every column. */
function excludedAll(columns: string[]): SQL {
  return sql.raw(columns.map((c) => `${c} = excluded.${c}`).join(', '));
}

/**
 * Adds the deltas to the rollup rows (upserts) at every grain (rollup-grains.ts), as CTEs of one
 * statement (a `WITH RECURSIVE`: the category part may need it; refreshSalesFacts' and a pending fold's):
 * slots first, then product slots, then category slots (each CTE waits for the one before), each
 * table's rows in key order, so concurrent writers lock rollup rows in the same order and never
 * deadlock.
 */
export function rollupWrites(
  deltas: { shard: number; delta: RollupDelta }[],
  categories: CategoryInput[],
): { ctes: SQL[]; names: string[] } {
  if (deltas.length === 0) return { ctes: [], names: [] };
  const row = ({ shard, delta: d }: { shard: number; delta: RollupDelta }) => ({
    product_id: d.productId,
    slot: iso(d.slot),
    shard,
    orders: d.orders,
    units: d.units,
    gross: d.gross,
    discount: d.discount,
    shipping: d.shipping,
    tax: d.tax,
    refunds: d.refunds,
  });
  const slots = deltas.filter((d) => d.delta.productId === null).map(row);
  const products = deltas.filter((d) => d.delta.productId !== null).map(row);
  const columns = sql.raw(`(product_id uuid, slot timestamptz, shard int, orders int, units bigint,
    gross bigint, discount bigint, shipping bigint, tax bigint, refunds bigint)`);
  const measures = ['units', 'gross', 'discount', 'shipping', 'tax', 'refunds'];
  const add = (table: string, columnsAdded: string[]) =>
    sql.raw(columnsAdded.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', '));
  const sums = (columnsSummed: string[]) => sql.raw(columnsSummed.map((c) => `sum(x.${c})`).join(', '));
  const bin = sql.raw(`date_bin(g.width, x.slot, timestamptz 'epoch')`);
  const categoryPart =
    categories.length > 0 ? sql`, ${categoryRollupUpsert(categories, 'product_rows')}` : sql``;
  const names = ['sales_rows', 'product_rows', ...(categories.length > 0 ? CATEGORY_ROLLUP_CTES : [])];
  const ctes = [
    sql`sales_rows AS (
      INSERT INTO report_sales_slots (grain, slot, shard, orders, units, gross, discount, shipping, tax, refunds)
      SELECT g.grain, ${bin} AS bin, x.shard, ${sums(['orders', ...measures])}
      FROM jsonb_to_recordset(${jsonRows(slots)}) AS x${columns} CROSS JOIN ${GRAIN_VALUES}
      GROUP BY g.grain, bin, x.shard
      ORDER BY g.grain, bin, x.shard
      ON CONFLICT (grain, slot, shard) DO UPDATE SET ${add('report_sales_slots', ['orders', ...measures])}
      RETURNING 1
    ), product_rows AS (
      INSERT INTO report_product_slots (product_id, grain, slot, shard, units, gross, discount, shipping, tax, refunds)
      SELECT x.product_id, g.grain, ${bin} AS bin, x.shard, ${sums(measures)}
      FROM jsonb_to_recordset(${jsonRows(products)}) AS x${columns} CROSS JOIN ${GRAIN_VALUES}
      WHERE (SELECT count(*) FROM sales_rows) >= 0
      GROUP BY x.product_id, g.grain, bin, x.shard
      ORDER BY x.product_id, g.grain, bin, x.shard
      ON CONFLICT (product_id, grain, slot, shard) DO UPDATE SET ${add('report_product_slots', measures)}
      RETURNING 1
    )${categoryPart}`,
  ];
  return { ctes, names };
}
