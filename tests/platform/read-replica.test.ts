import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { ADDRESS_CREATE, sampleAddress } from '../address/address-support.js';
import { CART, CART_CREATE } from '../cart/support.js';
import { createProduct, newSku } from '../catalog/admin-support.js';
import { graphql } from '../generated/gql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { GqlClient } from '../support/gql-client.js';
import { createTestDatabase, startAppOn, type TestDatabase, testEnv } from '../support/harness.js';
import { waitFor } from '../support/wait-for.js';

/**
 * DATABASE_READ_URL (README "Growing past one database server"). Real streaming replication needs
 * a second server; here the "replica" is a copy of the primary's database made after the catalog was
 * written (CREATE DATABASE ... TEMPLATE), whose product titles then get a " [replica]" suffix, so
 * every answer tells which database served it. Its replay position is emulated: the copy's
 * search_path puts a `public.pg_last_wal_replay_lsn()` reading a one-row table before pg_catalog's,
 * and the test moves that row to make the replica lag behind or catch up.
 */

const PRODUCT = graphql(`query ReplicaProduct($slug: String!) { product(slug: $slug) { id title } }`);
const PRODUCTS = graphql(`query ReplicaProducts {
  products(first: 10) { totalCount edges { node { id title variants { id sku price { amount } } categories { id name } } } }
}`);
const MY_ADDRESSES = graphql(`query ReplicaMyAddresses { addresses { id city } }`);

const SLUG = 'replica-lamp';
const TITLE = 'Replica Lamp';
const ON_REPLICA = `${TITLE} [replica]`;

describe('DATABASE_READ_URL settings', () => {
  it('refuses a read replica without a PostgreSQL primary, naming the setting', () => {
    for (const primary of ['memory://', undefined]) {
      let error: unknown;
      try {
        loadConfig(
          testEnv({ DATABASE_URL: primary, DATABASE_READ_URL: 'postgres://postgres@127.0.0.1:5432/replica' }),
        );
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.join('\n')).toMatch(
        /DATABASE_READ_URL needs DATABASE_URL=postgres/,
      );
    }
  });
});

