/**
 * The sales report's figures, read from the rollups (reporting.tables.ts), never from orders: one
 * statement for every bucket together (15-minute slots summed into buckets with `width_bucket` over
 * the bucket starts), plus, under a product or category filter, the exact count of distinct orders
 * from the line facts (index on product, time). Sale items (includeItems) are keyset pages of the
 * line facts, every bucket's page in one statement (sale-items.ts).
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import type { Bucket, BucketUnit } from './report-buckets.js';
import { type LineFilter, productCondition, type ResolvedPeriod } from './report-input.js';

/** Sums in minor units (orders and units as counts). */
export interface Figures {
  orders: number;
  units: number;
  gross: number;
  discount: number;
  shipping: number;
  tax: number;
  refunds: number;
}

export const ZERO: Figures = { orders: 0, units: 0, gross: 0, discount: 0, shipping: 0, tax: 0, refunds: 0 };

const MEASURES = ['orders', 'units', 'gross', 'discount', 'shipping', 'tax', 'refunds'] as const;

export function addFigures(a: Figures, b: Figures): Figures {
  const sum = { ...a };
  for (const m of MEASURES) sum[m] += b[m];
  return sum;
}

export const netOf = (f: Figures) => f.gross - f.discount + f.shipping + f.tax - f.refunds;

/** Average sale at checkout, rounded half up (sums are never negative); 0 without orders. */
export function averageOrderValue(f: Figures): number {
  const sales = f.gross - f.discount + f.shipping + f.tax;
  if (f.orders <= 0) return 0;
  return Math.floor((2 * sales + f.orders) / (2 * f.orders));
}

export interface SalesReportPlan {
  period: ResolvedPeriod;
  unit: BucketUnit;
  buckets: Bucket[];
  filter: LineFilter | null;
}

/** A Postgres timestamptz[] literal of the bucket starts (the thresholds of width_bucket). */
export function bucketStarts(buckets: readonly Bucket[]): SQL {
  return sql`${`{${buckets.map((b) => `"${b.start.toISOString()}"`).join(',')}}`}::timestamptz[]`;
}

interface FigureRow {
  b: number;
  orders: string | number;
  units: string | number;
  gross: string | number;
  discount: string | number;
  shipping: string | number;
  tax: string | number;
  refunds: string | number;
}

/** Figures of every bucket, in bucket order (empty buckets as zeros), in one statement. */
export async function bucketFigures(db: Executor, plan: SalesReportPlan): Promise<Figures[]> {
  const { buckets, filter, period } = plan;
  const bounds = bucketStarts(buckets);
  const start = period.start.toISOString();
  const end = period.end.toISOString();
  const query = filter
    ? sql`SELECT b, sum(orders) AS orders, sum(units) AS units, sum(gross) AS gross, sum(discount) AS discount,
          sum(shipping) AS shipping, sum(tax) AS tax, sum(refunds) AS refunds
        FROM (
          SELECT width_bucket(s.slot, ${bounds}) AS b, 0 AS orders, s.units, s.gross, s.discount, s.shipping,
            s.tax, s.refunds
          FROM report_product_slots s
          WHERE ${productCondition(sql`s.product_id`, filter)}
            AND s.slot >= ${start}::timestamptz AND s.slot < ${end}::timestamptz
          UNION ALL
          SELECT width_bucket(f.occurred_at, ${bounds}), count(DISTINCT f.order_id), 0, 0, 0, 0, 0, 0
          FROM report_line_facts f
          WHERE ${productCondition(sql`f.product_id`, filter)}
            AND f.occurred_at >= ${start}::timestamptz AND f.occurred_at < ${end}::timestamptz
          GROUP BY 1
        ) x GROUP BY b`
    : sql`SELECT width_bucket(s.slot, ${bounds}) AS b, sum(s.orders) AS orders, sum(s.units) AS units,
          sum(s.gross) AS gross, sum(s.discount) AS discount, sum(s.shipping) AS shipping, sum(s.tax) AS tax,
          sum(s.refunds) AS refunds
        FROM report_sales_slots s
        WHERE s.slot >= ${start}::timestamptz AND s.slot < ${end}::timestamptz
        GROUP BY 1`;
  const rows = await queryRows<FigureRow>(db, query);
  const figures = buckets.map(() => ({ ...ZERO }));
  for (const row of rows) {
    const target = figures[Number(row.b) - 1];
    if (!target) continue;
    for (const m of MEASURES) target[m] += Number(row[m]);
  }
  return figures;
}
