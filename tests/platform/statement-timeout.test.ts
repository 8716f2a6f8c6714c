import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProduct,
  INVENTORY_ADJUST,
  newSku,
  STOCK_MOVEMENTS,
  stockAndLedger,
} from '../catalog/admin-support.js';
import { graphql } from '../generated/gql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { capturingLogger, expectTimedOut, holdDatabase, post, waitForLogLine } from './deadline-support.js';

/**
 * DB_STATEMENT_TIMEOUT_MS on PostgreSQL: a statement that waits past it (here for a lock the test
 * holds until the answer arrives) is cancelled, its transaction rolls back, and the request answers
 * REQUEST_TIMEOUT instead of INTERNAL_SERVER_ERROR. PGlite has no statement timeout (the request
 * budget, tests/platform/request-deadline.test.ts, is what acts there).
 */
describe.runIf(!!process.env.DATABASE_URL)('statement timeout (DB_STATEMENT_TIMEOUT_MS, PostgreSQL)', () => {
  let t: TestApp;
  let admin: SignedIn;
  const log = capturingLogger();

  beforeAll(async () => {
    t = await startTestApp(
      // Every statement of this app has this limit, its set-up's included: long enough for a loaded
      // machine, while the statements under test wait on a held lock anyway.
      { DB_STATEMENT_TIMEOUT_MS: '1500', REQUEST_TIMEOUT_MS: '0' },
      { logger: log.logger, idleWorkers: ['outbox'] },
    );
    admin = await adminClient(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('rolls back a mutation whose statement waited past the timeout for a row lock: REQUEST_TIMEOUT, stock and ledger unchanged', async () => {
    const product = await createProduct(admin.client, {
      title: 'Locked Crate',
      variants: [{ sku: newSku('LC'), price: '5.00', stock: 4 }],
    });
    const variantId: string = product.variants[0]!.id;
    const adjust = { input: { variantId, delta: 3, reason: 'RESTOCK' as const, note: 'delivery' } };
    const hold = await holdDatabase(t, {
      statement: (sql) => sql`SELECT id FROM variants WHERE id = ${variantId} FOR UPDATE`,
    });
    let answer: Awaited<ReturnType<typeof post>>;
    try {
      answer = await post(t, INVENTORY_ADJUST.toString(), adjust, {
        authorization: `Bearer ${admin.accessToken}`,
      });
    } finally {
      await hold.release();
    }
    expectTimedOut(answer);
    expect(await stockAndLedger(t, variantId)).toEqual({ stock: 4, sum: 4 });
    const ledger = await admin.client.ok(STOCK_MOVEMENTS, { variantId, first: 10 });
    expect(ledger.stockMovements.totalCount).toBe(1);
    const line = await waitForLogLine(
      log.lines,
      (l) => /DB_STATEMENT_TIMEOUT_MS/.test(l.msg),
      'the cancelled statement is logged',
    );
    // Logged without SQL or its parameters.
    expect(JSON.stringify(line)).not.toMatch(/variants|select|update/i);

    const retried = await admin.client.ok(INVENTORY_ADJUST, adjust);
    expect(retried.inventoryAdjust.errors).toEqual([]);
    expect(await stockAndLedger(t, variantId)).toEqual({ stock: 7, sum: 7 });
  });

  it('answers a query whose statement waited past the timeout with REQUEST_TIMEOUT', async () => {
    const listing = graphql(
      `query StatementTimeoutListing { products(first: 5) { nodes { id } } }`,
    ).toString();
    const hold = await holdDatabase(t, { tables: ['products'] });
    let answer: Awaited<ReturnType<typeof post>>;
    try {
      answer = await post(t, listing);
    } finally {
      await hold.release();
    }
    expectTimedOut(answer);
    expect((await post(t, listing)).status).toBe(200);
  });
});
