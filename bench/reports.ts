import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { Config } from '../src/config.js';
import { type DatabaseHandle, openDatabase, queryRows } from '../src/db/client.js';
import { createAdmin } from '../src/modules/account/users.service.js';
import { rebuildSalesReports } from '../src/modules/reporting/rebuild.js';
import { openSeedingApp } from '../src/seed/history-app.js';
import { seedOrderHistory } from '../src/seed/order-history.js';
import { adminUrl, withDatabase } from './common.js';
import { replicateHistory } from './reports-replicate.js';

/**
 * The "reports" scenario's database: a dedicated PostgreSQL database (`storefront_bench_reports`)
 * holding an order history kept between runs: a base history placed through the services by the history
 * seeder (`npm run seed -- --orders N --days D` in-process), grown to the wanted size by copies moved in
 * time (reports-replicate.ts), the facts and rollups rebuilt from the rows. The sizes and seed it was made
 * with are recorded in `bench_history`; a run asking for the same ones reuses it, any other size
 * recreates the database.
 *
 * Sizes: BENCH_REPORT_ORDERS (default 200,000), BENCH_REPORT_DAYS (730), BENCH_REPORT_SEED (1),
 * BENCH_REPORT_BASE_ORDERS (2,000: at most this many placed through the services, the rest copies).
 */

export const REPORTS_DATABASE = 'storefront_bench_reports';
export const BENCH_ADMIN = { email: 'bench-reports-admin@example.com', password: 'bench-reports-admin-1' };

export interface ReportsHistory {
  url: string;
  handle: DatabaseHandle;
  orders: number;
  days: number;
  seed: number;
  /** Orders placed through the services; the rest are copies of them (reports-replicate.ts). */
  baseOrders: number;
  lines: number;
  /** When the history was seeded: its window ends here. */
  seededAt: Date;
  /** Seconds the whole preparation took, and the base orders placed per second (of the run that made it). */
  seedSeconds: number;
  ordersPerSecond: number;
  reused: boolean;
}

export function reportSizes(): { orders: number; days: number; seed: number; baseOrders: number } {
  const int = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
    return value;
  };
  const orders = int('BENCH_REPORT_ORDERS', 200_000);
  // The base history placed through the services, and how many times it is copied to reach `orders`.
  const copies = Math.ceil(orders / int('BENCH_REPORT_BASE_ORDERS', 2_000));
  if (orders % copies !== 0) throw new Error(`BENCH_REPORT_ORDERS must split into ${copies} equal copies`);
  return {
    orders,
    days: int('BENCH_REPORT_DAYS', 730),
    seed: int('BENCH_REPORT_SEED', 1),
    baseOrders: orders / copies,
  };
}

interface Recorded {
  orders: number;
  days: number;
  seed: number;
  base_orders: number;
  lines: number;
  seeded_at: string;
  seed_seconds: number;
}

async function recorded(url: string): Promise<Recorded | null> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await client.unsafe<Recorded[]>(
      'SELECT orders, days, seed, base_orders, lines, seeded_at, seed_seconds FROM bench_history LIMIT 1',
    );
    return rows[0] ?? null;
  } catch {
    return null; // no such table (never finished seeding)
  } finally {
    await client.end();
  }
}

