import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variants } from '../../src/modules/catalog/catalog.tables.js';
import { type TestVariant, variant } from '../cart/support.js';
import { type SignedIn } from '../support/accounts.js';
import { type TestApp } from '../support/harness.js';
import { holdRowLock } from '../support/row-lock.js';
import { GOOD_CARD, stockOf } from '../support/store.js';
import { type Buyer, buyer, CHECKOUT, checkoutOk, ledgerSum, ORDER, startCheckoutApp } from './support.js';

/**
 * Checkout on a hot variant: the stock row is locked only at the end of the checkout (one statement
 * takes the stock), so a clearly sold-out cart is refused without queueing behind the buyers holding
 * that row; and a checkout's SQL statements do not grow with its lines.
 */

const onPostgres = Boolean(process.env.DATABASE_URL?.startsWith('postgres'));

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  ({ t, admin } = await startCheckoutApp({ RATE_LIMIT_LOGIN_PER_IP: '10000' }));
});
afterAll(() => t?.close());

function send(b: Buyer) {
  return b.client.request(CHECKOUT, {
    input: { idempotencyKey: randomUUID(), paymentMethod: 'CARD', card: GOOD_CARD },
  });
}

describe('checkout statements', () => {
  it('a card checkout runs 12 SQL statements (its payload with lines, payments and events included), whatever its number of lines', async () => {
    const items: TestVariant[] = [];
    for (let i = 0; i < 4; i++)
      items.push(await variant(admin.client, `Budget Checkout Item ${i}`, '4.00', 100));
    const counts: number[] = [];
    for (const lines of [1, 4]) {
      const b = await buyer(
        t,
        items.slice(0, lines).map((v) => ({ variantId: v.id, quantity: 2 })),
      );
      const response = await send(b);
      expect(response.errors).toBeUndefined();
      expect(response.data?.checkoutComplete.errors).toEqual([]);
      const placed = response.data?.checkoutComplete.order;
      expect(placed?.lines).toHaveLength(lines);
      counts.push(Number(response.headers.get('x-sql-query-count')));
      // The payload's lines and payments come from the checkout's own writes, not read back: a later
      // read of the order answers exactly the same.
      const read = await b.client.request(ORDER, { id: placed?.id });
      expect(read.errors).toBeUndefined();
      expect(placed).toEqual(read.data?.order);
    }
    expect(counts[1]).toBe(counts[0]);
    // Sign-in check 1; the transaction 9: the plan-reuse setting (SET LOCAL plan_cache_mode, sent with
    // the next statement, see TransactionOptions.reusePlans), cart lock, idempotency key, cart view 3 (lines, shipping
    // methods, tax rates), ONE statement for the order with its number, lines, PLACED event, its webhook
    // deliveries, checkout outcome and emptied cart; then, from the stock statement to the commit (the
    // hot variant's row locked): stock, ONE statement for the payment, units sold, the order's update,
    // the CONFIRMED event, its webhook deliveries, the email and the order's sales facts with its
    // pending rollups (computed from the rows checkout wrote, not read back); the payload 2 (events, shipments for
    // canCancel: its lines and payments are the ones the transaction wrote). The code before ran 13
    // (without the setting, with the lines and payments read back), 15 before that (sales facts read,
    // then written: 2 more), and 26 before that (41 and 50 before that, for 1 and 4 lines).
    expect(counts[0]).toBe(12);
  });
});

describe.runIf(onPostgres)('a sold-out hot variant (PostgreSQL: a second connection holds the row)', () => {
  it('refuses the checkout at once with INSUFFICIENT_STOCK while another transaction holds the stock row', async () => {
    const hot = await variant(admin.client, 'Hot Last Unit', '30.00', 1);
    const first = await buyer(t, [{ variantId: hot.id, quantity: 1 }]);
    const late = await buyer(t, [{ variantId: hot.id, quantity: 1 }]);
    expect((await checkoutOk(first.client)).errors).toEqual([]);
    expect(await stockOf(t, hot.id)).toBe(0);

    // Another transaction holds the variant's row, as a buyer in the middle of their checkout does
    // (FOR UPDATE: even the strongest row lock). The lock is released only after the answer: a refusal
    // that waited for it would never come, and the test would time out.
    const release = await holdRowLock(t.database.db, (tx) =>
      tx.select({ id: variants.id }).from(variants).where(eq(variants.id, hot.id)).for('update'),
    );
    try {
      const answer = await send(late);
      expect(answer.errors).toBeUndefined();
      const payload = answer.data!.checkoutComplete;
      expect(payload.order).toBeNull();
      expect(payload.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);
    } finally {
      await release();
    }
    expect(await stockOf(t, hot.id)).toBe(0);
    expect(await ledgerSum(t, hot.id)).toBe(0);
  }, 60_000);
});

describe('the stock row', () => {
  it('is in no index, so that taking stock is a HOT update (no index entry per checkout)', async () => {
    // Every index of variants whose columns, expressions or predicate read `stock`.
    const result = (await t.database.db.execute(sql`SELECT i.indexrelid::regclass::text AS name
      FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attname = 'stock'
      WHERE i.indrelid = 'variants'::regclass
        AND (a.attnum = ANY (i.indkey::int2[])
          OR pg_get_expr(i.indexprs, i.indrelid) ~ '\\mstock\\M'
          OR pg_get_expr(i.indpred, i.indrelid) ~ '\\mstock\\M')`)) as unknown;
    const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
    expect(rows).toEqual([]);
  });
});
