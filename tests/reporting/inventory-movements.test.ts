import { asc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productCategories, stockMovements, variants } from '../../src/modules/catalog/catalog.tables.js';
import { INVENTORY_ADJUST, product } from '../cart/support.js';
import { CATEGORY_CREATE } from '../catalog/admin-support.js';
import { graphql } from '../generated/gql.js';
import type {
  InventoryReportFilterInput,
  ReportBucket,
  StockMovementPeriodInput,
  StockMovementReason,
} from '../generated/graphql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { bucketLabel, bucketLabels, expectTopLevelError, inPeriod, type Unit } from './calendar.js';

/**
 * inventoryReport.movements: the stock ledger summed by reason over a period in a time zone, by bucket.
 * The ledger is written through inventoryAdjust, then backdated: each stock_movements row gets a chosen
 * created_at directly in the test database (spread over a daylight-saving change in March 2026 and over
 * the turn of 2026/2027, whose ISO week 2026-W53 runs into January), since the API records movements
 * only at the time they happen. The expected sums come from those raw rows, bucketed with luxon.
 */

const MOVEMENTS =
  graphql(`query InventoryMovements($filter: InventoryReportFilterInput, $period: StockMovementPeriodInput!) {
  inventoryReport(filter: $filter) {
    movements(input: $period) {
      from to timeZone netUnits
      reasons { reason units movements }
      buckets { start end label netUnits reasons { reason units movements } }
    }
  }
}`);

const REASONS: StockMovementReason[] = ['RESTOCK', 'ADJUSTMENT', 'ORDER', 'CANCEL', 'RETURN'];

let t: TestApp;
let admin: SignedIn;
let categoryId: string;

/** The instants the ledger is backdated to, in order. */
function backdatedInstants(): Date[] {
  const instants: Date[] = [];
  const spread = (startIso: string, everyMinutes: number, count: number) => {
    const start = Date.parse(startIso);
    for (let i = 0; i < count; i++) instants.push(new Date(start + i * everyMinutes * 60_000));
  };
  spread('2026-03-26T00:00:00.000Z', 317, 30); // 5 h 17 min apart: Mar 26 to Apr 1
  spread('2026-12-18T00:00:00.000Z', 660, 45); // 11 h apart: Dec 18 to Jan 7
  // Exactly on and just before local midnights: Berlin's 29 March, New York's 1 January.
  instants.push(new Date('2026-03-28T23:00:00.000Z'), new Date('2026-03-28T22:59:59.999Z'));
  instants.push(new Date('2027-01-01T05:00:00.000Z'), new Date('2027-01-01T04:59:59.999Z'));
  return instants;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  const created = (await admin.client.ok(CATEGORY_CREATE, { input: { name: 'Ledger Tools' } }))
    .categoryCreate;
  categoryId = created.category!.id;
  const hammer = await product(admin.client, 'Ledger Hammer', [{ price: '9.00', stock: 1000 }], {
    categoryIds: [categoryId],
  });
  const saw = await product(admin.client, 'Ledger Saw', [
    { price: '15.00', stock: 1000 },
    { price: '17.00', stock: 1000 },
  ]);
  const variantIds = [hammer.variants[0]!.id, ...saw.variants.map((v) => v.id)];
  const instants = backdatedInstants();
  // Three RESTOCK rows came with the variants; inventoryAdjust writes the rest, every reason in turn.
  for (let i = 0; i < instants.length - variantIds.length; i++) {
    const reason = REASONS[i % REASONS.length]!;
    const size = 1 + (i % 7);
    const delta = reason === 'ORDER' || (reason === 'ADJUSTMENT' && i % 2 === 0) ? -size : size;
    const payload = (
      await admin.client.ok(INVENTORY_ADJUST, {
        input: { variantId: variantIds[i % variantIds.length]!, delta, reason },
      })
    ).inventoryAdjust;
    expect(payload.errors).toEqual([]);
  }
  const rows = await t.database.db
    .select({ id: stockMovements.id })
    .from(stockMovements)
    .orderBy(asc(stockMovements.createdAt), asc(stockMovements.id));
  expect(rows).toHaveLength(instants.length);
  for (const [i, row] of rows.entries()) {
    await t.database.db
      .update(stockMovements)
      .set({ createdAt: instants[i]! })
      .where(eq(stockMovements.id, row.id));
  }
});
afterAll(() => t?.close());

/** The summary the report must give, from the raw ledger rows (and the variants a filter covers). */
async function expectedSummary(period: StockMovementPeriodInput, covered: (variantId: string) => boolean) {
  const zone = period.timeZone ?? 'UTC';
  const unit = (period.bucket ?? null) as Unit | null;
  const rows = (await t.database.db.select().from(stockMovements)).filter(
    (m) => covered(m.variantId) && inPeriod(m.createdAt, zone, period.from, period.to),
  );
  const sums = (of: typeof rows) =>
    REASONS.map((reason) => {
      const mine = of.filter((m) => m.reason === reason);
      return { reason, units: mine.reduce((sum, m) => sum + m.delta, 0), movements: mine.length };
    });
  const net = (of: typeof rows) => of.reduce((sum, m) => sum + m.delta, 0);
  const labels = unit ? bucketLabels(period.from, period.to, zone, unit) : [];
  return {
    from: period.from,
    to: period.to,
    timeZone: zone,
    netUnits: net(rows),
    reasons: sums(rows),
    buckets: labels.map((label) => {
      const mine = rows.filter((m) => bucketLabel(m.createdAt, zone, unit!) === label);
      return { label, netUnits: net(mine), reasons: sums(mine) };
    }),
  };
}

async function summary(period: StockMovementPeriodInput, filter: InventoryReportFilterInput | null = null) {
  return (await admin.client.ok(MOVEMENTS, { filter, period })).inventoryReport.movements;
}

