import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { type DatabaseHandle, openDatabase, queryRows } from '../../src/db/client.js';
import { runCompiled } from '../../src/db/query-memo.js';
import { graphql } from '../generated/gql.js';
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
 * The whole catalog's first page has its values written into its text, so it is planned once per
 * connection (src/modules/catalog/product-search.ts). Each such text stays prepared on every
 * connection: only the first 32 page shapes get it, or a client could fill the connections with one
 * statement per page size.
 */
describe.runIf(!!process.env.DATABASE_URL)('the whole catalog first page, prepared (PostgreSQL)', () => {
  let t: TestApp;
  let app: RunningApp;
  let database: DatabaseHandle;

  beforeAll(async () => {
    t = await startTestApp();
    // A second instance on one connection: every statement it runs is on the connection asked below.
    database = await openDatabase({ url: t.config.databaseUrl, dataDir: '', poolSize: 1 });
    app = await startApp(t.config, { database });
  });
  afterAll(async () => {
    await app?.stop();
    await t?.close();
  });

  const PAGE = graphql(
    `query PreparedProductsPage($first: Int!) { products(first: $first) { nodes { id } } }`,
  );

  it('prepares the first 32 shapes without parameters, and the next with them', async () => {
    const client = new GqlClient(`${app.url}/graphql`);
    for (let first = 1; first <= 34; first++) {
      const answer = await client.request(PAGE, { first });
      expect(answer.errors).toBeUndefined();
    }
    const listings = await queryRows<{ parameters: number; statement: string }>(
      database.db,
      sql`SELECT cardinality(parameter_types) AS parameters, statement FROM pg_prepared_statements
        WHERE statement LIKE '%sort_value%'`,
    );
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
