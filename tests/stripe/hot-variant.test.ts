import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { variants } from '../../src/modules/catalog/catalog.tables.js';
import { orders } from '../../src/modules/order/order.tables.js';
import { variant } from '../cart/support.js';
import { newCustomer } from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import { holdRowLock } from '../support/row-lock.js';
import { fillCart, type Store, stockOf } from '../support/store.js';
import type { FakeStripe, RecordedRequest } from './fake-stripe.js';
import { CHECKOUT, useStripeStore } from './support.js';

/**
 * Stripe checkout on a hot variant: opening the PaymentIntent moves no money, so it happens before the
 * variant's stock row is locked, and no buyer waits behind another's round trip to Stripe. A checkout
 * that then loses the race for the stock cancels the PaymentIntent it opened. PostgreSQL only: a
 * second connection holds the row, as a buyer in the middle of their checkout does.
 */

const onPostgres = Boolean(process.env.DATABASE_URL?.startsWith('postgres'));

let fake: FakeStripe;
let t: TestApp;
let store: Store;

useStripeStore((started) => {
  ({ fake, t, store } = started);
});

/** The PaymentIntent creation for this shopper's checkout key, once the fake has received it. */
async function intentRequest(customer: SignedIn, key: string): Promise<RecordedRequest> {
  const idempotencyKey = `checkout:${customer.id}:${key}`;
  // Generous: the checkout reaches Stripe after a few statements. Failing here (rather than at the
  // test's timeout) lets the caller release the row it holds.
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const found = fake.requests.find(
      (r) => r.path === '/v1/payment_intents' && r.idempotencyKey === idempotencyKey,
    );
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the checkout did not reach Stripe while the stock row was held');
}

/** A checkout sent now and answered later, with whether the answer has come. */
function startCheckout(customer: SignedIn, key: string) {
  let answered = false;
  const answer = customer.client
    .ok(CHECKOUT, { input: { idempotencyKey: key, paymentMethod: 'CARD' } })
    .finally(() => {
      answered = true;
    });
  return { answer, answered: () => answered };
}

describe.runIf(onPostgres)(
  'Stripe checkout of a hot variant (PostgreSQL: a second connection holds the row)',
  () => {
    it('opens the PaymentIntent while another transaction holds the stock row, then takes the stock', async () => {
      const hot = await variant(store.admin.client, 'Stripe Hot Item', '30.00', 5);
      const customer = await newCustomer(t);
      await fillCart(customer.client, [{ variantId: hot.id, quantity: 1 }]);
      const key = randomUUID();

      // The lock a checkout takes the stock with (new order lines may still refer to the row).
      const release = await holdRowLock(t.database.db, (tx) =>
        tx.execute(sql`SELECT id FROM variants WHERE id = ${hot.id} FOR NO KEY UPDATE`),
      );
      let checkout: ReturnType<typeof startCheckout>;
      try {
        checkout = startCheckout(customer, key);
        // Stripe hears from the checkout while the row is still held: the call is not behind the lock.
        const create = await intentRequest(customer, key);
        expect(create.method).toBe('POST');
        expect(checkout.answered()).toBe(false);
      } finally {
        await release();
      }
      const payload = (await checkout.answer).checkoutComplete;
      expect(payload.errors).toEqual([]);
      expect(payload.order).toMatchObject({ status: 'PENDING_PAYMENT', paymentStatus: 'PENDING' });
      expect(payload.payment?.status).toBe('PENDING');
      const intent = [...fake.intents.values()].find((i) => i.metadata.order_id === payload.order?.id);
      expect(intent?.status).toBe('requires_payment_method');
      expect(payload.clientSecret).toBe(intent?.client_secret);
      expect(await stockOf(t, hot.id)).toBe(4);
    }, 60_000);

    it('cancels the PaymentIntent it opened when the stock ran out before it could take it: INSUFFICIENT_STOCK, nothing kept', async () => {
      const hot = await variant(store.admin.client, 'Stripe Last Unit', '30.00', 1);
      const customer = await newCustomer(t);
      await fillCart(customer.client, [{ variantId: hot.id, quantity: 1 }]);
      const key = randomUUID();
      const intentsBefore = fake.intents.size;

      // Another transaction holds the row and sells the last unit meanwhile (committed on release).
      const release = await holdRowLock(t.database.db, (tx) =>
        tx.update(variants).set({ stock: 0 }).where(eq(variants.id, hot.id)),
      );
      let checkout: ReturnType<typeof startCheckout>;
      try {
        checkout = startCheckout(customer, key);
        await intentRequest(customer, key);
        expect(checkout.answered()).toBe(false);
      } finally {
        await release();
      }
      const payload = (await checkout.answer).checkoutComplete;
      expect(payload.order).toBeNull();
      expect(payload.clientSecret).toBeNull();
      expect(payload.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);

      // The one PaymentIntent this checkout opened is cancelled at Stripe, and nothing was ordered.
      const opened = [...fake.intents.values()].slice(intentsBefore);
      expect(opened).toHaveLength(1);
      const [intent] = opened;
      expect(intent?.status).toBe('canceled');
      expect(
        fake.requests.filter(
          (r) => r.method === 'POST' && r.path === `/v1/payment_intents/${intent?.id}/cancel`,
        ),
      ).toHaveLength(1);
      expect(await t.database.db.select().from(orders).where(eq(orders.userId, customer.id))).toEqual([]);
      expect(await stockOf(t, hot.id)).toBe(0);
    }, 60_000);
  },
);
