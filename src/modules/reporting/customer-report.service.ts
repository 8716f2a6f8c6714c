import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import type { RequestContext } from '../../graphql/context.js';
import { users } from '../account/account.tables.js';
import type { CustomerReport, CustomerReportBucket, CustomerReportTotals } from './customer-report.types.js';
import { firstSaleAt, salesBetween } from './customer-sales.js';
import { type BucketedPeriod, bucketedPeriod, bucketOf, bucketStartOf } from './report-period.js';
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
 * whatever the number of buckets, each reading the period as one index range (report-period.ts `bucketOf`).
 */
export async function customerReport(
  ctx: RequestContext,
  input: CustomerReportQuery,
): Promise<CustomerReport> {
  const { db, config } = ctx.app;
  const period = bucketedPeriod(input, input.bucket, config.storeTimeZone);
  const buckets = period.buckets;
  const newCustomers = await newCustomersPerBucket(db, period);

  // report_order_facts_occurred_idx for the period, report_order_facts_user_idx for each first sale.
  const sales = salesBetween(period.start, period.end);
  const bucket = bucketOf(sql`created_at`, buckets);
  const perBucket = await queryRows<{ b: number; orders: number; buyers: number; first_time: number }>(
    db,
    sql`
    with period_sales as (select user_id, created_at, ${bucket} as b from ${sales}),
    buyer as (select user_id, ${firstSaleAt(sql`s.user_id`)} as first_at from (select distinct user_id from period_sales) s)
    select ps.b, count(*)::int as orders, count(distinct ps.user_id)::int as buyers,
      count(distinct ps.user_id) filter (where buyer.first_at >= ${bucketStartOf(sql`ps.b`, buckets)})::int as first_time
    from period_sales ps join buyer on buyer.user_id = ps.user_id
    group by ps.b`,
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

  const salesByBucket = new Map(perBucket.map((r) => [int(r.b) - 1, r]));
  const bucketFigures = period.buckets.map((bucket, i): CustomerReportBucket => {
    const row = salesByBucket.get(i);
    const buyers = int(row?.buyers);
    const firstTimeBuyers = int(row?.first_time);
    return {
      start: bucket.start,
      end: bucket.end,
      label: bucket.label,
      newCustomers: newCustomers[i] ?? 0,
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

/** Accounts with the CUSTOMER role created in each bucket (users_created_at_id_idx over the period), in bucket order. */
export async function newCustomersPerBucket(db: Executor, period: BucketedPeriod): Promise<number[]> {
  const rows = await queryRows<{ b: number; n: number }>(
    db,
    sql`select ${bucketOf(sql`${users.createdAt}`, period.buckets)} as b, count(*)::int as n from ${users}
      where ${users.createdAt} >= ${period.start.toISOString()}::timestamptz
        and ${users.createdAt} < ${period.end.toISOString()}::timestamptz and ${users.role} = 'CUSTOMER'
      group by 1`,
  );
  const counts = period.buckets.map(() => 0);
  for (const row of rows) counts[int(row.b) - 1] = int(row.n);
  return counts;
}
