import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCustomer, placeOrder } from '../orders/transitions-support.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, withStore } from '../support/store.js';
import { createEndpoint, FAST_WEBHOOKS, Receiver, waitForSettled } from './support.js';

/**
 * The webhook worker is woken by every committed order event (the instance's LISTEN), so a delivery
 * does not wait for the next poll: here the poll interval is ten minutes, far beyond the wait below.
 */

let t: TestApp;
let store: Store;
let receiver: Receiver;

beforeAll(async () => {
  ({ t, store } = await withStore(startTestApp({ ...FAST_WEBHOOKS, WEBHOOK_POLL_INTERVAL_MS: '600000' })));
  receiver = await new Receiver().start();
});
afterAll(async () => {
  await t?.close();
  await receiver?.close();
});

describe('webhook worker wake-up', () => {
  it('delivers an event right after its commit, without waiting for the poll', async () => {
    const endpoint = await createEndpoint(store.admin.client, receiver.url, ['PLACED']);
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);

    const [delivery] = await waitForSettled(t, endpoint.id, 1);
    expect(delivery).toMatchObject({ status: 'SUCCEEDED', attempts: 1, eventType: 'PLACED' });
    expect(receiver.requests).toHaveLength(1);
    expect(JSON.parse(receiver.requests[0]?.body ?? '{}')).toMatchObject({
      type: 'PLACED',
      order: { id: order.id },
    });
  });
});
