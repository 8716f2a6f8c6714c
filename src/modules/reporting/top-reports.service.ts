/**
 * Rankings and counts over a period: top products and categories from the per-product rollups (with
 * exact distinct order counts from the line facts, for the returned page only), and orders by their
 * current status (one index-only count per status on orders (status, created_at)).
 */
import { sql } from 'drizzle-orm';
import { type Database, type Executor, queryRows } from '../../db/client.js';
import { uuidArray } from '../../db/pg-array.js';
import { ORDER_STATUSES, type OrderStatus } from '../order/order-state.types.js';
import type { ResolvedPeriod } from './report-input.js';
import { grainRanges, rollupRowsIn } from './rollup-grains.js';
import { foldPendingRollups } from './rollup-pending.js';

export interface Ranked {
  id: string;
  orders: number;
  units: number;
  gross: number;
  refunds: number;
  net: number;
}

interface RankedRow {
  id: string;
  units: string | number;
  gross: string | number;
  refunds: string | number;
  net: string | number;
}

const NET = sql.raw('sum(s.gross - s.discount + s.shipping + s.tax - s.refunds)');

function toRanked(rows: RankedRow[], orders: Map<string, number>): Ranked[] {
  return rows.map((r) => ({
    id: r.id,
    orders: orders.get(r.id) ?? 0,
    units: Number(r.units),
    gross: Number(r.gross),
    refunds: Number(r.refunds),
    net: Number(r.net),
  }));
}

const range = (column: string, period: ResolvedPeriod) =>
  sql`${sql.raw(column)} >= ${period.start.toISOString()}::timestamptz AND ${sql.raw(column)} < ${period.end.toISOString()}::timestamptz`;

/** The period's product rollup rows `s`, at the coarsest grains inside it (rollup-grains.ts). */
const productRows = (period: ResolvedPeriod) =>
  rollupRowsIn('report_product_slots', 's', grainRanges([period.start.getTime(), period.end.getTime()]));

/** Products by net sales or units in the period, optionally among products in some categories. */
export async function topProducts(
  db: Database,
  period: ResolvedPeriod,
  by: 'NET' | 'UNITS',
  first: number,
  categoryIds: string[] | null,
): Promise<Ranked[]> {
  await foldPendingRollups(db);
  const inCategories = categoryIds
    ? sql`AND s.product_id = ANY (ARRAY(SELECT pc.product_id FROM product_categories pc WHERE pc.category_id = ANY (${uuidArray(categoryIds)}::uuid[])))`
    : sql``;
  const order = by === 'NET' ? sql.raw('net DESC, units DESC') : sql.raw('units DESC, net DESC');
  const rows = await queryRows<RankedRow>(
    db,
    sql`SELECT s.product_id AS id, sum(s.units) AS units, sum(s.gross) AS gross, sum(s.refunds) AS refunds, ${NET} AS net
      FROM ${productRows(period)}
      WHERE true ${inCategories}
      GROUP BY s.product_id
      HAVING sum(s.units) <> 0 OR ${NET} <> 0
      ORDER BY ${order}, s.product_id
      LIMIT ${first}`,
  );
  if (rows.length === 0) return [];
  const counts = await queryRows<{ id: string; n: string | number }>(
    db,
    sql`SELECT f.product_id AS id, count(DISTINCT f.order_id) AS n FROM report_line_facts f
      WHERE f.product_id = ANY (${uuidArray(rows.map((r) => r.id))}::uuid[]) AND ${range('f.occurred_at', period)}
      GROUP BY f.product_id`,
  );
  return toRanked(rows, new Map(counts.map((c) => [c.id, Number(c.n)])));
}

/**
 * Categories by the sales of their products and their descendants' products (current membership; a
 * product in two categories counts in both, once per category), optionally only some categories.
 */
export async function topCategories(
  db: Database,
  period: ResolvedPeriod,
  by: 'NET' | 'UNITS',
  first: number,
  onlyCategories: string[] | null,
): Promise<Ranked[]> {
  await foldPendingRollups(db);
  const roots = onlyCategories ? sql`WHERE c.id = ANY (${uuidArray(onlyCategories)}::uuid[])` : sql``;
  const members = sql`WITH RECURSIVE sub(root, id) AS (
      SELECT c.id, c.id FROM categories c ${roots}
      UNION
      SELECT sub.root, c.id FROM categories c JOIN sub ON c.parent_id = sub.id
    ), members AS (
      SELECT DISTINCT sub.root, pc.product_id FROM sub JOIN product_categories pc ON pc.category_id = sub.id
    )`;
  const order = by === 'NET' ? sql.raw('net DESC, units DESC') : sql.raw('units DESC, net DESC');
  const rows = await queryRows<RankedRow>(
    db,
    sql`${members}, sales AS (
        SELECT s.product_id, sum(s.units) AS units, sum(s.gross) AS gross, sum(s.refunds) AS refunds, ${NET} AS net
        FROM ${productRows(period)} GROUP BY s.product_id
      )
      SELECT m.root AS id, sum(sales.units) AS units, sum(sales.gross) AS gross, sum(sales.refunds) AS refunds,
        sum(sales.net) AS net
      FROM members m JOIN sales ON sales.product_id = m.product_id
      GROUP BY m.root
      HAVING sum(sales.units) <> 0 OR sum(sales.net) <> 0
      ORDER BY ${order}, m.root
      LIMIT ${first}`,
  );
  if (rows.length === 0) return [];
  const counts = await queryRows<{ id: string; n: string | number }>(
    db,
    sql`${members}
      SELECT m.root AS id, count(DISTINCT f.order_id) AS n
      FROM members m JOIN report_line_facts f ON f.product_id = m.product_id AND ${range('f.occurred_at', period)}
      WHERE m.root = ANY (${uuidArray(rows.map((r) => r.id))}::uuid[])
      GROUP BY m.root`,
  );
  return toRanked(rows, new Map(counts.map((c) => [c.id, Number(c.n)])));
}

/** Orders created in the period, by their current status (every status listed, zeros included). */
export async function ordersByStatus(
  db: Executor,
  period: ResolvedPeriod,
): Promise<{ status: OrderStatus; count: number }[]> {
  const rows = await queryRows<{ status: string; n: string | number }>(
    db,
    sql`SELECT s.status::text AS status, (
        SELECT count(*) FROM orders o WHERE o.status = s.status AND ${range('o.created_at', period)}
      ) AS n
      FROM unnest(enum_range(NULL::order_status)) AS s(status)`,
  );
  const counts = new Map(rows.map((r) => [r.status, Number(r.n)]));
  return ORDER_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}
