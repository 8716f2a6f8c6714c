import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/account/account.tables.js';
import { variants } from '../../src/modules/catalog/catalog.tables.js';
import { orders, refunds } from '../../src/modules/order/order.tables.js';
import { graphql } from '../generated/gql.js';
import type { DashboardSummaryQuery } from '../generated/graphql.js';
import { registerAndLogin } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, withStore } from '../support/store.js';
import { amount, expectTopLevelError, localDate } from './calendar.js';
import { buildHistory, type PlacedOrder } from './history.js';

/**
 * dashboardSummary in the store's zone (Asia/Tokyo here): today, the last 7 and 30 days against the
 * days before them, and the low-stock count, each compared with a computation from the raw orders,
 * refunds, users and variants rows. The history is backdated relative to now (history.ts); the refund
 * of the order cancelled after confirmation is made now, so it counts today.
 */

const ZONE = 'Asia/Tokyo';

const DASHBOARD = graphql(`query DashboardSummary($lowStockThreshold: Int) {
  dashboardSummary(lowStockThreshold: $lowStockThreshold) {
    timeZone generatedAt lowStockThreshold lowStockCount
    today { current { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers }
      previous { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers } }
    last7Days { current { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers }
      previous { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers } }
    last30Days { current { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers }
      previous { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers } }
  }
}`);

let t: TestApp;
let store: Store;
let placed: PlacedOrder[];

/** The same local time `days` days ago in the store's zone (a second ago for today). */
const daysAgo = (days: number) =>
  days === 0 ? new Date(Date.now() - 1000) : DateTime.now().setZone(ZONE).minus({ days }).toJSDate();

beforeAll(async () => {
  ({ t, store } = await withStore(
    startTestApp({ STORE_TIME_ZONE: ZONE }, { idleWorkers: ['reservation-sweeper'] }),
  ));
  ({ placed } = await buildHistory(t, store, [
    {
      createdAt: daysAgo(0),
      orders: [
        ['CARD', daysAgo(0)],
        ['CARD', daysAgo(3)],
        ['CASH', daysAgo(8)],
      ],
    },
    {
      createdAt: daysAgo(5),
      orders: [
        ['CARD', daysAgo(1)],
        ['CANCELLED_AFTER_CONFIRMATION', daysAgo(20)],
        ['DECLINED', daysAgo(0)],
      ],
    },
    {
      createdAt: daysAgo(45),
      orders: [
        ['CASH', daysAgo(35)],
        ['CARD', daysAgo(59)],
        ['CARD', daysAgo(61)],
        ['CANCELLED_UNPAID', daysAgo(2)],
      ],
    },
    { createdAt: daysAgo(1), orders: [] },
  ]));
});
afterAll(() => t?.close());

/** The figures of the local days [from, to], from the raw rows and the test's record of sales. */
async function expectedFigures(from: string, to: string) {
  const { db } = t.database;
  const inDays = (at: Date) => {
    const date = localDate(at, ZONE);
    return date >= from && date <= to;
  };
  const saleIds = new Set(placed.filter((o) => o.sale).map((o) => o.orderId));
  const sales = (await db.select().from(orders)).filter((o) => saleIds.has(o.id) && inDays(o.createdAt));
  const refunded = (await db.select().from(refunds))
    .filter((r) => inDays(r.createdAt))
    .reduce((sum, r) => sum + r.amount, 0);
  const total = sales.reduce((sum, o) => sum + o.subtotal - o.discount + o.shipping + o.tax, 0);
  const customers = (await db.select().from(users)).filter(
    (u) => u.role === 'CUSTOMER' && inDays(u.createdAt),
  );
  return {
    from,
    to,
    sales: { amount: amount(total - refunded), currencyCode: 'USD' },
    orders: sales.length,
    // Rounded half up to the minor unit.
    averageOrderValue: {
      amount: amount(sales.length ? Math.floor((2 * total + sales.length) / (2 * sales.length)) : 0),
    },
    newCustomers: customers.length,
  };
}

/** `length` days up to the day of `now` against the `length` days before them. */
async function expectedComparison(length: number, now: string) {
  const today = DateTime.fromISO(now).setZone(ZONE).startOf('day');
  const day = (back: number) => today.minus({ days: back }).toISODate() as string;
  return {
    current: await expectedFigures(day(length - 1), day(0)),
    previous: await expectedFigures(day(2 * length - 1), day(length)),
  };
}

describe('dashboardSummary', () => {
  let summary: DashboardSummaryQuery['dashboardSummary'];

  beforeAll(async () => {
    summary = (await store.admin.client.ok(DASHBOARD, {})).dashboardSummary;
  });

  it('compares today, the last 7 and the last 30 days with the days before them', async () => {
    expect(summary.timeZone).toBe(ZONE);
    expect(summary.today).toEqual(await expectedComparison(1, summary.generatedAt));
    expect(summary.last7Days).toEqual(await expectedComparison(7, summary.generatedAt));
    expect(summary.last30Days).toEqual(await expectedComparison(30, summary.generatedAt));
  });

  it('counts what the history holds: sales, refunds today, new customers', () => {
    // Today: one card sale (12.50), and the refund of the order cancelled after confirmation (12.50, made now).
    expect(summary.today.current).toMatchObject({ orders: 1, sales: { amount: '0.00' }, newCustomers: 1 });
    expect(summary.today.current.averageOrderValue.amount).toBe('12.50');
    // Yesterday: a card sale and a new customer.
    expect(summary.today.previous).toMatchObject({ orders: 1, newCustomers: 1 });
    // Last 7 days: today, 1 and 3 days ago; the 7 before: 8 days ago. New: today, 1 and 5 days ago.
    expect(summary.last7Days.current).toMatchObject({ orders: 3, newCustomers: 3 });
    expect(summary.last7Days.previous).toMatchObject({ orders: 1, newCustomers: 0 });
    // Last 30 days: 0, 1, 3, 8, 20 days ago; the 30 before: 35 and 59 (61 is outside, the unpaid one never counts).
    expect(summary.last30Days.current.orders).toBe(5);
    expect(summary.last30Days.previous).toMatchObject({ orders: 2, newCustomers: 1 });
  });

  it('counts low stock now, at the default or a given threshold', async () => {
    const stocks = (await t.database.db.select({ stock: variants.stock }).from(variants)).map((v) => v.stock);
    expect(summary.lowStockThreshold).toBe(5);
    expect(summary.lowStockCount).toBe(stocks.filter((s) => s <= 5).length);
    const high = (await store.admin.client.ok(DASHBOARD, { lowStockThreshold: 100 })).dashboardSummary;
    expect(high.lowStockCount).toBe(stocks.filter((s) => s <= 100).length);
    expect(high.lowStockCount).toBeGreaterThan(0);
  });

  it('refuses customers, anonymous callers and a bad threshold', async () => {
    const customer = await registerAndLogin(t);
    expectTopLevelError(await customer.client.request(DASHBOARD, {}), 'FORBIDDEN');
    expectTopLevelError(await t.client().request(DASHBOARD, {}), 'UNAUTHENTICATED');
    expectTopLevelError(
      await store.admin.client.request(DASHBOARD, { lowStockThreshold: -1 }),
      'BAD_USER_INPUT',
      'lowStockThreshold',
    );
  });
});
