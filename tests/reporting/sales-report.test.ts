import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeCategoryRollups } from '../../src/modules/reporting/category-recompute.js';
import { categoryRollupsFresh } from '../../src/modules/reporting/category-rollups.js';
import { rebuildSalesReports } from '../../src/modules/reporting/rebuild.js';
import { compactRollups } from '../../src/modules/reporting/rollup-compaction.js';
import { graphql } from '../generated/gql.js';
import type { SalesReportInput } from '../generated/graphql.js';
import { placeOrder } from '../orders/transitions-support.js';
import { registerAndLogin } from '../support/accounts.js';
import { expectedFigures, fromApi, loadRaw, productsIn } from './expected.js';
import {
  buildScenario,
  PRODUCT_CATEGORIES,
  rollupState,
  SALES_REPORT,
  type Scenario,
  startReportStore,
} from './support.js';

const CATEGORY_MOVE = graphql(`mutation ReportCategoryMove($input: CategoryMoveInput!) {
  categoryMove(input: $input) { category { id } errors { code message } } }`);

/** The sales report of today's orders against the raw rows; rebuild equals incremental; access; bad input. */

const TOP = graphql(`query ReportTop($input: TopReportInput!, $from: String!, $to: String!) {
  topProducts(input: $input) { productId product { id title } orders units gross { amount } refunds { amount } net { amount } }
  topCategories(input: $input) { category { id } orders units net { amount } }
  ordersByStatus(input: { from: $from, to: $to }) { status count } }`);

let s: Scenario;
const today = (zone: string) => DateTime.now().setZone(zone).toISODate()!;

beforeAll(async () => {
  const { t, store } = await startReportStore();
  s = await buildScenario(t, store);
}, 240_000);
afterAll(() => s?.t.close());

async function report(input: SalesReportInput, first = 20) {
  const data = await s.store.admin.client.ok(SALES_REPORT, { input, first });
  return data.salesReport;
}

async function compare(input: SalesReportInput, products: Set<string> | null) {
  const got = await report(input);
  const raw = await loadRaw(s.t);
  const want = expectedFigures(raw, got.buckets, products);
  expect(got.buckets.map(fromApi)).toEqual(want);
  return got;
}

