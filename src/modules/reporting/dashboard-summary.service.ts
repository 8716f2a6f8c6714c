import { count, lte } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { RequestContext } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { money } from '../../graphql/money.js';
import { variants } from '../catalog/catalog.tables.js';
import { newCustomersPerBucket } from './customer-report.service.js';
import type { DashboardComparison, DashboardFigures, DashboardSummary } from './dashboard-summary.types.js';
import { DEFAULT_LOW_STOCK_THRESHOLD } from './inventory-scope.js';
import { bucketedPeriod } from './report-period.js';
import {
  addFigures,
  averageOrderValue,
  bucketFigures,
  type Figures,
  netOf,
  ZERO,
} from './sales-report.service.js';

/** How many local days the dashboard reads: the last 30 and the 30 before them. */
const DAYS = 60;

/**
 * Today, the last 7 and the last 30 days against the days before them, in STORE_TIME_ZONE: the 60 local
 * days up to today are read as day buckets in two statements (sales from the rollups, new customers
 * from users_created_at_id_idx) and summed per window; a third counts low stock (a scan of the variants:
 * no index holds `stock`, see catalog.tables.ts).
 */
export async function dashboardSummary(
  ctx: RequestContext,
  lowStockThreshold: number = DEFAULT_LOW_STOCK_THRESHOLD,
): Promise<DashboardSummary> {
  if (!Number.isInteger(lowStockThreshold) || lowStockThreshold < 0 || lowStockThreshold > 1_000_000)
    throw badUserInput('lowStockThreshold is between 0 and 1,000,000.', 'lowStockThreshold');
  const { db, config } = ctx.app;
  const generatedAt = new Date();
  const today = DateTime.fromJSDate(generatedAt, { zone: config.storeTimeZone }).startOf('day');
  const first = today.minus({ days: DAYS - 1 });
  const period = bucketedPeriod(
    { from: first.toISODate() as string, to: today.toISODate() as string },
    'DAY',
    config.storeTimeZone,
  );
  const days = period.buckets;
  const sales = await bucketFigures(db, { period, unit: 'DAY', buckets: days, filter: null });
  const newCustomers = await newCustomersPerBucket(db, period);
  const [low] = await db.select({ n: count() }).from(variants).where(lte(variants.stock, lowStockThreshold));

  const currency = config.storeCurrency;
  /** Figures of the days [fromIndex, toIndex] (indexes into `days`, oldest first). */
  const figures = (fromIndex: number, toIndex: number): DashboardFigures => {
    let sum: Figures = { ...ZERO };
    let customers = 0;
    for (let i = fromIndex; i <= toIndex; i++) {
      sum = addFigures(sum, sales[i] ?? ZERO);
      customers += newCustomers[i] ?? 0;
    }
    return {
      from: days[fromIndex]?.label ?? '',
      to: days[toIndex]?.label ?? '',
      sales: money(netOf(sum), currency),
      orders: sum.orders,
      averageOrderValue: money(averageOrderValue(sum), currency),
      newCustomers: customers,
    };
  };
  const last = days.length - 1;
  const window = (length: number): DashboardComparison => ({
    current: figures(last - length + 1, last),
    previous: figures(last - 2 * length + 1, last - length),
  });
  return {
    timeZone: config.storeTimeZone,
    generatedAt,
    today: window(1),
    last7Days: window(7),
    last30Days: window(30),
    lowStockThreshold,
    lowStockCount: Number(low?.n ?? 0),
  };
}