export async function prepareReportsHistory(
  config: (url: string) => Config,
  log: (line: string) => void,
): Promise<ReportsHistory> {
  const wanted = reportSizes();
  const url = withDatabase(adminUrl(), REPORTS_DATABASE);
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  let found: Recorded | null = null;
  try {
    const exists = await admin.unsafe('SELECT 1 FROM pg_database WHERE datname = $1', [REPORTS_DATABASE]);
    if (exists.length > 0) found = await recorded(url);
    const same =
      found &&
      found.orders === wanted.orders &&
      found.days === wanted.days &&
      found.seed === wanted.seed &&
      found.base_orders === wanted.baseOrders;
    if (!same) {
      if (exists.length > 0) {
        log(`${REPORTS_DATABASE} holds another history (${JSON.stringify(found)}): recreating it`);
        await admin.unsafe(`DROP DATABASE ${REPORTS_DATABASE} WITH (FORCE)`);
      }
      await admin.unsafe(`CREATE DATABASE ${REPORTS_DATABASE}`);
      found = null;
    }
  } finally {
    await admin.end();
  }
  const settings = config(url);
  const handle = await openDatabase({ url, dataDir: '', ...settings.database });
  await handle.migrate();
  await createAdmin(handle.db, settings.bcryptCost, { ...BENCH_ADMIN, name: 'Bench Admin' });
  if (found) {
    log(
      `reusing ${REPORTS_DATABASE}: ${found.orders} orders, ${found.lines} lines over ${found.days} days (seed ${found.seed}), seeded ${new Date(found.seeded_at).toISOString()}`,
    );
    return {
      url,
      handle,
      ...wanted,
      lines: found.lines,
      seededAt: new Date(found.seeded_at),
      seedSeconds: found.seed_seconds,
      ordersPerSecond: Math.round((found.orders / found.seed_seconds) * 10) / 10,
      reused: true,
    };
  }
  log(
    `seeding ${wanted.baseOrders} orders over ${wanted.days} days (seed ${wanted.seed}) into ${REPORTS_DATABASE}, then copying them to ${wanted.orders}...`,
  );
  const app = await openSeedingApp(settings, handle);
  const seededAt = new Date();
  const started = performance.now();
  const base = await seedOrderHistory(app, {
    orders: wanted.baseOrders,
    days: wanted.days,
    seed: wanted.seed,
    now: seededAt,
    log: (line) => log(`  ${line}`),
    onProgress: (done, total) => {
      if (done % 2000 === 0 || done === total) log(`  ${done} / ${total} orders`);
    },
  });
  await app.rateLimiter.close();
  log(
    `  ${base.orders} orders placed in ${Math.round(base.ms / 1000)} s (${Math.round((base.orders / base.ms) * 10_000) / 10} orders/s)`,
  );
  const copies = wanted.orders / wanted.baseOrders - 1;
  if (copies > 0) {
    await replicateHistory(url, { copies, days: wanted.days, now: seededAt, log });
    const rebuilt = await rebuildSalesReports(handle.db);
    log(`  report facts and rollups rebuilt from the rows (${rebuilt.orders} orders)`);
  }
  await handle.db.execute(sql`ANALYZE`);
  const [counted] = await queryRows<{ orders: number; lines: number }>(
    handle.db,
    sql`SELECT (SELECT count(*)::int FROM orders) AS orders, (SELECT count(*)::int FROM order_lines) AS lines`,
  );
  const lines = Number(counted?.lines);
  const seedSeconds = Math.round((performance.now() - started) / 100) / 10;
  await handle.db.execute(sql`CREATE TABLE bench_history (orders int, days int, seed int, base_orders int,
    lines int, seeded_at timestamptz, seed_seconds float8)`);
  await handle.db.execute(sql`INSERT INTO bench_history VALUES (${wanted.orders}, ${wanted.days}, ${wanted.seed},
    ${wanted.baseOrders}, ${lines}, ${seededAt.toISOString()}, ${seedSeconds})`);
  return {
    url,
    handle,
    ...wanted,
    lines,
    seededAt,
    seedSeconds,
    ordersPerSecond: Math.round((base.orders / (base.ms / 1000)) * 10) / 10,
    reused: false,
  };
}

export const SALES_REPORT = `query BenchSalesReport($input: SalesReportInput!) {
  salesReport(input: $input) {
    from to timeZone bucket
    totals { orders units gross { amount } discounts { amount } shipping { amount } tax { amount } refunds { amount } net { amount } averageOrderValue { amount } }
    buckets { start end orders units gross { amount } discounts { amount } shipping { amount } tax { amount } refunds { amount } net { amount } averageOrderValue { amount } }
  }
}`;

/** The two report requests: a year by DAY, two years by WEEK in the busiest top-level category. */
export async function reportRequests(history: ReportsHistory, token: string) {
  const [category] = await queryRows<{ id: string; name: string }>(
    history.handle.db,
    sql`SELECT c.id, c.name FROM categories c WHERE c.parent_id IS NULL ORDER BY c.position, c.slug LIMIT 1`,
  );
  if (!category) throw new Error('the history has no category');
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const end = history.seededAt.getTime();
  const headers = { authorization: `Bearer ${token}` };
  const body = (input: Record<string, unknown>) =>
    JSON.stringify({ query: SALES_REPORT, variables: { input } });
  return {
    category,
    yearByDay: {
      body: body({
        from: day(end - 364 * 86_400_000),
        to: day(end),
        bucket: 'DAY',
        timeZone: 'Europe/Berlin',
      }),
      headers,
    },
    twoYearsByWeek: {
      body: body({
        from: day(end - 729 * 86_400_000),
        to: day(end),
        bucket: 'WEEK',
        timeZone: 'America/New_York',
        categoryIds: [category.id],
      }),
      headers,
    },
  };
}

/** The bench admin's access token (accountLogin over HTTP, as a dashboard would). */
export async function adminToken(graphqlUrl: string): Promise<string> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation BenchLogin($input: AccountLoginInput!) { accountLogin(input: $input) { accessToken errors { message } } }',
      variables: { input: BENCH_ADMIN },
    }),
  });
  const json = (await response.json()) as { data?: { accountLogin?: { accessToken: string | null } } };
  const token = json.data?.accountLogin?.accessToken;
  if (!token) throw new Error(`bench admin login failed: ${JSON.stringify(json)}`);
  return token;
}
