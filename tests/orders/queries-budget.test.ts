import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestVariant, variant } from '../cart/support.js';
import { type Buyer, buyer, checkoutOk, ORDER, startCheckoutApp } from '../checkout/support.js';
import { graphql } from '../generated/gql.js';
import { type SignedIn } from '../support/accounts.js';
import type { OperationText } from '../support/gql-client.js';
import { type TestApp } from '../support/harness.js';
import { fillCart } from '../support/store.js';

/** SQL statements for order reads (x-sql-query-count) must not grow with the number of lines or orders. */

const ORDERS = graphql(`query BudgetOrders { orders(first: 20) { totalCount edges { cursor node {
  id number status totals { total { amount } }
  lines { id sku quantity total { amount } }
  payments { id status }
  events { type }
  canCancel } } } }`);

let t: TestApp;
let admin: SignedIn;
const items: TestVariant[] = [];

beforeAll(async () => {
  ({ t, admin } = await startCheckoutApp({ RATE_LIMIT_LOGIN_PER_IP: '10000' }));
  for (let i = 0; i < 12; i++)
    items.push(await variant(admin.client, `Budget Order Item ${i}`, '3.00', 1000));
});
afterAll(() => t?.close());

async function count(client: Buyer['client'], query: OperationText, variables: Record<string, unknown> = {}) {
  const response = await client.request(query.toString(), variables);
  expect(response.errors).toBeUndefined();
  return Number(response.headers.get('x-sql-query-count'));
}

async function customerWithOrders(
  orders: number,
  linesPerOrder: number,
): Promise<{ b: Buyer; number: string }> {
  const lines = items.slice(0, linesPerOrder).map((v) => ({ variantId: v.id, quantity: 1 }));
  const b = await buyer(t, lines);
  let number = '';
  for (let i = 0; i < orders; i++) {
    if (i > 0) await fillCart(b.shopper, lines);
    const placed = await checkoutOk(b.client);
    expect(placed.errors).toEqual([]);
    number = placed.order!.number;
  }
  return { b, number };
}

describe('order query budgets', () => {
  it('order(number) with lines, payments and events costs the same for 2 and 12 lines', async () => {
    const small = await customerWithOrders(1, 2);
    const large = await customerWithOrders(1, 12);
    const a = await count(small.b.client, ORDER, { number: small.number });
    const b = await count(large.b.client, ORDER, { number: large.number });
    expect(b).toBe(a);
    expect(a).toBeLessThanOrEqual(8);
  });

  it('orders(first: 20) with lines costs the same for 2 and 10 orders', async () => {
    const few = await customerWithOrders(2, 3);
    const many = await customerWithOrders(10, 3);
    const a = await count(few.b.client, ORDERS);
    const b = await count(many.b.client, ORDERS);
    expect(b).toBe(a);
    expect(a).toBeLessThanOrEqual(8);
  }, 60_000);
});
