import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeCategoryRollups } from '../../src/modules/reporting/category-recompute.js';
import { rebuildSalesReports } from '../../src/modules/reporting/rebuild.js';
import { setStock, type TestVariant } from '../cart/support.js';
import { CANCEL, CHECKOUT, newCustomer, PAY, placeOrder } from '../orders/transitions-support.js';
import { expectedFigures, fromApi, loadRaw, productsIn } from '../reporting/expected.js';
import { type ReportStore, rollupState, SALES_REPORT, startReportStore } from '../reporting/support.js';
import type { SignedIn } from '../support/accounts.js';
import type { GqlResponse } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';
import { DECLINED_CARD, fillCart, GOOD_CARD, stockOf, unitsSold } from '../support/store.js';
import { ledgerSum } from './support.js';

/**
 * Checkouts racing payments (orderPay after a declined card) and cancellations (by the buyer or an
 * admin) of orders of the same products. They lock the same rows: checkout the variants (its stock
 * statement), then the products (units sold) in ONE confirmation statement (its rollups are left
 * pending, folded by the background task that runs meanwhile); orderPay the order, then products and
 * rollups; a cancellation the order, the variants (restock), the products and the rollups, each in
 * statements of its own. Only one lock order everywhere (variants, products, rollup rows) keeps them
 * from deadlocking, and a deadlock is an
 * error (SQLSTATE 40P01) in some answer here. Outcomes are checked, not timing: every answer is a
 * success or a clear refusal, and stock, its ledger, units sold and the sales reports agree with the
 * orders left behind. PostgreSQL only: PGlite runs one transaction at a time.
 */

const onPostgres = Boolean(process.env.DATABASE_URL?.startsWith('postgres'));

const STOCK = 1000;
const ROUNDS = 5;
const CUSTOMERS = 8;

type Kind = 'checkout' | 'pay' | 'cancel';
interface Op {
  kind: Kind;
  /** The order it acts on (pay, cancel); a checkout's is known from its answer. */
  orderId?: string;
  /** Refusals this operation may meet, because another one of the race acts on the same order. */
  mayBeRefused?: string[];
  run: () => Promise<GqlResponse<any>>;
}
interface Outcome {
  op: Op;
  orderId: string | null;
  status: string | null;
  codes: string[];
}

