import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/client.js';
import { createLogger } from '../../src/logger.js';
import { FacetIndex } from '../../src/modules/catalog/facet-index.js';
import type { TestVariant } from '../cart/support.js';
import { placeOrder } from '../orders/transitions-support.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { GqlClient } from '../support/gql-client.js';
import { createTestDatabase, startAppOn, type TestDatabase, testEnv } from '../support/harness.js';
import { holdRowLock } from '../support/row-lock.js';
import { addStandardShipping } from '../support/store.js';
import { waitFor } from '../support/wait-for.js';
import { createProduct } from './admin-support.js';
import { facetCounts, variant } from './facet-support.js';

/**
 * The facet index with DATABASE_READ_URL (README "Growing past one database server"). The index is
 * one per instance, shared by every request whichever database the request reads, and a request
 * waiting for a change check shares the next one (FacetIndex.fresh). It reads the primary: a shopper
 * who just bought the last unit reads from the primary, and the counts must include that sale even
 * when the check was started by a guest reading the replica (the second test failed when the index
 * read each request's database). The "replica" is a copy of the primary's database, emulated as in
 * tests/platform/read-replica.test.ts (titles with a " [replica]" suffix; its replay position stays
 * behind, and so does its snapshot, as a lagging standby's). `truth` counts in SQL on the primary
 * (no replica, no index).
 */

/** The real index, counting the requests that ask it (they share checks: see FacetIndex.fresh). */
class ObservedIndex extends FacetIndex {
  asked = 0;
  override counts(...args: Parameters<FacetIndex['counts']>) {
    this.asked += 1;
    return super.counts(...args);
  }
}

