import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { newCustomer, placeOrder } from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import type { Store } from '../support/store.js';
import { createShipment, linesOf, startFulfillmentApp } from './support.js';

/** SQL statements (x-sql-query-count) of an orders listing with shipments must not grow with the orders. */

const ORDERS = graphql(`query FulfillmentOrdersWithShipments { orders(first: 20) { totalCount edges { node {
  id number status carrier trackingNumber
  lines { id quantity }
  shipments { id carrier trackingNumber status
    lines { quantity orderLine { id sku } }
    events { status note occurredAt } } } } } }`);

let t: TestApp;
let store: Store;

beforeAll(async () => {
  ({ t, store } = await startFulfillmentApp());
});
afterAll(() => t?.close());

/** A customer with `count` orders, each in two parcels (one on its way, one pending). */
async function customerWithShippedOrders(count: number): Promise<SignedIn> {
  const customer = await newCustomer(t);
  for (let i = 0; i < count; i++) {
    const order = await placeOrder(customer, [
      { variant: store.shirt, quantity: 1 },
      { variant: store.mug, quantity: 1 },
    ]);
    const [shirt] = await linesOf(store, order.id);
    const first = await createShipment(store, {
      orderId: order.id,
      lines: [{ orderLineId: shirt!.id, quantity: 1 }],
      carrier: 'UPS',
      trackingNumber: `1Z${order.number}A`,
      status: 'IN_TRANSIT',
    });
    expect(first.errors).toEqual([]);
    const rest = await createShipment(store, {
      orderId: order.id,
      carrier: 'DHL',
      trackingNumber: `${order.number}B`,
    });
    expect(rest.errors).toEqual([]);
  }
  return customer;
}

async function count(customer: SignedIn): Promise<{ queries: number; orders: any[] }> {
  const response = await customer.client.request(ORDERS);
  expect(response.errors).toBeUndefined();
  return {
    queries: Number(response.headers.get('x-sql-query-count')),
    orders: (response.data as any).orders.edges.map((e: any) => e.node),
  };
}

describe('orders with shipments: query budget', () => {
  it('costs the same number of SQL statements for 2 and 10 orders', async () => {
    const few = await count(await customerWithShippedOrders(2));
    const many = await count(await customerWithShippedOrders(10));
    expect(few.orders).toHaveLength(2);
    expect(many.orders).toHaveLength(10);
    for (const order of many.orders) {
      expect(order.shipments.map((s: any) => [s.status, s.lines.length, s.events.length])).toEqual([
        ['IN_TRANSIT', 1, 1],
        ['PENDING', 1, 1],
      ]);
      expect(order.carrier).toBe('UPS');
    }
    expect(Number.isFinite(few.queries) && few.queries > 0).toBe(true);
    expect(many.queries).toBe(few.queries);
    expect(few.queries).toBeLessThanOrEqual(9);
  }, 120_000);
});
