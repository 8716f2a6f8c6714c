import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildSalesReports } from '../../src/modules/reporting/rebuild.js';
import type { SalesReportInput } from '../generated/graphql.js';
import { paymentsOf } from '../orders/transitions-support.js';
import { REFUND } from '../refunds/support.js';
import { expectedFigures, fromApi, loadRaw, productsIn } from './expected.js';
import { buildScenario, SALES_REPORT, type Scenario, startReportStore } from './support.js';

/**
 * History: the orders of two scenarios are moved into the past (around daylight-saving changes and the
 * turn of 2026, which has an ISO week 53), the reports rebuilt, and random periods, buckets, zones and
 * filters compared with the raw rows; then a late refund lands in today's bucket only.
 */

let s: Scenario;
let extra: Scenario;

/** A deterministic pseudo-random sequence (LCG), so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Instants near the interesting boundaries, and anywhere between mid-2025 and mid-2027. */
const HOT_SPOTS = [
  '2026-03-29T00:40:00Z', // Europe/Berlin springs forward at 01:00Z
  '2026-03-29T01:10:00Z',
  '2026-03-08T06:50:00Z', // America/New_York springs forward at 07:00Z
  '2026-10-25T00:55:00Z', // Berlin falls back at 01:00Z
  '2026-11-01T05:30:00Z', // New York falls back at 06:00Z
  '2026-12-27T23:30:00Z', // Monday 2026-12-28 in Berlin: ISO week 2026-W53 begins
  '2026-12-31T23:20:00Z', // already 2027 in Berlin, still 2026 in New York
  '2027-01-03T22:59:00Z', // the last minute of 2026-W53 in Berlin
  '2027-01-04T04:59:00Z', // the last minute of 2026-W53 in New York
];

async function backdate(scenario: Scenario, rnd: () => number, spot: number) {
  const db = scenario.t.database.db;
  for (const [i, order] of Object.values(scenario.orders).entries()) {
    const target =
      i % 2 === 0
        ? Date.parse(HOT_SPOTS[(spot + i) % HOT_SPOTS.length]!)
        : Date.parse('2025-06-01T00:00:00Z') + Math.floor(rnd() * 730 * 864e5);
    // Refunds and cancellations come later than the sale: up to 40 days, sometimes in another year.
    const later = Math.floor(rnd() * 40 * 864e5);
    await db.execute(sql`WITH o AS (SELECT created_at FROM orders WHERE id = ${order.id}),
      shift AS (SELECT ${new Date(target).toISOString()}::timestamptz - o.created_at AS d FROM o)
      UPDATE orders SET created_at = created_at + (SELECT d FROM shift) WHERE id = ${order.id}`);
    await db.execute(sql`UPDATE order_events e SET created_at = o.created_at
        + (e.created_at - (SELECT min(created_at) FROM order_events WHERE order_id = o.id))
        + CASE WHEN e.type IN ('CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED') THEN ${`${later} milliseconds`}::interval ELSE interval '0' END
      FROM orders o WHERE o.id = e.order_id AND o.id = ${order.id}`);
    await db.execute(sql`UPDATE refunds r SET created_at = o.created_at + ${`${later} milliseconds`}::interval
        + (r.created_at - (SELECT min(created_at) FROM refunds WHERE order_id = o.id)) + interval '1 second'
      FROM orders o WHERE o.id = r.order_id AND o.id = ${order.id}`);
  }
}

beforeAll(async () => {
  const { t, store } = await startReportStore();
  s = await buildScenario(t, store);
  extra = await buildScenario(t, store);
  const rnd = random(20261203);
  await backdate(s, rnd, 0);
  await backdate(extra, rnd, 4);
  const rebuilt = await rebuildSalesReports(t.database.db);
  expect(rebuilt.changed).toBeGreaterThan(0);
}, 300_000);
afterAll(() => s?.t.close());

async function compare(input: SalesReportInput, products: Set<string> | null) {
  const got = (await s.store.admin.client.ok(SALES_REPORT, { input, first: 0 })).salesReport;
  const raw = await loadRaw(s.t);
  const want = expectedFigures(raw, got.buckets, products);
  expect(got.buckets.map(fromApi), JSON.stringify(input)).toEqual(want);
  const total = want.reduce(
    (a, f) => ({
      orders: a.orders + f.orders,
      units: a.units + f.units,
      gross: a.gross + f.gross,
      discount: a.discount + f.discount,
      shipping: a.shipping + f.shipping,
      tax: a.tax + f.tax,
      refunds: a.refunds + f.refunds,
    }),
    { orders: 0, units: 0, gross: 0, discount: 0, shipping: 0, tax: 0, refunds: 0 },
  );
  expect(fromApi(got.totals)).toEqual(total);
  return got;
}

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'UTC',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Auckland',
];
const BUCKETS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;

