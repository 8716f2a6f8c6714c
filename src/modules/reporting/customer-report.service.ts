import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import type { RequestContext } from '../../graphql/context.js';
import { users } from '../account/account.tables.js';
import type { CustomerReport, CustomerReportBucket, CustomerReportTotals } from './customer-report.types.js';
import { firstSaleAt, salesBetween } from './customer-sales.js';
import { bucketedPeriod, bucketRows } from './report-period.js';
import type { ReportBucket } from './reporting.types.js';

export interface CustomerReportQuery {
  from: string;
  to: string;
  bucket: ReportBucket;
  timeZone?: string | null;
}

/** A ratio rounded to 4 decimals; 0 when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator / denominator) * 10_000) / 10_000;
}

const int = (value: unknown) => Number(value ?? 0);

/**
 * New customers and buyers per bucket, and the period's repeat-purchase figures: three statements
 * whatever the period (bucket rows joined to index ranges; see report-period.ts `bucketRows`).
 */
export async function customerReport(
  ctx: RequestContext,
  input: CustomerReportQuery,
): Promise<CustomerReport> {
  const { db, config } = ctx.app;
  const period = bucketedPeriod(input, input.bucket, config.storeTimeZone);
  const buckets = bucketRows(period.buckets);

  // users_created_at_id_idx: one index range per bucket.
  const newCustomers = await queryRows<{ i: number; n: number }>(
    db,
    sql`
    select b.i, count(u.id)::int as n from ${buckets}
    left join ${users} u on u.created_at >= b.bucket_start and u.created_at < b.bucket_end and u.role = 'CUSTOMER'
    group by b.i`,
  );

  const sales = salesBetween(period.start, period.end);
  const perBucket = await queryRows<{ i: number; orders: number; buyers: number; first_time: number }>(
    db,
    sql`
    with period_sales as (select user_id, created_at from ${sales}),
    buyer as (select user_id, ${firstSaleAt(sql`s.user_id`)} as first_at from (select distinct user_id from period_sales) s)
    select b.i, count(ps.user_id)::int as orders, count(distinct ps.user_id)::int as buyers,
      count(distinct ps.user_id) filter (where buyer.first_at >= b.bucket_start)::int as first_time
    from ${buckets}
    left join period_sales ps on ps.created_at >= b.bucket_start and ps.created_at < b.bucket_end
    left join buyer on buyer.user_id = ps.user_id
    group by b.i`,
  );

  const [whole] = await queryRows<{ orders: number; buyers: number; repeat: number; first_time: number }>(
    db,
    sql`
    with per_buyer as (select user_id, count(*) as n from ${sales} group by user_id)
    select coalesce(sum(n), 0)::int as orders, count(*)::int as buyers,
      count(*) filter (where n >= 2)::int as repeat,
      count(*) filter (where ${firstSaleAt(sql`per_buyer.user_id`)} >= ${period.start.toISOString()}::timestamptz)::int as first_time
    from per_buyer`,
  );

  const customersByBucket = new Map(newCustomers.map((r) => [int(r.i), int(r.n)]));
  const salesByBucket = new Map(perBucket.map((r) => [int(r.i), r]));
  const bucketFigures = period.buckets.map((bucket, i): CustomerReportBucket => {
    const row = salesByBucket.get(i);
    const buyers = int(row?.buyers);
    const firstTimeBuyers = int(row?.first_time);
    return {
      start: bucket.start,
      end: bucket.end,
      label: bucket.label,
      newCustomers: customersByBucket.get(i) ?? 0,
      orders: int(row?.orders),
      buyers,
      firstTimeBuyers,
      returningBuyers: buyers - firstTimeBuyers,
    };
  });

  const buyers = int(whole?.buyers);
  const orders = int(whole?.orders);
  const firstTimeBuyers = int(whole?.first_time);
  const repeatBuyers = int(whole?.repeat);
  const totals: CustomerReportTotals = {
    newCustomers: bucketFigures.reduce((sum, b) => sum + b.newCustomers, 0),
    orders,
    buyers,
    firstTimeBuyers,
    returningBuyers: buyers - firstTimeBuyers,
    repeatBuyers,
    repeatPurchaseRate: ratio(repeatBuyers, buyers),
    averageOrdersPerCustomer: ratio(orders, buyers),
  };
  return {
    from: period.from,
    to: period.to,
    timeZone: period.timeZone,
    bucket: input.bucket,
    totals,
    buckets: bucketFigures,
  };
}
