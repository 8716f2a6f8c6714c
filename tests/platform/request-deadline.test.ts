import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { products } from '../../src/modules/catalog/catalog.tables.js';
import { createProduct, newSku, PRODUCT_UPDATE } from '../catalog/admin-support.js';
import { graphql } from '../generated/gql.js';
import { wsClient } from '../subscriptions/support.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { capturingLogger, expectTimedOut, holdDatabase, post, waitForLogLine } from './deadline-support.js';

/**
 * REQUEST_TIMEOUT_MS: a query or mutation stops starting SQL when its budget passes, and answers
 * REQUEST_TIMEOUT having changed nothing. The database is held by the test (see holdDatabase) until
 * the answer arrives or the app has logged that the budget passed, so nothing depends on speed.
 */

// Every request of this app has this budget, its set-up (a sign-in, a product) included: long enough
// that a loaded machine still signs in, while the requests under test wait on a held database anyway.
const BUDGET_MS = 1500;
/** Sent as its text by the raw HTTP and WebSocket requests below. */
const LISTING = graphql(
  `query DeadlineListing { products(first: 5) { totalCount nodes { id title } } }`,
).toString();

let t: TestApp;
let admin: SignedIn;
const log = capturingLogger();

beforeAll(async () => {
  t = await startTestApp(
    // Only the request budget acts here (tests/platform/statement-timeout.test.ts has the other).
    { REQUEST_TIMEOUT_MS: String(BUDGET_MS), DB_STATEMENT_TIMEOUT_MS: '0' },
    { logger: log.logger, idleWorkers: ['outbox'] },
  );
  admin = await adminClient(t);
});

afterAll(() => t?.close());

const passedFor = (requestId: string) => (line: Record<string, any>) =>
  line.requestId === requestId && /ran past REQUEST_TIMEOUT_MS/.test(line.msg);

describe('request deadline (REQUEST_TIMEOUT_MS)', () => {
  it('answers a query that waits past its budget with REQUEST_TIMEOUT (503, Retry-After), then serves it once the database is free', async () => {
    const hold = await holdDatabase(t, { tables: ['products'] });
    let answer: Awaited<ReturnType<typeof post>>;
    try {
      answer = await post(t, LISTING);
    } finally {
      await hold.release();
    }
    expectTimedOut(answer);

    const again = await post(t, LISTING);
    expect(again.status).toBe(200);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data?.products.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('stops a mutation whose budget passed before it changed anything: nothing is saved, and the same mutation works afterwards', async () => {
    const product = await createProduct(admin.client, {
      title: 'Deadline Lamp',
      variants: [{ sku: newSku('DL'), price: '10.00', stock: 1 }],
    });
    const requestId = `deadline-${randomUUID()}`;
    const update = { input: { id: product.id, title: 'Renamed Lamp' } };
    // The first statement of the mutation (the signed-in admin's session) waits behind the hold.
    const hold = await holdDatabase(t, { tables: ['users', 'sessions'] });
    let answer: Awaited<ReturnType<typeof post>>;
    try {
      const pending = post(t, PRODUCT_UPDATE.toString(), update, {
        authorization: `Bearer ${admin.accessToken}`,
        'x-request-id': requestId,
      });
      await waitForLogLine(log.lines, passedFor(requestId), 'the mutation ran past its budget');
      await hold.release();
      answer = await pending;
    } finally {
      await hold.release().catch(() => {});
    }
    expectTimedOut(answer);
    const [row] = await t.database.db
      .select({ title: products.title })
      .from(products)
      .where(eq(products.id, product.id));
    expect(row?.title).toBe('Deadline Lamp');

    const retried = await admin.client.ok(PRODUCT_UPDATE, update);
    expect(retried.productUpdate.errors).toEqual([]);
    expect(retried.productUpdate.product!.title).toBe('Renamed Lamp');
  });

  it('answers the same over WebSocket, without transport details in the error', async () => {
    const client = wsClient(t.url);
    const hold = await holdDatabase(t, { tables: ['products'] });
    let result: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    try {
      result = await new Promise((resolve, reject) => {
        let last: typeof result | undefined;
        client.subscribe(
          { query: LISTING },
          {
            next: (value) => {
              last = value as typeof result;
            },
            error: reject,
            complete: () => (last ? resolve(last) : reject(new Error('no result'))),
          },
        );
      });
    } finally {
      await hold.release();
      await client.dispose();
    }
    expect(result).not.toHaveProperty('data');
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'REQUEST_TIMEOUT', retryAfter: 2 });
  });
});
