import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { deliverWholeOrder, newCustomer, paymentsOf, placeOrder } from '../orders/transitions-support.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, withStore } from '../support/store.js';
import { linesOf, PAYMENT_REFUND, requestReturn } from './support.js';

/** SQL statements for returns and refunds reads must not grow with the number of returns listed. */

const RETURNS =
  graphql(`query ReturnsBudgetList($first: Int) { returns(first: $first) { totalCount edges { node {
  id status refundedAmount { amount }
  lines { quantity orderLine { sku total { amount } } }
  order { number refunds { amount { amount } source } payments { status refunds { amount { amount } } }
          returns { id status } }
} } } }`);

let t: TestApp;
let store: Store;

beforeAll(async () => {
  ({ t, store } = await withStore(startTestApp({ RATE_LIMIT_LOGIN_PER_IP: '10000' })));
  for (let i = 0; i < 4; i++) {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [
      { variant: store.shirt, quantity: 2 },
      { variant: store.mug, quantity: 1 },
    ]);
    await deliverWholeOrder(store, order.id);
    const [payment] = await paymentsOf(t, order.id);
    const refunded = await store.admin.client.ok(PAYMENT_REFUND, {
      input: { paymentId: payment?.id as string, amount: '1.00' },
    });
    expect(refunded.paymentRefund.errors).toEqual([]);
    const lines = await linesOf(t, order.id);
    const requested = await requestReturn(customer, {
      orderId: order.id,
      reason: 'Budget',
      lines: lines.map((l) => ({ orderLineId: l.id, quantity: 1 })),
    });
    expect(requested.errors).toEqual([]);
  }
});
afterAll(() => t?.close());

async function count(first: number): Promise<number> {
  const response = await store.admin.client.request(RETURNS, { first });
  expect(response.errors).toBeUndefined();
  expect(response.data!.returns.edges).toHaveLength(first);
  return Number(response.headers.get('x-sql-query-count'));
}

describe('returns query budget', () => {
  it('returns with lines, order lines, orders, refunds and payments costs the same for 1 and 4 returns', async () => {
    const one = await count(1);
    const four = await count(4);
    expect(four).toBe(one);
  });
});
