import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCustomer, placeOrder } from '../orders/transitions-support.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, withStore } from '../support/store.js';
import { TRACKING } from './support.js';

/** orderTracking is public: its lookups count against the sign-in rate limits. */

let t: TestApp;
let store: Store;

beforeAll(async () => {
  ({ t, store } = await withStore(
    startTestApp({ RATE_LIMIT_LOGIN_PER_IP: '3', RATE_LIMIT_LOGIN_PER_EMAIL: '100' }),
  ));
});
afterAll(() => t?.close());

describe('orderTracking rate limit', () => {
  it('answers RATE_LIMITED after the per-IP limit, even for a matching pair', async () => {
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const anonymous = t.client();
    for (const n of [1, 2]) {
      const miss = await anonymous.request(TRACKING, { number: `ORD-99999${n}`, email: customer.email });
      expect(miss.data).toEqual({ orderTracking: null });
    }
    const found = await anonymous.request(TRACKING, { number: order.number, email: customer.email });
    expect((found.data as any).orderTracking.number).toBe(order.number);

    const limited = await anonymous.request(TRACKING, { number: order.number, email: customer.email });
    expect((limited.data as any).orderTracking).toBeNull();
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
