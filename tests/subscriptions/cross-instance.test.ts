import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/client.js';
import { CANCEL, eventsOf, newCustomer, PAY, placeOrder } from '../orders/transitions-support.js';
import { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { DECLINED_CARD, GOOD_CARD, type Store, setUpStore } from '../support/store.js';
import { clientPool, ORDER_EVENTS, ORDER_UPDATED, subscribeReady } from './support.js';

/**
 * Two server instances on one PostgreSQL database: a change made through instance A reaches the
 * subscribers connected to instance B, through LISTEN/NOTIFY only (they share nothing else).
 * PGlite is one in-process database that cannot be shared by two servers: PostgreSQL only.
 */
describe.runIf(!!process.env.DATABASE_URL)('subscriptions across server instances', () => {
  let a: TestApp;
  let b: RunningApp;
  let store: Store;
  const ws = clientPool(() => a);

  beforeAll(async () => {
    a = await startTestApp({}, { idleWorkers: ['reservation-sweeper'] });
    // Instance B: its own pool and listening connection on the same database, its own HTTP server.
    const database = await openDatabase({ url: a.config.databaseUrl, dataDir: a.config.dataDir });
    b = await startApp(a.config, {
      database,
      idleWorkers: ['reservation-sweeper', 'outbox'],
      // One payment gateway for both, as in production (the simulated one keeps its charges in memory).
      services: { paymentProviders: a.app.context.paymentProviders },
    });
    store = await setUpStore(a);
  });
  afterEach(async () => {
    await ws.disposeAll();
  });
  afterAll(async () => {
    await b?.stop();
    await a?.close();
  });

  it('delivers to subscribers on instance B what was committed through instance A', async () => {
    expect(b.url).not.toBe(a.url);
    const customer = await newCustomer(a);
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 1 }], {
      card: DECLINED_CARD,
    });
    // The owner follows the order, and an admin every order, both connected to B only.
    const owner = await subscribeReady(
      b,
      ws.open({ accessToken: customer.accessToken }, b.url),
      ORDER_UPDATED,
      {
        orderId: order.id,
      },
    );
    const admin = await subscribeReady(
      b,
      ws.open({ authorization: `Bearer ${store.admin.accessToken}` }, b.url),
      ORDER_EVENTS,
    );
    const aHubBefore = a.app.context.orderEvents.subscriberCount;

    // Both mutations go to A. An update carries the order as it is when delivered, so the cancel
    // waits until both subscribers have the payment's update (else it could already show CANCELLED).
    const paid = (await customer.client.ok(PAY, { input: { orderId: order.id, card: GOOD_CARD } })).orderPay;
    expect(paid.errors).toEqual([]);
    expect(customer.client.url.startsWith(a.url)).toBe(true);
    const ownerFirst = (await owner.data(0)).orderUpdated;
    const adminFirst = (await admin.data(0)).orderEvents;
    const cancelled = (await store.admin.client.ok(CANCEL, { input: { orderId: order.id } })).orderCancel;
    expect(cancelled.errors).toEqual([]);

    const rows = await eventsOf(a, order.id);
    const committed = rows.filter((r) => r.type === 'PAYMENT_SUCCEEDED' || r.type === 'CANCELLED');
    expect(committed.map((r) => r.type)).toEqual(['PAYMENT_SUCCEEDED', 'CANCELLED']);

    for (const [first, second] of [
      [ownerFirst, (await owner.data(1)).orderUpdated],
      [adminFirst, (await admin.data(1)).orderEvents],
    ] as const) {
      expect(first.event).toMatchObject({
        id: committed[0]?.id,
        type: 'PAYMENT_SUCCEEDED',
        toStatus: 'CONFIRMED',
      });
      expect(first.order).toMatchObject({ id: order.id, status: 'CONFIRMED', paymentStatus: 'SUCCEEDED' });
      expect(second.event).toMatchObject({ id: committed[1]?.id, type: 'CANCELLED', toStatus: 'CANCELLED' });
      expect(second.order).toMatchObject({ id: order.id, status: 'CANCELLED', paymentStatus: 'REFUNDED' });
    }
    // Nobody subscribed on A: B got them from PostgreSQL, not from A's process.
    expect(aHubBefore).toBe(0);
  });

  it('delivers to subscribers of both instances at once', async () => {
    const customer = await newCustomer(a);
    const order = await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    const onA = await subscribeReady(a.app, ws.open({ accessToken: customer.accessToken }), ORDER_UPDATED, {
      orderId: order.id,
    });
    const onB = await subscribeReady(
      b,
      ws.open({ accessToken: customer.accessToken }, b.url),
      ORDER_UPDATED,
      {
        orderId: order.id,
      },
    );
    // This time the change goes through B.
    const viaB = new GqlClient(`${b.url}/graphql`);
    viaB.token = customer.accessToken;
    expect((await viaB.ok(CANCEL, { input: { orderId: order.id } })).orderCancel.errors).toEqual([]);
    for (const sub of [onA, onB]) {
      const update = (await sub.data(0)).orderUpdated;
      expect(update).toMatchObject({
        event: { type: 'CANCELLED' },
        order: { id: order.id, status: 'CANCELLED' },
      });
    }
  });
});
