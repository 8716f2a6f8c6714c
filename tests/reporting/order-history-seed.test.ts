import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrderHistory } from '../../src/seed/order-history.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectedFigures, fromApi, loadRaw, productsIn } from './expected.js';
import { SALES_REPORT } from './support.js';

/**
 * `npm run seed -- --orders N --days D` in-process on fresh databases: the same seed gives the same
 * history; every order and its timeline lie in the window; the stock ledger sums to the stock; and the
 * sales report over the window equals a computation from the raw rows (tests/reporting/expected.ts).
 */

const ORDERS = 60;
const DAYS = 30;
const SEED = 7;
// The same anchor for both runs (a whole minute, so the two plans are identical).
const NOW = new Date(Math.floor(Date.now() / 60_000) * 60_000);
const IDLE = ['outbox', 'reservation-sweeper', 'webhooks', 'housekeeping', 'report-compaction'];

let a: TestApp;
let b: TestApp;
let admin: SignedIn;

const rows = async <T>(t: TestApp, query: ReturnType<typeof sql>) => {
  const result = (await t.database.db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
};

async function seeded(): Promise<TestApp> {
  const t = await startTestApp({}, { idleWorkers: IDLE });
  const result = await seedOrderHistory(t.app.context, { orders: ORDERS, days: DAYS, seed: SEED, now: NOW });
  expect(result.orders).toBe(ORDERS);
  expect(result.lines).toBeGreaterThanOrEqual(ORDERS);
  return t;
}

/** What must be the same for the same seed: counts by status, money, units, refunds. */
async function summary(t: TestApp) {
  const [figures] = await rows<Record<string, unknown>>(
    t,
    sql`SELECT (SELECT count(*)::int FROM orders) AS orders,
      (SELECT sum(total)::bigint FROM orders) AS total,
      (SELECT sum(discount)::bigint FROM orders) AS discount,
      (SELECT sum(quantity)::int FROM order_lines) AS units,
      (SELECT count(*)::int FROM order_lines) AS lines,
      (SELECT coalesce(sum(amount), 0)::bigint FROM refunds) AS refunds,
      (SELECT count(*)::int FROM return_requests) AS returns,
      (SELECT count(*)::int FROM orders WHERE coupon_code IS NOT NULL) AS coupons,
      (SELECT string_agg(status || ':' || n, ',' ORDER BY status) FROM
        (SELECT status::text, count(*) AS n FROM orders GROUP BY status) s) AS statuses,
      (SELECT string_agg(payment_method::text || ':' || n, ',' ORDER BY payment_method) FROM
        (SELECT payment_method, count(*) AS n FROM orders GROUP BY payment_method) m) AS methods`,
  );
  return Object.fromEntries(Object.entries(figures ?? {}).map(([k, v]) => [k, String(v)]));
}

beforeAll(async () => {
  a = await seeded();
  b = await seeded();
  admin = await adminClient(a);
}, 600_000);
afterAll(async () => {
  await a?.close();
  await b?.close();
});

describe('the order history seeder', () => {
  it('gives the same history for the same seed, with every kind of order', async () => {
    const first = await summary(a);
    expect(first).toEqual(await summary(b));
    expect(Number(first.orders)).toBe(ORDERS);
    // Sales, cancellations (before and after confirmation), refunds and deliveries are all there.
    for (const status of ['CANCELLED', 'DELIVERED']) expect(first.statuses).toContain(status);
    expect(first.methods).toContain('CASH_ON_DELIVERY');
    expect(Number(first.refunds)).toBeGreaterThan(0);
  });

  it('places every order, event, payment, refund and shipment in the window, in order', async () => {
    const start = NOW.getTime() - DAYS * 86_400_000;
    const orders = await rows<{ created_at: string; updated_at: string; status: string }>(
      a,
      sql`SELECT created_at, updated_at, status::text AS status FROM orders`,
    );
    expect(orders).toHaveLength(ORDERS);
    for (const o of orders) {
      const created = new Date(o.created_at).getTime();
      expect(created).toBeGreaterThanOrEqual(start);
      expect(created).toBeLessThanOrEqual(NOW.getTime());
      expect(new Date(o.updated_at).getTime()).toBeGreaterThanOrEqual(created);
      expect(['PENDING_PAYMENT', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED']).toContain(
        o.status,
      );
    }
    // Every row of an order's timeline after the order, before now; events in the order they were written.
    const [outside] = await rows<{ n: number }>(
      a,
      sql`SELECT count(*)::int AS n FROM (
        SELECT e.created_at AS at, o.created_at AS placed FROM order_events e JOIN orders o ON o.id = e.order_id
        UNION ALL SELECT p.created_at, o.created_at FROM payments p JOIN orders o ON o.id = p.order_id
        UNION ALL SELECT r.created_at, o.created_at FROM refunds r JOIN orders o ON o.id = r.order_id
        UNION ALL SELECT s.created_at, o.created_at FROM shipments s JOIN orders o ON o.id = s.order_id
        UNION ALL SELECT m.created_at, o.created_at FROM stock_movements m JOIN orders o ON o.number = m.reference
      ) t WHERE t.at < t.placed OR t.at > ${NOW.toISOString()}::timestamptz + interval '1 second'`,
    );
    expect(outside?.n).toBe(0);
    const [misordered] = await rows<{ n: number }>(
      a,
      sql`SELECT count(*)::int AS n FROM order_events e JOIN order_events f ON f.order_id = e.order_id
        WHERE e.to_status = 'CONFIRMED' AND f.type IN ('SHIPPED', 'DELIVERED', 'REFUNDED') AND f.created_at <= e.created_at`,
    );
    expect(misordered?.n).toBe(0);
  });

  it('keeps the stock ledger: every variant has the sum of its movements in stock', async () => {
    const [off] = await rows<{ n: number }>(
      a,
      sql`SELECT count(*)::int AS n FROM variants v
        WHERE v.stock <> (SELECT coalesce(sum(m.delta), 0) FROM stock_movements m WHERE m.variant_id = v.id)`,
    );
    expect(off?.n).toBe(0);
    const [orderMoves] = await rows<{ n: number }>(
      a,
      sql`SELECT count(*)::int AS n FROM stock_movements WHERE reason = 'ORDER'`,
    );
    expect(orderMoves?.n).toBeGreaterThanOrEqual(ORDERS);
  });

  it('reports over the window what the raw rows say, by day and by week, unfiltered and by category', async () => {
    const from = DateTime.fromJSDate(NOW, { zone: 'UTC' }).minus({ days: DAYS }).toISODate()!;
    const to = DateTime.fromJSDate(NOW, { zone: 'UTC' }).toISODate()!;
    const raw = await loadRaw(a);
    const [category] = await rows<{ id: string }>(
      a,
      sql`SELECT c.id FROM categories c WHERE c.parent_id IS NULL ORDER BY c.position, c.slug LIMIT 1`,
    );
    const cases = [
      { input: { from, to, timeZone: 'UTC', bucket: 'DAY' as const }, products: null },
      { input: { from, to, timeZone: 'America/Los_Angeles', bucket: 'WEEK' as const }, products: null },
      {
        input: { from, to, timeZone: 'Europe/Berlin', bucket: 'DAY' as const, categoryIds: [category!.id] },
        products: await productsIn(a, [category!.id]),
      },
    ];
    for (const { input, products } of cases) {
      const got = (await admin.client.ok(SALES_REPORT, { input, first: 1 })).salesReport;
      expect(got.buckets.map(fromApi)).toEqual(expectedFigures(raw, got.buckets, products));
      if (!products) {
        const sales = raw.filter((o) => o.confirmed).length;
        expect(got.totals.orders).toBe(sales);
      }
    }
  });
});
