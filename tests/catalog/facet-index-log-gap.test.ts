import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { queryRows } from '../../src/db/client.js';
import { FACET_CHANGE_RETENTION_SECONDS } from '../../src/modules/catalog/catalog-facets.purges.js';
import { FacetIndex } from '../../src/modules/catalog/facet-index.js';
import type { ProductStatus } from '../generated/graphql.js';
import { adminClient } from '../support/accounts.js';
import { GqlClient } from '../support/gql-client.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/harness.js';
import { captureLogs } from '../support/log-capture.js';
import { createProduct, PRODUCT_UPDATE } from './admin-support.js';
import { FILTERS, facetChangeRows, facetCounts, variant } from './facet-support.js';

/**
 * The facet index's log gap (src/modules/catalog/facet-index.ts): housekeeping purges change log rows
 * after FACET_CHANGE_RETENTION_SECONDS, so an index that has not read the log for half of that must
 * rebuild rather than trust the log. Time passes through the index's injected clock and the purge's
 * `now` (housekeeping.runOnce): nothing sleeps. `ref` counts in SQL (no index): the reference.
 */
const HALF_MS = (FACET_CHANGE_RETENTION_SECONDS * 1000) / 2;
let clock = 0;
const logs = captureLogs();
let t: TestApp;
let reference: RunningApp;
let indexed: GqlClient;
let ref: GqlClient;
let admin: GqlClient;

const builds = () => logs.lines.filter((line) => line.msg === 'facet index built').length;

async function expectExact() {
  for (const filter of FILTERS) {
    const expected = (await facetCounts(ref, filter)).counts;
    expect((await facetCounts(indexed, filter)).counts, JSON.stringify(filter)).toEqual(expected);
  }
}

/** A purge as the database's clock plus the whole retention would run it: every log row is due. */
async function purgeWholeLog() {
  const [row] = await queryRows<{ now: Date }>(t.database.db, sql`SELECT now() AS now`);
  const later = new Date(new Date(row!.now).getTime() + 2 * FACET_CHANGE_RETENTION_SECONDS * 1000);
  const purged = await t.app.context.housekeeping.runOnce(later);
  expect(purged.catalog_facet_changes).toBeGreaterThan(0);
  expect(await facetChangeRows(t.database.db)).toBe(0);
}

beforeAll(async () => {
  const idleWorkers = ['outbox', 'reservation-sweeper', 'webhooks', 'housekeeping'];
  t = await startTestApp(
    {},
    { idleWorkers, services: { facetIndex: new FacetIndex(logs.logger, () => clock) } },
  );
  reference = await startSecondInstance(t, { idleWorkers, services: { facetIndex: null } });
  indexed = t.client();
  ref = new GqlClient(`${reference.url}/graphql`);
  admin = (await adminClient(t)).client;
  await createProduct(admin, {
    title: 'Gap Kettle',
    brand: 'Acme',
    status: 'ACTIVE',
    variants: [variant('30.00', 2)],
  });
  await createProduct(admin, {
    title: 'Gap Mug',
    brand: 'Globex',
    status: 'ACTIVE',
    variants: [variant('9.00', 0)],
  });
});

afterAll(async () => {
  await reference?.stop();
  await t?.close();
});

describe('facet index after the change log was purged', () => {
  it('rebuilds when it has not read the log for half the retention, and counts a change whose log row is gone', async () => {
    await expectExact();
    expect(builds()).toBe(1);

    // Meanwhile: a third product appears, and its log row is purged before this index reads it.
    const lamp = await createProduct(admin, {
      title: 'Gap Lamp',
      brand: 'Acme',
      status: 'ACTIVE',
      variants: [variant('55.00', 4)],
    });
    await purgeWholeLog();

    // The fixture is the gap itself: an index that is not idle (its clock just short of half the
    // retention) still trusts the log, which no longer holds the change. In production the purge
    // cannot outrun the index's clock like this; here it shows what the rebuild is for.
    clock = HALF_MS - 1;
    const notIdle = (await facetCounts(indexed)).counts;
    expect(notIdle.totalCount).toBe(2);
    expect((await facetCounts(ref)).counts.totalCount).toBe(3);
    expect(builds()).toBe(1);

    // Idle for more than half the retention since that check: it rebuilds, and counts the lamp.
    clock += HALF_MS + 1;
    await expectExact();
    expect((await facetCounts(indexed)).counts.totalCount).toBe(3);
    expect(builds()).toBe(2);

    // And it follows the log again from its new snapshot, without rebuilding.
    clock += 1000;
    const archived = (
      await admin.ok(PRODUCT_UPDATE, { input: { id: lamp.id, status: 'ARCHIVED' as ProductStatus } })
    ).productUpdate;
    expect(archived.errors).toEqual([]);
    await expectExact();
    expect((await facetCounts(indexed)).counts.totalCount).toBe(2);
    expect(builds()).toBe(2);
  });
});