describe('inventoryReport.movements', () => {
  const cases: [string | null, string, string, ReportBucket | null][] = [
    ['Europe/Berlin', '2026-03-27', '2026-03-31', 'DAY'],
    ['America/New_York', '2026-03-27', '2026-03-31', 'DAY'],
    ['Asia/Kolkata', '2026-12-20', '2027-01-10', 'WEEK'],
    ['America/New_York', '2026-12-24', '2027-01-03', 'WEEK'],
    [null, '2026-01-01', '2027-12-31', 'MONTH'],
    ['Pacific/Auckland', '2026-03-01', '2027-02-28', 'YEAR'],
    ['Europe/Berlin', '2026-03-26', '2027-01-31', null],
  ];
  for (const [timeZone, from, to, bucket] of cases) {
    it(`sums the ledger by reason from ${from} to ${to} in ${timeZone ?? 'the store zone'} by ${bucket ?? 'period'}`, async () => {
      const period = { from, to, bucket, ...(timeZone ? { timeZone } : {}) };
      const got = await summary(period);
      const want = await expectedSummary({ ...period, timeZone: timeZone ?? 'UTC' }, () => true);
      expect(got.netUnits).not.toBe(0);
      expect({ ...got, buckets: got.buckets.map(({ start: _s, end: _e, ...rest }) => rest) }).toEqual(want);
      // The buckets tile the period: from local midnight of `from` to local midnight after `to`.
      const zone = timeZone ?? 'UTC';
      if (got.buckets.length > 0) {
        expect(got.buckets[0]!.start).toBe(DateTime.fromISO(from, { zone }).toUTC().toISO());
        expect(got.buckets.at(-1)!.end).toBe(
          DateTime.fromISO(to, { zone }).plus({ days: 1 }).toUTC().toISO(),
        );
        for (let i = 1; i < got.buckets.length; i++)
          expect(got.buckets[i]!.start).toBe(got.buckets[i - 1]!.end);
      }
    });
  }

  it('keeps a 23-hour daylight-saving day as one bucket, and a movement at local midnight in the new day', async () => {
    const got = await summary({
      from: '2026-03-28',
      to: '2026-03-29',
      timeZone: 'Europe/Berlin',
      bucket: 'DAY',
    });
    const [day28, day29] = got.buckets;
    expect(day29!.label).toBe('2026-03-29');
    expect(Date.parse(day29!.end) - Date.parse(day29!.start)).toBe(23 * 3600_000);
    const rows = await t.database.db.select().from(stockMovements);
    const count = (at: string) => rows.filter((m) => m.createdAt.toISOString() === at).length;
    expect(count('2026-03-28T23:00:00.000Z')).toBe(1);
    const movements = (b: typeof day28) => b!.reasons.reduce((sum, r) => sum + r.movements, 0);
    const inDay = (from: string, to: string) =>
      rows.filter((m) => m.createdAt.getTime() >= Date.parse(from) && m.createdAt.getTime() < Date.parse(to))
        .length;
    expect(movements(day28)).toBe(inDay('2026-03-27T23:00:00Z', '2026-03-28T23:00:00Z'));
    expect(movements(day29)).toBe(inDay('2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z'));
  });

  it('sums only the ledger of the variants the filter covers', async () => {
    const links = await t.database.db
      .select()
      .from(productCategories)
      .where(eq(productCategories.categoryId, categoryId));
    const inCategory = new Set(
      (await t.database.db.select({ id: variants.id, productId: variants.productId }).from(variants))
        .filter((v) => links.some((l) => l.productId === v.productId))
        .map((v) => v.id),
    );
    const period = {
      from: '2026-03-01',
      to: '2027-01-31',
      timeZone: 'Europe/Berlin',
      bucket: 'MONTH' as const,
    };
    const got = await summary(period, { categoryIds: [categoryId] });
    const want = await expectedSummary(period, (id) => inCategory.has(id));
    expect({ ...got, buckets: got.buckets.map(({ start: _s, end: _e, ...rest }) => rest) }).toEqual(want);
    expect(want.reasons.reduce((sum, r) => sum + r.movements, 0)).toBeGreaterThan(0);
    expect(want.netUnits).not.toBe((await expectedSummary(period, () => true)).netUnits);
  });

  it('refuses a bad zone, a bad date, a reversed period and too many buckets, naming the field', async () => {
    const bad = (period: StockMovementPeriodInput) => admin.client.request(MOVEMENTS, { period });
    expect(
      expectTopLevelError(
        await bad({ from: '2026-01-01', to: '2026-01-31', timeZone: 'Mars/Olympus' }),
        'BAD_USER_INPUT',
        'input.timeZone',
      ),
    ).toMatch(/IANA time zone/);
    expectTopLevelError(await bad({ from: '2026-02-30', to: '2026-03-01' }), 'BAD_USER_INPUT', 'input.from');
    expect(
      expectTopLevelError(await bad({ from: '2026-03-02', to: '2026-03-01' }), 'BAD_USER_INPUT', 'input.to'),
    ).toMatch(/not be before/);
    expectTopLevelError(
      await bad({ from: '2020-01-01', to: '2026-12-31', bucket: 'DAY' }),
      'BAD_USER_INPUT',
      'input.bucket',
    );
  });

  it('refuses customers and anonymous callers', async () => {
    const period = { from: '2026-03-01', to: '2026-03-31' };
    const customer = await registerAndLogin(t);
    expectTopLevelError(await customer.client.request(MOVEMENTS, { period }), 'FORBIDDEN');
    expectTopLevelError(await t.client().request(MOVEMENTS, { period }), 'UNAUTHENTICATED');
  });
});
