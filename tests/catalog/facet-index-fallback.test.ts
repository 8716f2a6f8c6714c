import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { queryRows } from '../../src/db/client.js';
import { adminClient } from '../support/accounts.js';
import { GqlClient } from '../support/gql-client.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/harness.js';
import { captureLogs } from '../support/log-capture.js';
import { holdRowLock } from '../support/row-lock.js';
import { waitFor } from '../support/wait-for.js';
import { createProduct } from './admin-support.js';
import { FILTERS, facetCounts, variant } from './facet-support.js';

/**
 * When the facet index cannot be built or checked (src/modules/catalog/product-search.ts), the listing
 * counts in SQL, exactly, and the next request uses the index again. The failures are real: the change
 * check's function taken away (both databases), the check cancelled as a statement timeout would
 * cancel it, and the build's connection terminated (PostgreSQL: a second session holds a lock that
 * keeps the statement waiting, and ends it from outside). `ref` counts in SQL (no index).
 */
const onPostgres = Boolean(process.env.DATABASE_URL?.startsWith('postgres'));
const logs = captureLogs();
const idleWorkers = ['outbox', 'reservation-sweeper', 'webhooks', 'housekeeping'];
let t: TestApp;
let reference: RunningApp;
let indexed: GqlClient;
let ref: GqlClient;
let admin: GqlClient;
/** Statements of a listing that the index answers (the page, the change check, the category tree). */
let indexStatements = 0;

const fallbacks = () =>
  logs.lines.filter((line) => line.msg === 'facet index unavailable: counting in SQL').length;

async function expectExact(client: GqlClient) {
  for (const filter of FILTERS) {
    const expected = (await facetCounts(ref, filter)).counts;
    expect((await facetCounts(client, filter)).counts, JSON.stringify(filter)).toEqual(expected);
  }
}

/** A change since the index last looked: an index answering without reading it would be wrong. */
let made = 0;
async function changeCatalog() {
  made += 1;
  await createProduct(admin, {
    title: `Fallback ${made}`,
    brand: 'Acme',
    status: 'ACTIVE',
    variants: [variant('40.00', made % 2)],
  });
}

/**
 * Runs a listing on `client` while `table` is locked, and `end`s (pg_cancel_backend or
 * pg_terminate_backend) the statement of it that waits for the lock and contains `statement`.
 */
async function listingWhoseStatementFails(
  client: GqlClient,
  table: string,
  statement: string,
  end: 'pg_cancel_backend' | 'pg_terminate_backend',
) {
  const { db } = t.database;
  const release = await holdRowLock(db, (tx) =>
    tx.execute(sql.raw(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`)),
  );
  try {
    const answer = facetCounts(client);
    const pid = await waitFor(`a statement with ${statement} waiting for ${table}`, async () => {
      const [row] = await queryRows<{ pid: number }>(
        db,
        sql`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
          AND strpos(query, ${statement}) > 0`,
      );
      return row?.pid;
    });
    const [ended] = await queryRows<{ ok: boolean }>(db, sql`SELECT ${sql.raw(end)}(${pid}) AS ok`);
    expect(ended!.ok).toBe(true);
    await release();
    return await answer;
  } finally {
    await release().catch(() => undefined);
  }
}

beforeAll(async () => {
  t = await startTestApp({}, { idleWorkers, logger: logs.logger });
  reference = await startSecondInstance(t, { idleWorkers, services: { facetIndex: null } });
  indexed = t.client();
  ref = new GqlClient(`${reference.url}/graphql`);
  admin = (await adminClient(t)).client;
  await changeCatalog();
  await changeCatalog();
  await expectExact(indexed);
  indexStatements = (await facetCounts(indexed)).statements;
  expect(indexStatements).toBe(3);
});

afterAll(async () => {
  await reference?.stop();
  await t?.close();
});

describe('facet index unavailable', () => {
  it('counts in SQL while the change check fails (its function is missing), and uses the index once it is back', async () => {
    const { db } = t.database;
    await db.execute(
      sql`ALTER FUNCTION catalog_facet_changes_since(pg_snapshot) RENAME TO facet_changes_away`,
    );
    try {
      await changeCatalog();
      const before = fallbacks();
      const expected = await facetCounts(ref);
      const inSql = await facetCounts(indexed);
      expect(inSql.counts).toEqual(expected.counts);
      expect(inSql.statements).toBeGreaterThan(indexStatements);
      expect(fallbacks()).toBe(before + 1);
      await expectExact(indexed);
    } finally {
      await db.execute(
        sql`ALTER FUNCTION facet_changes_away(pg_snapshot) RENAME TO catalog_facet_changes_since`,
      );
    }
    const before = fallbacks();
    await changeCatalog();
    await expectExact(indexed);
    expect((await facetCounts(indexed)).statements).toBe(indexStatements);
    expect(fallbacks()).toBe(before);
  });

  it.runIf(onPostgres)(
    'counts in SQL when the change check is cancelled (as by a statement timeout)',
    async () => {
      await changeCatalog();
      const before = fallbacks();
      const expected = (await facetCounts(ref)).counts;
      const cancelled = await listingWhoseStatementFails(
        indexed,
        'catalog_facet_changes',
        'catalog_facet_changes_since',
        'pg_cancel_backend',
      );
      expect(cancelled.counts).toEqual(expected);
      expect(cancelled.statements).toBeGreaterThan(indexStatements);
      expect(fallbacks()).toBe(before + 1);
      await expectExact(indexed);
      expect((await facetCounts(indexed)).statements).toBe(indexStatements);
      expect(fallbacks()).toBe(before + 1);
    },
  );

  it.runIf(onPostgres)(
    'counts in SQL when the build loses its connection, and builds on the next request',
    async () => {
      const fresh = await startSecondInstance(t, { idleWorkers, logger: logs.logger });
      try {
        const client = new GqlClient(`${fresh.url}/graphql`);
        await changeCatalog();
        const before = fallbacks();
        const builds = logs.lines.filter((line) => line.msg === 'facet index built').length;
        const expected = (await facetCounts(ref)).counts;
        const lost = await listingWhoseStatementFails(
          client,
          'variants',
          'pg_current_snapshot()',
          'pg_terminate_backend',
        );
        expect(lost.counts).toEqual(expected);
        expect(fallbacks()).toBe(before + 1);
        await expectExact(client);
        expect((await facetCounts(client)).statements).toBe(indexStatements);
        expect(logs.lines.filter((line) => line.msg === 'facet index built').length).toBe(builds + 1);
        expect(fallbacks()).toBe(before + 1);
      } finally {
        await fresh.stop();
      }
    },
  );
});
