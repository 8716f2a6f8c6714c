import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeCategoryRollups } from '../../src/modules/reporting/category-recompute.js';
import { rebuildSalesReports } from '../../src/modules/reporting/rebuild.js';
import { product, type TestVariant } from '../cart/support.js';
import { CANCEL, CHECKOUT, newCustomer } from '../orders/transitions-support.js';
import { PRODUCT_CATEGORIES, rollupState, startReportStore } from '../reporting/support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import { fillCart, GOOD_CARD, stockOf, unitsSold } from '../support/store.js';
import { ledgerSum } from './support.js';

/**
 * Checkouts that share no variant but share products: buyer i takes variant i of two products, in
 * either line order, while orders of the round before are cancelled. Their stock statements lock
 * different rows, so nothing queues them there; their confirmation statements then all count units
 * sold on the same two product rows, the cancellations restock and uncount them and write the rollup
 * rows that the background folds of the checkouts' pending rollups write too (the products' categories
 * are parent and child). Only one lock order (variants, products, rollup rows) keeps these from
 * deadlocking; a deadlock (SQLSTATE 40P01) fails a request
 * with an internal error. PostgreSQL only: PGlite runs one transaction at a time.
 */

const onPostgres = Boolean(process.env.DATABASE_URL?.startsWith('postgres'));

const BUYERS = 8;
const ROUNDS = 6;
const STOCK = 100;

describe.runIf(onPostgres)('checkouts of different variants of the same products (PostgreSQL)', () => {
  let t: TestApp;
  let admin: SignedIn;
  let buyers: SignedIn[];
  let jacket: { id: string; variants: TestVariant[] };
  let beanie: { id: string; variants: TestVariant[] };

  beforeAll(async () => {
    let store: Awaited<ReturnType<typeof startReportStore>>['store'];
    ({ t, store } = await startReportStore());
    admin = store.admin;
    const sizes = Array.from({ length: BUYERS }, () => ({ price: '30.00', stock: STOCK }));
    jacket = await product(admin.client, 'Race Jacket', sizes);
    beanie = await product(admin.client, 'Race Beanie', sizes);
    for (const [id, category] of [
      [jacket.id, store.apparel],
      [beanie.id, store.hats],
    ] as const) {
      const set = (await admin.client.ok(PRODUCT_CATEGORIES, { input: { id, categoryIds: [category] } }))
        .productUpdate;
      expect(set.errors).toEqual([]);
    }
    await recomputeCategoryRollups(t.database.db);
    buyers = [];
    for (let i = 0; i < BUYERS; i++) buyers.push(await newCustomer(t));
  }, 120_000);
  afterAll(() => t?.close());

  it('all confirm, cancellations go through, and stock, units sold and reports match the orders', async () => {
    /** Units bought per variant id, by orders left confirmed. */
    const held = new Map<string, number>();
    let toCancel: { owner: SignedIn; id: string; lines: [TestVariant, number][] }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const carts = buyers.map((_, i): [TestVariant, number][] => {
        const lines: [TestVariant, number][] = [
          [jacket.variants[i]!, 1 + (round % 2)],
          [beanie.variants[(i + round) % BUYERS]!, 1],
        ];
        return (i + round) % 2 === 0 ? lines : [lines[1]!, lines[0]!];
      });
      for (let i = 0; i < BUYERS; i++)
        await fillCart(
          buyers[i]!.client,
          carts[i]!.map(([v, quantity]) => ({ variantId: v.id, quantity })),
        );
      const checkouts = buyers.map((b) =>
        b.client.request(CHECKOUT, {
          input: { idempotencyKey: randomUUID(), paymentMethod: 'CARD', card: GOOD_CARD },
        }),
      );
      const cancels = toCancel.map((o) =>
        o.owner.client.request(CANCEL, { input: { orderId: o.id, reason: 'Race' } }),
      );
      const [placed, cancelled] = await Promise.all([Promise.all(checkouts), Promise.all(cancels)]);

      placed.forEach((answer, i) => {
        const what = `round ${round} checkout ${i}: ${JSON.stringify(answer.errors ?? answer.data)}`;
        expect(answer.status, what).toBe(200);
        expect(answer.errors, what).toBeUndefined();
        const payload = answer.data!.checkoutComplete;
        expect(payload.errors, what).toEqual([]);
        expect(payload.order?.status, what).toBe('CONFIRMED');
      });
      cancelled.forEach((answer, i) => {
        const what = `round ${round} cancel ${i}: ${JSON.stringify(answer.errors ?? answer.data)}`;
        expect(answer.status, what).toBe(200);
        expect(answer.errors, what).toBeUndefined();
        expect(answer.data!.orderCancel.errors, what).toEqual([]);
        expect(answer.data!.orderCancel.order?.status, what).toBe('CANCELLED');
      });

      for (const o of toCancel)
        for (const [v, quantity] of o.lines) held.set(v.id, (held.get(v.id) ?? 0) - quantity);
      const orders = placed.map((answer, i) => ({
        owner: buyers[i]!,
        id: answer.data!.checkoutComplete.order!.id,
        lines: carts[i]!,
      }));
      for (const o of orders)
        for (const [v, quantity] of o.lines) held.set(v.id, (held.get(v.id) ?? 0) + quantity);
      // Every other order of this round is cancelled in the next one, racing its checkouts.
      toCancel = orders.filter((_, i) => i % 2 === 0);
    }

    for (const p of [jacket, beanie]) {
      let sold = 0;
      for (const v of p.variants) {
        const units = held.get(v.id) ?? 0;
        sold += units;
        expect(await stockOf(t, v.id), v.sku).toBe(STOCK - units);
        expect(await ledgerSum(t, v.id), v.sku).toBe(STOCK - units);
      }
      expect(await unitsSold(t, p.id)).toBe(sold);
    }
    // The facts and rollups written along the way are those a rebuild from the orders writes.
    const incremental = await rollupState(t.database.db);
    expect((await rebuildSalesReports(t.database.db)).changed).toBe(0);
    expect(await rollupState(t.database.db)).toEqual(incremental);
  }, 300_000);
});
