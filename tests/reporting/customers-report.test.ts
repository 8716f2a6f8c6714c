import { inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/account/account.tables.js';
import { reportOrderFacts } from '../../src/modules/reporting/reporting.tables.js';
import { graphql } from '../generated/gql.js';
import type { CustomerReportInput, ReportBucket } from '../generated/graphql.js';
import { startOrderStore } from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import type { Store } from '../support/store.js';
import { bucketLabel, bucketLabels, expectTopLevelError, inPeriod, type Unit } from './calendar.js';
import { buildHistory, type Kind, type PlacedOrder } from './history.js';

/**
 * customerReport: new customers, buyers, first-time and returning buyers per bucket, and the period's
 * repeat purchase rate and average orders per customer, for several zones, buckets and periods. Each
 * answer is compared with one computed here from what the test did (which orders it meant to be sales)
 * and the raw users and orders rows, bucketed with luxon.
 *
 * History is made by backdating (history.ts): the customers register and the orders go through
 * checkout now, then users.created_at and orders.created_at are set directly in the test database to
 * chosen instants (around midnights in several zones, a daylight-saving day, the turn of the year) and
 * the orders' sales facts are rebuilt to match.
 */

const REPORT = graphql(`query CustomerReport($input: CustomerReportInput!) {
  customerReport(input: $input) {
    from to timeZone bucket
    totals { newCustomers orders buyers firstTimeBuyers returningBuyers repeatBuyers repeatPurchaseRate averageOrdersPerCustomer }
    buckets { start end label newCustomers orders buyers firstTimeBuyers returningBuyers }
  }
}`);

/** Customer n: when their account was created, and their orders (kind and creation instant). */
const HISTORY: { createdAt: string; orders: [Kind, string][] }[] = [
  {
    createdAt: '2025-05-01T12:00:00.000Z',
    orders: [
      ['CARD', '2025-06-10T10:00:00.000Z'],
      ['CARD', '2026-03-08T09:30:00.000Z'],
      ['CASH', '2026-03-20T23:30:00.000Z'],
    ],
  },
  {
    createdAt: '2025-12-31T23:30:00.000Z',
    orders: [
      ['CARD', '2025-12-31T23:45:00.000Z'],
      ['CASH', '2026-01-01T08:00:00.000Z'],
      ['DECLINED', '2026-01-05T12:00:00.000Z'],
    ],
  },
  {
    createdAt: '2026-03-08T10:00:00.000Z',
    orders: [
      ['CANCELLED_UNPAID', '2026-03-10T12:00:00.000Z'],
      ['CANCELLED_AFTER_CONFIRMATION', '2026-03-11T05:00:00.000Z'],
      ['CARD', '2026-03-31T22:30:00.000Z'],
    ],
  },
  {
    createdAt: '2026-02-28T23:00:00.000Z',
    orders: [
      ['EXPIRED', '2026-03-12T12:00:00.000Z'],
      ['DECLINED', '2026-02-02T12:00:00.000Z'],
    ],
  },
  {
    createdAt: '2026-01-01T00:00:00.000Z',
    orders: [
      ['CARD', '2026-01-19T15:00:00.000Z'],
      ['CASH', '2026-01-19T16:00:00.000Z'],
      ['CARD', '2026-06-30T23:59:59.999Z'],
    ],
  },
  { createdAt: '2026-03-29T00:30:00.000Z', orders: [] },
];

let t: TestApp;
let store: Store;
let customers: SignedIn[];
/** Every order the test placed: its buyer, instant and whether it is a sale. */
let placed: PlacedOrder[];

beforeAll(async () => {
  ({ t, store } = await startOrderStore());
  ({ customers, placed } = await buildHistory(
    t,
    store,
    HISTORY.map((h) => ({
      createdAt: new Date(h.createdAt),
      orders: h.orders.map(([kind, at]): [Kind, Date] => [kind, new Date(at)]),
    })),
  ));
});
afterAll(() => t?.close());

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The report computed from the test's own record of sales and the raw users rows. */
async function expectedReport(input: { from: string; to: string; bucket: ReportBucket; timeZone: string }) {
  const { from, to, timeZone: zone } = input;
  const unit = input.bucket as Unit;
  const accounts = await t.database.db.select({ role: users.role, createdAt: users.createdAt }).from(users);
  const newCustomers = accounts.filter((u) => u.role === 'CUSTOMER' && inPeriod(u.createdAt, zone, from, to));
  const sales = placed.filter((o) => o.sale);
  const firstSale = new Map<string, Date>();
  for (const sale of sales) {
    const first = firstSale.get(sale.userId);
    if (!first || sale.at < first) firstSale.set(sale.userId, sale.at);
  }
  const inPeriodSales = sales.filter((o) => inPeriod(o.at, zone, from, to));
  const label = (at: Date) => bucketLabel(at, zone, unit);
  const labels = bucketLabels(from, to, zone, unit);
  const buckets = labels.map((l) => {
    const mine = inPeriodSales.filter((o) => label(o.at) === l);
    const buyers = [...new Set(mine.map((o) => o.userId))];
    const firstTime = buyers.filter((u) => {
      const first = firstSale.get(u)!;
      return inPeriod(first, zone, from, to) && label(first) === l;
    });
    return {
      label: l,
      newCustomers: newCustomers.filter((u) => label(u.createdAt) === l).length,
      orders: mine.length,
      buyers: buyers.length,
      firstTimeBuyers: firstTime.length,
      returningBuyers: buyers.length - firstTime.length,
    };
  });
  const perBuyer = new Map<string, number>();
  for (const sale of inPeriodSales) perBuyer.set(sale.userId, (perBuyer.get(sale.userId) ?? 0) + 1);
  const buyers = perBuyer.size;
  const repeatBuyers = [...perBuyer.values()].filter((n) => n >= 2).length;
  const firstTimeBuyers = [...perBuyer.keys()].filter((u) =>
    inPeriod(firstSale.get(u)!, zone, from, to),
  ).length;
  return {
    from,
    to,
    timeZone: zone,
    bucket: input.bucket,
    totals: {
      newCustomers: newCustomers.length,
      orders: inPeriodSales.length,
      buyers,
      firstTimeBuyers,
      returningBuyers: buyers - firstTimeBuyers,
      repeatBuyers,
      repeatPurchaseRate: buyers ? round4(repeatBuyers / buyers) : 0,
      averageOrdersPerCustomer: buyers ? round4(inPeriodSales.length / buyers) : 0,
    },
    buckets,
  };
}

async function report(input: CustomerReportInput) {
  const data = (await store.admin.client.ok(REPORT, { input })).customerReport;
  return { ...data, buckets: data.buckets.map(({ start: _s, end: _e, ...rest }) => rest), raw: data.buckets };
}

describe('customerReport', () => {
  it('has a sales fact for exactly the orders that reached CONFIRMED', async () => {
    const facts = await t.database.db
      .select({ orderId: reportOrderFacts.orderId, at: reportOrderFacts.occurredAt })
      .from(reportOrderFacts)
      .where(
        inArray(
          reportOrderFacts.orderId,
          placed.map((o) => o.orderId),
        ),
      );
    const sales = placed.filter((o) => o.sale);
    expect(facts.map((f) => f.orderId).sort()).toEqual(sales.map((o) => o.orderId).sort());
    for (const fact of facts) expect(fact.at).toEqual(placed.find((o) => o.orderId === fact.orderId)!.at);
  });

  const cases: [string | null, string, string, ReportBucket][] = [
    ['Europe/Berlin', '2026-01-01', '2026-12-31', 'MONTH'],
    ['America/Los_Angeles', '2026-03-01', '2026-03-31', 'DAY'],
    ['Asia/Tokyo', '2025-12-15', '2026-01-20', 'WEEK'],
    ['Europe/Berlin', '2025-12-31', '2026-04-01', 'WEEK'],
    [null, '2025-01-01', '2026-12-31', 'YEAR'],
    ['Pacific/Kiritimati', '2026-01-01', '2026-03-31', 'DAY'],
    ['America/New_York', '2026-01-19', '2026-01-19', 'DAY'],
  ];
  for (const [timeZone, from, to, bucket] of cases) {
    it(`equals the raw computation from ${from} to ${to} in ${timeZone ?? 'the store zone'} by ${bucket}`, async () => {
      const got = await report({ from, to, bucket, ...(timeZone ? { timeZone } : {}) });
      const want = await expectedReport({ from, to, bucket, timeZone: timeZone ?? 'UTC' });
      const { raw, ...answer } = got;
      expect(answer).toEqual(want);
      expect(want.totals.buyers).toBeGreaterThan(0);
      // Buckets tile the period from local midnight of `from` to local midnight after `to`.
      const zone = timeZone ?? 'UTC';
      expect(raw[0]!.start).toBe(DateTime.fromISO(from, { zone }).toUTC().toISO());
      expect(raw.at(-1)!.end).toBe(DateTime.fromISO(to, { zone }).plus({ days: 1 }).toUTC().toISO());
    });
  }

  it('tells first-time from returning buyers and counts repeat buyers in the period', async () => {
    const got = await report({ from: '2026-01-01', to: '2026-06-30', bucket: 'YEAR', timeZone: 'UTC' });
    // Customer 0 bought in 2025 (returning); 1, 2 and 4 first bought in 2026 (customer 1 on 31
    // December 2025 23:45 UTC: returning in UTC). Customer 3 never completed a sale.
    expect(got.totals).toEqual({
      newCustomers: 4,
      orders: 8,
      buyers: 4,
      firstTimeBuyers: 2,
      returningBuyers: 2,
      repeatBuyers: 3,
      repeatPurchaseRate: 0.75,
      averageOrdersPerCustomer: 2,
    });
    // In Tokyo, customer 1's first sale is on 1 January 2026: a first-time buyer there.
    const tokyo = await report({
      from: '2026-01-01',
      to: '2026-06-30',
      bucket: 'YEAR',
      timeZone: 'Asia/Tokyo',
    });
    expect(tokyo.totals.firstTimeBuyers).toBe(3);
  });

  it('answers zeros for a period without customers or sales, every bucket present', async () => {
    const got = await report({
      from: '2024-02-01',
      to: '2024-02-29',
      bucket: 'DAY',
      timeZone: 'Europe/Paris',
    });
    expect(got.buckets).toHaveLength(29);
    expect(got.buckets.every((b) => b.newCustomers === 0 && b.buyers === 0 && b.orders === 0)).toBe(true);
    expect(got.totals).toMatchObject({ buyers: 0, repeatPurchaseRate: 0, averageOrdersPerCustomer: 0 });
  });

  it('refuses a bad zone, a bad date, a reversed period and too many buckets, naming the field', async () => {
    const bad = (input: CustomerReportInput) => store.admin.client.request(REPORT, { input });
    expect(
      expectTopLevelError(
        await bad({ from: '2026-01-01', to: '2026-01-31', bucket: 'DAY', timeZone: 'Europe/Atlantis' }),
        'BAD_USER_INPUT',
        'input.timeZone',
      ),
    ).toMatch(/"Europe\/Atlantis" is not an IANA time zone/);
    expectTopLevelError(
      await bad({ from: '2026-1-1', to: '2026-01-31', bucket: 'DAY' }),
      'BAD_USER_INPUT',
      'input.from',
    );
    expect(
      expectTopLevelError(
        await bad({ from: '2026-02-01', to: '2026-01-31', bucket: 'DAY' }),
        'BAD_USER_INPUT',
        'input.to',
      ),
    ).toMatch(/to must not be before from/);
    expectTopLevelError(
      await bad({ from: '2000-01-01', to: '2026-01-31', bucket: 'DAY' }),
      'BAD_USER_INPUT',
      'input.bucket',
    );
  });

  it('refuses customers and anonymous callers', async () => {
    const input = { from: '2026-01-01', to: '2026-01-31', bucket: 'DAY' as const };
    expectTopLevelError(await customers[0]!.client.request(REPORT, { input }), 'FORBIDDEN');
    expectTopLevelError(await t.client().request(REPORT, { input }), 'UNAUTHENTICATED');
  });
});