describe('historic periods after a rebuild', () => {
  it('daylight-saving days are one bucket of 23 or 25 hours', async () => {
    const spring = await compare(
      { from: '2026-03-28', to: '2026-03-30', timeZone: 'Europe/Berlin', bucket: 'DAY' },
      null,
    );
    const hours = spring.buckets.map((b) => (Date.parse(b.end) - Date.parse(b.start)) / 36e5);
    expect(hours).toEqual([24, 23, 24]);
    const fall = await compare(
      { from: '2026-11-01', to: '2026-11-01', timeZone: 'America/New_York', bucket: 'DAY' },
      null,
    );
    expect((Date.parse(fall.buckets[0]!.end) - Date.parse(fall.buckets[0]!.start)) / 36e5).toBe(25);
    expect(spring.totals.orders + fall.totals.orders).toBeGreaterThan(0);
  });

  it('the turn of 2026 has ISO week 2026-W53, in every zone', async () => {
    for (const timeZone of ['Europe/Berlin', 'America/New_York']) {
      const got = await compare({ from: '2026-12-21', to: '2027-01-10', timeZone, bucket: 'WEEK' }, null);
      expect(got.buckets.map((b) => b.label)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
      expect(got.buckets[1]!.orders).toBeGreaterThan(0);
      const years = await compare({ from: '2026-12-31', to: '2027-01-01', timeZone, bucket: 'YEAR' }, null);
      expect(years.buckets.map((b) => b.label)).toEqual(['2026', '2027']);
    }
  });

  it('random periods, buckets, zones and filters equal the computation from the raw rows', async () => {
    const rnd = random(7);
    const { shirt, cap, apparel, hats } = s.store;
    const filters: [Partial<SalesReportInput>, Set<string> | null][] = [
      [{}, null],
      [{ productIds: [shirt.productId] }, new Set([shirt.productId])],
      [{ productIds: [cap.productId, shirt.productId] }, new Set([cap.productId, shirt.productId])],
      [{ categoryIds: [apparel] }, await productsIn(s.t, [apparel])],
      [{ categoryIds: [hats] }, await productsIn(s.t, [hats])],
    ];
    const start = DateTime.fromISO('2025-05-01', { zone: 'UTC' });
    let nonEmpty = 0;
    for (let i = 0; i < 24; i++) {
      const bucket = BUCKETS[i % BUCKETS.length]!;
      const span = { DAY: 60, WEEK: 200, MONTH: 500, YEAR: 900 }[bucket];
      const from = start.plus({ days: Math.floor(rnd() * 700) });
      const to = from.plus({ days: Math.floor(rnd() * span) });
      const [filter, products] = filters[i % filters.length]!;
      const timeZone = ZONES[Math.floor(rnd() * ZONES.length)]!;
      const got = await compare(
        { from: from.toISODate()!, to: to.toISODate()!, timeZone, bucket, ...filter },
        products,
      );
      if (got.totals.orders > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(5);
    // The whole history at once, every bucket size, in Berlin.
    for (const bucket of BUCKETS) {
      await compare({ from: '2025-05-01', to: '2027-07-31', timeZone: 'Europe/Berlin', bucket }, null);
    }
  });
});

describe('a late refund', () => {
  it('counts in the bucket of the refund; closed buckets do not change', async () => {
    const input = { from: '2025-05-01', to: '2027-07-31', timeZone: 'UTC', bucket: 'MONTH' } as const;
    const before = (await s.store.admin.client.ok(SALES_REPORT, { input, first: 0 })).salesReport;
    const order = s.orders.coupon!;
    const [payment] = await paymentsOf(s.t, order.id);
    const refunded = (
      await s.store.admin.client.ok(REFUND, { input: { paymentId: payment!.id, amount: '1.00' } })
    ).paymentRefund;
    expect(refunded.errors).toEqual([]);
    const after = await compare(input, null);
    const thisMonth = DateTime.utc().toFormat('yyyy-MM');
    for (const [i, bucket] of after.buckets.entries()) {
      const old = before.buckets[i]!;
      if (bucket.label !== thisMonth) {
        expect(bucket, bucket.label).toEqual(old);
        continue;
      }
      expect(fromApi(bucket)).toEqual({ ...fromApi(old), refunds: fromApi(old).refunds + 100 });
    }
    // The sale itself stayed where it was: the incremental change equals a rebuild.
    expect((await rebuildSalesReports(s.t.database.db)).changed).toBe(0);
  });
});