describe.runIf(!!process.env.DATABASE_URL)('facet index with a read replica (PostgreSQL)', () => {
  let primary: TestDatabase;
  let primaryName: string;
  let replicaName: string;
  let server: postgres.Sql;
  let replica: postgres.Sql;
  let app: RunningApp;
  let reference: RunningApp;
  let dataDir: string;
  let customer: SignedIn;
  const index = new ObservedIndex(createLogger('silent'));
  const lastUnits: TestVariant[] = [];

  const at = (running: RunningApp, signedIn?: SignedIn) => {
    const c = new GqlClient(`${running.url}/graphql`);
    if (signedIn) c.token = signedIn.accessToken;
    return c;
  };
  const truth = async () => (await facetCounts(at(reference))).counts;

  /** Buys the last unit of the next product, on the primary: the replica (lagging) does not have it. */
  async function buyLastUnit(buyer: SignedIn) {
    const sold = lastUnits.shift() as TestVariant;
    await placeOrder(buyer, [{ variant: sold, quantity: 1 }]);
    expect(buyer.client.cookies.get('storefront_read_after')).toBeTruthy();
  }

  /** Locks the change log of database `name` in a session of its own, until the returned release. */
  async function lockChangeLog(name: string): Promise<() => Promise<void>> {
    const url = new URL(primary.url);
    url.pathname = `/${name}`;
    const holder = await openDatabase({ url: url.toString(), dataDir: '', poolSize: 1 });
    try {
      const release = await holdRowLock(holder.db, (tx) =>
        tx.execute(sql`LOCK TABLE catalog_facet_changes IN ACCESS EXCLUSIVE MODE`),
      );
      return async () => {
        try {
          await release();
        } finally {
          await holder.close();
        }
      };
    } catch (err) {
      await holder.close();
      throw err;
    }
  }

  beforeAll(async () => {
    primary = await createTestDatabase();
    primaryName = new URL(primary.url).pathname.slice(1);
    dataDir = mkdtempSync(join(tmpdir(), 'storefront-facet-replica-'));
    const idleWorkers = ['outbox'];
    // 1. The catalog and the accounts, written through an app on the primary alone.
    const seed = await startAppOn(primary, dataDir, {}, { idleWorkers });
    const admin = (await adminClient(seed)).client;
    await addStandardShipping(admin);
    customer = await registerAndLogin(seed);
    for (const title of ['Last Kettle', 'Last Lamp']) {
      const product = await createProduct(admin, {
        title,
        brand: 'Acme',
        status: 'ACTIVE',
        variants: [variant('30.00', 1)],
      });
      const v = product.variants[0]!;
      lastUnits.push({ id: v.id, productId: product.id, sku: v.sku });
    }
    await createProduct(admin, { title: 'Plenty Mug', status: 'ACTIVE', variants: [variant('9.00', 50)] });
    await seed.close();

    // 2. The "replica": a copy, told apart by its titles, whose replay position stays behind.
    replicaName = `${primaryName}_replica`;
    server = postgres(process.env.DATABASE_URL as string, { max: 1, onnotice: () => {} });
    await server.unsafe(`CREATE DATABASE ${replicaName} TEMPLATE ${primaryName}`);
    await server.unsafe(`ALTER DATABASE ${replicaName} SET search_path = public, pg_catalog`);
    const url = new URL(primary.url);
    url.pathname = `/${replicaName}`;
    replica = postgres(url.toString(), { max: 1, onnotice: () => {} });
    await replica`UPDATE products SET title = title || ' [replica]'`;
    await replica.unsafe(
      `CREATE FUNCTION public.pg_last_wal_replay_lsn() RETURNS pg_lsn LANGUAGE sql STABLE AS $$ SELECT '0/0'::pg_lsn $$`,
    );
    // A standby's snapshots are those of what it has replayed; the copy's would be the whole
    // cluster's, newer than its data. So its pg_current_snapshot() (the index's build and change check
    // call it) answers the snapshot the copy was made at.
    await replica`CREATE TABLE replay_snapshot (snapshot pg_snapshot NOT NULL)`;
    await replica`INSERT INTO replay_snapshot SELECT pg_current_snapshot()`;
    await replica.unsafe(
      `CREATE FUNCTION public.pg_current_snapshot() RETURNS pg_snapshot LANGUAGE sql STABLE
       AS 'SELECT snapshot FROM public.replay_snapshot'`,
    );

    // 3. The app under test (primary and replica, the observed index), and the reference.
    const config = loadConfig(
      testEnv({ DATA_DIR: dataDir, DATABASE_URL: primary.url, DATABASE_READ_URL: url.toString() }),
    );
    app = await startApp(config, {
      database: await primary.open(config.database),
      idleWorkers,
      services: { facetIndex: index },
    });
    reference = await startApp(seed.config, {
      database: await primary.open(seed.config.database),
      idleWorkers,
      services: { facetIndex: null },
    });
    customer = { ...customer, client: at(app, customer) };
  });

  afterAll(async () => {
    await app?.stop();
    await reference?.stop();
    await replica?.end();
    if (replicaName) await server?.unsafe(`DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
    await server?.end();
    await primary?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("counts from the primary: a guest's page from the replica, and the shopper's own purchase", async () => {
    const guest = await facetCounts(at(app));
    expect(guest.titles.every((title) => title.endsWith(' [replica]'))).toBe(true);
    expect(guest.counts).toEqual(await truth());

    await buyLastUnit(customer);
    // A guest lists meanwhile: the page comes from the replica, which has not replayed the sale; the
    // counts from the index, which reads the primary.
    const meanwhile = await facetCounts(at(app));
    expect(meanwhile.titles.every((title) => title.endsWith(' [replica]'))).toBe(true);
    expect(meanwhile.counts).toEqual(await truth());
    // The buyer reads from the primary: the sale, and counts that include it.
    const buyer = await facetCounts(customer.client);
    expect(buyer.titles.some((title) => title.endsWith(' [replica]'))).toBe(false);
    expect(buyer.counts).toEqual(await truth());
  });

  it("counts the shopper's own purchase when its listing shares a change check with guests'", async () => {
    await facetCounts(at(app)); // the index is built before the sale
    await buyLastUnit(customer);
    const expected = await truth();
    // Each database's change log locked: the next change check waits, whichever database it reads.
    const releases = [await lockChangeLog(primaryName), await lockChangeLog(replicaName)];
    const asked = index.asked;
    const listings: Promise<unknown>[] = [];
    try {
      // A guest's listing starts a check, which waits; a second guest's queues the next check, and
      // the buyer's listing arrives while both wait: it shares the second guest's.
      listings.push(facetCounts(at(app)));
      await waitFor('a change check waiting for the lock', async () => {
        const [row] = await server<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname IN (${primaryName}, ${replicaName}) AND wait_event_type = 'Lock'
            AND strpos(query, 'catalog_facet_changes_since') > 0`;
        return row!.n === 1;
      });
      listings.push(facetCounts(at(app)));
      await waitFor('the second guest asking the index', () => index.asked === asked + 2);
      const buyer = facetCounts(customer.client);
      listings.push(buyer);
      await waitFor("the buyer's listing asking the index", () => index.asked === asked + 3);
      for (const release of releases) await release();
      await Promise.all(listings);
      const answer = await buyer;
      expect(answer.titles.some((title) => title.endsWith(' [replica]'))).toBe(false);
      expect(answer.counts).toEqual(expected);
    } finally {
      for (const release of releases) await release();
      await Promise.allSettled(listings);
    }
  });
});