describe.runIf(!!process.env.DATABASE_URL)('read replica (PostgreSQL)', () => {
  let primary: TestDatabase;
  let replicaName: string;
  let server: postgres.Sql;
  let replica: postgres.Sql;
  let replicaUrl: string;
  let app: RunningApp;
  let dataDir: string;
  let admin: SignedIn;
  let customer: SignedIn;
  let otherCustomer: SignedIn;
  let seededBudget: number;

  /** A client of the app under test (with a token when signed in elsewhere). */
  const client = (signedIn?: SignedIn) => {
    const c = new GqlClient(`${app.url}/graphql`);
    if (signedIn) c.token = signedIn.accessToken;
    return c;
  };
  const titleSeenBy = async (c: GqlClient) => (await c.ok(PRODUCT, { slug: SLUG })).product?.title;
  /** The replica has replayed nothing the test wrote: any client's write position is ahead of it. */
  const replicaLags = () => replica`UPDATE replay_emulation SET replayed = '0/0'`;
  /** The replica has replayed everything written so far. */
  const replicaCatchesUp = () => replica`UPDATE replay_emulation SET replayed = pg_current_wal_insert_lsn()`;

  beforeAll(async () => {
    primary = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'storefront-replica-'));
    // 1. The catalog, the accounts and their logins, written through an app on the primary alone.
    const seed = await startAppOn(primary, dataDir, {}, { idleWorkers: ['outbox'] });
    admin = await adminClient(seed);
    customer = await registerAndLogin(seed);
    otherCustomer = await registerAndLogin(seed);
    for (const [slug, title] of [
      [SLUG, TITLE],
      ['replica-desk', 'Replica Desk'],
      ['replica-chair', 'Replica Chair'],
    ] as const) {
      await createProduct(admin.client, {
        slug,
        title,
        status: 'ACTIVE',
        variants: [{ sku: newSku('RL'), price: '20.00', stock: 5 }],
      });
    }
    const seeded = await seed.client().request(PRODUCTS);
    expect(seeded.data?.products.totalCount).toBe(3);
    seededBudget = Number(seeded.headers.get('x-sql-query-count'));
    expect(seededBudget).toBeGreaterThan(0);
    await seed.close();

    // 2. The "replica": a copy of the primary, told apart by its titles, with an emulated replay position.
    const primaryName = new URL(primary.url).pathname.slice(1);
    replicaName = `${primaryName}_replica`;
    server = postgres(process.env.DATABASE_URL as string, { max: 1, onnotice: () => {} });
    await server.unsafe(`CREATE DATABASE ${replicaName} TEMPLATE ${primaryName}`);
    await server.unsafe(`ALTER DATABASE ${replicaName} SET search_path = public, pg_catalog`);
    const url = new URL(primary.url);
    url.pathname = `/${replicaName}`;
    replicaUrl = url.toString();
    replica = postgres(replicaUrl, { max: 1, onnotice: () => {} });
    await replica`UPDATE products SET title = title || ' [replica]'`;
    await replica`CREATE TABLE replay_emulation (replayed pg_lsn NOT NULL)`;
    await replica`INSERT INTO replay_emulation VALUES ('0/0')`;
    await replica.unsafe(
      `CREATE FUNCTION public.pg_last_wal_replay_lsn() RETURNS pg_lsn LANGUAGE sql STABLE
       AS 'SELECT replayed FROM public.replay_emulation'`,
    );

    // 3. The app under test: the primary, and the copy as its read replica.
    const config = loadConfig(
      testEnv({ DATA_DIR: dataDir, DATABASE_URL: primary.url, DATABASE_READ_URL: replicaUrl }),
    );
    app = await startApp(config, { database: await primary.open(config.database), idleWorkers: ['outbox'] });
  });

  afterAll(async () => {
    await app?.stop();
    await replica?.end();
    if (replicaName) await server?.unsafe(`DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
    await server?.end();
    await primary?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers an anonymous storefront query from the replica, in the statements it took on the primary alone', async () => {
    const anonymous = client();
    expect(await titleSeenBy(anonymous)).toBe(ON_REPLICA);
    const page = await anonymous.request(PRODUCTS);
    expect(page.errors).toBeUndefined();
    expect(page.data?.products.edges.map((e) => e.node.title).sort()).toEqual(
      ['Replica Chair [replica]', 'Replica Desk [replica]', ON_REPLICA].sort(),
    );
    expect(Number(page.headers.get('x-sql-query-count'))).toBe(seededBudget);
    // A read hands out no write position.
    expect(page.headers.get('x-read-after')).toBeNull();
  });

  it('answers a customer who has not written from the replica', async () => {
    expect(await titleSeenBy(client(customer))).toBe(ON_REPLICA);
  });

  it('answers an administrator from the primary', async () => {
    expect(await titleSeenBy(client(admin))).toBe(TITLE);
  });

  it("reads a customer's own write back from the primary while the replica lags; others still read the replica", async () => {
    await replicaLags();
    const writer = client(customer);
    const created = await writer.request(ADDRESS_CREATE, {
      input: sampleAddress({ city: 'Read Your Writes' }),
    });
    expect(created.data?.addressCreate.errors).toEqual([]);
    const position = created.headers.get('x-read-after');
    expect(position).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    // The cookie's value is URL-encoded (Express), as a browser sends it back.
    expect(decodeURIComponent(writer.cookies.get('storefront_read_after') ?? '')).toBe(position);

    // The address exists on the primary only: the writer sees it, and the primary's titles.
    expect((await writer.ok(MY_ADDRESSES)).addresses.map((a) => a.city)).toEqual(['Read Your Writes']);
    expect(await titleSeenBy(writer)).toBe(TITLE);
    // A client without cookies sends the position back as a header.
    const headerOnly = client(customer);
    const viaHeader = await headerOnly.request(
      PRODUCT,
      { slug: SLUG },
      { 'x-read-after': position as string },
    );
    expect(viaHeader.data?.product?.title).toBe(TITLE);
    // The same customer on another device without the position reads the replica (no address there).
    expect((await client(customer).ok(MY_ADDRESSES)).addresses).toEqual([]);
    // Everyone else keeps reading the replica.
    expect(await titleSeenBy(client())).toBe(ON_REPLICA);
    expect(await titleSeenBy(client(otherCustomer))).toBe(ON_REPLICA);

    // Once the replica has replayed the write, the writer reads from it again.
    await replicaCatchesUp();
    expect(await titleSeenBy(writer)).toBe(ON_REPLICA);
  });

  it('honours a write position on another instance, which shares nothing with the one that handed it out', async () => {
    await replicaLags();
    const config = loadConfig(
      testEnv({ DATA_DIR: dataDir, DATABASE_URL: primary.url, DATABASE_READ_URL: replicaUrl }),
    );
    const second = await startApp(config, {
      database: await primary.open(config.database),
      idleWorkers: ['outbox'],
    });
    try {
      const onSecond = (c: GqlClient) => {
        const moved = new GqlClient(`${second.url}/graphql`);
        moved.token = c.token;
        for (const [name, value] of c.cookies) moved.cookies.set(name, value);
        return moved;
      };
      const writer = client(otherCustomer);
      const created = await writer.request(ADDRESS_CREATE, { input: sampleAddress({ city: 'Elsewhere' }) });
      expect(created.data?.addressCreate.errors).toEqual([]);
      // The next request lands on the other instance, with the cookie: the primary answers.
      expect((await onSecond(writer).ok(MY_ADDRESSES)).addresses.map((a) => a.city)).toEqual(['Elsewhere']);
      expect(await titleSeenBy(onSecond(writer))).toBe(TITLE);
      // Without it, the other instance reads the replica.
      expect(await titleSeenBy(onSecond(client(otherCustomer)))).toBe(ON_REPLICA);
      await replicaCatchesUp();
      expect(await titleSeenBy(onSecond(writer))).toBe(ON_REPLICA);
    } finally {
      await second.stop();
    }
  });

  it("reads a guest's new cart back from the primary while the replica lags", async () => {
    await replicaLags();
    const guest = client();
    const created = (await guest.ok(CART_CREATE)).cartCreate;
    expect(created.errors).toEqual([]);
    const cart = await guest.request(CART, { cartToken: created.cartToken });
    expect(cart.errors).toBeUndefined();
    expect(cart.data?.cart?.id).toBe(created.cart?.id);
    // Without the position (another client with the same token), the replica has no such cart.
    const elsewhere = await client().request(CART, { cartToken: created.cartToken });
    expect(elsewhere.data?.cart ?? null).toBeNull();
    await replicaCatchesUp();
  });

  it('reads from the primary while the replica does not answer, and from the replica once it does again', async () => {
    // The replica goes away: its connections are ended and its database can no longer be connected to.
    await replica.end();
    await server.unsafe(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${replicaName}'`,
    );
    await server.unsafe(`ALTER DATABASE ${replicaName} RENAME TO ${replicaName}_away`);
    try {
      const anonymous = client();
      for (let i = 0; i < 3; i += 1) {
        const answer = await anonymous.request(PRODUCT, { slug: SLUG });
        expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
        expect(answer.data?.product?.title).toBe(TITLE);
      }
    } finally {
      await server.unsafe(`ALTER DATABASE ${replicaName}_away RENAME TO ${replicaName}`);
    }
    replica = postgres(replicaUrl, { max: 1, onnotice: () => {} });
    // A background ping finds it back; reads go to it again.
    await waitFor('reads from the replica again', async () => (await titleSeenBy(client())) === ON_REPLICA);
  });

  it('fills the response cache from the primary, and answers the next guest from it', async () => {
    // A second instance with the response cache on: a replica answer stored under a generation that
    // already counts a newer write would be served until it expired.
    const config = loadConfig(
      testEnv({
        DATA_DIR: dataDir,
        DATABASE_URL: primary.url,
        DATABASE_READ_URL: replicaUrl,
        RESPONSE_CACHE: 'true',
      }),
    );
    const cached = await startApp(config, {
      database: await primary.open(config.database),
      idleWorkers: ['outbox'],
    });
    try {
      const ask = () => new GqlClient(`${cached.url}/graphql`).request(PRODUCT, { slug: SLUG });
      const miss = await ask();
      expect(miss.headers.get('x-cache')).toBe('MISS');
      expect(miss.data?.product?.title).toBe(TITLE);
      const hit = await ask();
      expect(hit.headers.get('x-cache')).toBe('HIT');
      expect(hit.data?.product?.title).toBe(TITLE);
      // Not cacheable (a cookie): read from the replica as usual.
      const withCookie = await new GqlClient(`${cached.url}/graphql`).request(
        PRODUCT,
        { slug: SLUG },
        { cookie: 'x=1' },
      );
      expect(withCookie.headers.get('x-cache')).toBe('BYPASS');
      expect(withCookie.data?.product?.title).toBe(ON_REPLICA);
    } finally {
      await cached.stop();
    }
  });

  it('counts the statements each database ran in graphql_sql_statements_total', async () => {
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    const served = (pool: string) =>
      Number(
        new RegExp(`^graphql_sql_statements_total\\{pool="${pool}"\\} (\\d+)`, 'm').exec(metrics)?.[1] ?? 0,
      );
    expect(served('replica')).toBeGreaterThan(0);
    expect(served('primary')).toBeGreaterThan(0);
    expect(metrics).toMatch(/^db_pool_max_connections\{database="replica"\} \d+/m);
  });
});