describe.runIf(onPostgres)(
  'checkout next to orderPay and orderCancel of the same products (PostgreSQL)',
  () => {
    let t: TestApp;
    let store: ReportStore;
    let customers: SignedIn[];
    /** Carts crossing the same variants in both orders (shirt, mug, cap). */
    let carts: { variant: TestVariant; quantity: number }[][];

    beforeAll(async () => {
      ({ t, store } = await startReportStore());
      const admin = store.admin.client;
      const { shirt, mug, cap } = store;
      for (const v of [shirt, mug, cap]) await setStock(t, admin, v.id, STOCK);
      // Categories were just set: recomputed, the category rollups are the ones written (and read) below.
      await recomputeCategoryRollups(t.database.db);
      customers = [];
      for (let i = 0; i < CUSTOMERS; i++) customers.push(await newCustomer(t));
      carts = [
        [
          { variant: shirt, quantity: 1 },
          { variant: cap, quantity: 2 },
        ],
        [
          { variant: cap, quantity: 1 },
          { variant: shirt, quantity: 2 },
        ],
        [
          { variant: mug, quantity: 1 },
          { variant: shirt, quantity: 1 },
          { variant: cap, quantity: 1 },
        ],
        [
          { variant: cap, quantity: 3 },
          { variant: mug, quantity: 2 },
        ],
      ];
    }, 120_000);
    afterAll(() => t?.close());

    const checkout = (c: SignedIn, card = GOOD_CARD) =>
      c.client.request(CHECKOUT, { input: { idempotencyKey: randomUUID(), paymentMethod: 'CARD', card } });
    const pay = (c: SignedIn, orderId: string) =>
      c.client.request(PAY, { input: { orderId, card: GOOD_CARD } });
    const cancel = (who: SignedIn, orderId: string) =>
      who.client.request(CANCEL, { input: { orderId, reason: 'Race' } });

    /** Round-robin over the kinds, so every kind starts early in the burst. */
    function interleave(...lists: Op[][]): Op[] {
      const out: Op[] = [];
      for (let i = 0; out.length < lists.reduce((a, l) => a + l.length, 0); i++)
        for (const list of lists) if (list[i]) out.push(list[i]!);
      return out;
    }

    it('all succeed or are refused clearly, and stock, ledger, units sold and reports match the orders', async () => {
      const outcomes: Outcome[] = [];
      /** Orders paid by orderPay in a round, cancelled by the admin in the next one. */
      let paidBefore: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        // Prepared one after the other: orders awaiting payment, confirmed orders, then the carts.
        const pending: { owner: SignedIn; id: string }[] = [];
        for (let i = 0; i < 4; i++) {
          const owner = customers[i]!;
          const order = await placeOrder(owner, carts[(i + round) % 4]!, { card: DECLINED_CARD });
          expect(order).toMatchObject({ status: 'PENDING_PAYMENT', paymentStatus: 'FAILED' });
          pending.push({ owner, id: order.id });
        }
        const confirmed: { owner: SignedIn; id: string }[] = [];
        for (let i = 0; i < 4; i++) {
          const owner = customers[4 + i]!;
          const order = await placeOrder(owner, carts[(i + round + 1) % 4]!);
          expect(order.status).toBe('CONFIRMED');
          confirmed.push({ owner, id: order.id });
        }
        for (let i = 0; i < CUSTOMERS; i++) {
          await fillCart(
            customers[i]!.client,
            carts[(i + round + 2) % 4]!.map((l) => ({ variantId: l.variant.id, quantity: l.quantity })),
          );
        }

        const checkouts: Op[] = customers.map((c, i) => ({
          kind: 'checkout',
          // One buyer's card is declined: their order is placed, awaiting payment.
          run: () => checkout(c, i === CUSTOMERS - 1 ? DECLINED_CARD : GOOD_CARD),
        }));
        const pays: Op[] = pending.map(({ owner, id }, i) => ({
          kind: 'pay',
          orderId: id,
          // The last one is cancelled by its buyer at the same time: once cancelled, it cannot be paid.
          ...(i === 3 ? { mayBeRefused: ['INVALID_TRANSITION'] } : {}),
          run: () => pay(owner, id),
        }));
        const last = pending[3]!;
        const cancels: Op[] = [
          { kind: 'cancel', orderId: last.id, run: () => cancel(last.owner, last.id) },
          ...confirmed.map(
            ({ owner, id }, i): Op => ({
              kind: 'cancel',
              orderId: id,
              ...(i === 3 ? { mayBeRefused: ['INVALID_TRANSITION'] } : {}),
              run: () => cancel(i === 2 ? store.admin : owner, id),
            }),
          ),
          // The buyer and an admin cancel the same order at once: one of them is refused.
          {
            kind: 'cancel',
            orderId: confirmed[3]!.id,
            mayBeRefused: ['INVALID_TRANSITION'],
            run: () => cancel(store.admin, confirmed[3]!.id),
          },
          // Orders confirmed by orderPay in the round before.
          ...paidBefore.map(
            (id): Op => ({ kind: 'cancel', orderId: id, run: () => cancel(store.admin, id) }),
          ),
        ];
        const ops = interleave(checkouts, pays, cancels);

        const answers = await Promise.all(ops.map((op) => op.run()));

        const roundOutcomes: Outcome[] = [];
        answers.forEach((answer, i) => {
          const op = ops[i]!;
          // A deadlock (40P01), a lock timeout or any other failure would be a top-level error or a 5xx.
          expect(answer.status, `${op.kind} ${JSON.stringify(answer.errors)}`).toBe(200);
          expect(answer.errors, `${op.kind} ${JSON.stringify(answer.errors)}`).toBeUndefined();
          const payload =
            op.kind === 'checkout'
              ? answer.data.checkoutComplete
              : op.kind === 'pay'
                ? answer.data.orderPay
                : answer.data.orderCancel;
          const codes: string[] = payload.errors.map((e: { code: string }) => e.code);
          for (const e of payload.errors) expect(e.message.length).toBeGreaterThan(0);
          roundOutcomes.push({
            op,
            orderId: payload.order?.id ?? null,
            status: payload.order?.status ?? null,
            codes,
          });
        });
        for (const o of roundOutcomes) {
          const what = `${o.op.kind} ${o.op.orderId ?? ''}: ${JSON.stringify(o)}`;
          if (o.op.kind === 'checkout') {
            expect(o.orderId, what).not.toBeNull();
            if (o.codes.length === 0) expect(o.status, what).toBe('CONFIRMED');
            else {
              expect(o.codes, what).toEqual(['CARD_DECLINED']);
              expect(o.status, what).toBe('PENDING_PAYMENT');
            }
          } else if (o.codes.length === 0) {
            expect(o.status, what).toBe(o.op.kind === 'pay' ? 'CONFIRMED' : 'CANCELLED');
          } else {
            expect(o.codes, what).toHaveLength(1);
            expect(o.op.mayBeRefused ?? [], what).toContain(o.codes[0]);
          }
        }
        // Exactly one of the two cancellations of the same order went through.
        const doubly = roundOutcomes.filter(
          (o) => o.op.kind === 'cancel' && o.op.orderId === confirmed[3]!.id,
        );
        expect(doubly.filter((o) => o.codes.length === 0)).toHaveLength(1);
        // The order paid and cancelled at once: cancelled either way (paid first, then cancelled, or never paid).
        const contested = roundOutcomes.filter((o) => o.op.orderId === last.id);
        const cancelledIt = contested.find((o) => o.op.kind === 'cancel')!;
        expect(cancelledIt.codes).toEqual([]);

        paidBefore = roundOutcomes
          .filter((o) => o.op.kind === 'pay' && o.codes.length === 0 && o.op.orderId !== last.id)
          .map((o) => o.op.orderId!);
        expect(paidBefore).toHaveLength(3);
        outcomes.push(...roundOutcomes);
      }

      // Every order as the answers left it (a cancellation is final: an order paid and cancelled at
      // once ends cancelled, whichever answered first).
      const raw = await loadRaw(t);
      const expected = new Map<string, string>();
      for (const o of outcomes) {
        if (o.codes.length > 0 && o.op.kind !== 'checkout') continue;
        if (expected.get(o.orderId!) !== 'CANCELLED') expected.set(o.orderId!, o.status!);
      }
      for (const [id, status] of expected) expect(raw.find((o) => o.id === id)?.status, id).toBe(status);
      expect(raw.length).toBe(ROUNDS * (4 + 4 + CUSTOMERS));

      // Stock: what was put in, less the units of every order not cancelled (awaiting payment or
      // confirmed), and the ledger says the same.
      const { shirt, mug, cap } = store;
      const left = await t.database.db.execute(sql`SELECT l.variant_id, sum(l.quantity)::int AS units
      FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.status <> 'CANCELLED' GROUP BY l.variant_id`);
      const held = new Map(
        (Array.isArray(left) ? left : (left as { rows: any[] }).rows).map((r: any) => [
          r.variant_id,
          r.units,
        ]),
      );
      for (const v of [shirt, mug, cap]) {
        expect(await stockOf(t, v.id), v.sku).toBe(STOCK - (held.get(v.id) ?? 0));
        expect(await ledgerSum(t, v.id), v.sku).toBe(STOCK - (held.get(v.id) ?? 0));
      }

      // Units sold: the lines of the orders confirmed and not cancelled.
      for (const v of [shirt, mug, cap]) {
        const sold = raw
          .filter((o) => o.confirmed && o.status !== 'CANCELLED')
          .flatMap((o) => o.lines)
          .filter((l) => l.productId === v.productId)
          .reduce((a, l) => a + l.quantity, 0);
        expect(await unitsSold(t, v.productId), v.sku).toBe(sold);
      }

      // The sales report against the raw orders: whole, per product and per category.
      const day = DateTime.utc().toISODate()!;
      const compare = async (filter: Record<string, string[]>, products: Set<string> | null) => {
        const got = (
          await store.admin.client.ok(SALES_REPORT, {
            input: { from: day, to: day, timeZone: 'UTC', bucket: 'DAY', ...filter },
            first: 1,
          })
        ).salesReport;
        expect(got.buckets.map(fromApi), JSON.stringify(filter)).toEqual(
          expectedFigures(raw, got.buckets, products),
        );
      };
      await compare({}, null);
      for (const v of [shirt, mug, cap]) await compare({ productIds: [v.productId] }, new Set([v.productId]));
      for (const category of [store.apparel, store.hats])
        await compare({ categoryIds: [category] }, await productsIn(t, [category]));

      // The facts and rollups written along the way are those a rebuild from the orders writes.
      const incremental = await rollupState(t.database.db);
      expect((await rebuildSalesReports(t.database.db)).changed).toBe(0);
      expect(await rollupState(t.database.db)).toEqual(incremental);
    }, 300_000);
  },
);
