import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import { WebhookWorker } from '../../src/modules/webhook/webhook.worker.js';
import { newCustomer, placeOrder } from '../orders/transitions-support.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, setUpStore } from '../support/store.js';
import {
  createEndpoint,
  deactivate,
  deliveryRows,
  FAST_WEBHOOKS,
  Receiver,
  waitForSettled,
} from './support.js';

// Two instances on one PostgreSQL database: each with its own connection pool and worker.
describe.runIf(!!process.env.DATABASE_URL)('webhook workers of several instances', () => {
  let t: TestApp;
  let second: DatabaseHandle;
  let store: Store;
  let receiver: Receiver;

  beforeAll(async () => {
    t = await startTestApp(FAST_WEBHOOKS, { idleWorkers: ['webhooks'] });
    second = await openDatabase({ url: t.config.databaseUrl, dataDir: '', poolSize: 4 });
    store = await setUpStore(t);
    // Answers that take a while keep both workers busy at the same time.
    receiver = await new Receiver(() => 200, 15).start();
  });
  afterAll(async () => {
    await receiver?.close();
    await second?.close();
    await t?.close();
  });

  function worker(database: DatabaseHandle): WebhookWorker {
    return new WebhookWorker({
      db: database.db,
      logger: t.app.context.logger,
      serverSecret: t.config.jwtSecret,
      ...t.config.webhooks,
      pollIntervalMs: 20,
      batchSize: 3,
    });
  }

  it('deliver each event exactly once to a receiver that counts', async () => {
    const endpoint = await createEndpoint(store.admin.client, receiver.url, ['PLACED', 'PAYMENT_SUCCEEDED']);
    const customer = await newCustomer(t);
    for (let i = 0; i < 10; i++) await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
    expect(await deliveryRows(t, endpoint.id)).toHaveLength(20);

    const a = worker(t.database);
    const b = worker(second);
    const [sentA, sentB] = await Promise.all([a.runOnce(), b.runOnce()]);
    expect(sentA + sentB).toBe(20);

    const rows = await waitForSettled(t, endpoint.id, 20);
    expect(rows.map((r) => `${r.status}/${r.attempts}`)).toEqual(Array(20).fill('SUCCEEDED/1'));
    const ids = receiver.requests.map((q) => q.headers['x-webhook-id']);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.eventId)));
    await deactivate(store.admin.client, endpoint.id);
  });

  it('share the work when both run continuously', async () => {
    receiver.requests.length = 0;
    const endpoint = await createEndpoint(store.admin.client, receiver.url, ['PAYMENT_SUCCEEDED']);
    const a = worker(t.database);
    const b = worker(second);
    a.start();
    b.start();
    try {
      const customer = await newCustomer(t);
      for (let i = 0; i < 8; i++) await placeOrder(customer, [{ variant: store.mug, quantity: 1 }]);
      await waitForSettled(t, endpoint.id, 8);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    const ids = receiver.requests.map((q) => q.headers['x-webhook-id']);
    expect(ids.length).toBe(8);
    expect(new Set(ids).size).toBe(8);
    const rows = await deliveryRows(t, endpoint.id);
    expect(rows.every((r) => r.status === 'SUCCEEDED' && r.attempts === 1)).toBe(true);
  });
});
