import { type SQL, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import { rebuildSalesReports } from '../../src/modules/reporting/rebuild.js';
import { FOLD_LOCK_KEY, pendingRollupFolder } from '../../src/modules/reporting/rollup-pending.js';
import { newCustomer, placeOrder } from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { holdRowLock } from '../support/row-lock.js';
import { type Store, withStore } from '../support/store.js';
import { rollupState, SALES_REPORT } from './support.js';

/**
 * A checkout leaves its order's rollups pending (one row, src/modules/reporting/rollup-pending.ts):
 * reports fold them before they read, the background folder in between. Here the folder is idle
 * unless a test runs one, so what is pending is what the test made.
 */

const onPostgres = Boolean(process.env.DATABASE_URL?.startsWith('postgres'));

let t: TestApp;
let store: Store;
let customer: SignedIn;

beforeAll(async () => {
  ({ t, store } = await withStore(
    startTestApp({}, { idleWorkers: ['reservation-sweeper', 'report-pending-rollups'] }),
  ));
  customer = await newCustomer(t);
});

afterAll(async () => {
  await t?.close();
});

const rows = <T>(query: SQL) => queryRows<T>(t.database.db, query);
const pendingOrders = async () =>
  (await rows<{ order_id: string }>(sql`SELECT order_id FROM report_pending_rollups ORDER BY id`)).map(
    (r) => r.order_id,
  );
/** Orders and gross in the day rollups, every day and shard. */
const dayRollups = async () => {
  const [row] = await rows<{ orders: number; gross: number }>(
    sql`SELECT coalesce(sum(orders), 0)::int AS orders, coalesce(sum(gross), 0)::int AS gross
      FROM report_sales_slots WHERE grain = 2`,
  );
  return row!;
};
/** Today's (UTC) sales report totals, through the API. */
const todaysTotals = async () => {
  const day = DateTime.utc().toISODate()!;
  const { salesReport } = await store.admin.client.ok(SALES_REPORT, {
    input: { from: day, to: day, timeZone: 'UTC', bucket: 'DAY' },
    first: 1,
  });
  return { orders: salesReport.totals.orders, gross: Number(salesReport.totals.gross.amount) };
};

describe('pending rollups', () => {
  it('a checkout writes its facts and one pending row, no rollup row; the next report counts it', async () => {
    const before = await dayRollups();
    const reported = await todaysTotals();
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 2 }]);
    expect(order.status).toBe('CONFIRMED');

    expect(await pendingOrders()).toEqual([order.id]);
    const facts = await rows<{ total: number }>(
      sql`SELECT total FROM report_order_facts WHERE order_id = ${order.id}::uuid`,
    );
    expect(facts).toHaveLength(1);
    expect(await dayRollups()).toEqual(before);

    // 2 mugs at 7.50.
    expect(await todaysTotals()).toEqual({ orders: reported.orders + 1, gross: reported.gross + 15 });
    expect(await pendingOrders()).toEqual([]);
    expect(await dayRollups()).toEqual({ orders: before.orders + 1, gross: before.gross + 1500 });
    // Exactly what a rebuild from the orders' rows writes.
    const incremental = await rollupState(t.database.db);
    expect((await rebuildSalesReports(t.database.db)).changed).toBe(0);
    expect(await rollupState(t.database.db)).toEqual(incremental);
  });

  it('the background folder adds them without a report being read', async () => {
    const before = await dayRollups();
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 1 }]);
    expect(await pendingOrders()).toEqual([order.id]);
    const folder = pendingRollupFolder(t.database.db, t.app.context.logger);
    folder.start();
    try {
      // Generous: the folder runs every second.
      const deadline = Date.now() + 30_000;
      while ((await pendingOrders()).length > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await folder.stop();
    }
    expect(await pendingOrders()).toEqual([]);
    expect(await dayRollups()).toEqual({ orders: before.orders + 1, gross: before.gross + 2000 });
  });

  // PostgreSQL only: a second connection holds the fold lock, as another instance's fold would.
  it.runIf(onPostgres)(
    'a report waits for a fold in progress, and counts its rows when that fold rolls back',
    async () => {
      const reported = await todaysTotals();
      const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
      expect(await pendingOrders()).toEqual([order.id]);

      // A fold that took the lock and deleted the rows, then fails before its commit.
      const endFold = await holdRowLock(
        t.database.db,
        async (tx) => {
          await tx.execute(sql`SELECT pg_advisory_xact_lock(${FOLD_LOCK_KEY})`);
          await tx.execute(sql`DELETE FROM report_pending_rollups`);
        },
        { rollBack: true },
      );

      let answered = false;
      const report = todaysTotals().finally(() => {
        answered = true;
      });
      try {
        // The report's fold waits for the lock (its rows are still visible: their deletion is not committed).
        const deadline = Date.now() + 30_000;
        const waiting = async () =>
          (
            await rows<{ n: number }>(
              sql`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
            )
          )[0]!.n;
        while ((await waiting()) === 0 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(await waiting()).toBe(1);
        expect(answered).toBe(false);
      } finally {
        await endFold();
      }
      expect(await report).toEqual({ orders: reported.orders + 1, gross: reported.gross + 7.5 });
      expect(await pendingOrders()).toEqual([]);
    },
  );
});
