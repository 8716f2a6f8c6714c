import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { type DatabaseHandle, openDatabase, queryRows } from '../../src/db/client.js';
import { runCompiled } from '../../src/db/query-memo.js';
import { REPEATS_TO_PLAN_ONCE } from '../../src/modules/catalog/listing-plans.js';
import { graphql } from '../generated/gql.js';
import { registerAndLogin } from '../support/accounts.js';
import { GqlClient } from '../support/gql-client.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../support/harness.js';

/**
 * How the pool runs the statements it prepares (src/db/query-memo.ts `runCompiled`), read from
 * PostgreSQL's own counters of the connection's prepared statements. One connection, so every
 * statement below runs on the connection that is then asked.
 */
describe.runIf(!!process.env.DATABASE_URL)('prepared statements (PostgreSQL)', () => {
  let testDatabase: TestDatabase;
  let database: DatabaseHandle;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    database = await openDatabase({ url: testDatabase.url, dataDir: '', poolSize: 1 });
  });
  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  const plans = async (text: string) =>
    queryRows<{ generic: number; custom: number }>(
      database.db,
      sql`SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE statement = ${text}`,
    );

  it('prepares a statement without parameters and plans it once (postgres.js would send it unprepared)', async () => {
    const text = "SELECT count(*)::int AS n FROM pg_class WHERE relkind = 'r'";
    for (let i = 0; i < 3; i++) {
      const [row] = await runCompiled<{ n: number }>(database.db, 'probe-without-parameters', {
        sql: text,
        params: [],
      });
      expect(row?.n).toBeGreaterThan(0);
    }
    expect(await plans(text)).toEqual([{ generic: 3, custom: 0 }]);
  });

  it('plans a statement with parameters for its values on every run (the pool forces custom plans)', async () => {
    const text = 'SELECT count(*)::int AS n FROM pg_class WHERE relkind = $1';
    for (let i = 0; i < 3; i++)
      await runCompiled(database.db, 'probe-with-a-parameter', { sql: text, params: ['r'] });
    expect(await plans(text)).toEqual([{ generic: 0, custom: 3 }]);
  });
});

/**
 * A second instance of a fresh test app on ONE connection, for the describe block that calls it: every
 * statement it runs is on the connection whose prepared statements are then read.
 */
function oneConnectionInstance(): {
  testApp: () => TestApp;
  app: () => RunningApp;
  listings: () => Promise<Listing[]>;
  prepared: (like: string) => Promise<PreparedRow[]>;
} {
  let t: TestApp;
  let app: RunningApp;
  let database: DatabaseHandle;
  beforeAll(async () => {
    t = await startTestApp();
    database = await openDatabase({ url: t.config.databaseUrl, dataDir: '', poolSize: 1 });
    app = await startApp(t.config, { database });
  });
  afterAll(async () => {
    await app?.stop();
    await t?.close();
  });
  return {
    testApp: () => t,
    app: () => app,
    // The listings' statements that connection keeps, with their number of parameters.
    listings: () =>
      queryRows<Listing>(
        database.db,
        sql`SELECT cardinality(parameter_types) AS parameters, statement FROM pg_prepared_statements
          WHERE statement LIKE '%sort_value%'`,
      ),
    // The statements that connection keeps whose text contains `like`, with their plan counts.
    prepared: (like: string) =>
      queryRows<PreparedRow>(
        database.db,
        sql`SELECT cardinality(parameter_types) AS parameters, generic_plans::int AS generic,
            custom_plans::int AS custom
          FROM pg_prepared_statements WHERE strpos(statement, ${like}) > 0`,
      ),
  };
}

interface PreparedRow {
  parameters: number;
  generic: number;
  custom: number;
}

interface Listing {
  parameters: number;
  statement: string;
}

/**
 * The whole catalog's first page has its values written into its text, so it is planned once per
 * connection (src/modules/catalog/product-search.ts). Each such text stays prepared on every
 * connection: only the first 32 page shapes get it, or a client could fill the connections with one
 * statement per page size.
 */
