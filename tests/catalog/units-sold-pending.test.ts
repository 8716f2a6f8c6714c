import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import {
  FOLD_LOCK_KEY,
  foldPendingUnitsSold,
  pendingUnitsSoldFolder,
} from '../../src/modules/catalog/units-sold.js';
import { CANCEL, newCustomer, placeOrder } from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { holdRowLock } from '../support/row-lock.js';
import { type Store, withStore } from '../support/store.js';

/**
 * An order's transitions record the units they add to (or take off) a product's sales counter in
 * product_units_pending; a fold adds them to `products.units_sold` (src/modules/catalog/units-sold.ts).
 * Here the background folder is idle unless a test runs one, so what is pending is what the test made.
 */

const onPostgres = Boolean(process.env.DATABASE_URL?.startsWith('postgres'));

let t: TestApp;
let store: Store;
let customer: SignedIn;

beforeAll(async () => {
  ({ t, store } = await withStore(
    startTestApp({}, { idleWorkers: ['reservation-sweeper', 'units-sold-fold'] }),
  ));
  customer = await newCustomer(t);
});

afterAll(async () => {
  await t?.close();
});

const rows = <T>(query: SQL) => queryRows<T>(t.database.db, query);
const pending = () =>
  rows<{ product_id: string; units: number }>(
    sql`SELECT product_id, units FROM product_units_pending ORDER BY id`,
  );
/** The counter as stored, without folding first. */
const counter = async (productId: string) =>
  (await rows<{ n: number }>(sql`SELECT units_sold AS n FROM products WHERE id = ${productId}::uuid`))[0]!.n;
/** The counter as the storefront reads it. */
const shown = async (productId: string) => {
  const { data } = await customer.client.request<{ product: { unitsSold: number } }>(
    'query($id: ID!) { product(id: $id) { unitsSold } }',
    { id: productId },
  );
  return data!.product.unitsSold;
};

describe('units sold', () => {
  it('a confirmed order leaves its units pending and the product row alone; a fold adds them', async () => {
    const mug = store.mug.productId;
    const shirt = store.shirt.productId;
    const [mugBefore, shirtBefore] = [await counter(mug), await counter(shirt)];

    const order = await placeOrder(customer, [
      { variant: store.mug, quantity: 2 },
      { variant: store.shirt, quantity: 1 },
    ]);
    expect(order.status).toBe('CONFIRMED');
    expect(await pending()).toEqual(
      expect.arrayContaining([
        { product_id: mug, units: 2 },
        { product_id: shirt, units: 1 },
      ]),
    );
    expect(await pending()).toHaveLength(2);
    expect([await counter(mug), await counter(shirt)]).toEqual([mugBefore, shirtBefore]);

    expect(await foldPendingUnitsSold(t.database.db)).toBe(2);
    expect(await pending()).toEqual([]);
    expect([await counter(mug), await counter(shirt)]).toEqual([mugBefore + 2, shirtBefore + 1]);
    expect(await shown(mug)).toBe(mugBefore + 2);

    // A cancellation takes them off the same way.
    const cancelled = await customer.client.ok(CANCEL, { input: { orderId: order.id } });
    expect(cancelled.orderCancel.errors).toEqual([]);
    expect(await pending()).toEqual(
      expect.arrayContaining([
        { product_id: mug, units: -2 },
        { product_id: shirt, units: -1 },
      ]),
    );
    await foldPendingUnitsSold(t.database.db);
    expect([await counter(mug), await counter(shirt)]).toEqual([mugBefore, shirtBefore]);
  });

  it('a fold adds up the pending rows of many orders', async () => {
    const mug = store.mug.productId;
    const before = await counter(mug);
    for (const quantity of [1, 2, 3]) await placeOrder(customer, [{ variant: store.mug, quantity }]);
    expect((await pending()).map((r) => r.units)).toEqual([1, 2, 3]);
    expect(await foldPendingUnitsSold(t.database.db)).toBe(3);
    expect(await pending()).toEqual([]);
    expect(await counter(mug)).toBe(before + 6);
  });

  it('the background folder adds them without any read', async () => {
    const shirt = store.shirt.productId;
    const before = await counter(shirt);
    await placeOrder(customer, [{ variant: store.shirt, quantity: 2 }]);
    expect(await pending()).toHaveLength(1);
    const folder = pendingUnitsSoldFolder(t.database.db, t.app.context.logger);
    folder.start();
    try {
      // Generous: the folder runs every second.
      const deadline = Date.now() + 30_000;
      while ((await pending()).length > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await folder.stop();
    }
    expect(await pending()).toEqual([]);
    expect(await counter(shirt)).toBe(before + 2);
  });

  // PostgreSQL only: a second connection holds the fold lock, as another instance's fold would.
  it.runIf(onPostgres)(
    'the background fold skips a round while another fold holds the lock; nothing is counted twice',
    async () => {
      const mug = store.mug.productId;
      const before = await counter(mug);
      await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
      const release = await holdRowLock(t.database.db, (tx) =>
        tx.execute(sql`SELECT pg_advisory_xact_lock(${FOLD_LOCK_KEY})`),
      );
      try {
        expect(await foldPendingUnitsSold(t.database.db, { wait: false })).toBe(0);
        expect(await pending()).toHaveLength(1);
      } finally {
        await release();
      }
      expect(await foldPendingUnitsSold(t.database.db, { wait: false })).toBe(1);
      expect(await foldPendingUnitsSold(t.database.db, { wait: false })).toBe(0);
      expect(await counter(mug)).toBe(before + 1);
    },
  );
});
