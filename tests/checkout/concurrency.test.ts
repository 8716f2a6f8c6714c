import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders, payments } from '../../src/modules/order/order.tables.js';
import { type TestVariant, variant } from '../cart/support.js';
import { type SignedIn } from '../support/accounts.js';
import { type TestApp } from '../support/harness.js';
import { GOOD_CARD, stockOf } from '../support/store.js';
import { type Buyer, buyer, CHECKOUT, ledgerSum, startCheckoutApp } from './support.js';

/** Checkout under concurrency: no oversell, one order per key, no deadlock. */

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  // Many sign-ins from one address: the login rate limit is raised for this file.
  ({ t, admin } = await startCheckoutApp({ RATE_LIMIT_LOGIN_PER_IP: '10000' }));
});
afterAll(() => t?.close());

function send(b: Buyer, key = randomUUID()) {
  return b.client.request(CHECKOUT, {
    input: { idempotencyKey: key, paymentMethod: 'CARD', card: GOOD_CARD },
  });
}

describe('concurrent checkouts', () => {
  it('50 customers check out the last 10 units at once: exactly 10 orders, 40 INSUFFICIENT_STOCK, no 5xx', async () => {
    const last = await variant(admin.client, 'Last Ten Sneakers', '99.00', 10);
    const buyers: Buyer[] = [];
    for (let i = 0; i < 50; i++) buyers.push(await buyer(t, [{ variantId: last.id, quantity: 1 }]));

    const results = await Promise.all(buyers.map((b) => send(b)));
    for (const r of results) {
      expect(r.status).toBe(200);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    }
    const payloads = results.map((r) => (r.data as any).checkoutComplete);
    const placed = payloads.filter((p) => p.order !== null);
    const refused = payloads.filter((p) => p.order === null);
    expect(placed).toHaveLength(10);
    for (const p of placed) {
      expect(p.errors).toEqual([]);
      expect(p.order.status).toBe('CONFIRMED');
    }
    expect(refused).toHaveLength(40);
    for (const p of refused) expect(p.errors.map((e: any) => e.code)).toEqual(['INSUFFICIENT_STOCK']);

    expect(await stockOf(t, last.id)).toBe(0);
    expect(await ledgerSum(t, last.id)).toBe(0);
    const numbers = new Set(placed.map((p) => p.order.number));
    expect(numbers.size).toBe(10);
  }, 120_000);

  it('one customer sends the same idempotency key 5 times at once: one order, one payment', async () => {
    const v = await variant(admin.client, 'Same Key Scarf', '15.00', 20);
    const b = await buyer(t, [{ variantId: v.id, quantity: 2 }]);
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => send(b, key)));
    const ids = new Set<string>();
    for (const r of results) {
      expect(r.status).toBe(200);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      const p = (r.data as any).checkoutComplete;
      expect(p.errors).toEqual([]);
      ids.add(p.order.id);
    }
    expect(ids.size).toBe(1);
    const [orderId] = [...ids];
    expect(await t.database.db.select().from(orders).where(eq(orders.userId, b.id))).toHaveLength(1);
    expect(
      await t.database.db
        .select()
        .from(payments)
        .where(eq(payments.orderId, orderId as string)),
    ).toHaveLength(1);
    expect(await stockOf(t, v.id)).toBe(18);
    expect(await ledgerSum(t, v.id)).toBe(18);
  }, 60_000);

  it('two customers with carts crossing the same two variants in opposite order never deadlock', async () => {
    const x: TestVariant = await variant(admin.client, 'Cross X', '10.00', 100);
    const y: TestVariant = await variant(admin.client, 'Cross Y', '11.00', 100);
    for (let round = 0; round < 5; round++) {
      const a = await buyer(t, [
        { variantId: x.id, quantity: 1 },
        { variantId: y.id, quantity: 1 },
      ]);
      const b = await buyer(t, [
        { variantId: y.id, quantity: 1 },
        { variantId: x.id, quantity: 1 },
      ]);
      const results = await Promise.all([send(a), send(b)]);
      for (const r of results) {
        expect(r.status).toBe(200);
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        expect((r.data as any).checkoutComplete.errors).toEqual([]);
      }
    }
    expect(await stockOf(t, x.id)).toBe(90);
    expect(await stockOf(t, y.id)).toBe(90);
    expect(await ledgerSum(t, x.id)).toBe(90);
    expect(await ledgerSum(t, y.id)).toBe(90);
  }, 60_000);
});