describe.runIf(!!process.env.DATABASE_URL)('the whole catalog first page, prepared (PostgreSQL)', () => {
  const instance = oneConnectionInstance();

  const PAGE = graphql(
    `query PreparedProductsPage($first: Int!) { products(first: $first) { nodes { id } } }`,
  );

  it('prepares the first 32 shapes without parameters, and the next with them', async () => {
    const client = new GqlClient(`${instance.app().url}/graphql`);
    for (let first = 1; first <= 34; first++) {
      const answer = await client.request(PAGE, { first });
      expect(answer.errors).toBeUndefined();
    }
    const listings = await instance.listings();
    const withoutParameters = listings.filter((s) => s.parameters === 0);
    expect(withoutParameters).toHaveLength(32);
    for (const first of [1, 32]) {
      const limit = new RegExp(`LIMIT ${first + 1}(\\D|$)`);
      expect(withoutParameters.some((s) => limit.test(s.statement))).toBe(true);
    }
    // Shapes 33 and 34 share one text with their values as parameters.
    expect(listings.filter((s) => s.parameters > 0)).toHaveLength(1);
  });
});

/**
 * Any other first page without a text query gets its values written in once it has been asked for
 * REPEATS_TO_PLAN_ONCE times (src/modules/catalog/listing-plans.ts); brands and tags, which clients
 * type, never.
 */
describe.runIf(!!process.env.DATABASE_URL)(
  'a filtered first page asked for often, prepared (PostgreSQL)',
  () => {
    const instance = oneConnectionInstance();

    const FILTERED = graphql(
      `query PreparedFilteredPage($filter: ProductFilterInput!) { products(first: 5, filter: $filter, sort: PRICE_ASC) { nodes { id } } }`,
    );

    it('keeps the parameters until the page was asked for often, then writes the values in; never for brands', async () => {
      const client = new GqlClient(`${instance.app().url}/graphql`);
      const ask = async (filter: Record<string, unknown>, times: number) => {
        for (let i = 0; i < times; i++) {
          const answer = await client.request(FILTERED, { filter });
          expect(answer.errors).toBeUndefined();
        }
      };
      const priced = { priceMin: '1.00', priceMax: '99.00', inStock: true };
      const written = (s: { statement: string }) => s.statement.includes('BETWEEN 100 AND 9900');

      await ask(priced, REPEATS_TO_PLAN_ONCE - 1);
      let listings = await instance.listings();
      expect(listings.filter(written)).toEqual([]);
      expect(listings.filter((s) => s.parameters > 0 && s.statement.includes('BETWEEN $'))).toHaveLength(1);

      await ask(priced, 2);
      listings = await instance.listings();
      expect(listings.filter(written).map((s) => s.parameters)).toEqual([0]);

      await ask({ ...priced, brands: ["O'Brand"] }, REPEATS_TO_PLAN_ONCE + 5);
      listings = await instance.listings();
      const byBrand = listings.filter((s) => s.statement.includes('lower("products"."brand")'));
      expect(byBrand.map((s) => s.parameters > 0)).toEqual([true]);
      expect(listings.some((s) => s.statement.includes("O''Brand") || s.statement.includes("o''brand"))).toBe(
        false,
      );
    });
  },
);

/**
 * The sign-in check runs on every signed-in request: one statement, prepared once per connection
 * (src/modules/account/viewer.ts), not built and parsed again each time.
 */
describe.runIf(!!process.env.DATABASE_URL)('the sign-in check, prepared (PostgreSQL)', () => {
  const instance = oneConnectionInstance();

  const ME = graphql(`query PreparedMe { me { id } }`);

  it('runs one prepared statement for every signed-in request', async () => {
    const customer = await registerAndLogin(instance.testApp());
    const client = new GqlClient(`${instance.app().url}/graphql`);
    client.token = customer.accessToken;
    for (let i = 0; i < 3; i++) expect((await client.ok(ME)).me?.id).toBe(customer.id);
    const checks = await instance.prepared('"sessions"."expires_at" > now()');
    expect(checks).toHaveLength(1);
    expect((checks[0]?.generic ?? 0) + (checks[0]?.custom ?? 0)).toBe(3);
  });
});