describe('salesReport: today against the raw rows', () => {
  it('counts sales, refunds and the write-off exactly, unfiltered, in UTC and in two zones', async () => {
    for (const timeZone of ['UTC', 'Europe/Berlin', 'America/New_York']) {
      const day = today(timeZone);
      const got = await compare({ from: day, to: day, timeZone, bucket: 'DAY' }, null);
      expect(got.timeZone).toBe(timeZone);
    }
    const day = today('UTC');
    const got = await report({ from: day, to: day, timeZone: 'UTC' });
    // Six sales (coupon, partial, full, cancelled after payment, COD cancelled, COD collected) and the returned one.
    expect(got.totals.orders).toBe(7);
    expect(got.buckets).toHaveLength(1);
    // Net: what the store keeps. The never-paid and expired orders are not there at all.
    const raw = await loadRaw(s.t);
    const neverPaid = raw.find((o) => o.id === s.orders.neverPaid!.id)!;
    expect(neverPaid.confirmed).toBe(false);
  });

  it('under product and category filters counts the matching lines with their shares, and distinct orders', async () => {
    const day = today('UTC');
    const { shirt, mug, cap, apparel, hats } = s.store;
    const cases: [Partial<SalesReportInput>, Set<string>][] = [
      [{ productIds: [shirt.productId] }, new Set([shirt.productId])],
      [{ productIds: [mug.productId, cap.productId] }, new Set([mug.productId, cap.productId])],
      [{ categoryIds: [hats] }, await productsIn(s.t, [hats])],
      [{ categoryIds: [apparel] }, await productsIn(s.t, [apparel])],
      [{ categoryIds: [apparel], productIds: [cap.productId] }, new Set([cap.productId])],
    ];
    expect((await productsIn(s.t, [apparel])).has(cap.productId)).toBe(true);
    for (const [filter, products] of cases) {
      await compare({ from: day, to: day, timeZone: 'UTC', ...filter }, products);
    }
    // Every product's slice together is the whole report (lines sum to their orders exactly).
    const all = await report({ from: day, to: day, timeZone: 'UTC' });
    const parts = await Promise.all(
      [shirt, mug, cap].map((v) =>
        report({ from: day, to: day, timeZone: 'UTC', productIds: [v.productId] }),
      ),
    );
    for (const field of ['gross', 'discounts', 'shipping', 'tax', 'refunds', 'net'] as const) {
      const sum = parts.reduce((a, p) => a + Math.round(Number(p.totals[field].amount) * 100), 0);
      expect(sum, field).toBe(Math.round(Number(all.totals[field].amount) * 100));
    }
  });

  it('lists the sale lines of each bucket with includeItems, paginated by cursor', async () => {
    const day = today('UTC');
    const input = { from: day, to: day, timeZone: 'UTC', includeItems: true };
    const whole = await report(input, 100);
    const bucket = whole.buckets[0]!;
    const items = bucket.items!;
    expect(items.totalCount).toBe(items.edges.length);
    const sum = (f: (e: (typeof items.edges)[number]) => string) =>
      items.edges.reduce((a, e) => a + Math.round(Number(f(e)) * 100), 0);
    expect(sum((e) => e.node.subtotal.amount)).toBe(Math.round(Number(bucket.gross.amount) * 100));
    expect(sum((e) => e.shipping.amount)).toBe(Math.round(Number(bucket.shipping.amount) * 100));
    expect(sum((e) => e.tax.amount)).toBe(Math.round(Number(bucket.tax.amount) * 100));
    expect(items.edges.reduce((a, e) => a + e.node.quantity, 0)).toBe(bucket.units);
    // Two at a time gives the same lines in the same order.
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: typeof whole = (await s.store.admin.client.ok(SALES_REPORT, { input, first: 2, after }))
        .salesReport;
      const connection: typeof items = page.buckets[0]!.items!;
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(items.edges.map((e) => e.node.id));
    expect((await report({ from: day, to: day })).buckets[0]!.items).toBeNull();
  });

  it('top products, top categories and orders by status agree with the report', async () => {
    const day = today('UTC');
    const data = await s.store.admin.client.ok(TOP, {
      input: { from: day, to: day, timeZone: 'UTC', by: 'NET', first: 10 },
      from: day,
      to: day,
    });
    const raw = await loadRaw(s.t);
    const period = [
      { start: new Date(`${day}T00:00:00Z`), end: new Date(Date.parse(`${day}T00:00:00Z`) + 864e5) },
    ];
    for (const top of data.topProducts) {
      const [f] = expectedFigures(raw, period, new Set([top.productId]));
      expect(top.units).toBe(f!.units);
      expect(top.orders).toBe(f!.orders);
    }
    const nets = data.topProducts.map((p) => Number(p.net.amount));
    expect([...nets].sort((a, b) => b - a)).toEqual(nets);
    const apparel = data.topCategories.find((c) => c.category.id === s.store.apparel)!;
    const [f] = expectedFigures(raw, period, await productsIn(s.t, [s.store.apparel]));
    expect(apparel.units).toBe(f!.units);
    const byStatus = Object.fromEntries(data.ordersByStatus.map((r) => [r.status, r.count]));
    for (const status of ['CONFIRMED', 'CANCELLED', 'REFUNDED', 'DELIVERED', 'PENDING_PAYMENT', 'SHIPPED']) {
      expect(byStatus[status], status).toBe(raw.filter((o) => o.status === status).length);
    }
  });
});

describe('incremental facts and rollups', () => {
  it('equal a full rebuild', async () => {
    const db = s.t.database.db;
    const state = () => rollupState(db);
    const incremental = await state();
    expect(JSON.parse(incremental.orders)).toHaveLength(7);
    // Every grain and the categories (parents included) hold the sales.
    expect(new Set(JSON.parse(incremental.slots).map((r: { grain: number }) => r.grain))).toEqual(
      new Set([0, 1, 2]),
    );
    expect(JSON.parse(incremental.categories).length).toBeGreaterThan(0);
    const result = await rebuildSalesReports(db);
    expect(result.changed).toBe(0);
    expect(await state()).toEqual(incremental);
  });

  it('folding the shards of past slots changes no slot sums', async () => {
    const db = s.t.database.db;
    const shardRows = async () => {
      const result = (await db.execute(
        sql`SELECT count(*)::int AS n FROM report_sales_slots WHERE shard <> 0`,
      )) as unknown;
      return Number((Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows)[0].n);
    };
    // New sales are folded into shard 0, later changes of an order into its shard; the rebuild above left
    // shard 0 only.
    const order = await placeOrder(s.customer, [{ variant: s.store.mug, quantity: 1 }]);
    expect(order.status).toBe('CONFIRMED');
    const day = today('UTC');
    const before = await report({ from: day, to: day, timeZone: 'UTC', productIds: [s.store.mug.productId] });
    // A cutoff after every slot has ended, days included.
    expect(await compactRollups(db, new Date(Date.now() + 2 * 86_400_000))).toBe(true);
    expect(await shardRows()).toBe(0);
    expect(
      await report({ from: day, to: day, timeZone: 'UTC', productIds: [s.store.mug.productId] }),
    ).toEqual(before);
    await compare({ from: day, to: day, timeZone: 'UTC' }, null);
  });
});

describe('category rollups', () => {
  const productCategories = async (productId: string, categoryIds: string[]) => {
    const updated = (
      await s.store.admin.client.ok(PRODUCT_CATEGORIES, { input: { id: productId, categoryIds } })
    ).productUpdate;
    expect(updated.errors).toEqual([]);
  };
  const compareCategories = async () => {
    const day = today('UTC');
    for (const zone of ['UTC', 'Asia/Kolkata']) {
      for (const category of [s.store.apparel, s.store.hats]) {
        const from = today(zone);
        await compare(
          { from: from < day ? from : day, to: day, timeZone: zone, bucket: 'DAY', categoryIds: [category] },
          await productsIn(s.t, [category]),
        );
      }
    }
  };

  it('answer one category exactly, and follow membership changes (the facts answer until they are recomputed)', async () => {
    const db = s.t.database.db;
    await recomputeCategoryRollups(db);
    expect(await categoryRollupsFresh(db)).toBe(true);
    await compareCategories();
    // Already fresh: nothing to do.
    expect(await recomputeCategoryRollups(db)).toBe(false);

    // The mug joins Hats (and so Apparel): stale until recomputed, exact throughout.
    await productCategories(s.store.mug.productId, [s.store.hats]);
    expect(await categoryRollupsFresh(db)).toBe(false);
    await compareCategories();
    expect(await recomputeCategoryRollups(db)).toBe(true);
    expect(await categoryRollupsFresh(db)).toBe(true);
    await compareCategories();

    // A sale of the mug and the cap together counts once in Hats and in Apparel.
    const order = await placeOrder(s.customer, [
      { variant: s.store.mug, quantity: 2 },
      { variant: s.store.cap, quantity: 1 },
    ]);
    expect(order.status).toBe('CONFIRMED');
    await compareCategories();

    // Hats moved to the top level: Apparel loses the cap and the mug.
    const moved = (
      await s.store.admin.client.ok(CATEGORY_MOVE, { input: { id: s.store.hats, parentId: null } })
    ).categoryMove;
    expect(moved.errors).toEqual([]);
    expect(await categoryRollupsFresh(db)).toBe(false);
    await compareCategories();
    expect(await recomputeCategoryRollups(db)).toBe(true);
    await compareCategories();
  });
});

describe('access and input', () => {
  it('refuses customers and anonymous callers', async () => {
    const day = today('UTC');
    const customer = await registerAndLogin(s.t);
    const asCustomer = await customer.client.request(SALES_REPORT.toString(), {
      input: { from: day, to: day },
    });
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await s.t.client().request(SALES_REPORT.toString(), { input: { from: day, to: day } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers bad input with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ from: '2026-01-01', to: '2026-01-02', timeZone: 'Mars/Olympus' }, 'input.timeZone'],
      [{ from: '2026-02-01', to: '2026-01-01' }, 'input.to'],
      [{ from: '2000-01-01', to: '2026-01-01', bucket: 'DAY' }, 'input.bucket'],
      [
        { from: '2026-01-01', to: '2026-01-01', productIds: ['00000000-0000-4000-8000-000000000000'] },
        'input.productIds',
      ],
      [{ from: '2026-01-01', to: '2026-01-01', categoryIds: ['not-an-id'] }, 'input.categoryIds'],
    ];
    for (const [input, field] of cases) {
      const answer = await s.store.admin.client.request(SALES_REPORT.toString(), { input });
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.extensions?.field).toBe(field);
    }
    const badDate = await s.store.admin.client.request(SALES_REPORT.toString(), {
      input: { from: '2026-13-01', to: '2026-01-01' },
    });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0]?.extensions?.field).toBe('input.from');
  });
});
